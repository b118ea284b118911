"""The general (interval) model as a whole: every family added, the value of contract 3.1 maximised;
a plan given to it as a hint, and a solution read back as placements."""

from __future__ import annotations

from hostcity.planning.model import breaks, interpreters, meetings, parties, rooms
from hostcity.planning.model.build import Build, value_expression
from hostcity.planning.timeline import Timeline


def build_general(timeline: Timeline, *, use_assumptions: bool = False, alike_rooms: bool = True) -> Build:
    """`alike_rooms`: rooms every meeting sees alike are one choice (rooms.py); off, each is its own."""
    alike = rooms.classes(timeline) if alike_rooms else {}
    build = Build(timeline, use_assumptions=use_assumptions, room_classes=alike)
    for family in (meetings, rooms, parties, interpreters, breaks):
        family.add_to(build)
    build.value = value_expression(
        build.objective_terms, build.breaks, build.travel_minutes, timeline.problem.objective
    )
    build.model.maximize(build.value)
    return build


def hint(build: Build, placement: dict) -> None:
    """Suggest a plan (meeting index -> (start, room, venue, interpreters)) as the solver's start."""
    for mv in build.meetings:
        if mv is None:
            continue
        spot = placement.get(mv.frame.index)
        build.model.add_hint(mv.present, spot is not None)
        if spot is None:
            continue
        build.model.add_hint(mv.start, spot[0])
        build.preferred.setdefault(mv.frame.index, spot[1])  # dealt back to it when it is free
        room = rooms.stands_for(build, spot[1])
        for option, literal in zip(mv.options, mv.room_literals, strict=True):
            build.model.add_hint(literal, option.room == room)
        for need, chosen in zip(mv.interpreters, spot[3], strict=False):
            for x, literal in need.items():
                build.model.add_hint(literal, x == chosen)


def placements(build: Build, solver) -> dict:
    """The solution as placements: meeting index -> (start, room, venue, interpreters), each meeting
    held in a class of rooms alike given one of them (rooms.dealt)."""
    placed = {}
    for mv in build.meetings:
        if mv is None or not solver.boolean_value(mv.present):
            continue
        option = next(
            o for o, lit in zip(mv.options, mv.room_literals, strict=True) if solver.boolean_value(lit)
        )
        chosen = [next(i for i, lit in need.items() if solver.boolean_value(lit)) for need in mv.interpreters]
        placed[mv.frame.index] = (solver.value(mv.start), option.room, option.venue, chosen)
    return rooms.dealt(build, placed)
