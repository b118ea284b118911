"""The demo's delegates have no photographs: each gets a portrait card with their initials on the
colour of their category, so that badges, lists and the focal point's pages show where the photo goes
(the real one replaces it when the focal point uploads it)."""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from hostcity.delegations.accreditation.badge_pdf import COLOURS
from hostcity.shared.documents.fonts import regular_font_path


def portrait(initials: str, category: str) -> ContentFile:
    image = Image.new("RGB", (300, 400), COLOURS.get(category, (90, 90, 90)))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(regular_font_path(), 130)
    draw.text((150, 200), initials, fill=(255, 255, 255), font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue())


def give_portraits(delegates) -> int:
    count = 0
    for d in delegates:
        if d.photo:
            continue
        initials = (d.given_names[:1] + d.family_name[:1]).upper() or "?"
        d.photo.save(f"demo-{d.pk}.png", portrait(initials, d.category), save=True)
        count += 1
    return count
