from django.contrib import admin

from hostcity.events.models import Event


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "kind", "start_date", "end_date"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_zh"]
