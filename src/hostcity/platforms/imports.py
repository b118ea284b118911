"""Import sister and friendship cities from Excel or CSV: a dry run names every bad row; applying is
all or nothing. A city is matched by its English name and country: a known one is updated."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _

from hostcity.platforms.models import SisterCity
from hostcity.shared.countries.names import is_country
from hostcity.shared.spreadsheets import (
    ImportReport,
    RowError,
    form_errors,
    rows_for_report,
    save_checked_forms,
)

COLUMNS = ("city_en", "city_zh", "country", "kind", "since", "agreements")
REQUIRED = ("city_en", "city_zh", "country", "since")


class CityRowForm(forms.ModelForm):
    class Meta:
        model = SisterCity
        fields = ["city_zh", "kind", "since", "agreements"]


def import_cities(upload, *, apply: bool) -> ImportReport:
    report = ImportReport("cities")
    rows = rows_for_report(upload, report, required=REQUIRED, known=COLUMNS)
    if not rows:
        return report
    existing = {(c.city_en.casefold(), c.country): c for c in SisterCity.objects.all()}
    seen: dict[tuple[str, str], int] = {}
    plans = []
    for row in rows:
        values = row.values
        name, country = values.get("city_en", ""), values.get("country", "").upper()
        if not name:
            report.errors.append(RowError(row.number, "city_en", _("This field is required.")))
            continue
        if not is_country(country):
            report.errors.append(
                RowError(
                    row.number,
                    "country",
                    _("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": country},
                )
            )
            continue
        key = (name.casefold(), country)
        if key in seen:
            report.errors.append(
                RowError(
                    row.number,
                    "city_en",
                    _("%(city)s is also in row %(row)s.") % {"city": name, "row": seen[key]},
                )
            )
            continue
        seen[key] = row.number
        instance = existing.get(key) or SisterCity(city_en=name, country=country)
        data = {
            "city_zh": values.get("city_zh", ""),
            "kind": values.get("kind") or "sister",
            "since": values.get("since", ""),
            "agreements": values.get("agreements", ""),
        }
        form = CityRowForm(data, instance=instance)
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        plans.append(form)
    return save_checked_forms(report, plans, apply=apply)
