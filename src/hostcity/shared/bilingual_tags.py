"""The template side of shared/bilingual.py, built into every template (settings.TEMPLATES):
`{{ record|in_language:"name" }}` is `record.name_zh` on a Chinese page and `record.name_en`
otherwise, each falling back to the other form when it is empty; `other_language` is the form it
did not show; `{% both record "name" %}` shows the two, the page's first. On a page in French,
Spanish, Russian or Arabic a record's own form in that language comes first where it has one (a
method `X_in(language)`, as a delegation's country name from CLDR, or the glossary's adopted
standard form of its Chinese name); otherwise the English form is shown as the fallback, marked
`lang="en"` so that it is read (and voiced) as English, and the page says so (the note of
`web/public_base.html`). `{{ value|english }}` marks one English value the same way."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from hostcity.shared.bilingual import CHINESE_RUN, chinese, split_scripts, standard_form, third_language

register = template.Library()


def _forms(record, field: str) -> tuple[str, str]:
    """(English, Chinese) of `field` on a model or a dict."""
    if isinstance(record, dict):
        return record.get(f"{field}_en") or "", record.get(f"{field}_zh") or ""
    return getattr(record, f"{field}_en", "") or "", getattr(record, f"{field}_zh", "") or ""


def _own_form(record, field: str, language: str) -> str:
    """The record's own form in `language` (fr, es, ru, ar) — its `X_in(language)`, else the
    glossary's adopted standard for its Chinese form — or "" when it has none."""
    own = getattr(record, f"{field}_in", None) if not isinstance(record, dict) else None
    if callable(own) and (found := own(language)):
        return found
    return standard_form(_forms(record, field)[1], language)


def _shown(record, field: str) -> tuple[str, str, str]:
    """(the form shown first, the other one or "", the other's language tag)."""
    english, other = _forms(record, field)
    language = third_language()
    if language and (own := _own_form(record, field, language)):
        return own, ("" if other == own else other), "zh-Hans"
    first = (other or english) if chinese() else (english or other)
    second, lang = (english, "en") if first == other and other else (other, "zh-Hans")
    return first, ("" if second == first else second), lang


def _marked(text: str) -> str:
    """`text`, escaped; marked as English on a page in a third language."""
    if text and third_language():
        return format_html('<span lang="en">{}</span>', text)
    return conditional_escape(text)


@register.filter
def english(value) -> str:
    """An English value (a name with no form in the page's language): marked `lang="en"` on a page
    in French, Spanish, Russian or Arabic."""
    return _marked(str(value or ""))


@register.filter
def page_script(value) -> str:
    """Of a value typed as both forms with a slash between them ("Bilateral talks / 双边会谈"), the
    page language's form; any other value whole ("Talks with 哈萨克斯坦" is one phrase, not two)."""
    text = str(value or "")
    left, slash, right = text.partition(" / ")
    if not slash or "/" in right:
        return text

    def only_chinese(side: str) -> bool:
        return bool(CHINESE_RUN.search(side)) and not LATIN.search(side)

    one_each = (only_chinese(right) and not CHINESE_RUN.search(left)) or (
        only_chinese(left) and not CHINESE_RUN.search(right)
    )
    return split_scripts(text) if one_each else text


LATIN = re.compile(r"[A-Za-z]")


@register.filter
def in_language(record, field: str = "name") -> str:
    return _shown(record, field)[0]


@register.filter
def other_language(record, field: str = "name") -> str:
    """The form `in_language` does not show, or "" when there is none or it is the same."""
    return _shown(record, field)[1]


@register.simple_tag
def one(record, field: str = "name") -> str:
    """The form `in_language` shows, as markup: marked `lang="en"` when it is the English fallback
    on a page in a third language (for headings and links, where both forms would be too long)."""
    return _first_markup(record, field, _shown(record, field)[0])


def _first_markup(record, field: str, first: str) -> str:
    """The form shown first, escaped, and marked English when it is the English fallback."""
    english_form, chinese_form = _forms(record, field)
    return _marked(first) if first == english_form and first != chinese_form else conditional_escape(first)


@register.simple_tag
def both(record, field: str = "name", br: bool = False, cls: str = "") -> str:
    """Both forms of a field, the page's language first and the other after it, marked with its
    language (`lang`) and set smaller: "Kazakhstan 哈萨克斯坦" or "哈萨克斯坦 Kazakhstan"."""
    first, second, lang = _shown(record, field)
    shown = _first_markup(record, field, first)
    if not second:
        return shown
    return format_html(
        '{}{}<span lang="{}" class="other-name{}">{}</span>',
        shown, mark_safe("<br>") if br else " ", lang, f" {cls}" if cls else "", second,
    )  # fmt: skip
