"""Directory entries as CSV or Excel, and imported from them: each row becomes a proposal waiting for
review (a new entry, or a change when its address on the site is known), checked as the form checks
it; a dry run names every bad row and applying is all or nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.directory import revisions
from hostcity.directory.forms import ALL_FIELDS
from hostcity.directory.models import Entry, Kind
from hostcity.shared.checked_uploads import import_page as checked_import_page
from hostcity.shared.downloads import table_download
from hostcity.shared.spreadsheets import ImportReport, RowError, all_or_nothing, rows_for_report

COLUMNS = tuple(ALL_FIELDS)
REQUIRED = ("kind", "slug", "name_en", "name_zh")


def _cell(value):
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return ", ".join(value)
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else value


@staff_page("directory.view_entry")
def export(request, fmt: str):
    rows = (
        [_cell(getattr(e, c)) for c in COLUMNS] for e in Entry.objects.order_by("kind", "name_en").iterator()
    )
    return table_download("directory", fmt, COLUMNS, rows)


def import_entries(upload, *, apply: bool, by) -> ImportReport:
    report = ImportReport("entries")
    rows = rows_for_report(upload, report, required=REQUIRED, known=COLUMNS)
    if not rows:
        return report
    entries = {e.slug: e for e in Entry.objects.all()}
    seen: dict[str, int] = {}
    with all_or_nothing(report, apply=apply):
        for row in rows:
            data = {k: v for k, v in row.values.items() if v != ""}
            kind, slug = data.get("kind", ""), data.get("slug", "")
            if kind not in Kind.values:
                report.errors.append(RowError(row.number, "kind", _("Unknown kind “%(k)s”.") % {"k": kind}))
                continue
            if slug in seen:
                report.errors.append(
                    RowError(row.number, "slug", _("Also in row %(row)s.") % {"row": seen[slug]})
                )
                continue
            seen[slug] = row.number
            entry = entries.get(slug)
            for flag in ("emergency", "international_insurance"):
                if data.get(flag, "").lower() in ("yes", "y", "1", "true", "是"):
                    data[flag] = "on"
                else:
                    data.pop(flag, None)
            try:
                revisions.propose(kind, data, by=by, entry=entry)
                if entry is None:
                    report.created += 1
                else:
                    report.updated += 1
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    report.errors += [
                        RowError(row.number, name if name != "__all__" else "", m) for m in messages
                    ]
    return report


@staff_page("directory.add_revision")
def import_page(request):
    from django.urls import reverse

    return checked_import_page(
        request,
        template="web/import_page.html",
        key="directory.pending",
        run=lambda upload, apply: import_entries(upload, apply=apply, by=request.user),
        context={
            "columns": ", ".join(COLUMNS),
            "title": _("Import directory entries"),
            "back_url": reverse("directory:entries"),
            "back_label": _("Directory entries"),
            "explanation": _(
                "Each row becomes a proposal waiting for review: a new entry, or a change of the entry with "
                "the same address on the site."
            ),
        },
    )
