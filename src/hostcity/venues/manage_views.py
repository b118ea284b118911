"""Pages that keep the venue records: add and edit venues and rooms, list and lift closures."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.venues.forms import RoomForm, VenueForm
from hostcity.venues.models import Closure, Room, Venue


def _venue_form(request, venue: Venue | None):
    form = VenueForm(request.POST or None, instance=venue)
    if request.method == "POST" and form.is_valid():
        venue = form.save()
        messages.success(request, _("%(venue)s saved.") % {"venue": venue.name})
        return redirect(venue.get_absolute_url())
    title = _("Edit %(venue)s") % {"venue": venue.name} if venue else _("Add a venue")
    return render(request, "venues/record_form.html", {"form": form, "title": title, "back": venue})


@staff_page("venues.add_venue")
def venue_new(request):
    return _venue_form(request, None)


@staff_page("venues.change_venue")
def venue_edit(request, code: str):
    return _venue_form(request, get_object_or_404(Venue, code=code))


def _room_form(request, venue: Venue, room: Room | None):
    form = RoomForm(request.POST or None, instance=room, venue=venue)
    if request.method == "POST" and form.is_valid():
        room = form.save()
        messages.success(request, _("%(room)s saved.") % {"room": room.name})
        return redirect(venue.get_absolute_url())
    title = (
        _("Edit %(room)s") % {"room": room.name}
        if room
        else _("Add a room to %(venue)s") % {"venue": venue.name}
    )
    return render(request, "venues/record_form.html", {"form": form, "title": title, "back": venue})


@staff_page("venues.add_room")
def room_new(request, code: str):
    return _room_form(request, get_object_or_404(Venue, code=code), None)


@staff_page("venues.change_room")
def room_edit(request, pk: int):
    room = get_object_or_404(Room.objects.select_related("venue"), pk=pk)
    return _room_form(request, room.venue, room)


@staff_page("venues.view_closure")
def closures(request):
    listing = (
        Closure.objects.select_related("venue", "room__venue")
        .filter(end__gt=timezone.now())
        .order_by("start")
    )
    return render(request, "venues/closure_list.html", {"closures": listing})


@require_POST
@staff_page("venues.view_closure")
def lift_closure(request, pk: int):
    if not request.user.has_perm("venues.delete_closure"):
        raise PermissionDenied
    closure = get_object_or_404(Closure.objects.select_related("venue", "room"), pk=pk)
    closure.delete()
    messages.success(request, _("The closure of %(place)s is lifted.") % {"place": closure.place.name})
    return redirect("venues:closures")
