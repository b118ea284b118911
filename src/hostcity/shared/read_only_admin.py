"""An admin page that reads a record but neither adds nor changes it: the record is changed through
the pages, which go through the domain rules and the audit trail."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
