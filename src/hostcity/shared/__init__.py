"""The shared layer: what every field app may use, and which imports no field app (only the engine,
hostcity.planning, lies below it; accounts, the fields and the web stand above).

- audit/           the audit trail: the entries (models.py) and how they are written (trail.py);
- runs/            background runs: a worker's claim and heartbeats (claims.py, models.py), the engine
                   in a child process (solving.py), the watchdog (watchdog.py), time limits;
- documents/       PDF documents: the font that prints Chinese (fonts.py), the agenda layout;
- countries/       country names from CLDR with the deployment's own (names.py, models.py);
- bilingual.py     names in English and Chinese, and which one a viewer reads first;
- plan_times.py    a problem's and a plan's local times, as aware datetimes and back;
- masking.py       secrets shown by their last characters only;
- expiring.py      values a process keeps a few seconds (country names, zones at the gate);
- pieces of pages and APIs: checked_uploads.py, paging.py, downloads.py, maps.py, forms.py
  (widgets), word_search.py, kept_renders.py, spreadsheets.py, api_errors.py, api_parsers.py,
  read_replica.py, read_only_admin.py;
- formats/       dates and numbers as the office writes them (FORMAT_MODULE_PATH);
- moved_models.py  for the migrations that moved a model here from a field app.
"""
