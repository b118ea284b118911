from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from hostcity.shared.forms import QuickSelect, StyledForm, StyledModelForm
from hostcity.venues.booking import BookingError
from hostcity.venues.models import ROOM_FIELDS, VENUE_FIELDS, Booking, Closure, FunctionalArea, Room, Venue

DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format=DATETIME_LOCAL, **kwargs)


def datetime_field(label) -> forms.DateTimeField:
    return forms.DateTimeField(label=label, widget=DateTimeLocalInput(), input_formats=[DATETIME_LOCAL])


def add_domain_errors(form: forms.Form, error: BookingError) -> None:
    """Put a refused booking's messages on the fields they name, the rest above the form."""
    for name, messages in error.errors.items():
        for message in messages:
            form.add_error(name if name in form.fields else None, message)


class VenueChoiceField(forms.ModelChoiceField):
    widget = QuickSelect

    def label_from_instance(self, obj: Venue) -> str:
        return f"{obj.name} / {obj.other_name}"


class AtlasFilterForm(StyledForm):
    q = forms.CharField(label=_("Search"), required=False)
    area = forms.ModelChoiceField(
        label=_("Functional area"), queryset=FunctionalArea.objects.all(), required=False
    )
    category = forms.ChoiceField(
        label=_("Category"), choices=[("", _("Any")), *Venue.Category.choices], required=False
    )
    min_capacity = forms.IntegerField(label=_("At least (persons)"), min_value=1, required=False)
    min_booths = forms.IntegerField(label=_("Interpretation booths"), min_value=1, required=False)


class FinderForm(StyledForm):
    kind = forms.ChoiceField(
        label=_("Room kind"), choices=[("", _("Any")), *Room.Kind.choices], required=False
    )
    capacity = forms.IntegerField(label=_("People"), min_value=1, initial=10)
    start = datetime_field(_("From"))
    end = datetime_field(_("Until"))
    near = VenueChoiceField(
        label=_("Nearest to"),
        queryset=Venue.objects.order_by("name_en"),
        required=False,
        to_field_name="code",
    )
    area = forms.ModelChoiceField(
        label=_("Functional area"), queryset=FunctionalArea.objects.all(), required=False
    )
    min_booths = forms.IntegerField(label=_("Interpretation booths"), min_value=0, required=False)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", _("The end must be after the start."))
        return data


class VenueRoomForm(StyledForm):
    """A venue and one of its rooms: the room list follows the chosen venue (htmx), and a room of
    another venue is refused as an invalid choice."""

    room_options_query = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        venue_key = self.data.get("venue") or self.initial.get("venue")
        if venue_key:
            self.fields["room"].queryset = Room.objects.filter(venue__pk=getattr(venue_key, "pk", venue_key))
        self.fields["venue"].widget.attrs.update(
            {
                "hx-get": reverse("venues:room-options") + self.room_options_query,
                "hx-target": "#id_room",
                "hx-trigger": "change",
            }
        )


class BookingForm(VenueRoomForm):
    REPEAT = [("", _("Does not repeat")), ("daily", _("Daily")), ("weekly", _("Weekly"))]
    WEEKDAYS = [
        (0, _("Monday")),
        (1, _("Tuesday")),
        (2, _("Wednesday")),
        (3, _("Thursday")),
        (4, _("Friday")),
        (5, _("Saturday")),
        (6, _("Sunday")),
    ]

    venue = VenueChoiceField(label=_("Venue"), queryset=Venue.objects.order_by("name_en"))
    room = forms.ModelChoiceField(label=_("Room"), queryset=Room.objects.none())
    start = datetime_field(_("Start"))
    end = datetime_field(_("End"))
    purpose = forms.CharField(label=_("Purpose"), max_length=300)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(s, label) for s, label in Booking.Status.choices if s in Booking.LIVE],
        initial=Booking.Status.TENTATIVE,
    )
    # The field of Booking.event: a venue books rooms for events, which are a field above venues.
    event = Booking._meta.get_field("event").formfield(label=_("Event"), required=False)
    repeat = forms.ChoiceField(label=_("Repeat"), choices=REPEAT, required=False)
    weekdays = forms.TypedMultipleChoiceField(
        label=_("On"), choices=WEEKDAYS, coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    until = forms.DateField(
        label=_("Until (inclusive)"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("repeat") and not data.get("until"):
            self.add_error("until", _("Give the last date of the series."))
        if data.get("repeat") == "weekly" and not data.get("weekdays"):
            self.add_error("weekdays", _("Choose at least one weekday."))
        return data


class BookingChangeForm(StyledForm):
    start = datetime_field(_("Start"))
    end = datetime_field(_("End"))
    purpose = forms.CharField(label=_("Purpose"), max_length=300)
    status = forms.ChoiceField(label=_("Status"), choices=Booking.Status.choices)


class ClosureForm(VenueRoomForm):
    room_options_query = "?allow_empty=1"

    venue = VenueChoiceField(label=_("Venue"), queryset=Venue.objects.order_by("name_en"))
    room = forms.ModelChoiceField(
        label=_("Room (leave empty to close the whole venue)"), queryset=Room.objects.none(), required=False
    )
    start = datetime_field(_("Start"))
    end = datetime_field(_("End"))
    reason = forms.ChoiceField(label=_("Reason"), choices=Closure.Reason.choices)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class ImportForm(StyledForm):
    KINDS = [("venues", _("Venues")), ("rooms", _("Rooms"))]
    kind = forms.ChoiceField(label=_("The file holds"), choices=KINDS)
    file = forms.FileField(label=_("Excel (.xlsx) or CSV file"))


class VenueForm(StyledModelForm):
    class Meta:
        model = Venue
        fields = list(VENUE_FIELDS)
        widgets = {
            "facilities": forms.Textarea(attrs={"rows": 3}),
            "sources": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The code is how imports, the API and links find a venue: it is fixed once made.
            self.fields["code"].disabled = True


class RoomForm(StyledModelForm):
    class Meta:
        model = Room
        fields = list(ROOM_FIELDS)
        widgets = {"equipment": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, venue: Venue, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.venue = venue

    def clean_name_en(self):
        name = self.cleaned_data["name_en"]
        clash = Room.objects.filter(venue=self.instance.venue, name_en=name).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("This venue already has a room of that name."))
        return name
