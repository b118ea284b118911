from django.urls import path, re_path

from hostcity.venues import booking_views, file_views, manage_views, pages

app_name = "venues"

urlpatterns = [
    path("", pages.atlas, name="atlas"),
    path("map/", pages.venue_map, name="map"),
    path("map/venues.geojson", pages.venues_geojson, name="geojson"),
    path("finder/", pages.finder, name="finder"),
    path("book/", booking_views.book, name="book"),
    path("rooms/options/", booking_views.room_options, name="room-options"),
    path("rooms/<int:pk>/calendar.ics", file_views.room_calendar, name="room-calendar"),
    path("bookings/", booking_views.bookings, name="bookings"),
    path("bookings/<int:pk>/", booking_views.booking_detail, name="booking"),
    re_path(r"^bookings/export\.(?P<fmt>csv|xlsx)$", file_views.export_bookings, name="export-bookings"),
    path("close/", booking_views.close, name="close"),
    path("closures/", manage_views.closures, name="closures"),
    path("closures/<int:pk>/lift/", manage_views.lift_closure, name="lift-closure"),
    path("new/", manage_views.venue_new, name="venue-new"),
    path("venue/<slug:code>/edit/", manage_views.venue_edit, name="venue-edit"),
    path("venue/<slug:code>/rooms/new/", manage_views.room_new, name="room-new"),
    path("rooms/<int:pk>/edit/", manage_views.room_edit, name="room-edit"),
    path("import/", file_views.import_venues, name="import"),
    re_path(r"^export\.(?P<fmt>csv|xlsx)$", file_views.export_venues, name="export-venues"),
    path("venue/<slug:code>/", pages.venue_detail, name="venue"),
    path("venue/<slug:code>/calendar.ics", file_views.venue_calendar, name="venue-calendar"),
]
