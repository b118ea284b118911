"""Django's own formats for this language, with ISO 8601 first among the input formats (see
shared/formats/__init__.py)."""

from hostcity.shared.formats import iso_first

DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS = iso_first("fr")
