"""The consistency check: every bilingual field of the platform (each model's `X_en` beside `X_zh`)
read against the glossary's adopted terms and against itself. It reports, per record:

- `differs`: the Chinese is a glossary term and the English is not its standard form;
- `deprecated`: the English is a form the glossary marks wrong or deprecated for that Chinese (or,
  with no Chinese beside it, for any term);
- `two_forms`: the same Chinese (not in the glossary) carries two English forms in the platform;
- `one_language`: one of the two forms is empty.

A form accepted with a reason (Acceptance) is not reported again while it stays as it is. The check
reads the records in chunks of primary keys and holds only the terms and one map of Chinese forms:
`tests/glossary` and `bench/glossary_check.py` measure it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.apps import apps
from django.db import models, transaction
from django.urls import NoReverseMatch, reverse

from hostcity.glossary.models import Acceptance, Term
from hostcity.shared.audit.trail import Actor, record

KINDS = ("differs", "deprecated", "two_forms", "one_language")  # in the order the check reports them
SKIPPED_APPS = {"glossary", "audit", "admin", "auth", "contenttypes", "sessions", "django_tasks_database"}
# Measure words ("个", "家") have as many English forms as things they count: not names to hold to one.
SKIPPED_STEMS = {"unit"}
CHUNK = 5000


@dataclass(frozen=True)
class BilingualField:
    model: type[models.Model]
    stem: str  # name for name_en / name_zh

    @property
    def label(self) -> str:
        return f"{self.model._meta.app_label}.{self.model._meta.model_name}"

    @property
    def verbose(self) -> str:
        return str(self.model._meta.verbose_name)


@dataclass(frozen=True)
class Value:
    field: BilingualField
    pk: int
    english: str
    chinese: str

    @property
    def record(self) -> str:
        return f"{self.field.label}:{self.pk}"


@dataclass
class Finding:
    kind: str  # differs, deprecated, two_forms, one_language
    value: Value
    suggestion: str = ""  # the English form to use, when there is one
    others: list[str] = field(default_factory=list)  # the other English forms of the same Chinese
    may_write: bool = False  # whether the reader may change the record (set by the page)

    @property
    def record(self) -> str:
        return self.value.record

    def url(self) -> str:
        return record_url(self.value.field.model, self.value.pk)


def bilingual_fields() -> list[BilingualField]:
    found = []
    for model in apps.get_models():
        if model._meta.app_label in SKIPPED_APPS or model._meta.proxy:
            continue
        names = {
            f.name for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField)
        }
        for name in sorted(names):
            if name.endswith("_en") and f"{name[:-3]}_zh" in names:
                stem = name[:-3]
                if stem in SKIPPED_STEMS:
                    continue
                if isinstance(model._meta.get_field(name), models.CharField):  # names and titles, not texts
                    found.append(BilingualField(model, stem))
    return found


def database_values(fields: Iterable[BilingualField] | None = None) -> Iterator[Value]:
    for f in fields if fields is not None else bilingual_fields():
        rows = f.model._default_manager.order_by("pk").values_list("pk", f"{f.stem}_en", f"{f.stem}_zh")
        for pk, english, chinese in rows.iterator(chunk_size=CHUNK):
            yield Value(f, pk, (english or "").strip(), (chinese or "").strip())


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def check(values: Iterable[Value], terms: Iterable[Term] | None = None, accepted=None) -> list[Finding]:
    terms = list(terms if terms is not None else Term.objects.filter(status=Term.Status.ADOPTED))
    standard = {t.zh.strip(): t for t in terms}
    deprecated = {_key(v): t for t in terms for v in t.variants}
    wrong_forms = {t.zh.strip(): {_key(v) for v in t.variants} for t in terms}
    if accepted is None:
        accepted = set(Acceptance.objects.values_list("record", "field", "english", "chinese"))
    findings: list[Finding] = []
    free: dict[str, list[Value]] = defaultdict(list)  # Chinese not in the glossary -> its values
    for v in values:
        if not v.english and not v.chinese:
            continue
        if (v.record, v.field.stem, v.english, v.chinese) in accepted:
            continue
        if not v.english or not v.chinese:
            term = standard.get(v.chinese)
            wrong = deprecated.get(_key(v.english)) if v.english else None  # English alone, and a wrong form
            if wrong is not None:
                findings.append(Finding("deprecated", v, wrong.en))
            else:
                findings.append(Finding("one_language", v, term.en if term and not v.english else ""))
            continue
        term = standard.get(v.chinese)
        if term is not None:
            if v.english != term.en:
                kind = "deprecated" if _key(v.english) in wrong_forms[v.chinese] else "differs"
                findings.append(Finding(kind, v, term.en))
            continue
        free[v.chinese].append(v)  # a variant wrong for one Chinese term may be right for another
    for found in free.values():
        forms = Counter(_key(v.english) for v in found)
        if len(forms) < 2:
            continue
        spelled = {}
        for v in found:
            spelled.setdefault(_key(v.english), v.english)
        usual = spelled[forms.most_common(1)[0][0]]
        for v in found:
            others = sorted({s for k, s in spelled.items() if k != _key(v.english)})
            findings.append(Finding("two_forms", v, usual if _key(v.english) != _key(usual) else "", others))
    order = {kind: k for k, kind in enumerate(KINDS)}
    return sorted(
        findings, key=lambda f: (order[f.kind], f.value.field.label, f.value.pk, f.value.field.stem)
    )


def record_url(model: type[models.Model], pk: int) -> str:
    instance = model(pk=pk)
    try:
        if hasattr(instance, "get_absolute_url"):
            return model._default_manager.get(pk=pk).get_absolute_url()
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[pk])
    except (NoReverseMatch, model.DoesNotExist, AttributeError, TypeError, ValueError):
        return ""


def field_of(label: str, stem: str) -> BilingualField:
    model = apps.get_model(label)
    wanted = BilingualField(model, stem)
    if wanted not in bilingual_fields():
        raise LookupError(f"{label} has no bilingual field {stem}")
    return wanted


@transaction.atomic
def fix(label: str, pk: int, stem: str, english: str, *, by: Actor) -> models.Model:
    """Give the record's field the glossary's English form."""
    f = field_of(label, stem)
    instance = f.model._default_manager.select_for_update().get(pk=pk)
    before = getattr(instance, f"{stem}_en")
    setattr(instance, f"{stem}_en", english)
    instance.full_clean(validate_unique=False, validate_constraints=False)
    instance.save(update_fields=[f"{stem}_en"])
    record(by, "glossary fix", instance, {f"{stem}_en": [before, english]})
    return instance


@transaction.atomic
def accept(label: str, pk: int, stem: str, reason: str, *, by: Actor) -> Acceptance:
    """Keep the record's field as it is, for `reason`."""
    f = field_of(label, stem)
    instance = f.model._default_manager.get(pk=pk)
    english = (getattr(instance, f"{stem}_en") or "").strip()
    chinese = (getattr(instance, f"{stem}_zh") or "").strip()
    made, _created = Acceptance.objects.update_or_create(
        record=f"{label}:{pk}", field=stem, english=english, chinese=chinese,
        defaults={"reason": reason, "by": by.user},
    )  # fmt: skip
    record(by, "glossary accept", instance, {f"{stem}_en": [english, english], "reason": [None, reason]})
    return made
