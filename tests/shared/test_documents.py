"""The documents' font prints Chinese on a fresh machine, and the agenda layout that itineraries and
matchmaking agendas share sets each day, its lines and the live page's code."""

import io
from datetime import timedelta

from django.utils import timezone
from pypdf import PdfReader

from hostcity.shared.documents.agenda_pdf import AgendaLine, agenda_page
from hostcity.shared.documents.fonts import document, font_path


def text_of(pdf) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(bytes(pdf.output()))).pages)


def test_the_font_is_shipped_with_the_product():
    assert font_path().endswith(".ttf")


def test_an_agenda_page_in_both_languages_by_day():
    start = timezone.make_aware(timezone.datetime(2030, 5, 1, 9, 0))
    lines = [
        AgendaLine(start, start + timedelta(minutes=45), "会见 Talks", detail="大会堂 / Great Hall"),
        AgendaLine(
            start + timedelta(days=1), start + timedelta(days=1, hours=1), "洽谈 Meeting", "桌 Table 4"
        ),
    ]
    pdf = document()
    agenda_page(
        pdf, title="日程", subtitle="Itinerary", notes=["峰会 · Summit"], lines=lines, empty="-",
        live_url="https://example.org/live",
    )  # fmt: skip
    text = text_of(pdf)
    for expected in (
        "日程",
        "Itinerary",
        "5月1日 星期三",  # the day in both languages
        "Wednesday 1 May 2030",
        "5月2日 星期四",
        "09:00–09:45",
        "大会堂",
        "Table 4",
        "live",
    ):
        assert expected in text


def test_an_empty_agenda_says_so():
    pdf = document()
    agenda_page(pdf, title="日程", subtitle="Agenda", notes=[], lines=[], empty="暂无 · Nothing yet")
    assert "Nothing yet" in text_of(pdf)


def test_documents_are_set_in_the_regular_weight_not_the_variable_fonts_hairline():
    from fontTools.ttLib import TTFont

    from hostcity.shared.documents.fonts import REGULAR, regular_font_path

    font = TTFont(regular_font_path())
    assert "fvar" not in font and font["OS/2"].usWeightClass == REGULAR
    assert "fvar" in TTFont(font_path())  # what the package ships: variable, Thin by default
