"""The organizers' pages of an edition's matchmaking: set it up, watch registrations and requests,
close requests, run the engine and follow its progress, publish agendas, mark late no-shows and
re-plan, print agendas and table cards."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.matchmaking import registration, runs, setup
from hostcity.matchmaking.agendas import all_agendas_pdf, table_cards_pdf
from hostcity.matchmaking.forms import ReplanForm, RunForm, SetupForm
from hostcity.matchmaking.models import Company, Matchmaking, MatchRun, MeetingRequest
from hostcity.platforms.models import Edition
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.forms import add_errors
from hostcity.shared.paging import paged

VIEW = "matchmaking.view_matchmaking"
KEEP = "matchmaking.change_matchmaking"


def _errors_to(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@staff_page(VIEW)
def for_edition(request, edition: int):
    """An edition's matchmaking, or the form that sets one up."""
    edition = get_object_or_404(Edition.objects.select_related("platform"), pk=edition)
    existing = Matchmaking.objects.filter(edition=edition).first()
    if existing:
        return redirect("matchmaking:detail", pk=existing.pk)
    if not request.user.has_perm(KEEP):
        return render(request, "matchmaking/none.html", {"edition": edition})
    return setup_page(request, edition=edition)


@staff_page(KEEP)
def setup_page(request, pk: int | None = None, edition: Edition | None = None):
    matchmaking = get_object_or_404(Matchmaking, pk=pk) if pk else Matchmaking(edition=edition)
    edition = matchmaking.edition
    initial = (
        {"sessions": setup.sessions_text(matchmaking)}
        if pk
        else {"code": f"{edition.platform.code}-{edition.year}"}
    )
    form = SetupForm(request.POST or None, instance=matchmaking, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = setup.save_setup(form.save(commit=False), form.cleaned_data["sessions"])
            messages.success(request, _("The matchmaking is saved."))
            return redirect("matchmaking:detail", pk=saved.pk)
        except ValidationError as error:
            add_errors(form, error, default_field="sessions")
    return render(
        request, "matchmaking/setup.html", {"form": form, "edition": edition, "matchmaking": matchmaking}
    )


def _share(part, whole) -> float | None:
    return round(100 * part / whole, 1) if whole and part is not None else None


@staff_page(VIEW)
def detail(request, pk: int):
    matchmaking = get_object_or_404(
        Matchmaking.objects.select_related("edition__platform", "venue", "published_run"), pk=pk
    )
    counts = Company.objects.filter(matchmaking=matchmaking).aggregate(
        all=Count("pk"),
        active=Count("pk", filter=Q(status=Company.Status.ACTIVE)),
        no_show=Count("pk", filter=Q(status=Company.Status.NO_SHOW)),
        withdrawn=Count("pk", filter=Q(status=Company.Status.WITHDRAWN)),
    )
    run_list = list(matchmaking.runs.select_related("started_by")[:20])
    for run in run_list:
        run.met_share = _share(run.value, run.requested_weight)
        run.bound_share = _share(run.bound, run.requested_weight)
    context = {
        "matchmaking": matchmaking,
        "edition": matchmaking.edition,
        "counts": counts,
        "requests": MeetingRequest.objects.filter(matchmaking=matchmaking).count(),
        "sessions": matchmaking.sessions.all(),
        "runs": run_list,
        "can_keep": request.user.has_perm(KEEP),
        "run_form": RunForm(),
        "replan_form": ReplanForm(),
        "under_way": any(r.status in runs.UNDER_WAY for r in run_list),
        "trail": AuditEntry.objects.filter(
            Q(record="matchmaking", record_id=matchmaking.pk)
            | Q(record="company", record_id__in=Company.objects.filter(matchmaking=matchmaking).values("pk"))
        )[:50],
    }
    return render(request, "matchmaking/detail.html", context)


@require_POST
@staff_page(KEEP)
def change_status(request, pk: int):
    matchmaking = get_object_or_404(Matchmaking, pk=pk)
    action = request.POST.get("action")
    if action == "close":
        setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
        messages.success(request, _("Meeting requests are closed."))
    elif action == "open":
        setup.set_status(matchmaking, Matchmaking.Status.OPEN)
        messages.success(request, _("Meeting requests are open again."))
    else:
        messages.error(request, _("Unknown action."))
    return redirect("matchmaking:detail", pk=pk)


@require_POST
@staff_page(KEEP)
def start(request, pk: int):
    matchmaking = get_object_or_404(Matchmaking, pk=pk)
    form = RunForm(request.POST)
    if not form.is_valid():
        _errors_to(request, ValidationError([e for errors in form.errors.values() for e in errors]))
        return redirect("matchmaking:detail", pk=pk)
    try:
        run = runs.start_run(matchmaking, by=request.user, time_limit=form.cleaned_data["time_limit"])
    except ValidationError as error:
        _errors_to(request, error)
        return redirect("matchmaking:detail", pk=pk)
    return redirect("matchmaking:run", pk=run.pk)


@require_POST
@staff_page(KEEP)
def replan(request, pk: int):
    matchmaking = get_object_or_404(Matchmaking.objects.select_related("published_run"), pk=pk)
    form = ReplanForm(request.POST)
    if not form.is_valid():
        _errors_to(request, ValidationError([e for errors in form.errors.values() for e in errors]))
        return redirect("matchmaking:detail", pk=pk)
    try:
        run = runs.replan(
            matchmaking,
            by=request.user,
            replan_from=form.cleaned_data["replan_from"],
            time_limit=form.cleaned_data["time_limit"],
        )
    except ValidationError as error:
        _errors_to(request, error)
        return redirect("matchmaking:detail", pk=pk)
    return redirect("matchmaking:run", pk=run.pk)


@staff_page(VIEW)
def run_detail(request, pk: int):
    run = get_object_or_404(
        MatchRun.objects.select_related("matchmaking__edition__platform", "started_by"), pk=pk
    )
    under_way = run.status in runs.UNDER_WAY
    if request.headers.get("HX-Request") and request.GET.get("part") == "progress":
        if not under_way:
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return render(request, "matchmaking/_progress.html", {"run": run, "under_way": under_way})
    unscheduled = (run.plan or {}).get("unscheduled", [])
    pairs = list(run.meetings.values_list("first_id", "second_id", "table")) if run.plan else []
    context = {
        "run": run,
        "matchmaking": run.matchmaking,
        "under_way": under_way,
        "can_keep": request.user.has_perm(KEEP),
        "met_share": _share(run.value, run.requested_weight),
        "bound_share": _share(run.bound, run.requested_weight),
        "count_share": _share(run.met, run.requested),
        "published": run.matchmaking.published_run_id == run.pk,
        "unscheduled": len(unscheduled),
        "tables_used": len({table for _a, _b, table in pairs}),
        "companies_met": len({a for a, _b, _t in pairs} | {b for _a, b, _t in pairs}),
    }
    return render(request, "matchmaking/run.html", context)


@require_POST
@staff_page(KEEP)
def cancel(request, pk: int):
    run = get_object_or_404(MatchRun, pk=pk)
    try:
        runs.cancel_run(run)
    except ValidationError as error:
        _errors_to(request, error)
    return redirect("matchmaking:run", pk=pk)


@require_POST
@staff_page(KEEP)
def publish(request, pk: int):
    run = get_object_or_404(MatchRun, pk=pk)
    try:
        runs.publish(run, by=request.user)
        messages.success(
            request, _("The agendas of run %(run)s are published to the companies.") % {"run": run.pk}
        )
    except ValidationError as error:
        _errors_to(request, error)
    return redirect("matchmaking:run", pk=pk)


@staff_page(VIEW)
def companies(request, pk: int):
    matchmaking = get_object_or_404(Matchmaking.objects.select_related("edition__platform"), pk=pk)
    text = request.GET.get("q", "").strip()
    status = request.GET.get("status", "")
    found = Company.objects.filter(matchmaking=matchmaking).annotate(
        sent_count=Count("sent", distinct=True), received_count=Count("received", distinct=True)
    )
    if text:
        found = found.filter(
            Q(name_en__icontains=text) | Q(name_zh__icontains=text) | Q(email__icontains=text)
        )
    if status in Company.Status.values:
        found = found.filter(status=status)
    page, query = paged(request, found.order_by("name_en"), 50)
    context = {
        "matchmaking": matchmaking,
        "edition": matchmaking.edition,
        "page": page,
        "q": text,
        "status": status,
        "statuses": Company.Status.choices,
        "can_keep": request.user.has_perm(KEEP),
        "query": query,
    }
    return render(request, "matchmaking/companies.html", context)


@require_POST
@staff_page(KEEP)
def company_status(request, pk: int):
    company = get_object_or_404(Company, pk=pk)
    try:
        registration.set_company_status(company, request.POST.get("status", ""), by=request.user)
        messages.success(
            request,
            _("%(name)s: %(status)s.") % {"name": company.name_en, "status": company.get_status_display()},
        )
    except ValidationError as error:
        _errors_to(request, error)
    back = QueryDict(request.POST.get("back", "")).urlencode()
    target = redirect("matchmaking:companies", pk=company.matchmaking_id)
    return redirect(f"{target.url}?{back}") if back else target


def _pdf_response(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@staff_page(VIEW)
def printouts(request, pk: int, kind: str):
    run = get_object_or_404(
        MatchRun.objects.select_related("matchmaking__edition__platform", "matchmaking__venue"), pk=pk
    )
    if kind not in ("tables", "agendas"):
        raise Http404
    if not run.plan:
        messages.error(request, _("This run has no plan to print."))
        return redirect("matchmaking:run", pk=pk)
    if kind == "tables":
        return _pdf_response(table_cards_pdf(run.matchmaking, run), f"tables-run-{run.pk}.pdf")
    return _pdf_response(all_agendas_pdf(run.matchmaking, run), f"agendas-run-{run.pk}.pdf")
