"""Itinerary pages: for staff, per delegation of an event; for the delegation itself, through its
focal point's link (the address the PDF's QR code carries), in the language the reader chose (one of
the UN's six for the delegation, English or Chinese for staff) — the PDF and the calendar too."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from hostcity.accounts.access import staff_page
from hostcity.delegations.focal.links import focal_page
from hostcity.delegations.journey.travel_entries import flight_entries, stay_lines
from hostcity.delegations.models import Delegation
from hostcity.events.itineraries import accepted_run, itinerary_for, itinerary_ics, itinerary_pdf
from hostcity.events.models import Event
from hostcity.shared.bilingual import THIRD_LANGUAGES


def _live_url(request, delegation) -> str:
    """The address the PDF's QR code carries: the delegation's own link while it has one."""
    if not delegation.focal_token:
        return request.build_absolute_uri(
            reverse("journey:itinerary", args=[delegation.event_id, delegation.pk])
        )
    return request.build_absolute_uri(reverse("focal:itinerary", args=[delegation.focal_token]))


def _document_language(request) -> str | None:
    """The language a PDF or calendar is asked for in (`?language=fr`, one of the six), else the
    page's; None for one that is not among them (refused, not guessed)."""
    asked = request.GET.get("language")
    if asked is None:
        return get_language()
    return asked if asked in dict(settings.LANGUAGES) else None


def _respond(request, event, delegation, fmt: str, template_context: dict):
    language = _document_language(request) if fmt in ("pdf", "ics") else get_language()
    if language is None:
        known = ", ".join(dict(settings.LANGUAGES))
        return HttpResponseBadRequest(
            f"language: {request.GET['language'][:40]!r} is not one of {known}", content_type="text/plain"
        )
    with translation.override(language):  # the flights' and the stay's words in the document's language
        entries = sorted(
            [*itinerary_for(event, delegation), *flight_entries(delegation)], key=lambda e: e.start
        )
        stay = stay_lines(delegation)
    name = f"itinerary-{event.pk}-{delegation.country or delegation.organization.acronym}".lower()
    if fmt == "pdf":
        response = HttpResponse(
            itinerary_pdf(
                event,
                delegation,
                entries,
                _live_url(request, delegation),
                notes=stay,
                language=language,
            ),
            content_type="application/pdf",
        )
        response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
        return response
    if fmt == "ics":
        response = HttpResponse(
            itinerary_ics(event, delegation, entries, language=language),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
        return response
    context = {
        "event": event,
        "delegation": delegation,
        "entries": entries,
        "stay": stay,
        "run": accepted_run(event),
        # The delegation's own working languages among the UN's other four: its documents in them too.
        "document_languages": [
            (code, translation.get_language_info(code)["name_local"])
            for code in dict.fromkeys(delegation.languages or [])
            if code in THIRD_LANGUAGES
        ],
        **template_context,
    }
    return render(request, "delegations/itinerary.html", context)


@staff_page("events.view_event", "events.view_schedules")
def itinerary_list(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    delegations = Delegation.objects.filter(event=event).select_related("organization")
    return render(
        request,
        "delegations/itinerary_list.html",
        {"event": event, "delegations": delegations, "run": accepted_run(event)},
    )


@staff_page("events.view_event", "events.view_schedules")
def itinerary(request, pk: int, delegation: int, fmt: str = "html"):
    event = get_object_or_404(Event, pk=pk)
    delegation = get_object_or_404(
        Delegation.objects.select_related("organization"), pk=delegation, event=event
    )
    base = reverse("journey:itinerary", args=[event.pk, delegation.pk])
    return _respond(
        request,
        event,
        delegation,
        fmt,
        {
            "pdf_url": base + "itinerary.pdf",
            "ics_url": base + "itinerary.ics",
            "base_template": "web/base.html",
        },
    )


@focal_page
def focal_itinerary(request, fmt: str = "html", *, delegation, token: str):
    base = reverse("focal:itinerary", args=[token])
    return _respond(
        request,
        delegation.event,
        delegation,
        fmt,
        {
            "pdf_url": base + "itinerary.pdf",
            "ics_url": base + "itinerary.ics",
            "base_template": "delegations/focal_base.html",
        },
    )
