"""A delegation's own meeting requests, through its focal point's link: ask for a meeting with the
host's principals, and see what became of each (scheduled when and where, or why not)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from hostcity.delegations.focal.links import focal_page, link_is_read_only
from hostcity.events import plan_runs
from hostcity.events.forms import DelegationRequestForm
from hostcity.events.itineraries import accepted_run
from hostcity.events.models import MeetingRequest
from hostcity.shared.plan_times import aware


@focal_page
def focal_requests(request, *, delegation, token: str):
    event = delegation.event
    form = DelegationRequestForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            made = plan_runs.request_by_delegation(
                delegation,
                principals=form.cleaned_data["host_principals"],
                minutes=form.cleaned_data["minutes"],
                priority=form.cleaned_data["priority"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(
                request, _("Your request %(code)s is with the host's protocol office.") % {"code": made.code}
            )
            return redirect("focal:requests", token=token)
    run = accepted_run(event)
    placed = {  # when each is scheduled, as times the page writes in the reader's language
        a["meeting"]: {"start": aware(a["start"]), "end": aware(a["end"])}
        for a in ((run.plan or {}).get("assignments", []) if run else [])
    }
    reasons = {u["meeting"]: u["reason"] for u in (run.plan or {}).get("unscheduled", [])} if run else {}
    rows = [
        (r, placed.get(r.code), reasons.get(r.code, ""))
        for r in MeetingRequest.objects.filter(delegations=delegation).order_by("created")
    ]
    context = {
        "delegation": delegation,
        "form": form,
        "rows": rows,
        "planned": run is not None,
        "read_only": link_is_read_only(delegation),
    }
    return render(request, "delegations/focal_requests.html", context)
