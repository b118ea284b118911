"""Meeting variables: presence, start on the grid, a room among the possible ones (each with its own
possible starts), and the venue that follows from the room. Also musts, pins and `after`."""

from __future__ import annotations

from ortools.sat.python import cp_model

from hostcity.planning.model import rooms
from hostcity.planning.model.build import Build, MeetingVars


def add_to(build: Build) -> None:
    model, timeline = build.model, build.timeline
    for frame in timeline.frames:
        possible = frame.possible
        if not possible:
            build.meetings.append(None)
            if frame.must:
                assumption = model.new_bool_var(f"must_{frame.index}")
                build.must_literals[frame.index] = assumption
                # A must that can never be held: infeasible, or (with assumptions) a core of its own.
                model.add_bool_or([~assumption] if build.use_assumptions else [])
            continue
        i = frame.index
        present = model.new_bool_var(f"m{i}")
        start = model.new_int_var_from_domain(cp_model.Domain.from_values(possible), f"m{i}_start")
        interval = model.new_optional_fixed_size_interval_var(start, frame.duration, present, f"m{i}_iv")
        # One option per class of rooms alike (rooms.py): the class's first room stands for it.
        options = [o for o in frame.options if rooms.stands_for(build, o.room) == o.room]
        literals = [model.new_bool_var(f"m{i}_r{option.room}") for option in options]
        model.add(sum(literals) == present)
        for literal, option in zip(literals, options, strict=True):
            if len(option.starts) < len(possible):
                model.add_linear_expression_in_domain(
                    start, cp_model.Domain.from_values(option.starts)
                ).only_enforce_if(literal)
        venues = sorted({option.venue for option in frame.options})
        venue: int | cp_model.IntVar
        if len(venues) == 1:
            venue = venues[0]
        else:
            venue = model.new_int_var_from_domain(cp_model.Domain.from_values(venues), f"m{i}_venue")
            for literal, option in zip(literals, options, strict=True):
                model.add(venue == option.venue).only_enforce_if(literal)
        build.meetings.append(
            MeetingVars(
                frame, present, start, start + frame.duration, interval, literals, venue, options=options
            )
        )
        if frame.must:
            if build.use_assumptions:
                assumption = model.new_bool_var(f"must_{i}")
                model.add_implication(assumption, present)
                build.must_literals[i] = assumption
            else:
                model.add(present == 1)
        if frame.weight:  # a pinned meeting of some priority other than must counts as well
            build.objective_terms.append((frame.weight, present))

    for mv in build.meetings:
        if mv is None:
            continue
        for ref in mv.frame.meeting.after:
            before = build.meetings[timeline.meeting_index[ref]]
            if before is None:
                model.add(mv.present == 0)
                continue
            model.add_implication(mv.present, before.present)
            model.add(mv.start >= before.end).only_enforce_if(mv.present)
