from django import forms
from django.utils.translation import gettext_lazy as _

from hostcity.matchmaking.models import Company, Matchmaking, Priority, Sector
from hostcity.matchmaking.setup import SLOT_CHOICES
from hostcity.shared.forms import Styled
from hostcity.shared.runs.time_limits import TimeLimitField


class ProfileForm(Styled, forms.ModelForm):
    languages = forms.CharField(
        label=_("Languages"),
        help_text=_("ISO 639-1 codes separated by commas, e.g. en, zh, fr"),
        max_length=100,
    )
    sessions = forms.ModelMultipleChoiceField(
        label=_("Available in"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked when you are there in every session."),
    )

    class Meta:
        model = Company
        fields = [
            "name_en",
            "name_zh",
            "country",
            "sector",
            "offers",
            "needs",
            "languages",
            "contact_name",
            "email",
        ]
        widgets = {"offers": forms.Textarea(attrs={"rows": 3}), "needs": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, matchmaking: Matchmaking, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sessions"].queryset = matchmaking.sessions.all()
        if self.instance.pk:
            self.initial["languages"] = ", ".join(self.instance.languages)
            self.initial["sessions"] = list(self.instance.sessions.all())


class SetupForm(Styled, forms.ModelForm):
    slot_minutes = forms.TypedChoiceField(
        label=_("minutes per meeting"), choices=[(m, m) for m in SLOT_CHOICES], coerce=int
    )
    sessions = forms.CharField(
        label=_("Sessions"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line: YYYY-MM-DD HH:MM-HH:MM. The gaps between sessions are breaks."),
    )

    class Meta:
        model = Matchmaking
        fields = [
            "code",
            "venue",
            "place_en",
            "place_zh",
            "tables",
            "slot_minutes",
            "quota",
            "registration_open",
        ]


class RequestForm(forms.Form):
    target = forms.IntegerField(widget=forms.HiddenInput)
    priority = forms.ChoiceField(label=_("priority"), choices=Priority.choices, initial=Priority.NORMAL)
    note = forms.CharField(label=_("note"), max_length=300, required=False)


class DirectoryFilter(Styled, forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    sector = forms.ChoiceField(
        label=_("sector"), choices=[("", _("All sectors")), *Sector.choices], required=False
    )
    country = forms.CharField(label=_("country (ISO 3166 alpha-3)"), max_length=3, required=False)
    language = forms.CharField(label=_("language (ISO 639-1)"), max_length=3, required=False)


class RunForm(Styled, forms.Form):
    time_limit = TimeLimitField()


class ReplanForm(Styled, forms.Form):
    replan_from = forms.DateTimeField(
        label=_("re-plan from"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Meetings that begin before this stay as they are. Empty: now."),
    )
    time_limit = TimeLimitField()
