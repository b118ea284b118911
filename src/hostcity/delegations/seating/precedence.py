"""The order of precedence: one function, `in_precedence`, with the rule sets a protocol office uses,
chosen per event. Everything that orders delegations goes through it: lists, badge numbers, arrival
order, the family photo line-up, speaking order, seating."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _
from pypinyin import Style, lazy_pinyin
from strokes import strokes


@dataclass(frozen=True)
class Rule:
    slug: str
    label: str
    key: Callable  # (delegation, options) -> sort key


def _pinyin(name: str) -> tuple:
    return tuple(lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True))


def _stroke_counts(name: str) -> tuple:
    counts = strokes(name) if name else []
    return tuple(counts if isinstance(counts, list) else [counts])


def by_rank(d, options) -> tuple:
    took_office = d.head_took_office or date.max  # unknown: after those who are known
    return (d.head_rank, took_office, d.name_en.casefold())


def by_english_from_letter(d, options) -> tuple:
    """UN practice: English alphabetical order starting from a letter drawn by lot."""
    letter = (options.get("letter") or "A").upper()
    name = d.name_en.casefold()
    return (name[:1].upper() < letter, name)


def by_pinyin(d, options) -> tuple:
    return (_pinyin(d.name_zh), _stroke_counts(d.name_zh))


def by_strokes(d, options) -> tuple:
    """Chinese order by the strokes of each character of the Chinese name (姓氏笔画), then pinyin."""
    return (_stroke_counts(d.name_zh), _pinyin(d.name_zh))


def by_list(d, options) -> tuple:
    """A list the protocol office wrote; who is not on it follows, by rank."""
    order = {pk: k for k, pk in enumerate(options.get("manual") or [])}
    return (d.pk not in order, order.get(d.pk, 0), *by_rank(d, options))


RULES: dict[str, Rule] = {
    rule.slug: rule
    for rule in (
        Rule("rank", _("Rank of the head, then date of taking office"), by_rank),
        Rule("alphabetical", _("English alphabetical, from a letter drawn by lot"), by_english_from_letter),
        Rule("pinyin", _("Chinese names in pinyin order"), by_pinyin),
        Rule("strokes", _("Chinese names by stroke count"), by_strokes),
        Rule("manual", _("A list set by hand"), by_list),
    )
}
RULE_CHOICES = [(rule.slug, rule.label) for rule in RULES.values()]


def in_precedence(
    delegations: Iterable, rule: str = "rank", *, letter: str = "", manual: Sequence = ()
) -> list:
    """The delegations in the order of precedence of `rule`."""
    if rule not in RULES:
        raise ValueError(f"unknown precedence rule {rule!r}: choose one of {', '.join(RULES)}")
    options = {"letter": letter, "manual": list(manual)}
    return sorted(delegations, key=lambda d: RULES[rule].key(d, options))


def for_event(event, delegations: Iterable | None = None) -> list:
    """The event's delegations in the order its chosen rule gives."""
    if delegations is None:
        delegations = event.delegations.select_related("organization")
    return in_precedence(
        delegations,
        event.precedence_rule or "rank",
        letter=event.precedence_letter,
        manual=event.precedence_manual or (),
    )
