"""The delegations app's records: delegations and their members (records.py), accreditation —
zones, badges, scans (accreditation.py), seating plans (seating.py), the security coordination log
(security.py), the register of letters (letters.py), arrivals and departures (travel.py),
hotel room blocks and stays (lodging.py), circulars (circulars.py), closed loops
(closed_loop.py)."""

from hostcity.delegations.models.accreditation import Badge, Scan, SigningKey, Zone, ZoneAccess
from hostcity.delegations.models.circulars import Circular, Dispatch
from hostcity.delegations.models.closed_loop import Loop, LoopMember, LoopPlace, SharedActivity, TestRecord
from hostcity.delegations.models.letters import Letter
from hostcity.delegations.models.lodging import HotelBlock, Stay
from hostcity.delegations.models.records import Delegate, Delegation, Organization, Vetting
from hostcity.delegations.models.seating import Seat, SeatingPlan
from hostcity.delegations.models.security import SecurityFollowUp, SecurityItem
from hostcity.delegations.models.travel import Movement

__all__ = [
    "Badge",
    "Circular",
    "Delegate",
    "Delegation",
    "Dispatch",
    "HotelBlock",
    "Letter",
    "Loop",
    "LoopMember",
    "LoopPlace",
    "Movement",
    "Organization",
    "Scan",
    "Seat",
    "SeatingPlan",
    "SecurityFollowUp",
    "SecurityItem",
    "SharedActivity",
    "SigningKey",
    "Stay",
    "TestRecord",
    "Vetting",
    "Zone",
    "ZoneAccess",
]
