"""Companies and meeting requests gathered elsewhere (a partner's registration list, a chamber's
sheet), imported from Excel or CSV: a dry run names every bad row; applying is all or nothing.
A company is matched by its email: a known one is updated. A request names both companies by email."""

from __future__ import annotations

from collections import Counter

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _

from hostcity.matchmaking.models import Company, Matchmaking, MeetingRequest, Priority
from hostcity.shared.countries.names import check_languages, is_country
from hostcity.shared.spreadsheets import (
    ImportReport,
    RowError,
    form_errors,
    rows_for_report,
    save_checked_forms,
)

COMPANY_COLUMNS = (
    "name_en",
    "name_zh",
    "country",
    "sector",
    "offers",
    "needs",
    "languages",
    "contact_name",
    "email",
)
COMPANY_REQUIRED = ("name_en", "country", "sector", "email")
REQUEST_COLUMNS = ("requester_email", "target_email", "priority", "note")
REQUEST_REQUIRED = ("requester_email", "target_email")


class CompanyRowForm(forms.ModelForm):
    class Meta:
        model = Company
        fields = ["name_en", "name_zh", "country", "sector", "offers", "needs", "contact_name", "email"]

    def __init__(self, *args, languages: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.languages = languages

    def validate_constraints(self, exclude=None):  # duplicates are checked across the file and the base
        pass


def import_companies(matchmaking: Matchmaking, upload, *, apply: bool) -> ImportReport:
    report = ImportReport("companies")
    rows = rows_for_report(upload, report, required=COMPANY_REQUIRED, known=COMPANY_COLUMNS)
    if not rows:
        return report
    existing = list(Company.objects.filter(matchmaking=matchmaking))
    by_email = {c.email.casefold(): c for c in existing}
    by_name = {c.name_en.casefold(): c for c in existing}
    seen_email: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    plans = []
    for row in rows:
        values = row.values
        email, name = values.get("email", "").strip(), values.get("name_en", "").strip()
        errors = []
        if email.casefold() in seen_email:
            errors.append(
                RowError(
                    row.number, "email", _("Also in row %(row)s.") % {"row": seen_email[email.casefold()]}
                )
            )
        if name.casefold() in seen_name:
            errors.append(
                RowError(
                    row.number, "name_en", _("Also in row %(row)s.") % {"row": seen_name[name.casefold()]}
                )
            )
        instance = by_email.get(email.casefold())
        named = by_name.get(name.casefold())
        if named is not None and named is not instance:
            errors.append(
                RowError(
                    row.number,
                    "name_en",
                    _("%(name)s is registered with another email.") % {"name": named.name_en},
                )
            )
        country = values.get("country", "").upper()
        if country and not is_country(country):
            errors.append(
                RowError(
                    row.number,
                    "country",
                    _("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": country},
                )
            )
        try:
            languages = check_languages(values.get("languages", ""))
        except Exception as error:  # ValidationError
            errors.append(
                RowError(row.number, "languages", " ".join(getattr(error, "messages", [str(error)])))
            )
            languages = []
        seen_email.setdefault(email.casefold(), row.number)
        seen_name.setdefault(name.casefold(), row.number)
        if errors:
            report.errors += errors
            continue
        data = {key: values.get(key, "") for key in CompanyRowForm.Meta.fields}
        data["country"] = country
        data["offers"] = data["offers"] or "-"
        data["needs"] = data["needs"] or "-"
        data["contact_name"] = data["contact_name"] or "-"
        form = CompanyRowForm(
            data, instance=instance or Company(matchmaking=matchmaking), languages=languages
        )
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        plans.append(form)
    return save_checked_forms(report, plans, apply=apply)


def import_requests(matchmaking: Matchmaking, upload, *, apply: bool) -> ImportReport:
    report = ImportReport("requests")
    rows = rows_for_report(upload, report, required=REQUEST_REQUIRED, known=REQUEST_COLUMNS)
    if not rows:
        return report
    companies = {c.email.casefold(): c for c in Company.objects.filter(matchmaking=matchmaking)}
    pairs = set(
        MeetingRequest.objects.filter(matchmaking=matchmaking).values_list("requester_id", "target_id")
    )
    sent = Counter(
        MeetingRequest.objects.filter(matchmaking=matchmaking).values_list("requester_id", flat=True)
    )
    seen: dict[tuple[int, int], int] = {}
    new = []
    for row in rows:
        values = row.values
        ends = []
        for column in ("requester_email", "target_email"):
            company = companies.get(values.get(column, "").strip().casefold())
            if company is None:
                report.errors.append(
                    RowError(
                        row.number,
                        column,
                        _("No company registered with “%(email)s”.") % {"email": values.get(column, "")},
                    )
                )
            elif company.status != Company.Status.ACTIVE:
                report.errors.append(
                    RowError(row.number, column, _("%(name)s has withdrawn.") % {"name": company.name_en})
                )
            else:
                ends.append(company)
        priority = values.get("priority", "") or Priority.NORMAL
        if priority not in Priority.values:
            report.errors.append(
                RowError(
                    row.number,
                    "priority",
                    _("Unknown priority “%(p)s” (high, normal, low).") % {"p": priority},
                )
            )
            continue
        if len(ends) < 2:
            continue
        requester, target = ends
        key = (requester.pk, target.pk)
        if requester.pk == target.pk:
            report.errors.append(
                RowError(row.number, "target_email", _("A company cannot request a meeting with itself."))
            )
        elif key in seen:
            report.errors.append(
                RowError(row.number, "target_email", _("Also in row %(row)s.") % {"row": seen[key]})
            )
        elif key in pairs:
            report.errors.append(
                RowError(
                    row.number,
                    "target_email",
                    _("%(a)s has already requested %(b)s.") % {"a": requester.name_en, "b": target.name_en},
                )
            )
        elif sent[requester.pk] >= matchmaking.quota:
            report.errors.append(
                RowError(
                    row.number,
                    "requester_email",
                    _("%(name)s would send more than %(quota)s requests.")
                    % {"name": requester.name_en, "quota": matchmaking.quota},
                )
            )
        else:
            seen[key] = row.number
            sent[requester.pk] += 1
            new.append(
                MeetingRequest(
                    matchmaking=matchmaking,
                    requester=requester,
                    target=target,
                    priority=priority,
                    note=values.get("note", "")[:300],
                )
            )
    report.created = len(new)
    if apply and report.ok:
        with transaction.atomic():
            MeetingRequest.objects.bulk_create(new, batch_size=2000)
        report.applied = True
    return report
