"""The shared layer: what every field app may use, and which imports no field app.

- audit/        the audit trail (who changed what, when) and the entries it writes;
- runs/         background runs: a worker's claim and heartbeats, the watchdog, the engine apart;
- documents/    PDF documents: the fonts that print Chinese, the agenda layout;
- bilingual.py  names in English and Chinese, and which one a viewer reads first;
- plan_times.py a problem's and a plan's local times, as aware datetimes and back;
- the pieces of pages and APIs that several fields draw on: uploads (checked_uploads.py), paging,
  downloads, maps, widgets (forms.py), word search, kept renders, spreadsheets, API errors and
  parsers, the read replica.

Below it lies only the engine (hostcity.planning); above it accounts, the field apps and the web.
"""
