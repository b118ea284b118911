"""The letters page of an event: who may have which letter (and whose passport will not do), letters
issued to every member who has none of the kind, the register, and the letters as PDF."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.letters import pdf
from hostcity.delegations.letters.register import issue_letters, passport_warning
from hostcity.delegations.models import Delegate, Delegation, Letter
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.paging import paged

SEE, ISSUE = "delegations.view_letter", "delegations.add_letter"


def _members(event):
    return (
        Delegate.objects.filter(
            delegation__event=event, delegation__registration=Delegation.Registration.APPROVED
        )
        .select_related("delegation__organization")
        .order_by("delegation__head_rank", "delegation__country", "family_name", "pk")
    )


@staff_page(SEE, "delegations.view_all_delegations")
def letter_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    members = list(_members(event))
    had = {}
    for kind, delegate in Letter.objects.filter(event=event).values_list("kind", "delegate"):
        had.setdefault(delegate, set()).add(kind)
    rows = [(d, passport_warning(d, event), had.get(d.pk, set())) for d in members]
    page, query = paged(request, Letter.objects.filter(event=event).select_related("delegate"), 50)
    context = {
        "event": event,
        "rows": rows,
        "warned": sum(1 for _d, warning, _had in rows if warning),
        "page": page,
        "query": query,
        "kinds": Letter.Kind.choices,
    }
    return render(request, "delegations/letters.html", context)


@require_POST
@staff_page(SEE, ISSUE, "delegations.view_all_delegations")
def issue(request, event: int):
    event = get_object_or_404(Event, pk=event)
    kind = request.POST.get("kind", "")
    if kind not in Letter.Kind.values:
        messages.error(request, _("Choose the kind of letter."))
        return redirect("delegations:letters", event=event.pk)
    without = _members(event).exclude(letters__kind=kind)
    try:
        made = issue_letters(event, without, kind, by=Actor(user=request.user))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages[:10]))
    else:
        messages.success(request, _("%(count)d letters issued.") % {"count": len(made)})
    return redirect("delegations:letters", event=event.pk)


@staff_page(SEE, "delegations.view_all_delegations")
def letters_pdf(request, event: int):
    """One letter (?letter=<id>), or every letter of a kind (?kind=...), as PDF; on the trail."""
    event = get_object_or_404(Event, pk=event)
    chosen = Letter.objects.filter(event=event).order_by("kind", "sequence")
    if request.GET.get("letter"):
        if not request.GET["letter"].isdigit():
            return HttpResponse(
                _("letter: a letter's number in the register"), status=400, content_type="text/plain"
            )
        chosen = chosen.filter(pk=int(request.GET["letter"]))
    elif request.GET.get("kind") in Letter.Kind.values:
        chosen = chosen.filter(kind=request.GET["kind"])
    chosen = list(chosen)
    if not chosen:
        return HttpResponse(_("No letter to print."), status=404, content_type="text/plain")
    content = pdf.render(chosen)
    record(Actor(user=request.user), "print letters", event, {"letters": [None, len(chosen)]})
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="letters-{event.pk}.pdf"'
    response["Cache-Control"] = "no-store"
    return response
