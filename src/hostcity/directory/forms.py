from django import forms
from django.utils.translation import gettext_lazy as _

from hostcity.directory.models import Entry
from hostcity.shared.countries.names import check_languages
from hostcity.shared.forms import Styled

COMMON = [
    "kind", "slug", "name_en", "name_zh", "summary_en", "summary_zh", "address_en", "address_zh", "district",
    "latitude", "longitude", "phone", "website", "languages", "source",
]  # fmt: skip
BY_KIND = {
    "school": ["curricula", "age_from", "age_to", "fees_band"],
    "hospital": ["departments", "international_insurance", "emergency", "hours"],
    "event": [
        "category",
        "level",
        "participants",
        "foreign_share",
        "starts",
        "ends",
        "tier_override",
        "tier_reason",
    ],
    "service": ["topic", "hours"],
}
ALL_FIELDS = list(dict.fromkeys(COMMON + [f for fields in BY_KIND.values() for f in fields]))


class EntryForm(Styled, forms.ModelForm):
    languages = forms.CharField(
        label=_("languages spoken"),
        required=False,
        max_length=200,
        help_text=_("ISO 639-1 codes separated by commas, e.g. en, zh, fr"),
    )

    website = forms.URLField(label=_("website"), required=False, assume_scheme="https", max_length=200)
    source = forms.URLField(label=_("source"), required=False, assume_scheme="https", max_length=500)

    class Meta:
        model = Entry
        fields = ALL_FIELDS
        widgets = {
            "summary_en": forms.Textarea(attrs={"rows": 3}),
            "summary_zh": forms.Textarea(attrs={"rows": 3}),
            "starts": forms.DateInput(attrs={"type": "date"}),
            "ends": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["languages"] = ", ".join(self.instance.languages)
        self.fields["kind"].widget = forms.HiddenInput()

    def fields_for_kind(self, kind: str):
        return [self[name] for name in COMMON[1:] + BY_KIND.get(kind, [])]

    def clean_languages(self):
        value = self.cleaned_data.get("languages", "")
        if isinstance(value, list):
            value = ",".join(value)
        try:
            return check_languages(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(error.messages) from error

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Give both latitude and longitude, or neither."))
        if data.get("latitude") is not None and not (-90 <= data["latitude"] <= 90):
            self.add_error("latitude", _("Between -90 and 90."))
        if data.get("longitude") is not None and not (-180 <= data["longitude"] <= 180):
            self.add_error("longitude", _("Between -180 and 180."))
        ages = (data.get("age_from"), data.get("age_to"))
        if kind == "school" and None not in ages and ages[0] > ages[1]:
            self.add_error("age_to", _("The oldest age comes before the youngest."))
        if kind == "event":
            for name in ("category", "level"):
                if not data.get(name):
                    self.add_error(name, _("An event needs this to get its tier."))
            if data.get("starts") and data.get("ends") and data["ends"] < data["starts"]:
                self.add_error("ends", _("The last day comes before the first."))
            if data.get("foreign_share") is not None and data["foreign_share"] > 100:
                self.add_error("foreign_share", _("A share is at most 100 %."))
            if data.get("tier_override") and not data.get("tier_reason", "").strip():
                self.add_error("tier_reason", _("Say why the tier differs from the rule's."))
        if kind == "service" and not data.get("topic"):
            self.add_error("topic", _("A service needs its topic."))
        for name in [
            f for k, fields in BY_KIND.items() if k != kind for f in fields if f not in BY_KIND.get(kind, [])
        ]:
            field = Entry._meta.get_field(name)
            data[name] = (
                field.get_default() if not field.null else None
            )  # what belongs to other kinds is cleared
        return data
