"""Importing delegates: a dry run names every bad row; applying is all or nothing."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from hostcity.delegations.imports import import_delegates
from hostcity.delegations.models import Delegate, Organization
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event, make_user

HEADER = "delegation,family_name,given_names,name_zh,category,passport_number,birth_date,languages\n"


def csv_file(body: str, header: str = HEADER) -> SimpleUploadedFile:
    return SimpleUploadedFile("list.csv", (header + body).encode(), content_type="text/csv")


@pytest.fixture
def event(db):
    event = make_event()
    make_delegation(event, country="KAZ", quota=3)
    un = Organization.objects.create(acronym="UN", name_en="United Nations", name_zh="联合国")
    make_delegation(event, country="", organization=un, quota=2)
    return event


ACTOR = Actor()


def test_a_good_list_is_checked_then_applied(event):
    body = (
        "KAZ,Tokayev,Kassym-Jomart,托卡耶夫,head,N1234567,1953-05-17,ru;kk\n"
        "kaz,Smailov,Alikhan,斯迈洛夫,official,,,\n"
        "UN,Guterres,António,古特雷斯,head,P7654321,1949-04-30,en\n"
    )
    dry = import_delegates(csv_file(body), event=event, apply=False, by=ACTOR)
    assert dry.ok and dry.rows == 3 and dry.created == 3 and not Delegate.objects.exists()
    done = import_delegates(csv_file(body), event=event, apply=True, by=ACTOR)
    assert done.applied and Delegate.objects.count() == 3
    tokayev = Delegate.objects.get(family_name="Tokayev")
    assert (tokayev.passport_number, tokayev.birth_date, tokayev.languages) == (
        "N1234567",
        "1953-05-17",
        ["ru", "kk"],
    )
    assert AuditEntry.objects.filter(action="import").count() == 3


def test_every_bad_row_is_named_and_nothing_is_saved(event):
    make_delegate(
        event.delegations.get(country="KAZ"), family_name="Existing", given_names="One", category="head"
    )
    body = (
        "KAZ,Tokayev,Kassym-Jomart,托卡耶夫,head,N1234567,1953-05-17,\n"  # 2: a second head
        "XYZ,Nobody,,,official,,,\n"  # 3: unknown delegation
        "KAZ,,Nameless,,official,,,\n"  # 4: missing family name
        "KAZ,Dates,Bad,,official,,17/05/1953,\n"  # 5: bad date
        "KAZ,King,Some,,king,,,\n"  # 6: unknown category
        "UN,Guterres,António,,head,P7654321,1949-04-30,\n"  # 7: good
        "UN,Guterres,António,,official,,1949-04-30,\n"  # 8: the same person again
        "UN,Other,Person,,official,P7654321,,\n"  # 9: the same passport again
        "UN,Third,Person,,official,,,\n"  # 10: good, the second of UN's quota of 2
        "UN,Fourth,Person,,official,,,\n"  # 11: quota of 2 exceeded
        "KAZ,Existing,One,,official,,,\n"  # 12: already registered
    )
    report = import_delegates(csv_file(body), event=event, apply=True, by=ACTOR)
    assert not report.applied
    found = {(e.row, e.column) for e in report.errors}
    assert found == {
        (2, "category"),
        (3, "delegation"),
        (4, "family_name"),
        (5, "birth_date"),
        (6, "category"),
        (8, "family_name"),
        (9, "passport_number"),
        (11, "delegation"),
        (12, "family_name"),
    }
    text = "\n".join(str(e) for e in report.errors)
    assert "Row 3, delegation: No delegation “XYZ” at this event." in text
    assert "Row 8, family_name: António GUTERRES of UN is also in row 7." in text
    assert "Row 11, delegation: The quota of UN is 2 members: this row is member 3." in text
    assert "Row 12, family_name: One EXISTING of KAZ is already registered." in text
    assert Delegate.objects.count() == 1 and not AuditEntry.objects.filter(action="import").exists()


def test_an_excel_list_and_a_file_that_is_not_one(event):
    book = Workbook()
    sheet = book.active
    sheet.append(["delegation", "family_name", "category", "birth_date"])
    sheet.append(["KAZ", "Tokayev", "head", "1953-05-17"])
    out = io.BytesIO()
    book.save(out)
    upload = SimpleUploadedFile("list.xlsx", out.getvalue())
    assert import_delegates(upload, event=event, apply=True, by=ACTOR).applied
    broken = SimpleUploadedFile("list.xlsx", b"PK not really")
    report = import_delegates(broken, event=event, apply=True, by=ACTOR)
    assert [str(e) for e in report.errors] == ["Row 1: list.xlsx is not a readable Excel file."]
    unknown_column = csv_file("KAZ,X,head,1\n", header="delegation,family_name,category,height\n")
    assert "unknown column “height”" in str(
        import_delegates(unknown_column, event=event, apply=False, by=ACTOR).errors[0]
    )


def test_the_page_checks_then_applies(client, event):
    client.force_login(make_user("protocol_officer"))
    body = "KAZ,Tokayev,Kassym-Jomart,托卡耶夫,head,,,\n"
    url = f"/delegations/event/{event.pk}/import/"
    checked = client.post(url, {"action": "check", "file": csv_file(body)})
    assert "no errors" in checked.text and not Delegate.objects.exists()
    applied = client.post(url, {"action": "apply"})
    assert "Imported 1 delegates" in applied.text and Delegate.objects.count() == 1
