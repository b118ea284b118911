"""The delegations app's records: delegations and their members (records.py), the audit trail
(audit.py), accreditation — zones, badges, scans (accreditation.py), seating plans (seating.py)."""

from hostcity.delegations.models.accreditation import Badge, Scan, SigningKey, Zone, ZoneAccess
from hostcity.delegations.models.audit import AuditEntry
from hostcity.delegations.models.records import CountryName, Delegate, Delegation, Organization
from hostcity.delegations.models.seating import Seat, SeatingPlan

__all__ = [
    "AuditEntry",
    "Badge",
    "CountryName",
    "Delegate",
    "Delegation",
    "Organization",
    "Scan",
    "Seat",
    "SeatingPlan",
    "SigningKey",
    "Zone",
    "ZoneAccess",
]
