"""Every PDF is set in Noto Sans SC (SIL OFL, shipped by a PyPI package), so Chinese prints on a
fresh machine; `document()` is a page set up with it. The package ships the variable font, whose
default instance is the hairline (Thin) weight: documents use its Regular instance, made once per
machine with fontTools (about 20 s) and kept in the user's cache (`hostcity demo` and `serve` make it
before the first print)."""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path

from fpdf import FPDF

FONT = "sc"  # the family name documents set their text in


@cache
def font_path() -> str:
    import justmytype_intl_cjk

    path = Path(justmytype_intl_cjk.__file__).parent / "fonts" / "ofl" / "notosanssc" / "NotoSansSC[wght].ttf"
    if not path.exists():
        raise FileNotFoundError(f"{path}: the Noto Sans SC font is missing (pip install justmytype-intl-cjk)")
    return str(path)


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


@cache
def regular_font_path(weight: int = REGULAR) -> str:
    """The font's static instance at `weight`, made once and kept (named for the source file's size
    and time, so an upgraded package makes a new one)."""
    source = Path(font_path())
    stat = source.stat()
    target = _cache_dir() / f"NotoSansSC-{weight}-{stat.st_size}-{int(stat.st_mtime)}.ttf"
    if not target.exists():
        from fontTools.ttLib import TTFont
        from fontTools.varLib import instancer

        font = instancer.instantiateVariableFont(TTFont(source), {"wght": weight})
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        font.save(partial)
        os.replace(partial, target)  # whole or not at all, whoever makes it at the same time
    return str(target)


def document(
    orientation: str = "portrait", page: str | tuple[float, float] = "A4", margin: float | None = 15
) -> FPDF:
    """An empty PDF in millimetres with the font added, its pages breaking `margin` from the foot
    (None: never, for documents that place everything themselves)."""
    pdf = FPDF(orientation=orientation, unit="mm", format=page)
    pdf.add_font(FONT, fname=regular_font_path())
    pdf.set_auto_page_break(margin is not None, margin=margin or 0)
    return pdf
