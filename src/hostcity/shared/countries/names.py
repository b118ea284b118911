"""Countries as the protocol office names them: ISO 3166 from pycountry, English and Chinese names
from babel (CLDR), and a per-deployment override for the foreign ministry's standard names."""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hostcity.shared.countries.models import CountryName


@cache
def _cldr(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def country_names(code: str) -> tuple[str, str]:
    """(English, Chinese) for an ISO 3166 alpha-3 code; the deployment's override wins."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        raise LookupError(f"unknown country code {code!r}")
    english = _cldr("en").get(country.alpha_2) or country.name
    chinese = _cldr("zh_Hans").get(country.alpha_2) or english
    override = CountryName.override_for(code)
    if override is not None:
        english = override.name_en or english
        chinese = override.name_zh or chinese
    return english, chinese


def country_name_in(code: str, language: str) -> str:
    """The country's name in `language` (a Django language code: "fr", "ar"…) from CLDR, or ""."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return ""
    try:
        names = _cldr(language.replace("-", "_"))
    except (ValueError, LookupError):  # babel's UnknownLocaleError is a LookupError
        return ""
    return names.get(country.alpha_2, "")


def country_choices() -> list[tuple[str, str]]:
    """Every country as (alpha-3, "English / 中文"), in English order."""
    return list(_country_choices())


@cache
def _country_choices() -> tuple[tuple[str, str], ...]:
    english, chinese = _cldr("en"), _cldr("zh_Hans")
    rows = [
        (c.alpha_3, f"{english.get(c.alpha_2, c.name)} / {chinese.get(c.alpha_2, c.name)}")
        for c in pycountry.countries
    ]
    return tuple(sorted(rows, key=lambda row: row[1]))


def language_choices() -> list[tuple[str, str]]:
    """ISO 639-1 languages as "English / 中文" (CLDR's Chinese name where it has one), for delegations'
    and delegates' languages, in English order."""
    return list(_language_choices())


@cache  # pycountry's 7,900 languages walked once per process, not on every form
def _language_choices() -> tuple[tuple[str, str], ...]:
    chinese = dict(Locale.parse("zh_Hans").languages)
    rows = []
    for lang in pycountry.languages:
        if hasattr(lang, "alpha_2"):
            zh = chinese.get(lang.alpha_2)
            rows.append((lang.alpha_2, f"{lang.name} / {zh}" if zh else lang.name))
    return tuple(sorted(rows, key=lambda row: row[1]))


def check_languages(value) -> list[str]:
    if value is not None and not isinstance(value, str | list | tuple):
        raise ValidationError(_("Languages are ISO 639-1 codes, as a list or separated by commas."))
    codes = value.split(",") if isinstance(value, str) else list(value or [])
    if any(not isinstance(code, str) for code in codes):
        raise ValidationError(_("Languages are ISO 639-1 codes, as a list or separated by commas."))
    codes = [c.strip().lower() for c in codes if c and c.strip()]
    unknown = [c for c in codes if pycountry.languages.get(alpha_2=c) is None]
    if unknown:
        raise ValidationError(
            _("Unknown language codes (ISO 639-1): %(codes)s.") % {"codes": ", ".join(unknown)}
        )
    return list(dict.fromkeys(codes))


@cache
def language_names(code: str) -> tuple[str, str]:
    """An ISO 639-1 language's names in English and Chinese (CLDR), the code where CLDR has none."""
    return Locale.parse("en").languages.get(code, code), Locale.parse("zh_Hans").languages.get(code, code)


@cache
def language_name_in(code: str, reader: str) -> str:
    """An ISO 639-1 language's name in the reader's language (a Django language code: en, zh-hans,
    fr, es, ru, ar; CLDR), in English where CLDR has none."""
    locale = "zh_Hans" if reader.startswith("zh") else reader.split("-")[0]
    try:
        names = Locale.parse(locale).languages
    except (ValueError, LookupError):
        names = {}
    return names.get(code) or language_names(code)[0]
