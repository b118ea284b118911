"""Events and what is planned in them: the event (event.py), its sessions, host principals,
programme items, meeting requests, interpreters and vehicles (programme.py), and the planning runs
(runs.py)."""

from hostcity.events.models.event import Event
from hostcity.events.models.programme import (
    EventInterpreter,
    EventSession,
    HostPrincipal,
    MeetingRequest,
    ProgrammeItem,
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
    "Vehicle",
]
