"""What a delegation still owes the office: members' photos and passports (number and expiry), and
its flight of arrival; vetting is the authority's and owed by nobody here."""

from __future__ import annotations

from hostcity.delegations.models import Delegation, Movement


def owed(delegation: Delegation) -> list[tuple[str, str]]:
    """(English, Chinese) lines of what is missing; none when nothing is."""
    lines = []
    members = list(delegation.delegates.all())
    photos = sum(1 for d in members if not d.photo)
    passports = sum(1 for d in members if not d.passport_number or not d.passport_expiry)
    if photos:
        lines.append((f"photos of {photos} members", f"{photos} 名成员的照片"))
    if passports:
        lines.append(
            (
                f"passport numbers or expiry dates of {passports} members",
                f"{passports} 名成员的护照号码或有效期",
            )
        )
    if not delegation.movements.filter(direction=Movement.Direction.ARRIVAL).exists():
        lines.append(("the flight of arrival", "抵达航班"))
    return lines
