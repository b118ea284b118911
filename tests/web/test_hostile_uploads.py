"""Hostile uploads: an image that unpacks to too many pixels, an Excel file that unpacks to too many
bytes, and random bytes or random CSV fed to every importer — each refused with a message, never an
exception, and nothing saved."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from hostcity.delegations.forms import check_photo
from hostcity.shared.spreadsheets import TableError, read_table


def test_a_decompression_bomb_photo_is_refused():
    data = io.BytesIO()
    Image.new("1", (10_000, 5_000)).save(data, format="PNG")  # 50 megapixels in a few kilobytes
    upload = SimpleUploadedFile("bomb.png", data.getvalue(), content_type="image/png")
    assert upload.size < 100_000
    with pytest.raises(ValidationError, match="larger than 40 megapixels"):
        check_photo(upload)


def test_a_zip_bomb_spreadsheet_is_refused():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (120 * 1024 * 1024))
    upload = SimpleUploadedFile("bomb.xlsx", data.getvalue())
    assert upload.size < 1_000_000
    with pytest.raises(TableError, match="would unpack to 120 MB"):
        read_table(upload, required=("a",), known=("a",))


def _importers():
    from hostcity.indicators.imports import import_numbers
    from hostcity.matchmaking.imports import import_companies, import_requests
    from hostcity.platforms.imports import import_cities
    from hostcity.registry.imports import import_organizations, import_qualifications
    from hostcity.registry.project_imports import import_projects
    from hostcity.venues.imports import import_table

    return {
        "cities": lambda upload: import_cities(upload, apply=True),
        "qualifications": lambda upload: import_qualifications(upload, apply=True),
        "organizations": lambda upload: import_organizations(upload, apply=True),
        "projects": lambda upload: import_projects(upload, apply=True),
        "values": lambda upload: import_numbers(upload, apply=True, kind="values"),
        "venues": lambda upload: import_table(upload, kind="venues", apply=True),
        "companies": lambda upload: import_companies(_matchmaking(), upload, apply=True),
        "requests": lambda upload: import_requests(_matchmaking(), upload, apply=True),
    }


def _matchmaking():
    from hostcity.matchmaking.models import Matchmaking
    from hostcity.platforms.models import Edition, Platform

    found = Matchmaking.objects.first()
    if found:
        return found
    platform = Platform.objects.create(code="fuzz", name_en="Fuzz", name_zh="模糊", kind="forum")
    edition = Edition.objects.create(
        platform=platform, year=2030, start_date="2030-01-01", end_date="2030-01-02"
    )
    return Matchmaking.objects.create(edition=edition, code="fuzz")


KINDS = ["cities", "qualifications", "organizations", "projects", "values", "venues", "companies", "requests"]
CELLS = st.one_of(
    st.text(max_size=12), st.sampled_from(["", "DEU", "2030", "-1", "1e309", "yes", "x@y.z", "="])
)
HEADERS = st.lists(
    st.sampled_from(["name_en", "name_zh", "country", "kind", "since", "email", "indicator", "year", "value",
                     "company_en", "title_en", "sector", "code", "requester_email", "target_email", "zz"]),
    min_size=1, max_size=6, unique=True,
)  # fmt: skip


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(KINDS),
    header=HEADERS,
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=5),
    raw=st.one_of(st.none(), st.binary(max_size=200)),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
)  # fmt: skip
def test_every_importer_reports_and_saves_nothing_on_nonsense(kind, header, rows, raw, suffix):
    from hostcity.shared.spreadsheets import csv_bytes

    content = raw if raw is not None else csv_bytes(header, rows)
    report = _importers()[kind](SimpleUploadedFile(f"fuzz{suffix}", content))
    assert report.ok or report.errors  # a report either way, never an exception
    if not report.ok:
        assert not report.applied
