"""A table as a CSV or Excel download (the list pages' exports; their columns are the imports' own
where there is an import, so a file exported can be edited and imported back)."""

from collections.abc import Iterable, Sequence

from django.http import Http404, HttpResponse
from django.utils import timezone

from hostcity.shared.spreadsheets import csv_bytes, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_download(name: str, fmt: str, header: Sequence[str], rows: Iterable[Sequence]) -> HttpResponse:
    if fmt == "csv":
        content, content_type = csv_bytes(header, rows), "text/csv; charset=utf-8"
    elif fmt == "xlsx":
        content, content_type = xlsx_bytes(name[:31], header, rows), XLSX
    else:
        raise Http404
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}-{timezone.localdate():%Y%m%d}.{fmt}"'
    return response
