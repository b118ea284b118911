"""Proposing, adopting and returning glossary terms; every step in the audit trail."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.glossary.models import Term
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.bilingual import THIRD_LANGUAGES
from hostcity.shared.expiring import Expiring

ADOPT = "glossary.adopt_term"


def clean_variants(text_or_list) -> list[str]:
    """Variants as typed ("CNCC; China National Convention Centre") or as a list: trimmed, unique."""
    items = text_or_list.split(";") if isinstance(text_or_list, str) else list(text_or_list or [])
    seen, out = set(), []
    for item in (" ".join(str(i).split()) for i in items):
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


@transaction.atomic
def save_term(term: Term, *, by: Actor) -> Term:
    """Save a proposed term or a change of one. A term already adopted changes only by a reviewer's
    hand (an editor's change of the standard would otherwise take effect unreviewed)."""
    before = Term.objects.filter(pk=term.pk).first() if term.pk else None
    if before is not None and before.status == Term.Status.ADOPTED and not by.user.has_perm(ADOPT):
        raise PermissionDenied(_("An adopted term is changed by a reviewer."))
    term.variants = clean_variants(term.variants)
    for code in THIRD_LANGUAGES:
        setattr(term, code, " ".join((getattr(term, code) or "").split()))
    if term.en.casefold() in {v.casefold() for v in term.variants}:
        raise ValidationError({"variants": _("The standard form cannot also be a wrong one.")})
    if before is None:
        term.proposed_by = by.user
    term.full_clean()
    term.save()
    changes = {
        name: [getattr(before, name, None) if before else None, getattr(term, name)]
        for name in ("zh", "en", "variants", "domain", "source", "status", *THIRD_LANGUAGES)
        if before is None or getattr(before, name) != getattr(term, name)
    }
    record(by, "propose term" if before is None else "change term", term, changes)
    return term


@transaction.atomic
def adopt(term: Term, *, by: Actor) -> Term:
    if not by.user.has_perm(ADOPT):
        raise PermissionDenied
    term = Term.objects.select_for_update().get(pk=term.pk)
    before = term.status
    term.status, term.reviewed_by, term.comment = Term.Status.ADOPTED, by.user, ""
    term.adopted_on = term.adopted_on or timezone.localdate()
    term.save()
    record(by, "adopt term", term, {"status": [before, term.status]})
    return term


@transaction.atomic
def return_term(term: Term, *, by: Actor, comment: str) -> Term:
    if not by.user.has_perm(ADOPT):
        raise PermissionDenied
    if not comment.strip():
        raise ValidationError({"comment": _("Say why the term goes back to its editor.")})
    term = Term.objects.select_for_update().get(pk=term.pk)
    before = term.status
    term.status, term.reviewed_by, term.comment = Term.Status.RETURNED, by.user, comment.strip()
    term.save()
    record(by, "return term", term, {"status": [before, term.status], "comment": [None, term.comment]})
    return term


def suggestion(chinese: str) -> Term | None:
    """The adopted term for a Chinese form, as a form suggests it while one types."""
    chinese = chinese.strip()
    return Term.objects.filter(status=Term.Status.ADOPTED, zh=chinese).first() if chinese else None


def third_forms() -> dict[str, dict[str, str]]:
    """{Chinese form: {language: standard form}} of every adopted term that has forms in the UN's
    other languages: kept in the shared cache until a term changes (glossary/apps.py), and in this
    process for a few seconds, so that a page naming a hundred places asks the cache once."""
    return _held.get("forms", _load_third_forms, keep_if=lambda _forms: True)


def _load_third_forms() -> dict[str, dict[str, str]]:
    from django.core.cache import cache

    forms = cache.get(THIRD_FORMS_KEY)
    if forms is None:
        forms = {}
        for row in Term.objects.filter(status=Term.Status.ADOPTED).values("zh", *THIRD_LANGUAGES):
            own = {code: row[code] for code in THIRD_LANGUAGES if row[code]}
            if own:
                forms.setdefault(row["zh"], {}).update(own)
        cache.set(THIRD_FORMS_KEY, forms, 3600)
    return forms


def forget_third_forms() -> None:
    """A term changed: the forms are read again (here at once, in other processes within seconds)."""
    from django.core.cache import cache

    cache.delete(THIRD_FORMS_KEY)
    _held.forget()


_held = Expiring(5)  # this process's copy
THIRD_FORMS_KEY = "glossary:third-forms"


def third_form(chinese: str, language: str) -> str:
    """The adopted standard form of a Chinese name in `language` (fr, es, ru, ar), or ""."""
    return third_forms().get((chinese or "").strip(), {}).get(language, "") if chinese else ""
