"""The administrator's view of delegations: reference tables kept here (country names, organizations,
zones), the rest read here and changed on the pages that go through the domain rules and the trail."""

from django.contrib import admin

from hostcity.delegations.models import AuditEntry, Badge, CountryName, Delegation, Organization, Scan, Zone


@admin.register(CountryName)
class CountryNameAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_zh"]
    search_fields = ["code", "name_en", "name_zh"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["acronym", "name_en", "name_zh"]
    search_fields = ["acronym", "name_en", "name_zh"]


@admin.register(Zone)
class ZoneAdmin(admin.ModelAdmin):
    list_display = ["event", "code", "name_en", "name_zh"]
    list_filter = ["event"]


class ReadOnly(admin.ModelAdmin):
    """Changed through the pages (registration, badges, check-in); read here."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Delegation)
class DelegationAdmin(ReadOnly):
    list_display = ["__str__", "event", "head_rank", "registration", "status", "quota"]
    list_filter = ["event", "registration", "status", "head_rank"]
    exclude = ["focal_token"]


@admin.register(Badge)
class BadgeAdmin(ReadOnly):
    list_display = ["number", "version", "delegate", "valid_from", "valid_to", "revoked_at"]
    list_filter = ["delegate__delegation__event"]


@admin.register(Scan)
class ScanAdmin(ReadOnly):
    list_display = ["at", "zone_code", "gate", "result", "reason", "badge", "offline"]
    list_filter = ["result", "reason", "offline"]


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnly):
    list_display = ["at", "actor", "action", "record", "record_id", "delegation"]
    list_filter = ["action", "record"]
    search_fields = ["actor"]
