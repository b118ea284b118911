"""The delegations app's records: delegations and their members (records.py), the audit trail
(audit.py), accreditation — zones, badges, scans (accreditation.py)."""

from hostcity.delegations.models.accreditation import Badge, Scan, SigningKey, Zone, ZoneAccess
from hostcity.delegations.models.audit import AuditEntry
from hostcity.delegations.models.records import CountryName, Delegate, Delegation, Organization

__all__ = [
    "AuditEntry",
    "Badge",
    "CountryName",
    "Delegate",
    "Delegation",
    "Organization",
    "Scan",
    "SigningKey",
    "Zone",
    "ZoneAccess",
]
