from django.contrib import admin

from hostcity.venues.models import Booking, Closure, FunctionalArea, Room, Venue


@admin.register(FunctionalArea)
class FunctionalAreaAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_zh", "kind"]
    list_filter = ["kind"]
    search_fields = ["code", "name_en", "name_zh"]


class RoomInline(admin.TabularInline):
    model = Room
    extra = 0


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_zh", "category", "area", "district"]
    list_filter = ["category", "area", "security_level"]
    search_fields = ["code", "name_en", "name_zh", "address"]
    inlines = [RoomInline]


@admin.register(Closure)
class ClosureAdmin(admin.ModelAdmin):
    """Closures are created on the closure page, which checks bookings; here they are read or removed."""

    list_display = ["__str__", "start", "end", "reason"]
    list_filter = ["reason"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    """Bookings are made and changed through the booking rules (pages and API); the admin only reads."""

    list_display = ["room", "start", "end", "purpose", "status", "booked_by"]
    list_filter = ["status", "room__venue"]
    search_fields = ["purpose", "room__name_en", "room__venue__name_en"]
    date_hierarchy = "start"
    list_select_related = ["room__venue", "booked_by"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
