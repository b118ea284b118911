"""Import delegates from an Excel or CSV list: a dry run lists every bad row (missing fields,
duplicates, bad dates, unknown categories or delegations, quotas exceeded); applying is
all-or-nothing, each delegate created with its entry in the audit trail."""

from __future__ import annotations

from collections import Counter

from django.db import transaction
from django.utils.translation import gettext as _

from hostcity.delegations.forms import DelegateForm
from hostcity.delegations.models import Delegate, Delegation
from hostcity.delegations.registration import DELEGATE_FIELDS
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, changes_between, entry
from hostcity.shared.spreadsheets import ImportReport, RowError, form_errors, rows_for_report

# The delegate's own fields as a list names them (a photo cannot be in a list), then the delegation's
# code and the languages (a comma- or semicolon-separated cell).
FIELDS = [name for name in DELEGATE_FIELDS if name not in ("photo", "languages")]
COLUMNS = ("delegation", *FIELDS, "languages")
REQUIRED = ("delegation", "family_name", "category")


class DelegateRowForm(DelegateForm):
    class Meta(DelegateForm.Meta):
        fields = FIELDS


def _delegations_of(event) -> dict[str, Delegation]:
    """The event's delegations by the code a list names them with: country alpha-3 or acronym."""
    found = {}
    for delegation in Delegation.objects.filter(event=event).select_related("organization"):
        code = delegation.country or delegation.organization.acronym
        found[code.upper()] = delegation
    return found


def _identity(values: dict) -> tuple:
    return (
        values.get("family_name", "").casefold(),
        values.get("given_names", "").casefold(),
        values.get("birth_date", ""),
    )


def _existing(delegations) -> tuple[Counter, set, set, set]:
    """Members per delegation, delegations with a head, and the identities and passports known."""
    members, heads, people, passports = Counter(), set(), set(), set()
    for d in Delegate.objects.filter(delegation__in=delegations).only(
        "delegation_id", "category", "family_name", "given_names", "birth_date", "passport_number"
    ):
        members[d.delegation_id] += 1
        if d.category == Delegate.Category.HEAD:
            heads.add(d.delegation_id)
        people.add((d.delegation_id, d.family_name.casefold(), d.given_names.casefold(), d.birth_date or ""))
        if d.passport_number:
            passports.add(d.passport_number)
    return members, heads, people, passports


def import_delegates(upload, *, event, apply: bool, by: Actor) -> ImportReport:
    """Check (and with `apply`, save) a delegates list for `event`. Saves nothing unless every row
    is good."""
    report = ImportReport("delegates")
    rows = rows_for_report(upload, report, required=REQUIRED, known=COLUMNS)
    if not rows:
        return report
    delegations = _delegations_of(event)
    members, heads, people, passports = _existing(delegations.values())
    seen_people: dict[tuple, int] = {}
    seen_passports: dict[str, int] = {}
    plans: list[tuple[int, Delegate]] = []
    for row in rows:
        values = row.values
        code = values.get("delegation", "").upper()
        delegation = delegations.get(code)
        if delegation is None:
            message = (
                _("This field is required.")
                if not code
                else _("No delegation “%(code)s” at this event.") % {"code": code}
            )
            report.errors.append(RowError(row.number, "delegation", message))
            continue
        form = DelegateRowForm(
            {name: values.get(name, "") for name in FIELDS}, instance=Delegate(delegation=delegation)
        )
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        delegate = form.instance
        delegate.languages = [
            x.strip() for x in values.get("languages", "").replace(";", ",").split(",") if x.strip()
        ]
        person = (delegation.pk, *_identity({**values, "birth_date": delegate.birth_date}))
        if person in seen_people or person in people:
            where = (
                _("also in row %(row)s") % {"row": seen_people[person]}
                if person in seen_people
                else _("already registered")
            )
            report.errors.append(
                RowError(
                    row.number,
                    "family_name",
                    _("%(name)s of %(code)s is %(where)s.")
                    % {"name": delegate.name_en, "code": code, "where": where},
                )
            )
            continue
        seen_people[person] = row.number
        number = delegate.passport_number
        if number and (number in seen_passports or number in passports):
            where = (
                _("also in row %(row)s") % {"row": seen_passports[number]}
                if number in seen_passports
                else _("already registered")
            )
            report.errors.append(
                RowError(
                    row.number, "passport_number", _("This passport number is %(where)s.") % {"where": where}
                )
            )
            continue
        if number:
            seen_passports[number] = row.number
        if delegate.category == Delegate.Category.HEAD:
            if delegation.pk in heads:
                report.errors.append(
                    RowError(row.number, "category", _("%(code)s has a head already.") % {"code": code})
                )
                continue
            heads.add(delegation.pk)
        members[delegation.pk] += 1
        if members[delegation.pk] > delegation.quota:
            report.errors.append(
                RowError(
                    row.number,
                    "delegation",
                    _("The quota of %(code)s is %(quota)d members: this row is member %(n)d.")
                    % {"code": code, "quota": delegation.quota, "n": members[delegation.pk]},
                )
            )
            continue
        plans.append((row.number, delegate))
    report.created = len(plans)
    if apply and report.ok:
        _save(plans, by)
        report.applied = True
    return report


@transaction.atomic
def _save(plans: list[tuple[int, Delegate]], by: Actor) -> None:
    created = Delegate.objects.bulk_create([delegate for _row, delegate in plans], batch_size=1000)
    entries = [
        entry(
            by, "import", d, changes_between({}, {name: getattr(d, name) for name in FIELDS}), d.delegation_id
        )
        for d in created
    ]
    AuditEntry.objects.bulk_create(entries, batch_size=1000)
