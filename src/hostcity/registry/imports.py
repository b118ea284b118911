"""Imports of the registry from Excel or CSV: the qualifications catalog (matched by profession,
country and issuing body) and the international organizations (matched by English name). A dry run
names every bad row; applying is all or nothing."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _

from hostcity.registry.models import InternationalOrganization, Qualification
from hostcity.shared.countries.names import is_country
from hostcity.shared.spreadsheets import (
    ImportReport,
    RowError,
    form_errors,
    rows_for_report,
    save_checked_forms,
)

FIELDS = (
    "profession_zh",
    "body_zh",
    "equivalent_en",
    "equivalent_zh",
    "conditions_en",
    "conditions_zh",
    "recognized_on",
)
COLUMNS = ("profession_en", "country", "body_en", *FIELDS)
REQUIRED = (
    "profession_en",
    "profession_zh",
    "country",
    "body_en",
    "equivalent_en",
    "equivalent_zh",
    "recognized_on",
)


class QualificationRowForm(forms.ModelForm):
    class Meta:
        model = Qualification
        fields = list(FIELDS)


def import_qualifications(upload, *, apply: bool) -> ImportReport:
    report = ImportReport("qualifications")
    rows = rows_for_report(upload, report, required=REQUIRED, known=COLUMNS)
    if not rows:
        return report
    existing = {
        (q.profession_en.casefold(), q.country, q.body_en.casefold()): q for q in Qualification.objects.all()
    }
    seen: dict[tuple, int] = {}
    plans = []
    for row in rows:
        values = row.values
        country = values.get("country", "").upper()
        if not is_country(country):
            message = _("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": country}
            report.errors.append(RowError(row.number, "country", message))
            continue
        profession, body = values.get("profession_en", ""), values.get("body_en", "")
        key = (profession.casefold(), country, body.casefold())
        if key in seen:
            message = _("%(what)s is also in row %(row)s.") % {"what": profession, "row": seen[key]}
            report.errors.append(RowError(row.number, "profession_en", message))
            continue
        seen[key] = row.number
        instance = existing.get(key) or Qualification(profession_en=profession, country=country, body_en=body)
        form = QualificationRowForm({name: values.get(name, "") for name in FIELDS}, instance=instance)
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        plans.append(form)
    return save_checked_forms(report, plans, apply=apply)


ORGANIZATION_COLUMNS = (
    "name_en",
    "name_zh",
    "acronym",
    "kind",
    "field",
    "hq_country",
    "status",
    "registered_on",
    "office_address",
    "source",
)
ORGANIZATION_REQUIRED = ("name_en", "name_zh", "kind")


class OrganizationRowForm(forms.ModelForm):
    source = forms.URLField(required=False, max_length=500, assume_scheme="https")

    class Meta:
        model = InternationalOrganization
        fields = [c for c in ORGANIZATION_COLUMNS if c != "name_en"]


def import_organizations(upload, *, apply: bool) -> ImportReport:
    """Organizations matched by English name: a known one is updated (its status change is not on its
    timeline: imports set the registry's starting state)."""
    report = ImportReport("organizations")
    rows = rows_for_report(upload, report, required=ORGANIZATION_REQUIRED, known=ORGANIZATION_COLUMNS)
    if not rows:
        return report
    existing = {o.name_en.casefold(): o for o in InternationalOrganization.objects.all()}
    seen: dict[str, int] = {}
    plans = []
    for row in rows:
        values = row.values
        name = values.get("name_en", "")
        country = values.get("hq_country", "").upper()
        if country and not is_country(country):
            message = _("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": country}
            report.errors.append(RowError(row.number, "hq_country", message))
            continue
        if name.casefold() in seen:
            message = _("%(what)s is also in row %(row)s.") % {"what": name, "row": seen[name.casefold()]}
            report.errors.append(RowError(row.number, "name_en", message))
            continue
        seen[name.casefold()] = row.number
        instance = existing.get(name.casefold()) or InternationalOrganization(name_en=name)
        data = {c: values.get(c, "") for c in OrganizationRowForm.Meta.fields}
        data["hq_country"], data["status"] = (
            country,
            data["status"] or InternationalOrganization.Status.PROSPECT,
        )
        form = OrganizationRowForm(data, instance=instance)
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        plans.append(form)
    return save_checked_forms(report, plans, apply=apply)
