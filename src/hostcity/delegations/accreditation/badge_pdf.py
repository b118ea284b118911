"""Badge PDFs: one badge per page (90 × 130 mm, for badge printers) or four to an A4 sheet. Each
badge has the photo, the name in both scripts, the delegation, the category's colour, the zone codes
and a QR code of its signed token. The category and the delegation's name (CLDR's, for a country),
which the holder reads, are also in the holder's own language when that is French, Spanish, Russian
or Arabic (the first of those among the delegate's languages, then the delegation's working
languages). Text is set in Noto Sans SC (SIL OFL, shipped by a PyPI package) so Chinese prints on a
fresh machine, and Arabic shaped in Noto Sans Arabic."""

from __future__ import annotations

import io

import segno
from django.utils import translation
from fpdf import FPDF

from hostcity.delegations.accreditation.signing import token_for
from hostcity.delegations.models import Badge, Delegate
from hostcity.shared.bilingual import THIRD_LANGUAGES
from hostcity.shared.documents.fonts import FONT, document, is_right_to_left

WIDTH, HEIGHT = 90, 130  # mm
SHEET_SLOTS = [(10, 12), (110, 12), (10, 152), (110, 152)]  # top-left corners on A4, mm
COLOURS = {  # category -> RGB band colour
    "head": (153, 27, 30),
    "official": (0, 84, 147),
    "security": (64, 64, 64),
    "media": (230, 126, 34),
    "staff": (39, 121, 62),
    "spouse": (128, 57, 145),
}


def _qr_png(token: str) -> io.BytesIO:
    out = io.BytesIO()
    segno.make(token, error="m", micro=False).save(out, kind="png", scale=4, border=2)
    out.seek(0)
    return out


def holder_language(delegate: Delegate) -> str:
    """The holder's own language among the UN's other four, or "" (English and Chinese only)."""
    spoken = [*(delegate.languages or []), *(delegate.delegation.languages or [])]
    return next((code for code in spoken if code in THIRD_LANGUAGES), "")


def _category_labels(category: str, language: str = "") -> tuple[str, str, str]:
    """The category in English, Chinese and `language` ("" when none is asked for)."""
    label = Delegate.Category(category).label
    with translation.override("en"):
        english = str(label)
    with translation.override("zh-hans"):
        chinese = str(label)
    if not language:
        return english, chinese, ""
    with translation.override(language):
        return english, chinese, str(label)


def _fitted(pdf: FPDF, width: float, height: float, text: str, *, size: float, align: str) -> None:
    """One line of `text` in a cell `width` wide, set smaller (down to 5 pt) until it fits: two
    languages on one line of a badge."""
    pdf.set_font(FONT, size=size)
    while size > 5 and pdf.get_string_width(text) > width - 4:
        size -= 0.5
        pdf.set_font(FONT, size=size)
    pdf.cell(width, height, text, align=align)


def _draw(pdf: FPDF, badge: Badge, x: float, y: float) -> None:
    delegate = badge.delegate
    delegation = delegate.delegation
    language = holder_language(delegate)
    event = delegation.event
    colour = COLOURS.get(delegate.category, (0, 0, 0))
    pdf.set_draw_color(180, 180, 180)
    pdf.rect(x, y, WIDTH, HEIGHT)
    # The event, in both languages.
    pdf.set_fill_color(*colour)
    pdf.rect(x, y, WIDTH, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(FONT, size=8)
    pdf.set_xy(x + 3, y + 2)
    pdf.cell(WIDTH - 6, 5, event.name_zh, align="C")
    pdf.set_xy(x + 3, y + 7)
    pdf.cell(WIDTH - 6, 5, event.name_en, align="C")
    # Photo, or an empty frame.
    pdf.set_text_color(0, 0, 0)
    if delegate.photo:
        with delegate.photo.open("rb") as handle:
            pdf.image(io.BytesIO(handle.read()), x=x + 4, y=y + 18, w=28, h=36, keep_aspect_ratio=True)
    else:
        pdf.rect(x + 4, y + 18, 28, 36)
    # Names and delegation.
    pdf.set_xy(x + 35, y + 19)
    pdf.set_font(FONT, size=16)
    pdf.multi_cell(WIDTH - 38, 8, delegate.name_zh or " ")
    pdf.set_x(x + 35)
    pdf.set_font(FONT, size=10)
    pdf.multi_cell(WIDTH - 38, 5, delegate.name_en)
    pdf.set_x(x + 35)
    pdf.set_font(FONT, size=7)
    pdf.multi_cell(WIDTH - 38, 3.5, " / ".join(p for p in (delegate.position_zh, delegate.position_en) if p))
    pdf.set_xy(x + 4, y + 58)
    pdf.set_font(FONT, size=10)
    pdf.cell(WIDTH - 8, 5, delegation.name_zh, align="L")
    pdf.set_xy(x + 4, y + 63)
    own_name = delegation.name_in(language) if language else ""
    shown = f"{delegation.name_en} · {own_name}" if own_name and own_name != delegation.name_en else None
    _fitted(pdf, WIDTH - 8, 5, shown or delegation.name_en, size=10, align="L")
    # QR code of the signed token, and the badge number.
    pdf.image(_qr_png(token_for(badge)), x=x + 4, y=y + 72, w=34, h=34)
    pdf.set_xy(x + 40, y + 74)
    pdf.set_font(FONT, size=8)
    pdf.cell(WIDTH - 44, 4, f"No. {badge.number:05d}" + (f" · {badge.version}" if badge.version > 1 else ""))
    pdf.set_xy(x + 40, y + 80)
    pdf.set_font(FONT, size=22)
    pdf.cell(WIDTH - 44, 12, " ".join(sorted(badge.zones)))
    pdf.set_xy(x + 40, y + 94)
    pdf.set_font(FONT, size=7)
    pdf.cell(WIDTH - 44, 4, f"{badge.valid_from:%Y-%m-%d} – {badge.valid_to:%Y-%m-%d}")
    # The category band.
    english, chinese, own = _category_labels(delegate.category, language)
    pdf.set_fill_color(*colour)
    pdf.rect(x, y + HEIGHT - 18, WIDTH, 18, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, y + HEIGHT - 16)
    pdf.set_font(FONT, size=12)
    pdf.cell(WIDTH, 7, chinese, align="C")
    pdf.set_xy(x, y + HEIGHT - 9)
    _fitted(pdf, WIDTH, 6, f"{english.upper()} · {own}" if own else english.upper(), size=9, align="C")
    pdf.set_text_color(0, 0, 0)


def render(badges: list[Badge], *, layout: str = "sheet") -> bytes:
    """The badges as a PDF: `sheet` puts four on each A4 page, `single` one per 90 × 130 mm page."""
    if layout not in ("sheet", "single"):
        raise ValueError(f"unknown layout {layout!r}: sheet or single")
    arabic = any(is_right_to_left(holder_language(b.delegate)) for b in badges)
    pdf = document(page="A4" if layout == "sheet" else (WIDTH, HEIGHT), margin=None, arabic=arabic)
    pdf.set_title("Badges")
    for k, badge in enumerate(badges):
        if layout == "single":
            pdf.add_page()
            _draw(pdf, badge, 0, 0)
            continue
        if k % len(SHEET_SLOTS) == 0:
            pdf.add_page()
        x, y = SHEET_SLOTS[k % len(SHEET_SLOTS)]
        _draw(pdf, badge, x, y)
    return bytes(pdf.output())
