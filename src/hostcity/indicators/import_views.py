"""The indicators' import page: values or targets, checked then applied all or nothing."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from hostcity.accounts.access import staff_page
from hostcity.indicators.imports import TARGET_COLUMNS, VALUE_COLUMNS, import_numbers
from hostcity.web.checked_uploads import ImportFileForm, check_then_apply


class NumbersImportForm(ImportFileForm):
    kind = forms.ChoiceField(
        label=_("What the file holds"),
        choices=[("values", _("Values")), ("targets", _("Targets"))],
        widget=forms.Select(attrs={"class": "form-select"}),
    )


@staff_page("indicators.change_indicator", "indicators.add_value", "indicators.add_target")
def import_page(request):
    form = NumbersImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        report = check_then_apply(
            request,
            form,
            key="indicators.pending",
            run=lambda upload, apply, kind: import_numbers(upload, apply=apply, kind=kind, by=request.user),
            choices=lambda data: {"kind": data["kind"]},
        )
        if report is not None and report.applied:
            form = NumbersImportForm()
    context = {
        "form": form,
        "report": report,
        "value_columns": ", ".join(VALUE_COLUMNS),
        "target_columns": ", ".join(TARGET_COLUMNS),
    }
    return render(request, "indicators/import.html", context)
