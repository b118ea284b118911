"""Forms of the delegations pages: a delegation, a delegate (as the focal point fills it in), the
review, zone access. Photos are checked here: type, size, and that they are images at all."""

from __future__ import annotations

import warnings
from datetime import date

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from hostcity.delegations.models import Delegate, Delegation, Zone, ZoneAccess
from hostcity.delegations.seating.precedence import RULE_CHOICES
from hostcity.shared.countries.names import country_choices, is_country, language_choices

PHOTO_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}


class DelegationForm(forms.ModelForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    languages = forms.MultipleChoiceField(label=_("Working languages"), required=False)

    class Meta:
        model = Delegation
        fields = [
            "country",
            "organization",
            "head_rank",
            "head_took_office",
            "quota",
            "arrival_flight",
            "arrival_at",
            "departure_flight",
            "departure_at",
            "hotel",
            "liaison_officer",
            "languages",
            "focal_point_name",
            "focal_point_email",
        ]
        widgets = {
            "head_took_office": forms.DateInput(attrs={"type": "date"}),
            "arrival_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "departure_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
        }

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event or self.instance.event
        self.fields["country"].choices = [("", "—"), *country_choices()]
        self.fields["languages"].choices = language_choices()
        self.fields["liaison_officer"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )
        for field in self.fields.values():
            field.widget.attrs.setdefault(
                "class", "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            )

    def clean(self):
        data = super().clean()
        country, organization = data.get("country") or "", data.get("organization")
        if bool(country) == bool(organization):
            raise ValidationError(_("Choose a country or an international organization, not both."))
        if country and not is_country(country):
            self.add_error("country", _("Unknown country code %(code)s.") % {"code": country})
        clash = Delegation.objects.filter(event=self.event).exclude(pk=self.instance.pk)
        if country and clash.filter(country=country).exists():
            self.add_error("country", _("This country has a delegation at this event already."))
        if organization and clash.filter(organization=organization).exists():
            self.add_error("organization", _("This organization has a delegation at this event already."))
        return data

    def save(self, commit=True):
        self.instance.event = self.event
        self.instance.country = self.cleaned_data.get("country") or ""
        return super().save(commit)


PHOTO_MAX_PIXELS = 40_000_000  # a photo's pixels; more is a decompression bomb, not a portrait


def check_photo(photo) -> None:
    """Refuse what is too large, not JPEG or PNG, or not an image at all (whatever its name says)."""
    if photo.size > settings.PHOTO_MAX_BYTES:
        raise ValidationError(
            _("The photo is %(size)d KB; at most %(most)d KB is accepted.")
            % {"size": photo.size // 1024, "most": settings.PHOTO_MAX_BYTES // 1024}
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(photo)
            if image.width * image.height > PHOTO_MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("The image is larger than %(most)d megapixels.") % {"most": PHOTO_MAX_PIXELS // 1_000_000}
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError(_("The file is not an image that can be read.")) from error
    finally:
        photo.seek(0)
    if image.format not in PHOTO_TYPES:
        raise ValidationError(_("The photo must be JPEG or PNG, not %(kind)s.") % {"kind": image.format})


class DelegateForm(forms.ModelForm):
    class Meta:
        model = Delegate
        fields = [
            "family_name",
            "given_names",
            "name_zh",
            "position_en",
            "position_zh",
            "category",
            "photo",
            "nationality",
            "passport_number",
            "passport_expiry",
            "birth_date",
            "dietary_notes",
            "medical_notes",
        ]
        widgets = {
            "passport_number": forms.TextInput(attrs={"autocomplete": "off"}),
            "passport_expiry": forms.DateInput(attrs={"type": "date"}),
            "birth_date": forms.DateInput(attrs={"type": "date"}),
            "dietary_notes": forms.Textarea(attrs={"rows": 2}),
            "medical_notes": forms.Textarea(attrs={"rows": 2}),
            "photo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == "category":
                field.widget.attrs["class"] = "form-select"
            else:
                field.widget.attrs.setdefault("class", "form-control")
        if self.instance.pk:  # secrets are never sent back to the browser: blank keeps them
            for name in ("passport_number", "passport_expiry", "birth_date"):
                self.fields[name].required = False
                self.fields[name].help_text = _("Kept as it is when left blank.")
                self.initial[name] = ""

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):  # a new upload
            check_photo(photo)
        return photo

    def _secret_date(self, name: str, earliest, latest, implausible: str) -> str:
        """An encrypted ISO date field: blank keeps the value kept (never sent back to the browser)."""
        value = (self.cleaned_data.get(name) or "").strip()
        if not value:
            return getattr(self.instance, name) if self.instance.pk else ""
        try:
            day = date.fromisoformat(value)
        except ValueError as error:
            raise ValidationError(_("Write the date as YYYY-MM-DD.")) from error
        if not earliest <= day <= latest:
            raise ValidationError(implausible % {"date": value})
        return value

    def clean_birth_date(self):
        return self._secret_date(
            "birth_date", date(1900, 1, 1), date.today(), _("%(date)s is not a plausible date of birth.")
        )

    def clean_passport_expiry(self):
        return self._secret_date(
            "passport_expiry",
            date(2000, 1, 1),
            date(2100, 1, 1),
            _("%(date)s is not a plausible expiry date."),
        )

    def clean_nationality(self):
        value = (self.cleaned_data.get("nationality") or "").strip().upper()
        if value and not is_country(value):
            raise ValidationError(_("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": value})
        return value

    def clean_passport_number(self):
        value = (self.cleaned_data.get("passport_number") or "").strip().upper()
        if not value and self.instance.pk:
            return self.instance.passport_number
        if value and not (value.isalnum() and 5 <= len(value) <= 20):
            raise ValidationError(_("A passport number has 5 to 20 letters and digits."))
        return value

    def changed_data_dict(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.fields if name in self.cleaned_data}


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("What should the focal point change?"),
        widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}),
    )


class PrecedenceForm(forms.Form):
    rule = forms.ChoiceField(label=_("Order of precedence"), choices=RULE_CHOICES)
    letter = forms.CharField(label=_("Letter drawn"), max_length=1, required=False)

    def clean_letter(self):
        letter = self.cleaned_data["letter"].strip().upper()
        if letter and not ("A" <= letter <= "Z"):
            raise ValidationError(_("A letter from A to Z."))
        return letter


class ZoneAccessForm(forms.ModelForm):
    category = forms.ChoiceField(label=_("Category"), choices=Delegate.Category.choices)

    class Meta:
        model = ZoneAccess
        fields = ["zone", "category", "valid_from", "valid_to"]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}),
            "valid_to": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zone"].queryset = Zone.objects.filter(event=event)
