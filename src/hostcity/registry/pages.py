"""Registry pages: the qualifications catalog (searched in either language, filtered by country) and
the international organizations (searched, filtered by status and kind; one with its settlement
steps, contacts and timeline), a page at a time."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.registry.models import FollowUp, Interaction, InternationalOrganization, Project, Qualification
from hostcity.registry.organizations import add_interaction, set_status
from hostcity.registry.projects import find_projects, mark_done, overdue, remind_overdue
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.countries.names import country_choices, country_names, is_country
from hostcity.shared.paging import paged

PAGE_SIZE = 25
SEARCHED = ("profession_en", "profession_zh", "body_en", "body_zh", "equivalent_en", "equivalent_zh")


def _paged(request, found):
    return paged(request, found, PAGE_SIZE)


@staff_page("registry.view_qualification")
def qualifications(request):
    q, country = request.GET.get("q", "").strip(), request.GET.get("country", "").strip().upper()
    found = Qualification.objects.all()
    if q:
        condition = Q()
        for name in SEARCHED:
            condition |= Q(**{f"{name}__icontains": q})
        found = found.filter(condition)
    if country:
        found = found.filter(country=country)
    page, query = _paged(request, found)
    context = {
        "page": page,
        "q": q,
        "country": country,
        "countries": country_choices(),
        "query": query,
    }
    return render(request, "registry/qualifications.html", context)


@staff_page("registry.view_internationalorganization")
def organizations(request):
    q = request.GET.get("q", "").strip()
    status, kind = request.GET.get("status", ""), request.GET.get("kind", "")
    found = InternationalOrganization.objects.all()
    if q:
        found = found.filter(
            Q(name_en__icontains=q)
            | Q(name_zh__icontains=q)
            | Q(acronym__icontains=q)
            | Q(field__icontains=q)
        )
    if status in InternationalOrganization.Status.values:
        found = found.filter(status=status)
    if kind in InternationalOrganization.Kind.values:
        found = found.filter(kind=kind)
    page, query = _paged(request, found)
    context = {
        "page": page,
        "q": q,
        "status": status,
        "kind": kind,
        "statuses": InternationalOrganization.Status.choices,
        "kinds": InternationalOrganization.Kind.choices,
        "query": query,
    }
    return render(request, "registry/organizations.html", context)


class InteractionForm(forms.ModelForm):
    class Meta:
        model = Interaction
        fields = ["date", "kind", "summary"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "summary": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [c for c in Interaction.Kind.choices if c[0] != Interaction.Kind.STATUS]
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            )


@staff_page("registry.view_internationalorganization")
def organization(request, pk: int):
    org = get_object_or_404(InternationalOrganization, pk=pk)
    form = InteractionForm(initial={"date": timezone.localdate()})
    if request.method == "POST":
        if not request.user.has_perm("registry.change_internationalorganization"):
            raise PermissionDenied
        if request.POST.get("action") == "status":
            try:
                set_status(
                    org,
                    status=request.POST.get("status", ""),
                    by=request.user,
                    note=request.POST.get("note", ""),
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            return redirect("registry:organization", pk=pk)
        form = InteractionForm(request.POST)
        if form.is_valid():
            interaction = form.save(commit=False)
            interaction.organization = org
            add_interaction(interaction, by=request.user)
            return redirect("registry:organization", pk=pk)
    context = {
        "org": org,
        "steps": org.steps.all(),
        "contacts": org.contacts.all(),
        "timeline": org.interactions.select_related("by"),
        "history": AuditEntry.objects.filter(record="internationalorganization", record_id=org.pk)[:50],
        "form": form,
        "statuses": InternationalOrganization.Status.choices,
        "country": country_names(org.hq_country)
        if org.hq_country and is_country(org.hq_country)
        else ("", ""),
    }
    return render(request, "registry/organization.html", context)


@staff_page("registry.view_project")
def projects(request):
    q, stage = request.GET.get("q", "").strip(), request.GET.get("stage", "")
    found = find_projects(q=q, stage=stage, overdue_only=bool(request.GET.get("overdue")))
    page, query = _paged(request, found)
    _count_tasks(page.object_list)
    context = {
        "page": page,
        "q": q,
        "stage": stage,
        "stages": Project.Stage.choices,
        "overdue_tasks": overdue().order_by("due")[:50],
        "query": query,
    }
    return render(request, "registry/projects.html", context)


def _count_tasks(projects) -> None:
    """Each project of the page with its open and overdue tasks (counted for this page only: counting
    for every project before paging costs a join of all of them)."""
    today = timezone.localdate()
    counts = (
        FollowUp.objects.filter(project__in=[p.pk for p in projects], done_on__isnull=True)
        .values("project_id")
        .annotate(open=Count("pk"), late=Count("pk", filter=Q(due__lt=today)))
    )
    by_project = {row["project_id"]: row for row in counts}
    for project in projects:
        row = by_project.get(project.pk, {})
        project.open_tasks, project.late_tasks = row.get("open", 0), row.get("late", 0)


@require_POST
@staff_page("registry.change_followup")
def follow_up_done(request, pk: int):
    mark_done(get_object_or_404(FollowUp, pk=pk), by=request.user)
    return redirect(request.POST.get("next") or "registry:projects")


@require_POST
@staff_page("registry.change_followup")
def remind(request):
    count = remind_overdue()
    messages.success(request, _("%(n)d owners reminded of overdue tasks.") % {"n": count})
    return redirect("registry:projects")
