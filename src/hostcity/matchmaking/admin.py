from django.contrib import admin

from hostcity.matchmaking.models import Company, Matchmaking, MatchRun, MatchSession, MeetingRequest


class SessionInline(admin.TabularInline):
    model = MatchSession
    extra = 0


@admin.register(Matchmaking)
class MatchmakingAdmin(admin.ModelAdmin):
    list_display = ["edition", "code", "tables", "slot_minutes", "quota", "status"]
    inlines = [SessionInline]


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "country", "sector", "status", "matchmaking"]
    list_filter = ["status", "sector", "matchmaking"]
    search_fields = ["name_en", "name_zh", "email"]


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["requester", "target", "priority", "created"]
    list_filter = ["priority", "matchmaking"]
    raw_id_fields = ["requester", "target"]


@admin.register(MatchRun)
class MatchRunAdmin(admin.ModelAdmin):
    list_display = ["pk", "matchmaking", "status", "requested", "met", "created"]
    list_filter = ["status"]
    exclude = ["problem", "plan"]
