"""Forms of the event pages: a meeting request, a planning run's time limit."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hostcity.events.models import Event, MeetingRequest
from hostcity.shared.runs.time_limits import TimeLimitField
from hostcity.venues.models import Room, Venue


def _style(form: forms.Form) -> None:
    for field in form.fields.values():
        if isinstance(field.widget, forms.CheckboxSelectMultiple):
            continue
        if isinstance(field.widget, forms.SelectMultiple):
            field.widget.attrs.update({"class": "form-select", "size": 5})
        elif isinstance(field.widget, forms.Select):
            field.widget.attrs["class"] = "form-select"
        else:
            field.widget.attrs["class"] = "form-control"


class MeetingRequestForm(forms.ModelForm):
    room_kinds = forms.MultipleChoiceField(
        label=_("Allowed room kinds"),
        choices=Room.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    window_start = forms.DateTimeField(
        label=_("Not before"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    window_end = forms.DateTimeField(
        label=_("Not after"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    class Meta:
        model = MeetingRequest
        fields = [
            "code",
            "title_en",
            "title_zh",
            "host_principals",
            "delegations",
            "minutes",
            "priority",
            "venues",
        ]

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["host_principals"].queryset = event.host_principals.all()
        self.fields["delegations"].queryset = event.delegations.select_related("organization")
        self.fields["venues"].queryset = Venue.objects.filter(rooms__isnull=False).distinct()
        _style(self)

    def clean_code(self):
        code = self.cleaned_data["code"]
        if (
            MeetingRequest.objects.filter(event=self.instance.event, code=code)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            raise ValidationError(_("Another request of this event has the code %(code)s.") % {"code": code})
        return code

    def clean(self):
        data = super().clean()
        parties = len(data.get("host_principals") or []) + len(data.get("delegations") or [])
        if parties < 2:
            raise ValidationError(_("A meeting needs two parties at least (host principals or delegations)."))
        first, last = data.get("window_start"), data.get("window_end")
        if (first is None) != (last is None):
            raise ValidationError(_("Give both ends of the window, or neither."))
        event = self.instance.event
        if first and last:
            if last <= first:
                self.add_error("window_end", _("The window ends before it starts."))
            elif last.date() < event.start_date or first.date() > event.end_date:
                self.add_error("window_start", _("The window lies outside the event's days."))
        return data

    def save(self, commit=True):
        request = super().save(commit=False)
        request.room_kinds = self.cleaned_data.get("room_kinds") or []
        first, last = self.cleaned_data.get("window_start"), self.cleaned_data.get("window_end")
        fmt = "%Y-%m-%dT%H:%M"
        from django.utils import timezone

        request.windows = (
            [[timezone.localtime(first).strftime(fmt), timezone.localtime(last).strftime(fmt)]]
            if first
            else []
        )
        if commit:
            request.save()
            self.save_m2m()
        return request


class RunForm(forms.Form):
    time_limit = TimeLimitField(
        widget=forms.NumberInput(attrs={"class": "form-control form-control-sm", "style": "width:6em"})
    )


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["name_en", "name_zh", "kind", "start_date", "end_date", "slot_minutes", "venues"]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venues"].queryset = Venue.objects.filter(rooms__isnull=False).distinct()
        self.fields["venues"].help_text = _("Leave empty: the venues the requests and the programme name.")
        _style(self)

    def clean(self):
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", _("The last day comes before the first."))
        if data.get("slot_minutes") is not None and not 5 <= data["slot_minutes"] <= 60:
            self.add_error("slot_minutes", _("Between 5 and 60 minutes."))
        return data


class DelegationRequestForm(forms.Form):
    """What a delegation's focal point may ask for: a meeting with the host's principals."""

    host_principals = forms.ModelMultipleChoiceField(
        queryset=MeetingRequest.objects.none(), label=_("With"), widget=forms.CheckboxSelectMultiple
    )
    minutes = forms.TypedChoiceField(
        label=_("Length"), coerce=int, choices=[(30, "30 min"), (45, "45 min"), (60, "60 min")], initial=45
    )
    priority = forms.ChoiceField(
        label=_("Importance"),
        choices=[(MeetingRequest.Priority.HIGH, _("High")), (MeetingRequest.Priority.NORMAL, _("Normal"))],
        initial=MeetingRequest.Priority.NORMAL,
    )
    note = forms.CharField(
        label=_("Subject or wishes"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host_principals"].queryset = event.host_principals.all()
        _style(self)
