"""A seating plan on paper: the same drawing as the SVG (seating.drawing), on an A3 or A4 landscape
page scaled to fit, names in both scripts in Noto Sans SC."""

from __future__ import annotations

from hostcity.delegations.models import Seat, SeatingPlan
from hostcity.delegations.seating.layout import SEAT_R, Drawing
from hostcity.shared.documents.fonts import FONT, document

FILL = {"host": (153, 18, 30), "interpreter": (138, 138, 138), "guest": (0, 84, 155)}


def render(plan: SeatingPlan, drawing: Drawing) -> bytes:
    page = "A3" if drawing.width > 1400 else "A4"
    pdf = document("landscape", page, margin=None)
    pdf.add_page()
    margin = 10
    scale = min((pdf.w - 2 * margin) / drawing.width, (pdf.h - 2 * margin) / drawing.height)

    def at(x: float, y: float) -> tuple[float, float]:
        return margin + x * scale, margin + y * scale

    x, y, w, h = drawing.head_table
    pdf.set_fill_color(233, 220, 195)
    pdf.set_draw_color(160, 136, 96)
    pdf.rect(*at(x, y), w * scale, h * scale, style="DF")
    for number, cx, cy in drawing.round_tables:
        pdf.circle(*at(cx, cy), 48 * scale, style="DF")
        pdf.set_font(FONT, size=9)
        tx, ty = at(cx, cy)
        pdf.set_xy(tx - 5, ty - 2)
        pdf.cell(10, 4, str(number), align="C")
    pdf.set_font(FONT, size=14)
    pdf.set_xy(margin, margin)
    pdf.cell(0, 7, f"{plan.title_zh}  {plan.title_en}")
    for placed in drawing.seats:
        seat: Seat = placed.seat
        english, chinese = seat.names()
        cx, cy = at(placed.x, placed.y)
        if seat.delegate_id or seat.role != Seat.Role.GUEST:
            pdf.set_fill_color(*FILL.get(seat.role, FILL["guest"]))
        else:
            pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(50, 50, 50)
        pdf.circle(cx, cy, SEAT_R * scale, style="DF")
        box = 70 * scale
        pdf.set_font(FONT, size=7)
        pdf.set_xy(cx - box / 2, cy + placed.label_dy * scale - 2.5)
        pdf.cell(box, 3, chinese, align="C")
        pdf.set_font(FONT, size=5.5)
        pdf.set_xy(cx - box / 2, cy + placed.second_dy * scale - 2.2)
        pdf.cell(box, 3, english, align="C")
    return bytes(pdf.output())
