"""The indicators dashboard (a chart per indicator against its targets, a summary per field), an
indicator's page where values (with their source) and targets are entered, and the exports."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.indicators import computed, values
from hostcity.indicators.dashboard import build
from hostcity.indicators.models import Indicator
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.bilingual import chinese
from hostcity.shared.forms import Styled

KEEP = "indicators.change_indicator"


class ValueForm(Styled, forms.Form):
    year = forms.IntegerField(label=gettext_lazy("year"))
    value = forms.CharField(label=gettext_lazy("value"), max_length=30)
    source_url = forms.CharField(label=gettext_lazy("source (web address)"), max_length=500, required=False)
    publisher = forms.CharField(label=gettext_lazy("publisher"), max_length=200, required=False)
    note = forms.CharField(label=gettext_lazy("note"), max_length=300, required=False)


class TargetForm(Styled, forms.Form):
    year = forms.IntegerField(label=gettext_lazy("year"))
    value = forms.CharField(label=gettext_lazy("target"), max_length=30)


@staff_page("indicators.view_indicator")
def dashboard(request):
    fields = build()
    zh = chinese()
    charts = [s.chart(zh) for f in fields for s in f.series]
    return render(request, "indicators/dashboard.html", {"fields": fields, "charts": charts, "zh": zh})


@staff_page("indicators.view_indicator")
def indicator(request, code: str):
    item = get_object_or_404(Indicator, code=code)
    value_form, target_form = ValueForm(prefix="v"), TargetForm(prefix="t")
    if request.method == "POST":
        if not request.user.has_perm(KEEP):
            return redirect("indicators:indicator", code=code)
        which = request.POST.get("action")
        form = (
            ValueForm(request.POST, prefix="v") if which == "value" else TargetForm(request.POST, prefix="t")
        )
        if form.is_valid():
            try:
                if which == "value":
                    values.record_value(item, by=request.user, **form.cleaned_data)
                else:
                    values.set_target(item, by=request.user, **form.cleaned_data)
                messages.success(request, _("Saved."))
                return redirect("indicators:indicator", code=code)
            except ValidationError as error:
                for name, errors in error.message_dict.items():
                    for message in errors:
                        form.add_error(name if name in form.fields else None, message)
        if which == "value":
            value_form = form
        else:
            target_form = form
    series = build([item])[0].series[0]
    rows = []
    for year, value, target in zip(series.years, series.values, series.targets, strict=True):
        rows.append((year, value, target, series.records.get(year)))
    context = {
        "indicator": item,
        "rows": rows,
        "chart": [series.chart(chinese())],
        "series": series,
        "value_form": value_form,
        "target_form": target_form,
        "can_keep": request.user.has_perm(KEEP),
        "trail": AuditEntry.objects.filter(record="indicator", record_id=item.pk)[:30],
    }
    return render(request, "indicators/indicator.html", context)


@require_POST
@staff_page(KEEP)
def refresh(request, code: str):
    item = get_object_or_404(Indicator, code=code)
    made = computed.refresh(item)
    messages.success(request, _("%(n)s years computed from the platform's records.") % {"n": made})
    return redirect("indicators:indicator", code=code)
