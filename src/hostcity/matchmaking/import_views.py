"""The matchmaking import page: companies or meeting requests, checked then applied all or nothing."""

from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from hostcity.accounts.access import staff_page
from hostcity.matchmaking.imports import COMPANY_COLUMNS, REQUEST_COLUMNS, import_companies, import_requests
from hostcity.matchmaking.models import Matchmaking
from hostcity.web.checked_uploads import ImportFileForm, check_then_apply

KINDS = {"companies": import_companies, "requests": import_requests}


class MatchImportForm(ImportFileForm):
    kind = forms.ChoiceField(
        label=_("What the file holds"),
        choices=[("companies", _("Companies")), ("requests", _("Meeting requests"))],
        widget=forms.Select(attrs={"class": "form-select"}),
    )


@staff_page("matchmaking.change_matchmaking", "matchmaking.add_company")
def import_page(request, pk: int):
    matchmaking = get_object_or_404(Matchmaking.objects.select_related("edition__platform"), pk=pk)
    form = MatchImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        report = check_then_apply(
            request,
            form,
            key=f"matchmaking.pending.{pk}",
            run=lambda upload, apply, kind: KINDS[kind](matchmaking, upload, apply=apply),
            choices=lambda data: {"kind": data["kind"]},
        )
        if report is not None and report.applied:
            form = MatchImportForm()
    context = {
        "matchmaking": matchmaking,
        "form": form,
        "report": report,
        "company_columns": ", ".join(COMPANY_COLUMNS),
        "request_columns": ", ".join(REQUEST_COLUMNS),
    }
    return render(request, "matchmaking/import.html", context)
