"""Files in and out: venue/room import, venue and booking exports, iCalendar feeds."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from hostcity.accounts.access import feed_user, staff_page
from hostcity.shared.checked_uploads import check_then_apply
from hostcity.venues.calendar_feeds import feed_for
from hostcity.venues.exports import export
from hostcity.venues.forms import ImportForm
from hostcity.venues.imports import import_table
from hostcity.venues.models import Room, Venue
from hostcity.venues.queries import bookings_for_listing, venues_for_atlas

PENDING_KEY = "venues.pending_import"


@staff_page("venues.import_venues")
def import_venues(request):
    """Upload: a dry run reports every bad row. Apply: the same file again, saved all-or-nothing."""
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        report = check_then_apply(
            request,
            form,
            key=PENDING_KEY,
            run=lambda upload, apply, kind: import_table(upload, kind=kind, apply=apply),
            choices=lambda data: {"kind": data["kind"]},
        )
    if request.method != "POST" or (report is not None and report.applied):
        form = ImportForm()
    return render(request, "venues/import.html", {"form": form, "report": report})


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@staff_page("venues.view_venue")
def export_venues(request, fmt: str):
    content, content_type = export("venues", fmt, venues_for_atlas().select_related("area"))
    return _download(content, content_type, f"venues-{timezone.localdate():%Y%m%d}.{fmt}")


@staff_page("venues.view_booking")
def export_bookings(request, fmt: str):
    venue = Venue.objects.filter(code=request.GET.get("venue") or None).first()
    since = None if request.GET.get("past") == "1" else timezone.now()
    content, content_type = export("bookings", fmt, bookings_for_listing(venue=venue, since=since))
    return _download(content, content_type, f"bookings-{timezone.localdate():%Y%m%d}.{fmt}")


def _calendar_response(request, **place) -> HttpResponse:
    user = feed_user(request)
    if user is None or not user.has_perm("venues.view_booking"):
        raise PermissionDenied  # calendar apps cannot sign in: they get 403, not a login page
    response = HttpResponse(
        feed_for(host=request.get_host(), **place), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response


def room_calendar(request, pk: int):
    return _calendar_response(request, room=get_object_or_404(Room.objects.select_related("venue"), pk=pk))


def venue_calendar(request, code: str):
    return _calendar_response(request, venue=get_object_or_404(Venue, code=code))
