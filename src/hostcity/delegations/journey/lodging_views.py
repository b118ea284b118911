"""The hotels page of an event: its blocks with the rooms used a night, a block added, a delegation
lodged in a block, the conflicts to settle, and each block's rooming list (page, Excel) for the hotel."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.journey.lodging import ROOMING_HEADER, conflicts, lodge, rooming_rows, set_room
from hostcity.delegations.models import HotelBlock, Stay
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor
from hostcity.shared.downloads import table_download
from hostcity.shared.forms import StyledForm, StyledModelForm
from hostcity.venues.models import Venue

SEE = ("delegations.view_hotelblock", "delegations.view_all_delegations")
KEEP = "delegations.add_hotelblock"


class HotelBlockForm(StyledModelForm):
    class Meta:
        model = HotelBlock
        fields = ["hotel", "rooms", "first_night", "last_night", "notes"]
        widgets = {
            "first_night": forms.DateInput(attrs={"type": "date"}),
            "last_night": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["hotel"].queryset = Venue.objects.filter(category="hotel").order_by("name_en")

    def clean(self):
        data = super().clean()
        first, last = data.get("first_night"), data.get("last_night")
        if first and last and last < first:
            self.add_error("last_night", _("The last night comes after the first."))
        return data


class LodgeForm(StyledForm):
    delegation = forms.ModelChoiceField(label=gettext_lazy("Delegation"), queryset=None)
    block = forms.ModelChoiceField(label=gettext_lazy("Hotel block"), queryset=None)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["delegation"].queryset = event.delegations.select_related("organization")
        self.fields["block"].queryset = HotelBlock.objects.filter(event=event).select_related("hotel")


@staff_page(*SEE)
def hotels(request, event: int):
    event = get_object_or_404(Event, pk=event)
    block_form, lodge_form = HotelBlockForm(event=event), LodgeForm(event=event)
    if request.method == "POST" and request.user.has_perm(KEEP):
        if "hotel" in request.POST:
            block_form = HotelBlockForm(request.POST, event=event)
            if block_form.is_valid():
                block_form.save()
                messages.success(request, _("Hotel block saved."))
                return redirect("delegations:hotels", event=event.pk)
        else:
            lodge_form = LodgeForm(request.POST, event=event)
            if lodge_form.is_valid():
                try:
                    made = lodge(lodge_form.cleaned_data["delegation"], lodge_form.cleaned_data["block"],
                                 by=Actor(user=request.user))  # fmt: skip
                except ValidationError as error:
                    lodge_form.add_error(None, error)
                else:
                    messages.success(request, _("%(count)d members lodged.") % {"count": len(made)})
                    return redirect("delegations:hotels", event=event.pk)
    elif request.method == "POST":
        messages.error(request, _("You may read this page but not change it."))
    blocks = HotelBlock.objects.filter(event=event).select_related("hotel").annotate(guests=Count("stays"))
    context = {
        "event": event,
        "blocks": blocks,
        "conflicts": conflicts(event),
        "block_form": block_form,
        "lodge_form": lodge_form,
    }
    return render(request, "delegations/hotels.html", context)


@staff_page(*SEE)
def rooming(request, pk: int):
    block = get_object_or_404(HotelBlock.objects.select_related("event", "hotel"), pk=pk)
    stays = block.stays.select_related("delegate__delegation__organization").order_by(
        "delegate__delegation__head_rank", "delegate__delegation__country", "delegate__family_name"
    )
    return render(
        request, "delegations/rooming.html", {"hotel_block": block, "event": block.event, "stays": stays}
    )


@require_POST
@staff_page(*SEE, KEEP)
def room(request, pk: int):
    stay = get_object_or_404(Stay.objects.select_related("delegate__delegation", "block"), pk=pk)
    set_room(stay, request.POST.get("room_number", ""), by=Actor(user=request.user))
    return redirect("delegations:rooming", pk=stay.block_id)


@staff_page(*SEE)
def rooming_file(request, pk: int, fmt: str):
    block = get_object_or_404(HotelBlock.objects.select_related("hotel"), pk=pk)
    return table_download(f"rooming-{block.pk}", fmt, ROOMING_HEADER, rooming_rows(block))
