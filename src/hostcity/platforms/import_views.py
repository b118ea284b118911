"""The sister cities import page: check a list, then apply it all or nothing."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from hostcity.accounts.access import staff_page
from hostcity.platforms.imports import COLUMNS, import_cities
from hostcity.web.checked_uploads import check_then_apply


class CitiesFileForm(forms.Form):
    file = forms.FileField(
        label=_("Excel or CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv", "class": "form-control"}),
    )


@staff_page("platforms.add_sistercity")
def import_page(request):
    form = CitiesFileForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        report = check_then_apply(
            request,
            form,
            key="platforms.pending_cities",
            run=lambda upload, apply: import_cities(upload, apply=apply),
        )
    if request.method != "POST" or (report is not None and report.applied):
        form = CitiesFileForm()
    return render(
        request, "platforms/import.html", {"form": form, "report": report, "columns": ", ".join(COLUMNS)}
    )
