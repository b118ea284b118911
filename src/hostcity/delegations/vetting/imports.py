"""The vetting authority's answers as an Excel or CSV list: the request list hostcity exports
(`request_rows`) comes back with a status per delegate. A dry run names every bad row (an unknown
delegate or one of another event, an unknown status, a delegate twice); applying is all or nothing."""

from __future__ import annotations

from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegate, Vetting
from hostcity.delegations.vetting.rules import set_vetting
from hostcity.shared.audit.trail import Actor
from hostcity.shared.spreadsheets import ImportReport, RowError, all_or_nothing, rows_for_report

REQUEST_COLUMNS = (
    "delegate", "delegation", "family_name", "given_names", "name_zh", "category", "nationality",
    "birth_date", "passport_number", "passport_expiry", "vetting",
)  # fmt: skip
COLUMNS = ("delegate", "vetting")  # what an answer must hold; the others may stay in the file
REQUIRED = ("delegate", "vetting")


def request_rows(event, delegates=None) -> list[list]:
    """The list sent to the vetting authority: every delegate of the event (or `delegates`), with
    what it needs to vet them; it comes back with the vetting column filled in."""
    found = delegates if delegates is not None else delegates_of(event)
    return [
        [
            d.pk,
            d.delegation.country or d.delegation.organization.acronym,
            d.family_name,
            d.given_names,
            d.name_zh,
            d.category,
            d.nationality or d.delegation.country,
            d.birth_date,
            d.passport_number,
            d.passport_expiry,
            d.vetting,
        ]
        for d in found
    ]


def delegates_of(event):
    return (
        Delegate.objects.filter(delegation__event=event)
        .select_related("delegation__organization")
        .order_by("delegation__head_rank", "delegation__country", "family_name", "pk")
    )


def import_vetting(upload, *, event, apply: bool, by: Actor) -> ImportReport:
    report = ImportReport("vetting")
    rows = rows_for_report(upload, report, required=REQUIRED, known=REQUEST_COLUMNS)
    if not rows:
        return report
    known = set(Delegate.objects.filter(delegation__event=event).values_list("pk", flat=True))
    seen: dict[int, int] = {}
    by_status: dict[str, list[int]] = {}
    for row in rows:
        raw, status = row.values.get("delegate", "").strip(), row.values.get("vetting", "").strip().lower()
        pk = int(raw) if raw.isdigit() else None
        if pk is None or pk not in known:
            report.errors.append(
                RowError(row.number, "delegate", _("No delegate “%(id)s” at this event.") % {"id": raw})
            )
            continue
        if pk in seen:
            report.errors.append(
                RowError(row.number, "delegate", _("Delegate %(id)s is also in row %(row)s.")
                         % {"id": pk, "row": seen[pk]})
            )  # fmt: skip
            continue
        seen[pk] = row.number
        if status not in Vetting.values:
            report.errors.append(
                RowError(row.number, "vetting", _("Unknown vetting status “%(value)s”: one of %(known)s.")
                         % {"value": status, "known": ", ".join(Vetting.values)})
            )  # fmt: skip
            continue
        by_status.setdefault(status, []).append(pk)
    if not report.ok:
        return report
    with all_or_nothing(report, apply=apply):
        for status, pks in by_status.items():
            changed, _revoked = set_vetting(Delegate.objects.filter(pk__in=pks), status, by=by)
            report.updated += changed
    return report
