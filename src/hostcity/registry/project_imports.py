"""Foreign-funded projects from Excel or CSV, with their companies: one row per project naming its
company (matched by English name and country, created when new). A dry run names every bad row;
applying is all or nothing, and each record created or changed goes on the audit trail."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _

from hostcity.registry.models import ForeignCompany, Project
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, changes_between, entry, snapshot
from hostcity.shared.countries.names import is_country
from hostcity.shared.spreadsheets import ImportReport, RowError, form_errors, rows_for_report

PROJECT_FIELDS = ("title_zh", "sector", "amount", "stage", "park")
COMPANY_FLAGS = ("fortune_global_500", "hidden_champion")
PROJECT_COLUMNS = ("company_en", "company_zh", "country", *COMPANY_FLAGS, "title_en", *PROJECT_FIELDS)
PROJECT_REQUIRED = ("company_en", "country", "title_en", "sector")
TRUE, FALSE = {"1", "yes", "y", "true", "是"}, {"", "0", "no", "n", "false", "否"}


class ProjectRowForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = list(PROJECT_FIELDS)


def _flag(row, column: str, errors: list) -> bool:
    value = row.values.get(column, "").strip().lower()
    if value in TRUE:
        return True
    if value not in FALSE:
        errors.append(RowError(row.number, column, _("“%(v)s” is not yes or no.") % {"v": value}))
    return False


def import_projects(upload, *, apply: bool, by=None) -> ImportReport:
    report = ImportReport("projects")
    rows = rows_for_report(upload, report, required=PROJECT_REQUIRED, known=PROJECT_COLUMNS)
    if not rows:
        return report
    companies = {(c.name_en.casefold(), c.country): c for c in ForeignCompany.objects.all()}
    projects = {(p.company_id, p.title_en.casefold()): p for p in Project.objects.all()}
    company_plans: dict[tuple, dict] = {}  # key -> {"values": ..., "row": first row}
    project_plans: list[tuple[tuple, ProjectRowForm]] = []
    seen: dict[tuple, int] = {}
    for row in rows:
        values, errors = row.values, []
        name, country = values.get("company_en", "").strip(), values.get("country", "").strip().upper()
        if not is_country(country):
            errors.append(
                RowError(
                    row.number,
                    "country",
                    _("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": country},
                )
            )
        flags = {column: _flag(row, column, errors) for column in COMPANY_FLAGS}
        company_key = (name.casefold(), country)
        wanted = {**({"name_zh": values["company_zh"]} if values.get("company_zh") else {}), **flags}
        earlier = company_plans.get(company_key)
        if earlier is not None and earlier["values"] != wanted:
            errors.append(
                RowError(
                    row.number,
                    "company_en",
                    _("%(name)s is given differently in row %(row)s.")
                    % {"name": name, "row": earlier["row"]},
                )
            )
        title = values.get("title_en", "").strip()
        key = (company_key, title.casefold())
        if key in seen:
            errors.append(RowError(row.number, "title_en", _("Also in row %(row)s.") % {"row": seen[key]}))
        amount = values.get("amount", "").replace(",", "").strip()
        if amount:
            try:
                Decimal(amount)
            except InvalidOperation:
                errors.append(RowError(row.number, "amount", _("“%(v)s” is not a number.") % {"v": amount}))
        seen.setdefault(key, row.number)
        if errors:
            report.errors += errors
            continue
        company_plans.setdefault(company_key, {"values": wanted, "row": row.number, "name_en": name})
        company = companies.get(company_key)
        existing = projects.get((company.pk, title.casefold())) if company else None
        data = {field: values.get(field, "") for field in PROJECT_FIELDS}
        data["amount"] = amount
        data["stage"] = data["stage"] or Project.Stage.LEAD
        form = ProjectRowForm(data, instance=existing or Project(title_en=title))
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        project_plans.append((company_key, form))
    report.created = sum(1 for _key, form in project_plans if form.instance.pk is None)
    report.updated = len(project_plans) - report.created
    if apply and report.ok:
        _apply(companies, company_plans, project_plans, Actor(user=by))
        report.applied = True
    return report


@transaction.atomic
def _apply(companies: dict, company_plans: dict, project_plans: list, actor: Actor) -> None:
    trail = []
    for key, plan in company_plans.items():
        company = companies.get(key)
        if company is None:
            company = ForeignCompany(name_en=plan["name_en"], country=key[1])
        before = snapshot(company, ("name_zh", *COMPANY_FLAGS)) if company.pk else {}
        for field, value in plan["values"].items():
            setattr(company, field, value)
        after = snapshot(company, ("name_zh", *COMPANY_FLAGS))
        if not company.pk or before != after:
            action = "update" if company.pk else "create"
            company.save()
            trail.append(entry(actor, f"import {action}", company, changes_between(before, after)))
        companies[key] = company
    for key, form in project_plans:
        project = form.instance
        before = (
            _plain({"title_en": project.title_en, **{f: form.initial.get(f) for f in PROJECT_FIELDS}})
            if project.pk
            else {}
        )
        project.company = companies[key]
        form.save()
        changes = changes_between(before, _plain(snapshot(project, ("title_en", *PROJECT_FIELDS))))
        if changes:
            trail.append(entry(actor, "import update" if before else "import create", project, changes))
    AuditEntry.objects.bulk_create(trail, batch_size=2000)


def _plain(values: dict) -> dict:
    """Amounts as text, so that the trail's JSON holds them exactly."""
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in values.items()}
