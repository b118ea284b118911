"""The administrator's view of delegations: reference tables kept here (country names, organizations,
zones), the rest read here and changed on the pages that go through the domain rules and the trail."""

from django.contrib import admin

from hostcity.delegations.models import Badge, Delegation, Organization, Scan, Zone
from hostcity.shared.read_only_admin import ReadOnlyAdmin


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["acronym", "name_en", "name_zh"]
    search_fields = ["acronym", "name_en", "name_zh"]


@admin.register(Zone)
class ZoneAdmin(admin.ModelAdmin):
    list_display = ["event", "code", "name_en", "name_zh"]
    list_filter = ["event"]


@admin.register(Delegation)
class DelegationAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "event", "head_rank", "registration", "status", "quota"]
    list_filter = ["event", "registration", "status", "head_rank"]
    exclude = ["focal_token"]


@admin.register(Badge)
class BadgeAdmin(ReadOnlyAdmin):
    list_display = ["number", "version", "delegate", "valid_from", "valid_to", "revoked_at"]
    list_filter = ["delegate__delegation__event"]


@admin.register(Scan)
class ScanAdmin(ReadOnlyAdmin):
    list_display = ["at", "zone_code", "gate", "result", "reason", "badge", "offline"]
    list_filter = ["result", "reason", "offline"]
