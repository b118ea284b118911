"""Which UI strings a page asked for in a language without that language's catalog having them:
Django's translation objects are watched while the page is drawn, so a label, a choice, an error or
a heading left out of the catalog is named by its msgid (a word spelt the same in both languages,
"Minutes" in French, counts as translated when the catalog has it)."""

from __future__ import annotations

import re
from contextlib import contextmanager

from django.conf import settings
from django.utils.translation import trans_real

LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


@contextmanager
def untranslated(language: str):
    """Yields the list the msgids missing from `language`'s catalog are added to while it is open."""
    missing: list[str] = []
    own_names = {name for _code, name in settings.LANGUAGES}  # each language in its own name: not UI
    plain, plural = trans_real.DjangoTranslation.gettext, trans_real.DjangoTranslation.ngettext

    def gettext(self, message):
        watched = self.language() == language and message not in own_names
        absent = message not in self._catalog and (message, self.plural(1)) not in self._catalog
        if watched and LETTERS.search(message) and absent:
            missing.append(message.split("\x04")[-1])
        return plain(self, message)

    def ngettext(self, singular, plural_form, n):
        if self.language() == language:
            try:
                self._catalog.plural(singular, n)
            except KeyError:
                missing.append(singular)
        return plural(self, singular, plural_form, n)

    trans_real.DjangoTranslation.gettext = gettext
    trans_real.DjangoTranslation.ngettext = ngettext
    try:
        yield missing
    finally:
        trans_real.DjangoTranslation.gettext = plain
        trans_real.DjangoTranslation.ngettext = plural
