"""Files in and out: venue/room import, venue and booking exports, iCalendar feeds."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.accounts.access import feed_user, staff_page
from hostcity.venues.calendar_feeds import feed_for
from hostcity.venues.exports import export
from hostcity.venues.forms import ImportForm
from hostcity.venues.imports import import_table
from hostcity.venues.models import Room, Venue
from hostcity.venues.queries import bookings_for_listing, venues_for_atlas

PENDING_KEY = "venues.pending_import"
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def _pending_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


@staff_page("venues.import_venues")
def import_venues(request):
    """Upload: a dry run reports every bad row. Apply: the same file again, saved all-or-nothing."""
    form = ImportForm()
    report = None
    pending = request.session.get(PENDING_KEY)
    if request.method == "POST" and request.POST.get("action") == "apply" and pending:
        path = _pending_dir() / pending["file"]
        if not path.exists():
            form.add_error(None, _("The checked file is gone; upload it again."))
        else:
            upload = SimpleUploadedFile(pending["name"], path.read_bytes())
            report = import_table(upload, kind=pending["kind"], apply=True)
            path.unlink(missing_ok=True)
            del request.session[PENDING_KEY]
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_UPLOAD_BYTES:
                form.add_error("file", _("The file is larger than 10 MB."))
            else:
                content = upload.read()
                upload.seek(0)
                report = import_table(upload, kind=form.cleaned_data["kind"], apply=False)
                if report.ok:
                    stored = f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}"
                    (_pending_dir() / stored).write_bytes(content)
                    request.session[PENDING_KEY] = {
                        "file": stored,
                        "name": upload.name,
                        "kind": form.cleaned_data["kind"],
                    }
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
