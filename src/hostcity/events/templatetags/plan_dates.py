"""A plan's day ("2026-12-19", as plans write it) in the page's language: 'Saturday 19 December' or
'12月19日 星期六'."""

from datetime import date

from django import template
from django.utils import translation
from django.utils.formats import date_format

register = template.Library()


@register.filter
def plan_day(text: str) -> str:
    try:
        day = date.fromisoformat(str(text)[:10])
    except ValueError:
        return str(text)
    weekday, month_day = date_format(day, "l"), date_format(day, "MONTH_DAY_FORMAT")
    return (
        f"{month_day} {weekday}" if translation.get_language().startswith("zh") else f"{weekday} {month_day}"
    )
