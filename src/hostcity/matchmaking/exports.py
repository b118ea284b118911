"""A matchmaking's companies (in the import's columns, plus status and the requests each sent and
received) and a run's meetings, as CSV or Excel."""

from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.utils import timezone

from hostcity.accounts.access import staff_page
from hostcity.matchmaking.imports import COMPANY_COLUMNS
from hostcity.matchmaking.models import Company, Matchmaking, MatchRun
from hostcity.shared.downloads import table_download

COMPANY_EXPORT = (*COMPANY_COLUMNS, "status", "requests_sent", "requests_received")
MEETING_EXPORT = (
    "start",
    "end",
    "table",
    "first_en",
    "first_zh",
    "first_email",
    "second_en",
    "second_zh",
    "second_email",
)


@staff_page("matchmaking.view_company")
def companies(request, pk: int, fmt: str):
    matchmaking = get_object_or_404(Matchmaking, pk=pk)
    found = (
        Company.objects.filter(matchmaking=matchmaking)
        .annotate(sent_count=Count("sent", distinct=True), received_count=Count("received", distinct=True))
        .order_by("name_en")
    )
    rows = (
        [
            *(
                ", ".join(c.languages) if column == "languages" else getattr(c, column)
                for column in COMPANY_COLUMNS
            ),
            c.status,
            c.sent_count,
            c.received_count,
        ]
        for c in found
    )
    return table_download(f"companies-{matchmaking.code}", fmt, COMPANY_EXPORT, rows)


def _local(moment) -> str:
    return f"{timezone.localtime(moment):%Y-%m-%d %H:%M}"


@staff_page("matchmaking.view_matchrun")
def meetings(request, pk: int, fmt: str):
    run = get_object_or_404(MatchRun, pk=pk)
    rows = (
        [_local(m.start), _local(m.end), m.table, m.first.name_en, m.first.name_zh, m.first.email,
         m.second.name_en, m.second.name_zh, m.second.email]
        for m in run.meetings.select_related("first", "second").order_by("start", "table")
    )  # fmt: skip
    return table_download(f"meetings-run-{run.pk}", fmt, MEETING_EXPORT, rows)
