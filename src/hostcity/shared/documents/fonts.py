"""Every PDF is set in Noto Sans SC (SIL OFL, shipped by a PyPI package), so Chinese, Latin and
Cyrillic print on a fresh machine; a document with Arabic in it also gets Noto Sans Arabic (SIL OFL,
from `justmytype-intl-rtl`) as the fallback for the letters Noto Sans SC lacks, and text shaping
(HarfBuzz, through fpdf2 and uharfbuzz), which joins Arabic letters and lays its runs out right to
left. `document()` is a page set up with them. The packages ship variable fonts, whose default
instance is the hairline (Thin) weight: documents use their Regular instances, made once per machine
with fontTools (about 20 s for Chinese) and kept in the user's cache (`hostcity demo` and `serve` make
them before the first print)."""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path

from fpdf import FPDF

FONT = "sc"  # the family name documents set their text in


ARABIC = "arabic"  # the family of the Arabic letters, the fallback of FONT in an Arabic document
RIGHT_TO_LEFT = ("ar",)  # the languages whose documents are shaped and set right to left


def _shipped(package: str, folder: str, name: str) -> str:
    module = __import__(package)
    path = Path(module.__file__).parent / "fonts" / "ofl" / folder / name
    if not path.exists():
        raise FileNotFoundError(f"{path}: the font is missing (pip install {package.replace('_', '-')})")
    return str(path)


@cache
def font_path() -> str:
    return _shipped("justmytype_intl_cjk", "notosanssc", "NotoSansSC[wght].ttf")


@cache
def arabic_font_path() -> str:
    return _shipped("justmytype_intl_rtl", "notosansarabic", "NotoSansArabic[wdth,wght].ttf")


REGULAR = 400  # the weight documents are set in


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hostcity" / "fonts"
    try:
        base.mkdir(parents=True, exist_ok=True)
        return base
    except OSError:  # a home that cannot be written: the machine's temporary folder
        fallback = Path(tempfile.gettempdir()) / "hostcity-fonts"
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def _instance(source: Path, axes: dict[str, int]) -> str:
    """The variable font's static instance at `axes`, made once and kept (named for the source
    file's size and time, so an upgraded package makes a new one)."""
    stat = source.stat()
    where = "-".join(f"{k}{v}" for k, v in sorted(axes.items()))
    name = f"{source.name.split('[')[0]}-{where}-{stat.st_size}-{int(stat.st_mtime)}-named.ttf"
    target = _cache_dir() / name
    if not target.exists():
        from fontTools.ttLib import TTFont
        from fontTools.varLib import instancer

        # Named for its weight ("NotoSansSC-Regular"), not the variable font's default (Thin).
        font = instancer.instantiateVariableFont(TTFont(source), axes, updateFontNames=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        font.save(partial)
        os.replace(partial, target)  # whole or not at all, whoever makes it at the same time
    return str(target)


@cache
def regular_font_path(weight: int = REGULAR) -> str:
    """Noto Sans SC at `weight`."""
    return _instance(Path(font_path()), {"wght": weight})


@cache
def regular_arabic_font_path(weight: int = REGULAR) -> str:
    """Noto Sans Arabic at `weight`, its normal width."""
    return _instance(Path(arabic_font_path()), {"wght": weight, "wdth": 100})


def document(
    orientation: str = "portrait",
    page: str | tuple[float, float] = "A4",
    margin: float | None = 15,
    *,
    arabic: bool = False,
) -> FPDF:
    """An empty PDF in millimetres with the font added, its pages breaking `margin` from the foot
    (None: never, for documents that place everything themselves); `arabic` adds the Arabic font
    and shapes the text (see is_right_to_left)."""
    pdf = FPDF(orientation=orientation, unit="mm", format=page)
    pdf.add_font(FONT, fname=regular_font_path())
    if arabic:
        pdf.add_font(ARABIC, fname=regular_arabic_font_path())
        pdf.set_fallback_fonts([ARABIC], exact_match=False)
        pdf.set_text_shaping(True)
    pdf.set_auto_page_break(margin is not None, margin=margin or 0)
    return pdf


def is_right_to_left(language: str | None) -> bool:
    return (language or "").split("-")[0] in RIGHT_TO_LEFT
