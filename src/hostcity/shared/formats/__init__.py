"""Dates and numbers as the office writes them (FORMAT_MODULE_PATH): in English, the day before the
month and the 24-hour clock of a Beijing office, not the United States' 12/03/2026 3:05 p.m.;
Chinese keeps Django's own (2026年12月3日), as French, Spanish, Russian and Arabic do.

In every language the first input format is ISO 8601: a form draws a date or time it already holds
in the first input format of the page's language, and the browser's date and time fields (`<input
type="date">`, `datetime-local`) read only ISO — a Chinese page's 2026/11/30 would show as empty,
and the value be lost when the form is saved. What a person types is read in every format as before."""

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%d %H:%M"  # HTML's local date and time: a space or a T between the two


def iso_first(language: str) -> tuple[list[str], list[str]]:
    """(DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS) of a language with ISO 8601 first."""
    from importlib import import_module

    try:
        django = import_module(f"django.conf.locale.{language}.formats")
    except ImportError:
        django = None
    dates = list(getattr(django, "DATE_INPUT_FORMATS", None) or [])
    times = list(getattr(django, "DATETIME_INPUT_FORMATS", None) or [])
    return (
        [ISO_DATE, *(f for f in dates if f != ISO_DATE)],
        [ISO_DATETIME, *(f for f in times if f != ISO_DATETIME)],
    )
