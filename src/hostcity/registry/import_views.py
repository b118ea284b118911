"""The qualifications import page: check a list, then apply it all or nothing."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from hostcity.accounts.access import staff_page
from hostcity.registry.imports import COLUMNS, import_qualifications
from hostcity.web.checked_uploads import check_then_apply


class QualificationsFileForm(forms.Form):
    file = forms.FileField(
        label=_("Excel or CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv", "class": "form-control"}),
    )


@staff_page("registry.add_qualification")
def import_page(request):
    form = QualificationsFileForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        report = check_then_apply(
            request,
            form,
            key="registry.pending_qualifications",
            run=lambda upload, apply: import_qualifications(upload, apply=apply),
        )
    if request.method != "POST" or (report is not None and report.applied):
        form = QualificationsFileForm()
    return render(
        request, "registry/import.html", {"form": form, "report": report, "columns": ", ".join(COLUMNS)}
    )
