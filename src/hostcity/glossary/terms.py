"""Proposing, adopting and returning glossary terms; every step in the audit trail."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.glossary.models import Term
from hostcity.shared.audit.trail import Actor, record

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
    if term.en.casefold() in {v.casefold() for v in term.variants}:
        raise ValidationError({"variants": _("The standard form cannot also be a wrong one.")})
    if before is None:
        term.proposed_by = by.user
    term.full_clean()
    term.save()
    changes = {
        name: [getattr(before, name, None) if before else None, getattr(term, name)]
        for name in ("zh", "en", "variants", "domain", "source", "status")
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
