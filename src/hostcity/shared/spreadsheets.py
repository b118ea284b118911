"""Reading and writing tables as CSV or Excel (.xlsx), with errors that name the row and column.

Row numbers are the ones a person sees in a spreadsheet: the header is row 1, data starts at row 2.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from zipfile import BadZipFile, ZipFile

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

MAX_ROWS = 100_000


class TableError(ValueError):
    """The file as a whole cannot be read as a table."""


@dataclass(frozen=True)
class Row:
    number: int
    values: dict[str, str]


# A cell a spreadsheet would run as a formula (OWASP, "CSV injection"): text that begins with one of
# these. Every export writes such text behind a single quote, so Excel and LibreOffice show it as
# text; every import takes that quote off again, so an exported file imports back unchanged.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """The value as an export writes it: text that a spreadsheet would run, behind a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _clean(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):  # written so by an export
        text = text[1:]
    return text.strip()


def _rows_from(header: Sequence, body: Iterable[Sequence], *, required: Sequence[str], known: Sequence[str]):
    names = [_clean(h).lower() for h in header]
    if not any(names):
        raise TableError(_("Row 1 must name the columns."))
    seen = set()
    for position, name in enumerate(names, start=1):
        if not name:
            continue
        if name in seen:
            raise TableError(_("Row 1: column %(name)s appears twice.") % {"name": name})
        if name not in known:
            raise TableError(
                _("Row 1, column %(position)s: unknown column “%(name)s”; known columns are %(known)s.")
                % {"position": position, "name": name, "known": ", ".join(known)}
            )
        seen.add(name)
    missing = [name for name in required if name not in seen]
    if missing:
        raise TableError(_("Row 1: missing columns %(missing)s.") % {"missing": ", ".join(missing)})
    rows = []
    for number, cells in enumerate(body, start=2):
        values = {name: _clean(cells[i]) if i < len(cells) else "" for i, name in enumerate(names) if name}
        if not any(values.values()):
            continue
        if len(rows) >= MAX_ROWS:
            raise TableError(_("The file has more than %(n)s rows.") % {"n": MAX_ROWS})
        rows.append(Row(number, values))
    return rows


MAX_UNZIPPED_BYTES = 100 * 1024 * 1024  # an Excel file's parts, uncompressed


def _refuse_zip_bomb(name: str, data: bytes) -> None:
    """An .xlsx is a zip: refuse one whose parts would unpack to more than 100 MB (or claim to)."""
    try:
        with ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (BadZipFile, OSError, ValueError) as exc:
        raise TableError(_("%(name)s is not a readable Excel file.") % {"name": name}) from exc
    if unpacked > MAX_UNZIPPED_BYTES:
        raise TableError(
            _("%(name)s would unpack to %(size)d MB; at most %(most)d MB is accepted.")
            % {"name": name, "size": unpacked // 2**20, "most": MAX_UNZIPPED_BYTES // 2**20}
        )


def read_table(upload, *, required: Sequence[str], known: Sequence[str]) -> list[Row]:
    """Read an uploaded .csv or .xlsx file (its first sheet) into rows keyed by lower-case column names."""
    name = (getattr(upload, "name", "") or "").lower()
    data = upload.read()
    if name.endswith(".xlsx"):
        _refuse_zip_bomb(upload.name, data)
        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError, IndexError) as exc:
            raise TableError(_("%(name)s is not a readable Excel file.") % {"name": upload.name}) from exc
        lines = list(sheet.iter_rows(values_only=True))
        if not lines:
            raise TableError(_("The file is empty."))
        return _rows_from(lines[0], lines[1:], required=required, known=known)
    if name.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TableError(
                _("%(name)s is not UTF-8 text (byte %(pos)s).") % {"name": upload.name, "pos": exc.start}
            ) from exc
        try:
            lines = list(csv.reader(io.StringIO(text)))
        except csv.Error as exc:
            raise TableError(
                _("%(name)s is not valid CSV: %(error)s") % {"name": upload.name, "error": exc}
            ) from exc
        if not lines:
            raise TableError(_("The file is empty."))
        return _rows_from(lines[0], lines[1:], required=required, known=known)
    raise TableError(_("Upload a .csv or .xlsx file."))


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """Every export's CSV: UTF-8 with a byte-order mark (Excel reads Chinese right), cells neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralised(cell) for cell in header])
    writer.writerows([neutralised(cell) for cell in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """Every export's Excel sheet, cells neutralised (openpyxl writes text beginning with = as a
    formula)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    sheet.append([neutralised(cell) for cell in header])
    for row in rows:
        sheet.append([neutralised(cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = (
            _("Row %(row)s, %(column)s") % {"row": self.row, "column": self.column}
            if self.column
            else (_("Row %(row)s") % {"row": self.row})
        )
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def rows_for_report(
    upload, report: ImportReport, *, required: Sequence[str], known: Sequence[str]
) -> list[Row]:
    """The file's rows, counted in the report; none, with the reason in the report, when the file
    cannot be read or holds no data."""
    try:
        rows = read_table(upload, required=required, known=known)
    except TableError as exc:
        report.errors.append(RowError(1, "", str(exc)))
        return []
    report.rows = len(rows)
    if not rows:
        report.errors.append(RowError(2, "", _("The file has no data rows.")))
    return rows


def form_errors(row: Row, form) -> list[RowError]:
    """A row's form errors, each naming the row and the column."""
    return [
        RowError(row.number, name if name != "__all__" else "", str(message))
        for name, messages in form.errors.items()
        for message in messages
    ]


def save_checked_forms(report: ImportReport, forms_to_save: list, *, apply: bool) -> ImportReport:
    """Count what the checked row forms would create and update; with `apply` and no error in the
    report, save them all in one transaction."""
    from django.db import transaction

    report.created = sum(1 for form in forms_to_save if form.instance.pk is None)
    report.updated = len(forms_to_save) - report.created
    if apply and report.ok:
        with transaction.atomic():
            for form in forms_to_save:
                form.save()
        report.applied = True
    return report


class _Undo(Exception):
    """Raised to roll back an import's transaction on a dry run or a bad row."""


@contextmanager
def all_or_nothing(report: ImportReport, *, apply: bool):
    """Save the rows for real inside one transaction, so that every rule of the domain checks them;
    roll it all back for a dry run or when any row failed, else mark the report applied."""
    from django.db import transaction

    try:
        with transaction.atomic():
            yield
            if not apply or not report.ok:
                raise _Undo
    except _Undo:
        return
    report.applied = True
