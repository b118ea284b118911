"""Import glossary terms from Excel or CSV: a dry run names every bad row; applying is all or
nothing. A term is matched by its Chinese form and domain: a known one is changed. Imported terms
are proposed, or adopted when the one importing may adopt."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from hostcity.glossary.models import Term
from hostcity.glossary.terms import ADOPT, clean_variants
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.bilingual import THIRD_LANGUAGES
from hostcity.shared.spreadsheets import ImportReport, RowError, all_or_nothing, rows_for_report

COLUMNS = (
    "zh",
    "en",
    "variants",
    "domain",
    "source",
    "adopted_on",
    *THIRD_LANGUAGES,
)  # fr es ru ar: optional
REQUIRED = ("zh", "en", "domain", "source")


def import_terms(upload, *, apply: bool, by: Actor) -> ImportReport:
    report = ImportReport("terms")
    rows = rows_for_report(upload, report, required=REQUIRED, known=COLUMNS)
    if not rows:
        return report
    existing = {(t.zh, t.domain): t for t in Term.objects.all()}
    adopting = by.user is not None and by.user.has_perm(ADOPT)
    seen: dict[tuple[str, str], int] = {}
    planned = []
    for row in rows:
        v = row.values
        zh, en, domain = (
            v.get("zh", "").strip(),
            " ".join(v.get("en", "").split()),
            v.get("domain", "").strip(),
        )
        problems = []
        for name in REQUIRED:
            if not v.get(name, "").strip():
                problems.append(RowError(row.number, name, _("This field is required.")))
        if domain and domain not in Term.Domain.values:
            unknown = _("Unknown domain “%(domain)s”: one of %(known)s.")
            known = ", ".join(Term.Domain.values)
            problems.append(RowError(row.number, "domain", unknown % {"domain": domain, "known": known}))
        adopted_on = None
        if v.get("adopted_on", "").strip():
            try:
                adopted_on = date.fromisoformat(v["adopted_on"].strip()[:10])
            except ValueError:
                problems.append(RowError(row.number, "adopted_on", _("Give the date as YYYY-MM-DD.")))
        variants = clean_variants(v.get("variants", ""))
        if en and en.casefold() in {x.casefold() for x in variants}:
            problems.append(
                RowError(row.number, "variants", _("The standard form cannot also be a wrong one."))
            )
        if (zh, domain) in seen:
            problems.append(RowError(row.number, "zh", _("%(zh)s is also in row %(row)s.")
                                     % {"zh": zh, "row": seen[(zh, domain)]}))  # fmt: skip
        if len(zh) > 200 or len(en) > 300 or len(v.get("source", "")) > 300:
            problems.append(RowError(row.number, "zh", _("A value is too long.")))
        forms = {code: " ".join(v.get(code, "").split()) for code in THIRD_LANGUAGES}
        for code, form in forms.items():
            if len(form) > 300:
                problems.append(RowError(row.number, code, _("A value is too long.")))
        if problems:
            report.errors += problems
            continue
        seen[(zh, domain)] = row.number
        term = existing.get((zh, domain)) or Term(zh=zh, domain=domain, proposed_by=by.user)
        term.en, term.variants, term.source = en, variants, v["source"].strip()
        for code, form in forms.items():
            if form or code in v:  # a column left out keeps the form; an empty cell clears it
                setattr(term, code, form)
        term.status = Term.Status.ADOPTED if adopting else Term.Status.PROPOSED
        term.adopted_on = adopted_on or (date.today() if adopting else None)
        planned.append(term)
    report.created = sum(1 for t in planned if t.pk is None)
    report.updated = len(planned) - report.created
    with all_or_nothing(report, apply=apply):
        for term in planned:
            term.save()
            record(by, "import term", term, {"en": [None, term.en], "status": [None, term.status]})
    return report
