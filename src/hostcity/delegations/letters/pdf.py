"""A letter on paper: the office's letterhead in both languages, the register number and date, the
title and the wording in Chinese then in English, the office's seal line. Several letters make one PDF,
a letter to a page."""

from __future__ import annotations

import json

from django.conf import settings
from django.utils import timezone

from hostcity.delegations.letters.wording import WORDING
from hostcity.delegations.models import Letter
from hostcity.shared.documents.fonts import FONT, document


class _Fields(dict):
    """A letter's fields; one its wording names but it lacks (kept before the wording changed) is blank."""

    def __missing__(self, key: str) -> str:
        return ""


def _page(pdf, letter: Letter) -> None:
    fields = _Fields(json.loads(letter.content))
    words = WORDING[letter.kind]
    pdf.add_page()
    pdf.set_font(FONT, size=15)
    pdf.cell(0, 8, settings.HOSTCITY_OFFICE_ZH, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=10)
    pdf.cell(0, 6, settings.HOSTCITY_OFFICE_EN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=8)
    pdf.cell(0, 5, settings.HOSTCITY_OFFICE_ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(153, 27, 30)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.set_font(FONT, size=9)
    issued = timezone.localtime(letter.issued)
    pdf.cell(0, 5, f"编号 No. {letter.number}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{issued:%Y年%m月%d日} · {issued:%d %B %Y}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, size=16)
    pdf.cell(0, 9, words["title_zh"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=12)
    pdf.cell(0, 7, words["title_en"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, size=11)
    pdf.multi_cell(0, 6.5, words["body_zh"].format_map(fields), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, size=10)
    pdf.multi_cell(0, 5.5, words["body_en"].format_map(fields), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font(FONT, size=11)
    pdf.cell(0, 6, settings.HOSTCITY_OFFICE_ZH, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    pdf.cell(0, 5, settings.HOSTCITY_OFFICE_EN, align="R", new_x="LMARGIN", new_y="NEXT")


def render(letters: list[Letter]) -> bytes:
    pdf = document()
    pdf.set_title("Letters")
    for letter in letters:
        _page(pdf, letter)
    if not letters:
        pdf.add_page()
    return bytes(pdf.output())
