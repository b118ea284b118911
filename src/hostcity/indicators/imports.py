"""Values and targets from Excel or CSV: a dry run names each bad row (unknown indicator, a year
outside the program, not a number, a value without its source, a row twice); applying is all or
nothing, through the same rules as entering them by hand."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hostcity.indicators import values
from hostcity.indicators.models import Indicator
from hostcity.shared.spreadsheets import ImportReport, RowError, all_or_nothing, rows_for_report

VALUE_COLUMNS = ("indicator", "year", "value", "source_url", "publisher", "note")
TARGET_COLUMNS = ("indicator", "year", "target")


def import_numbers(upload, *, apply: bool, kind: str, by=None) -> ImportReport:
    report = ImportReport(kind)
    columns = VALUE_COLUMNS if kind == "values" else TARGET_COLUMNS
    required = ("indicator", "year", "value" if kind == "values" else "target")
    rows = rows_for_report(upload, report, required=required, known=columns)
    if not rows:
        return report
    indicators = {i.code: i for i in Indicator.objects.all()}
    seen: dict[tuple, int] = {}
    with all_or_nothing(report, apply=apply):
        for row in rows:
            v = row.values
            indicator = indicators.get(v.get("indicator", "").strip())
            if indicator is None:
                report.errors.append(
                    RowError(
                        row.number,
                        "indicator",
                        _("Unknown indicator “%(c)s”.") % {"c": v.get("indicator", "")},
                    )
                )
                continue
            key = (indicator.code, v.get("year", "").strip())
            if key in seen:
                report.errors.append(
                    RowError(row.number, "year", _("Also in row %(row)s.") % {"row": seen[key]})
                )
                continue
            seen[key] = row.number
            try:
                if kind == "values":
                    values.record_value(
                        indicator,
                        year=v.get("year"),
                        value=v.get("value"),
                        source_url=v.get("source_url", ""),
                        publisher=v.get("publisher", ""),
                        note=v.get("note", ""),
                        by=by,
                    )
                else:
                    values.set_target(indicator, year=v.get("year"), value=v.get("target"), by=by)
                report.created += 1
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    column = "target" if kind == "targets" and name == "value" else name
                    report.errors += [RowError(row.number, column, m) for m in messages]
    return report
