"""Every PDF is set in Noto Sans SC (SIL OFL, shipped by a PyPI package), so Chinese prints on a
fresh machine; `document()` is a page set up with it."""

from __future__ import annotations

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


def document(
    orientation: str = "portrait", page: str | tuple[float, float] = "A4", margin: float | None = 15
) -> FPDF:
    """An empty PDF in millimetres with the font added, its pages breaking `margin` from the foot
    (None: never, for documents that place everything themselves)."""
    pdf = FPDF(orientation=orientation, unit="mm", format=page)
    pdf.add_font(FONT, fname=font_path())
    pdf.set_auto_page_break(margin is not None, margin=margin or 0)
    return pdf
