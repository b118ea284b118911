"""Interpreters: each meeting that needs interpretation gets one interpreter per language pair (a
different one for each pair); an interpreter serves one meeting at a time, inside its availability,
moves between venues like a party, and works at most `max_minutes_per_day` a calendar day."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from hostcity.planning.model.build import Build
from hostcity.planning.model.sequencing import add_sequence


def add_to(build: Build) -> None:
    model, timeline = build.model, build.timeline
    served = defaultdict(list)  # interpreter -> [(meeting vars, literal)]
    for mv in build.meetings:
        if mv is None or not mv.frame.needs:
            continue
        chosen_here = defaultdict(list)
        for k, candidates in enumerate(mv.frame.interpreter_options):
            literals = {}
            for i in candidates:
                periods = timeline.interpreter_periods(i)
                starts = mv.frame.possible
                if periods is not None:
                    starts = [t for t in starts if timeline.inside(t, t + mv.frame.duration, periods)]
                if not starts:
                    continue
                literal = model.new_bool_var(f"m{mv.frame.index}_need{k}_i{i}")
                if len(starts) < len(mv.frame.possible):
                    model.add_linear_expression_in_domain(
                        mv.start, cp_model.Domain.from_values(starts)
                    ).only_enforce_if(literal)
                literals[i] = literal
                chosen_here[i].append(literal)
                served[i].append((mv, literal))
            model.add(sum(literals.values()) == mv.present)
            mv.interpreters.append(literals)
        for group in chosen_here.values():
            if len(group) > 1:
                model.add_at_most_one(group)  # a different interpreter for each pair
    for i, items in served.items():
        add_sequence(build, items, f"i{i}")
        limit = timeline.problem.interpreters[i].max_minutes_per_day
        if limit is None:
            continue
        days = sorted({timeline.day(t) for mv, _ in items for t in mv.frame.possible})
        for day in days:
            terms = []
            for mv, literal in items:
                on_day = build.day_literal(mv, day)
                if isinstance(on_day, int) or on_day is mv.present:
                    both = literal
                else:
                    both = model.new_bool_var(f"i{i}_m{mv.frame.index}_{day}")
                    model.add_bool_and([literal, on_day]).only_enforce_if(both)
                    model.add_bool_or([~literal, ~on_day]).only_enforce_if(~both)
                terms.append(mv.frame.duration * both)
            model.add(sum(terms) <= limit)
