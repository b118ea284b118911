"""The audit log: every change recorded on the trail — delegations, delegates, badges, registries,
matchmaking, the directory, indicators — searchable by what, who and when (administrators)."""

from datetime import datetime, timedelta

from django.shortcuts import render
from django.utils import timezone

from hostcity.accounts.access import staff_page
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.paging import paged


def _day(text: str):
    try:
        return timezone.make_aware(datetime.strptime(text, "%Y-%m-%d"))
    except ValueError:
        return None


@staff_page("audit.view_auditentry")
def audit_log(request):
    record, who = request.GET.get("record", ""), request.GET.get("who", "").strip()
    since, until = _day(request.GET.get("since", "")), _day(request.GET.get("until", ""))
    found = AuditEntry.objects.all()
    if record:
        found = found.filter(record=record)
    if who:
        found = found.filter(actor__icontains=who)
    if since:
        found = found.filter(at__gte=since)
    if until:
        found = found.filter(at__lt=until + timedelta(days=1))
    page, query = paged(request, found.order_by("-at", "-id"), 50)
    context = {
        "trail": page,
        "page": page,
        "query": query,
        "records": AuditEntry.objects.order_by("record").values_list("record", flat=True).distinct(),
        "record": record,
        "who": who,
        "since": request.GET.get("since", ""),
        "until": request.GET.get("until", ""),
    }
    return render(request, "web/audit_log.html", context)
