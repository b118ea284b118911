"""The companies' side, without an account: register through the public form, then use the private
address it gives (its token) to keep the profile, find companies, request meetings and read the
agenda once it is published."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.matchmaking import registration
from hostcity.matchmaking.agendas import agenda, agenda_ics, agenda_pdf
from hostcity.matchmaking.forms import DirectoryFilter, ProfileForm, RequestForm
from hostcity.matchmaking.models import Company, Matchmaking, MeetingRequest, Priority
from hostcity.matchmaking.profiles import directory
from hostcity.shared.forms import add_errors
from hostcity.shared.paging import paged

REGISTERED = gettext_lazy(
    "You are registered. Keep the address of this page: it is your key to your requests and agenda."
)


def _save_profile(request, form, save):
    """Run `save(data, sessions)` for a valid form; field errors from the domain land on the form."""
    if not form.is_valid():
        return None
    data = {k: v for k, v in form.cleaned_data.items() if k != "sessions"}
    try:
        return save(data, form.cleaned_data["sessions"])
    except ValidationError as error:
        add_errors(form, error)
        return None


def register(request, code: str):
    matchmaking = get_object_or_404(Matchmaking.objects.select_related("edition__platform"), code=code)
    form = ProfileForm(request.POST or None, matchmaking=matchmaking)
    if request.method == "POST" and matchmaking.registration_open:
        company = _save_profile(
            request, form, lambda data, sessions: registration.register(matchmaking, data, sessions)
        )
        if company is not None:
            messages.success(
                request,
                REGISTERED,
            )
            return redirect("match:home", token=company.token)
    context = {"matchmaking": matchmaking, "form": form, "edition": matchmaking.edition}
    return render(request, "matchmaking/register.html", context)


def _company(token: str) -> Company:
    company = (
        Company.objects.select_related("matchmaking__edition__platform", "matchmaking__venue")
        .filter(token=token)
        .first()
    )
    if company is None:
        raise Http404
    return company


def home(request, token: str):
    company = _company(token)
    matchmaking = company.matchmaking
    search = DirectoryFilter(request.GET or None)
    wanted = search.cleaned_data if search.is_valid() else {}
    found = directory(
        matchmaking,
        text=wanted.get("q", ""),
        sector=wanted.get("sector", ""),
        country=wanted.get("country", ""),
        language=wanted.get("language", ""),
    )
    page, query = paged(request, found.exclude(pk=company.pk), 25)
    sent = list(MeetingRequest.objects.filter(requester=company).select_related("target"))
    requested_ids = {r.target_id for r in sent}
    context = {
        "company": company,
        "matchmaking": matchmaking,
        "edition": matchmaking.edition,
        "search": search,
        "page": page,
        "query": query,
        "sent": sent,
        "received": MeetingRequest.objects.filter(requester__status=Company.Status.ACTIVE, target=company)
        .select_related("requester")
        .order_by("requester__name_en"),
        "requested_ids": requested_ids,
        "priorities": Priority.choices,
        "left": max(0, matchmaking.quota - len(sent)),
        "open": matchmaking.status == Matchmaking.Status.OPEN and company.status == Company.Status.ACTIVE,
        "slots": agenda(matchmaking.published_run, company),
        "published": matchmaking.published_run_id is not None,
    }
    return render(request, "matchmaking/home.html", context)


def profile(request, token: str):
    company = _company(token)
    form = ProfileForm(request.POST or None, instance=company, matchmaking=company.matchmaking)
    if request.method == "POST":
        saved = _save_profile(
            request, form, lambda data, sessions: registration.update_profile(company, data, sessions)
        )
        if saved is not None:
            messages.success(request, _("Your profile is saved."))
            return redirect("match:home", token=token)
    return render(request, "matchmaking/profile.html", {"company": company, "form": form})


@require_POST
def request_meeting(request, token: str):
    company = _company(token)
    form = RequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a company and a priority."))
    else:
        try:
            made = registration.request_meeting(
                company, form.cleaned_data["target"], form.cleaned_data["priority"], form.cleaned_data["note"]
            )
            messages.success(request, _("Meeting requested with %(name)s.") % {"name": made.target.name_en})
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
    return _home_again(request, token)


def _home_again(request, token: str):
    """Back to the company's page, with the directory's search it came from (`back`, a query string)."""
    back = QueryDict(request.POST.get("back", "")).urlencode()
    url = reverse("match:home", kwargs={"token": token})
    return redirect(f"{url}?{back}#directory" if back else url)


@require_POST
def withdraw_request(request, token: str, pk: int):
    company = _company(token)
    try:
        registration.withdraw_request(company, pk)
        messages.success(request, _("Request withdrawn."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return _home_again(request, token)


def agenda_file(request, token: str, kind: str):
    if kind not in ("pdf", "ics"):
        raise Http404
    company = _company(token)
    matchmaking = company.matchmaking
    slots = agenda(matchmaking.published_run, company)
    stem = f"agenda-{matchmaking.code}-{company.pk}"
    if kind == "pdf":
        response = HttpResponse(agenda_pdf(matchmaking, company, slots), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{stem}.pdf"'
    else:
        response = HttpResponse(agenda_ics(matchmaking, company, slots), content_type="text/calendar")
        response["Content-Disposition"] = f'attachment; filename="{stem}.ics"'
    return response
