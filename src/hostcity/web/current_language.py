"""Whether the page is being drawn in Chinese (for names and labels chosen in Python)."""

from django.utils.translation import get_language


def chinese() -> bool:
    return (get_language() or "").startswith("zh")
