"""The template side of shared/bilingual.py, built into every template (settings.TEMPLATES):
`{{ record|in_language:"name" }}` is `record.name_zh` on a Chinese page and `record.name_en`
otherwise, each falling back to the other form when it is empty; `other_language` is the form it
did not show; `{% both record "name" %}` shows the two, the page's first."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from hostcity.shared.bilingual import chinese

register = template.Library()


def _forms(record, field: str) -> tuple[str, str]:
    """(English, Chinese) of `field` on a model or a dict."""
    if isinstance(record, dict):
        return record.get(f"{field}_en") or "", record.get(f"{field}_zh") or ""
    return getattr(record, f"{field}_en", "") or "", getattr(record, f"{field}_zh", "") or ""


def _shown(record, field: str) -> tuple[str, str, str]:
    """(the form shown first, the other one or "", the other's language tag)."""
    english, other = _forms(record, field)
    first = (other or english) if chinese() else (english or other)
    second, lang = (english, "en") if first == other and other else (other, "zh-Hans")
    return first, ("" if second == first else second), lang


@register.filter
def in_language(record, field: str = "name") -> str:
    return _shown(record, field)[0]


@register.filter
def other_language(record, field: str = "name") -> str:
    """The form `in_language` does not show, or "" when there is none or it is the same."""
    return _shown(record, field)[1]


@register.simple_tag
def both(record, field: str = "name", br: bool = False, cls: str = "") -> str:
    """Both forms of a field, the page's language first and the other after it, marked with its
    language (`lang`) and set smaller: "Kazakhstan 哈萨克斯坦" or "哈萨克斯坦 Kazakhstan"."""
    first, second, lang = _shown(record, field)
    if not second:
        return conditional_escape(first)
    return format_html(
        '{}{}<span lang="{}" class="other-name{}">{}</span>',
        first, mark_safe("<br>") if br else " ", lang, f" {cls}" if cls else "", second,
    )  # fmt: skip
