"""The administrator's view of events: an event with its sessions, host principals, programme items,
interpreters and vehicles kept inline; meeting requests and runs are kept on the event pages."""

from django.contrib import admin

from hostcity.events.models import (
    Event,
    EventInterpreter,
    EventSession,
    HostPrincipal,
    MeetingRequest,
    PlanRun,
    ProgrammeItem,
    RoomBlock,
    Vehicle,
)


class SessionInline(admin.TabularInline):
    model = EventSession
    extra = 0


class HostPrincipalInline(admin.TabularInline):
    model = HostPrincipal
    extra = 0


class ProgrammeItemInline(admin.StackedInline):
    model = ProgrammeItem
    extra = 0
    filter_horizontal = ["host_principals", "delegations"]


class InterpreterInline(admin.TabularInline):
    model = EventInterpreter
    extra = 0


class VehicleInline(admin.TabularInline):
    model = Vehicle
    extra = 0


class RoomBlockInline(admin.TabularInline):
    model = RoomBlock
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "kind", "start_date", "end_date"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_zh"]
    filter_horizontal = ["venues"]
    inlines = [
        SessionInline,
        HostPrincipalInline,
        ProgrammeItemInline,
        InterpreterInline,
        VehicleInline,
        RoomBlockInline,
    ]


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["code", "event", "title_en", "minutes", "priority", "pinned_start"]
    list_filter = ["event", "priority"]
    search_fields = ["code", "title_en", "title_zh"]


@admin.register(PlanRun)
class PlanRunAdmin(admin.ModelAdmin):
    list_display = ["pk", "event", "status", "created", "finished", "accepted"]
    list_filter = ["event", "status"]
    readonly_fields = ["problem", "plan", "log", "fingerprint", "moved"]

    def has_add_permission(self, request):
        return False
