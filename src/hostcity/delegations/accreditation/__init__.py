"""Accreditation: badges (issued, signed, printed, revoked), the zones they open and the check-in at
the gates, online and offline."""
