"""Secrets shown to people: a passport number, a birth date, as their last characters only."""


def masked(value: str | None, keep: int = 2) -> str:
    """A secret shown to people: all but the last `keep` characters hidden."""
    if not value:
        return ""
    return "•" * max(0, len(value) - keep) + value[-keep:]
