"""Names in English and Chinese: a record named to delegates and the public carries both forms
(`name_en`, `name_zh`), and one rule says which a viewer reads first — the page's language, falling
back to the other form when that one is empty."""

import re

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def chinese() -> bool:
    """Whether the page is being drawn in Chinese (for names and labels chosen in Python)."""
    return (get_language() or "").startswith("zh")


THIRD_LANGUAGES = ("fr", "es", "ru", "ar")  # the UN's languages beside English and Chinese


# Where a Chinese name's standard form in a third language is found: functions (Chinese, language) ->
# form or "", added by the apps that keep such forms (the glossary's adopted terms, glossary/apps.py).
standard_forms: list = []


def standard_form(chinese: str, language: str) -> str:
    """The standard form of a Chinese name in a third language, from whoever keeps one, or ""."""
    for lookup in standard_forms:
        if found := lookup(chinese, language):
            return found
    return ""


def third_language() -> str:
    """The page's language when it is one of the UN's other four (fr, es, ru, ar), in which names
    that have no form of their own are shown in English, marked as such; "" on an English or
    Chinese page."""
    language = get_language() or "en"
    return language if language in THIRD_LANGUAGES else ""


def reader_form(english: str, chinese: str) -> str:
    """A name as a page or document in a third language gives it: the standard form of its Chinese
    in that language where there is one, else the English (on an English or Chinese page, English)."""
    language = third_language()
    return (standard_form(chinese, language) if language else "") or english


class BilingualNamed:
    """The display rule, for any model with `name_en` and `name_zh` fields (their lengths and labels
    are the model's own)."""

    name_en: str
    name_zh: str

    @property
    def name(self) -> str:
        """The name in the active language, falling back to the other."""
        if chinese():
            return self.name_zh or self.name_en
        return self.name_en or self.name_zh

    @property
    def other_name(self) -> str:
        """The name in the other language, shown beside `name`."""
        return self.name_en if self.name == self.name_zh else self.name_zh

    @property
    def both_names(self) -> str:
        """Both forms, English first, as lists and documents for every reader show them."""
        return f"{self.name_en} / {self.name_zh}" if self.name_zh else self.name_en


class BilingualName(BilingualNamed, models.Model):
    """The two name fields (200 characters, both required) with the display rule."""

    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name


CHINESE_RUN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef·]+")  # CJK, its punctuation, full width


def split_scripts(text: str) -> str:
    """Of a value that holds both forms side by side ("Dongcheng 东城区"), the page language's; the
    whole value when it holds only one."""
    chinese_part = "".join(CHINESE_RUN.findall(text or "")).strip()
    latin_part = CHINESE_RUN.sub(" ", text or "").strip()
    if not chinese_part or not latin_part:
        return (text or "").strip()
    return chinese_part.strip(" /|·-") if chinese() else " ".join(latin_part.split()).strip(" /|·-")


def named(record: dict, en: str = "name", zh: str = "name_zh") -> str:
    """The name of a planning problem's record (a venue, room, party, meeting as a dict) in the page's
    language: its `zh` key on a Chinese page, else its `en` key, else its id."""
    return (record.get(zh) if chinese() else None) or record.get(en) or record["id"]
