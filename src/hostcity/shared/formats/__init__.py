"""Dates and numbers as the office writes them (FORMAT_MODULE_PATH): in English, the day before the
month and the 24-hour clock of a Beijing office, not the United States' 12/03/2026 3:05 p.m.;
Chinese keeps Django's own (2026年12月3日)."""
