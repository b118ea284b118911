from django.contrib import admin

from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.read_only_admin import ReadOnlyAdmin


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["at", "actor", "action", "record", "record_id", "delegation"]
    list_filter = ["action", "record"]
    search_fields = ["actor"]
