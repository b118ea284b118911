"""The template side of shared/bilingual.py, built into every template (settings.TEMPLATES):
`{{ record|in_language:"name" }}` is `record.name_zh` on a Chinese page and `record.name_en`
otherwise, each falling back to the other form when it is empty."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from hostcity.shared.bilingual import chinese

register = template.Library()


@register.filter
def in_language(record, field: str = "name") -> str:
    if isinstance(record, dict):
        english, other = record.get(f"{field}_en") or "", record.get(f"{field}_zh") or ""
    else:
        english, other = getattr(record, f"{field}_en", "") or "", getattr(record, f"{field}_zh", "") or ""
    return (other or english) if chinese() else (english or other)


@register.simple_tag
def both(record, field: str = "name", br: bool = False, cls: str = "") -> str:
    """Both forms of a field, the page's language first and the other after it, marked with its
    language (`lang`) and set smaller: "Kazakhstan 哈萨克斯坦" or "哈萨克斯坦 Kazakhstan"."""
    first = in_language(record, field)
    if isinstance(record, dict):
        english, other = record.get(f"{field}_en") or "", record.get(f"{field}_zh") or ""
    else:
        english, other = getattr(record, f"{field}_en", "") or "", getattr(record, f"{field}_zh", "") or ""
    second, lang = (english, "en") if first == other and other else (other, "zh-Hans")
    if not second or second == first:
        return conditional_escape(first)
    return format_html(
        '{}{}<span lang="{}" class="other-name{}">{}</span>',
        first, mark_safe("<br>") if br else " ", lang, f" {cls}" if cls else "", second,
    )  # fmt: skip


@register.filter
def other_language(record, field: str = "name") -> str:
    """The form `in_language` does not show, or "" when there is none or it is the same."""
    first = in_language(record, field)
    if isinstance(record, dict):
        english, other = record.get(f"{field}_en") or "", record.get(f"{field}_zh") or ""
    else:
        english, other = getattr(record, f"{field}_en", "") or "", getattr(record, f"{field}_zh", "") or ""
    second = english if first == other and other else other
    return "" if second == first else second
