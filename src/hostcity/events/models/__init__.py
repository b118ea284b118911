"""Events and what is planned in them: the event (event.py), its sessions, host principals,
programme items, meeting requests, interpreters, vehicles and hotel room blocks
(programme.py), and the planning runs
(runs.py)."""

from hostcity.events.models.event import Event
from hostcity.events.models.programme import (
    EventInterpreter,
    EventSession,
    HostPrincipal,
    MeetingRequest,
    ProgrammeItem,
    RoomBlock,
    Vehicle,
)
from hostcity.events.models.runs import PlanRun

__all__ = [
    "Event",
    "EventInterpreter",
    "EventSession",
    "HostPrincipal",
    "MeetingRequest",
    "PlanRun",
    "ProgrammeItem",
    "RoomBlock",
    "Vehicle",
]
