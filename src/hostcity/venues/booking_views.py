"""Pages that book rooms and close venues; each hands the decision to `booking.py`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hostcity.accounts.access import staff_page
from hostcity.venues.booking import BookingError, Recurrence, book_room, change_booking, close_place
from hostcity.venues.forms import BookingChangeForm, BookingForm, ClosureForm, add_domain_errors
from hostcity.venues.models import Booking, Room, Venue
from hostcity.venues.queries import bookings_for_listing


def _week_url(venue: Venue, when) -> str:
    """The venue page at the week holding `when`."""
    return f"{venue.get_absolute_url()}?week={timezone.localtime(when).date().isoformat()}"


def _initial_from(request) -> dict:
    initial = {}
    room = Room.objects.select_related("venue").filter(pk=request.GET.get("room") or None).first()
    if room:
        initial.update(room=room, venue=room.venue)
    elif request.GET.get("venue"):
        initial["venue"] = Venue.objects.filter(code=request.GET["venue"]).first()
    for name in ("start", "end"):
        if request.GET.get(name):
            initial[name] = request.GET[name]
    return initial


@staff_page("venues.add_booking")
def book(request):
    form = BookingForm(request.POST or None, initial=_initial_from(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        recurrence = (
            Recurrence(data["repeat"], data["until"], tuple(data["weekdays"])) if data["repeat"] else None
        )
        try:
            made = book_room(
                data["room"],
                start=data["start"],
                end=data["end"],
                purpose=data["purpose"],
                by=request.user,
                status=data["status"],
                event=data["event"],
                recurrence=recurrence,
            )
        except BookingError as error:
            add_domain_errors(form, error)
        else:
            messages.success(
                request,
                ngettext("Booked %(room)s.", "Booked %(room)s %(count)s times.", len(made))
                % {"room": data["room"].name, "count": len(made)},
            )
            return redirect(_week_url(data["room"].venue, made[0].start))
    return render(request, "venues/booking_form.html", {"form": form})


@staff_page("venues.view_room")
def room_options(request):
    """The rooms of a venue, as <option>s for the booking and closure forms (htmx)."""
    rooms = Room.objects.filter(venue__pk=request.GET.get("venue") or None).order_by("name_en")
    return render(
        request,
        "venues/_room_options.html",
        {"rooms": rooms, "allow_empty": request.GET.get("allow_empty") == "1"},
    )


@staff_page("venues.view_booking")
def bookings(request):
    venue = Venue.objects.filter(code=request.GET.get("venue") or None).first()
    status = request.GET.get("status", "")
    since = timezone.now() if request.GET.get("past") != "1" else None
    listing = bookings_for_listing(
        venue=venue, since=since, status=status if status in Booking.Status.values else ""
    )
    page = Paginator(listing, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "venues/booking_list.html",
        {
            "page": page,
            "venue": venue,
            "status": status,
            "statuses": Booking.Status.choices,
            "venues": Venue.objects.order_by("name_en").only("code", "name_en", "name_zh"),
            "query": query.urlencode(),
        },
    )


@staff_page("venues.view_booking")
def booking_detail(request, pk: int):
    booking = get_object_or_404(Booking.objects.select_related("room__venue", "event", "booked_by"), pk=pk)
    can_change = request.user.has_perm("venues.change_booking")
    form = BookingChangeForm(
        request.POST or None,
        initial={
            "start": timezone.localtime(booking.start),
            "end": timezone.localtime(booking.end),
            "purpose": booking.purpose,
            "status": booking.status,
        },
    )
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                change_booking(
                    booking,
                    start=data["start"],
                    end=data["end"],
                    purpose=data["purpose"],
                    status=data["status"],
                )
            except BookingError as error:
                add_domain_errors(form, error)
            else:
                messages.success(request, _("Booking %(id)s saved.") % {"id": booking.pk})
                return redirect(reverse("venues:booking", args=[booking.pk]))
    return render(
        request, "venues/booking_detail.html", {"booking": booking, "form": form, "can_change": can_change}
    )


@staff_page("venues.add_closure")
def close(request):
    form = ClosureForm(request.POST or None, initial=_initial_from(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            closure = close_place(
                venue=None if data["room"] else data["venue"],
                room=data["room"],
                start=data["start"],
                end=data["end"],
                reason=data["reason"],
                note=data["note"],
            )
        except BookingError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("%(place)s closed.") % {"place": closure.place.name})
            return redirect(_week_url(data["venue"], closure.start))
    return render(request, "venues/closure_form.html", {"form": form})
