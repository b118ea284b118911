"""Pages of the venue atlas: the list, the map, a venue, the room finder."""

from datetime import date, timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone

from hostcity.accounts.access import staff_page
from hostcity.shared.kept_renders import KeptRenders
from hostcity.shared.maps import map_settings
from hostcity.venues.finder import free_rooms
from hostcity.venues.forms import AtlasFilterForm, FinderForm
from hostcity.venues.models import FunctionalArea, Venue
from hostcity.venues.queries import calendar_days, rooms_with_week, venues_for_atlas, week_start

PAGE_SIZE = 25


# The atlas's results and the dashboard's figures show venues, rooms, closures and bookings.
VENUE_RENDERS = KeptRenders("venues", ("venues.FunctionalArea", "venues.Venue", "venues.Room",
                                       "venues.Closure", "venues.Booking"))  # fmt: skip


@staff_page("venues.view_venue")
def atlas(request):
    form = AtlasFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    venues = venues_for_atlas(
        q=filters.get("q", ""),
        area=filters.get("area"),
        category=filters.get("category", ""),
        min_capacity=filters.get("min_capacity"),
        min_booths=filters.get("min_booths"),
    )
    query = request.GET.copy()
    query.pop("page", None)

    def results() -> str:
        page = Paginator(venues, PAGE_SIZE).get_page(request.GET.get("page"))
        return render_to_string(
            "venues/_atlas_results.html", {"page": page, "query": query.urlencode()}, request
        )

    content = VENUE_RENDERS.get(
        ("atlas", request.GET.urlencode()), results, settings.HOSTCITY_STAFF_CACHE_SECONDS
    )
    if request.headers.get("HX-Request"):
        return HttpResponse(content)
    return render(request, "venues/atlas.html", {"form": form, "results": content})


@staff_page("venues.view_venue")
def venue_map(request):
    areas = FunctionalArea.objects.all()
    return render(request, "venues/map.html", {"areas": areas, "map_settings": map_settings()})


@staff_page("venues.view_venue")
def venues_geojson(request):
    """All venues as GeoJSON points, coloured by their functional area."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [v.longitude, v.latitude]},
            "properties": {
                "code": v.code,
                "name": v.name,
                "other_name": v.other_name,
                "category": v.get_category_display(),
                "area": v.area.name if v.area else "",
                "colour": v.area.colour if v.area else "#666666",
                "url": v.get_absolute_url(),
            },
        }
        for v in Venue.objects.select_related("area").order_by("name_en")
    ]
    areas = [
        {"code": a.code, "name": a.name, "colour": a.colour, "outline": a.outline}
        for a in FunctionalArea.objects.exclude(outline=None)
    ]
    return JsonResponse({"type": "FeatureCollection", "features": features, "areas": areas})


def _week_from(request) -> date:
    try:
        return week_start(date.fromisoformat(request.GET.get("week", "")))
    except ValueError:
        return week_start(timezone.localdate())


@staff_page("venues.view_venue")
def venue_detail(request, code: str):
    venue = get_object_or_404(Venue.objects.select_related("area"), code=code)
    monday = _week_from(request)
    rooms, venue_closures = rooms_with_week(venue, monday)
    for room in rooms:
        room.days = calendar_days(monday, room.week_bookings, room.week_closures + venue_closures)
    context = {
        "venue": venue,
        "rooms": rooms,
        "monday": monday,
        "days": [monday + timedelta(days=i) for i in range(7)],
        "previous_week": monday - timedelta(days=7),
        "next_week": monday + timedelta(days=7),
        "map_settings": map_settings(),
    }
    template = "venues/_week.html" if request.headers.get("HX-Request") else "venues/venue_detail.html"
    return render(request, template, context)


@staff_page("venues.view_room")
def finder(request):
    form = FinderForm(request.GET or None)
    results = None
    if form.is_valid():
        data = form.cleaned_data
        near = data["near"]
        results = free_rooms(
            start=data["start"],
            end=data["end"],
            capacity=data["capacity"],
            kind=data["kind"],
            min_booths=data.get("min_booths") or 0,
            area=data.get("area"),
            near=(near.latitude, near.longitude) if near else None,
        )
    return render(request, "venues/finder.html", {"form": form, "results": results})
