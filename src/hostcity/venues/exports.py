"""Venues and bookings as CSV or Excel. The venue export has the import's columns, so it round-trips."""

from django.utils import timezone

from hostcity.shared.spreadsheets import csv_bytes, xlsx_bytes
from hostcity.venues.imports import VENUE_COLUMNS

BOOKING_COLUMNS = (
    "id",
    "venue",
    "venue_name_en",
    "venue_name_zh",
    "room_name_en",
    "room_name_zh",
    "start",
    "end",
    "status",
    "purpose",
    "event",
    "booked_by",
    "series",
)


def _venue_cell(venue, name: str):
    if name == "area":
        return venue.area.code if venue.area else ""
    value = getattr(venue, name)
    return "" if value is None else value


def venue_rows(venues):
    for venue in venues:
        yield [_venue_cell(venue, name) for name in VENUE_COLUMNS]


def _local(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def booking_rows(bookings):
    for b in bookings:
        yield [
            b.pk,
            b.room.venue.code,
            b.room.venue.name_en,
            b.room.venue.name_zh,
            b.room.name_en,
            b.room.name_zh,
            _local(b.start),
            _local(b.end),
            b.status,
            b.purpose,
            b.event.name_en if b.event else "",
            b.booked_by.get_username() if b.booked_by else "",
            str(b.series or ""),
        ]


def export(kind: str, fmt: str, objects) -> tuple[bytes, str]:
    """(content, content type) of venues or bookings in csv or xlsx."""
    header, rows = (
        (VENUE_COLUMNS, venue_rows(objects)) if kind == "venues" else (BOOKING_COLUMNS, booking_rows(objects))
    )
    if fmt == "csv":
        return csv_bytes(header, rows), "text/csv; charset=utf-8"
    if fmt == "xlsx":
        return (
            xlsx_bytes(kind, header, rows),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    raise ValueError(f"unknown format {fmt!r}")
