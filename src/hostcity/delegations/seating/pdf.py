"""A seating plan on paper: the same drawing as the SVG (seating/drawing.py), on an A3 or A4
landscape page scaled to fit, names in both scripts in Noto Sans SC."""

from __future__ import annotations

from hostcity.delegations.models import SeatingPlan
from hostcity.delegations.seating.drawing import SEAT_R, TABLE_R, Drawing, Text
from hostcity.shared.documents.fonts import FONT, document

FILL = {"host": (153, 18, 30), "interpreter": (118, 118, 118), "guest": (0, 84, 155)}
TONE = {"name": (17, 17, 17), "plain": (34, 34, 34), "muted": (74, 74, 74)}
PX_TO_PT = 72 / 25.4  # the drawing's sizes are in px; at `scale` mm a px, a font's points are these


def render(plan: SeatingPlan, drawing: Drawing) -> bytes:
    page = "A3" if drawing.width > 1400 else "A4"
    pdf = document("landscape", page, margin=None)
    pdf.add_page()
    margin = 10
    scale = min((pdf.w - 2 * margin) / drawing.width, (pdf.h - 2 * margin) / drawing.height)

    def at(x: float, y: float) -> tuple[float, float]:
        return margin + x * scale, margin + y * scale

    def write(text: Text, colour: tuple[int, int, int] | None = None) -> None:
        pdf.set_font(FONT, size=text.size * scale * PX_TO_PT)
        pdf.set_text_color(*(colour or TONE[text.tone]))
        x, y = at(text.x, text.y)
        width = pdf.get_string_width(text.text)
        x -= {"start": 0, "middle": width / 2, "end": width}[text.anchor]
        pdf.text(x, y, text.text)

    x, y, w, h = drawing.head_table
    pdf.set_fill_color(233, 220, 195)
    pdf.set_draw_color(160, 136, 96)
    pdf.rect(*at(x, y), w * scale, h * scale, style="DF")
    for number, cx, cy in drawing.round_tables:
        pdf.set_fill_color(233, 220, 195)
        pdf.set_draw_color(160, 136, 96)
        pdf.circle(*at(cx, cy), TABLE_R * scale, style="DF")
        write(Text(cx, cy + 6, str(number), 18, "middle"), (91, 69, 38))
    for placed in drawing.seats:
        seat = placed.seat
        if seat.delegate_id or seat.role != "guest":
            pdf.set_fill_color(*FILL.get(seat.role, FILL["guest"]))
        else:
            pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(50, 50, 50)
        pdf.circle(*at(placed.x, placed.y), SEAT_R * scale, style="DF")
        if placed.number:
            white = (255, 255, 255) if seat.delegate_id else (51, 51, 51)
            write(Text(placed.x, placed.y + 4, placed.number, 11, "middle"), white)
    for text in drawing.notes + drawing.texts:
        write(text)
    return bytes(pdf.output())
