"""Import venues and rooms from CSV or Excel: a dry run lists every bad row; applying is all-or-nothing.

Venues are matched by `code` and rooms by venue code and English name: a known one is updated, a
new one created.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext as _

from hostcity.shared.spreadsheets import (
    ImportReport,
    Row,
    RowError,
    form_errors,
    rows_for_report,
    save_checked_forms,
)
from hostcity.venues.models import ROOM_FIELDS, VENUE_FIELDS, FunctionalArea, Room, Venue

VENUE_COLUMNS = VENUE_FIELDS
VENUE_REQUIRED = ("code", "name_en", "name_zh", "category", "latitude", "longitude")
ROOM_COLUMNS = ("venue", *ROOM_FIELDS)
ROOM_REQUIRED = ("venue", "name_en", "name_zh", "kind", "capacity")


class VenueRowForm(forms.ModelForm):
    area = forms.ModelChoiceField(queryset=FunctionalArea.objects.all(), to_field_name="code", required=False)

    class Meta:
        model = Venue
        fields = [c for c in VENUE_COLUMNS if c != "code"]


class RoomRowForm(forms.ModelForm):
    class Meta:
        model = Room
        fields = [c for c in ROOM_COLUMNS if c != "venue"]


def _form_data(values: dict[str, str], instance, form_class) -> dict:
    """What the row's form sees: the row's cells; for a column the file lacks, the record's current
    value (or the model's default for a new record); a blank cell takes the default where there is one."""
    data = {}
    for name in form_class._meta.fields:
        model_field = instance._meta.get_field(name)
        if name in values:
            value = values[name]
            if value == "" and model_field.has_default():
                value = model_field.get_default()
        elif instance.pk is not None:
            current = getattr(instance, name)
            value = getattr(current, "code", current) if model_field.is_relation else current
            value = "" if value is None else value
        else:
            value = model_field.get_default() if model_field.has_default() else ""
        data[name] = value
    return data


def _venue_plan(rows: list[Row], report: ImportReport) -> list[forms.ModelForm]:
    existing = {v.code: v for v in Venue.objects.filter(code__in=[r.values.get("code") for r in rows])}
    seen: dict[str, int] = {}
    plans = []
    for row in rows:
        code = row.values.get("code", "")
        if not code:
            report.errors.append(RowError(row.number, "code", _("This field is required.")))
            continue
        if code in seen:
            report.errors.append(
                RowError(
                    row.number,
                    "code",
                    _("Venue %(code)s is also in row %(row)s.") % {"code": code, "row": seen[code]},
                )
            )
            continue
        seen[code] = row.number
        try:
            validate_slug(code)
        except ValidationError as exc:
            report.errors += [RowError(row.number, "code", m) for m in exc.messages]
            continue
        instance = existing.get(code) or Venue(code=code)
        form = VenueRowForm(_form_data(row.values, instance, VenueRowForm), instance=instance)
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        plans.append(form)
    return plans


def _room_plan(rows: list[Row], report: ImportReport) -> list[forms.ModelForm]:
    venues = {v.code: v for v in Venue.objects.filter(code__in={r.values.get("venue") for r in rows})}
    existing = {
        (room.venue.code, room.name_en): room
        for room in Room.objects.select_related("venue").filter(venue__in=venues.values())
    }
    seen: dict[tuple[str, str], int] = {}
    plans = []
    for row in rows:
        venue_code, name = row.values.get("venue", ""), row.values.get("name_en", "")
        venue = venues.get(venue_code)
        if venue is None:
            message = (
                _("This field is required.")
                if not venue_code
                else _("Unknown venue “%(code)s”.") % {"code": venue_code}
            )
            report.errors.append(RowError(row.number, "venue", message))
            continue
        key = (venue_code, name)
        if key in seen:
            report.errors.append(
                RowError(
                    row.number,
                    "name_en",
                    _("Room %(name)s of %(venue)s is also in row %(row)s.")
                    % {"name": name, "venue": venue_code, "row": seen[key]},
                )
            )
            continue
        seen[key] = row.number
        instance = existing.get(key) or Room(venue=venue)
        form = RoomRowForm(_form_data(row.values, instance, RoomRowForm), instance=instance)
        if not form.is_valid():
            report.errors += form_errors(row, form)
            continue
        plans.append(form)
    return plans


def import_table(upload, *, kind: str, apply: bool) -> ImportReport:
    """Check (and with `apply`, save) a venues or rooms file. Saves nothing unless every row is good."""
    if kind not in {"venues", "rooms"}:
        raise ValueError(f"unknown import kind {kind!r}")
    report = ImportReport(kind)
    columns, required = (VENUE_COLUMNS, VENUE_REQUIRED) if kind == "venues" else (ROOM_COLUMNS, ROOM_REQUIRED)
    rows = rows_for_report(upload, report, required=required, known=columns)
    if not rows:
        return report
    plans = _venue_plan(rows, report) if kind == "venues" else _room_plan(rows, report)
    return save_checked_forms(report, plans, apply=apply)
