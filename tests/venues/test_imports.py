import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from hostcity.shared.spreadsheets import xlsx_bytes
from hostcity.venues.exports import export
from hostcity.venues.imports import VENUE_COLUMNS, import_table
from hostcity.venues.models import Room, Venue
from tests.factories import make_area, make_room, make_venue

pytestmark = pytest.mark.django_db

VENUES_CSV = (
    "code,name_en,name_zh,category,area,latitude,longitude,capacity\n"
    "ghop,Great Hall of the People,人民大会堂,state_ceremonial,core,39.9033,116.3874,10000\n"
    "dyt,Diaoyutai State Guesthouse,钓鱼台国宾馆,state_guesthouse,,39.9169,116.3279,\n"
)


def upload(text: str, name: str = "venues.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"))


def errors_of(report):
    return [(e.row, e.column, e.message) for e in report.errors]


def test_dry_run_reports_what_would_happen_and_saves_nothing():
    make_area(code="core")
    report = import_table(upload(VENUES_CSV), kind="venues", apply=False)
    assert (report.ok, report.rows, report.created, report.updated, report.applied) == (True, 2, 2, 0, False)
    assert not Venue.objects.exists()


def test_apply_creates_then_updates_by_code():
    area = make_area(code="core")
    report = import_table(upload(VENUES_CSV), kind="venues", apply=True)
    assert (report.created, report.applied) == (2, True)
    ghop = Venue.objects.get(code="ghop")
    assert (ghop.name_zh, ghop.area, ghop.capacity, ghop.security_level) == (
        "人民大会堂",
        area,
        10000,
        "standard",
    )
    again = import_table(upload(VENUES_CSV.replace("10000", "9000")), kind="venues", apply=True)
    assert (again.created, again.updated) == (0, 2)
    assert Venue.objects.get(code="ghop").capacity == 9000


def test_every_bad_row_is_reported_by_row_and_column_and_nothing_is_saved():
    make_area(code="core")
    text = (
        "code,name_en,name_zh,category,area,latitude,longitude,capacity\n"
        "ok,Good,好,hotel,,39.9,116.4,\n"
        "bad-lat,Bad,坏,hotel,,north,116.4,\n"
        "far,Far,远,hotel,,95,116.4,\n"
        "cat,Cat,猫,castle,,39.9,116.4,\n"
        "ar,Area,区,hotel,nowhere,39.9,116.4,\n"
        "ok,Twice,两次,hotel,,39.9,116.4,\n"
        ",No code,无,hotel,,39.9,116.4,\n"
        "neg,Neg,负,hotel,,39.9,116.4,-5\n"
    )
    report = import_table(upload(text), kind="venues", apply=True)
    assert errors_of(report) == [
        (3, "latitude", "Enter a number."),
        (4, "latitude", "Ensure this value is less than or equal to 90."),
        (5, "category", "Select a valid choice. castle is not one of the available choices."),
        (6, "area", "Select a valid choice. That choice is not one of the available choices."),
        (7, "code", "Venue ok is also in row 2."),
        (8, "code", "This field is required."),
        (9, "capacity", "Ensure this value is greater than or equal to 0."),
    ]
    assert not report.applied and not Venue.objects.exists()


@pytest.mark.parametrize(
    "text,name,message",
    [
        ("code,name_en\nx,y\n", "v.csv", "Row 1: missing columns name_zh, category, latitude, longitude."),
        ("code,name_en,name_zh,category,latitude,longitude,colour\n", "v.csv", "unknown column “colour”"),
        ("code,code,name_en,name_zh,category,latitude,longitude\n", "v.csv", "column code appears twice"),
        ("", "v.csv", "The file is empty."),
        ("code,name_en,name_zh,category,latitude,longitude\n", "v.csv", "The file has no data rows."),
        ("anything", "v.txt", "Upload a .csv or .xlsx file."),
        ("not a zip", "v.xlsx", "is not a readable Excel file"),
    ],
)
def test_malformed_files_get_a_clear_message(text, name, message):
    report = import_table(upload(text, name), kind="venues", apply=True)
    assert len(report.errors) == 1 and message in str(report.errors[0])
    assert not Venue.objects.exists()


def test_non_utf8_csv_is_refused():
    bad = SimpleUploadedFile("v.csv", "code,name_en\n钓鱼台".encode("gb18030"))
    report = import_table(bad, kind="venues", apply=True)
    assert "is not UTF-8 text" in str(report.errors[0])


def test_rooms_import_checks_venues_and_duplicates():
    venue = make_venue(code="cncc")
    make_room(venue, name_en="Plenary Hall", capacity=100)
    text = (
        "venue,name_en,name_zh,kind,capacity,interpretation_booths\n"
        "cncc,Plenary Hall,大会堂,plenary,5000,10\n"
        "cncc,Room 301,301会议室,bilateral,40,\n"
        "nowhere,Room 1,1号,bilateral,40,0\n"
        "cncc,Room 301,301会议室,bilateral,40,0\n"
        "cncc,Room 302,302会议室,ballroom,40,0\n"
    )
    report = import_table(upload(text, "rooms.csv"), kind="rooms", apply=True)
    assert errors_of(report) == [
        (4, "venue", "Unknown venue “nowhere”."),
        (5, "name_en", "Room Room 301 of cncc is also in row 3."),
        (6, "kind", "Select a valid choice. ballroom is not one of the available choices."),
    ]
    assert Room.objects.get(venue=venue).capacity == 100
    fixed = "\n".join(text.splitlines()[:3]) + "\n"
    report = import_table(upload(fixed, "rooms.csv"), kind="rooms", apply=True)
    assert (report.created, report.updated, report.applied) == (1, 1, True)
    assert Room.objects.get(venue=venue, name_en="Plenary Hall").capacity == 5000
    assert Room.objects.get(venue=venue, name_en="Room 301").interpretation_booths == 0


def test_xlsx_import_reads_the_first_sheet():
    book = Workbook()
    sheet = book.active
    sheet.append(["code", "name_en", "name_zh", "category", "latitude", "longitude", "capacity"])
    sheet.append(["yq", "Yanqi Lake", "雁栖湖", "summit_retreat", 40.397, 116.668, 300.0])
    out = io.BytesIO()
    book.save(out)
    report = import_table(SimpleUploadedFile("v.xlsx", out.getvalue()), kind="venues", apply=True)
    assert report.ok, report.errors
    assert Venue.objects.get(code="yq").capacity == 300


def test_venue_export_round_trips_through_import():
    area = make_area(code="olympic")
    make_venue(code="cncc", name_zh="国家会议中心", area=area, capacity=6000, facilities='a, b; "c"')
    content, _ = export("venues", "xlsx", Venue.objects.select_related("area"))
    sheet = load_workbook(io.BytesIO(content)).active
    assert [c.value for c in sheet[1]] == list(VENUE_COLUMNS)
    Venue.objects.all().delete()
    report = import_table(SimpleUploadedFile("v.xlsx", content), kind="venues", apply=True)
    assert report.ok, report.errors
    venue = Venue.objects.get(code="cncc")
    assert (venue.name_zh, venue.area, venue.capacity, venue.facilities) == (
        "国家会议中心",
        area,
        6000,
        'a, b; "c"',
    )


def test_xlsx_bytes_writes_a_header_and_rows():
    sheet = load_workbook(io.BytesIO(xlsx_bytes("t", ["a", "b"], [[1, "二"]]))).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [["a", "b"], [1, "二"]]
