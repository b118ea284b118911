"""The indicators' import page: values or targets, checked then applied all or nothing."""

from django.urls import reverse
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.indicators.imports import TARGET_COLUMNS, VALUE_COLUMNS, import_numbers
from hostcity.shared.checked_uploads import import_page as checked_import_page


@staff_page("indicators.change_indicator", "indicators.add_value", "indicators.add_target")
def import_page(request):
    return checked_import_page(
        request,
        template="web/import_page.html",
        key="indicators.pending",
        run=lambda upload, apply, kind: import_numbers(upload, apply=apply, kind=kind, by=request.user),
        kinds=[("values", _("Values")), ("targets", _("Targets"))],
        context={
            "columns": f"{_('Values')}: {', '.join(VALUE_COLUMNS)} · "
            f"{_('Targets')}: {', '.join(TARGET_COLUMNS)}",
            "title": _("Import values and targets"),
            "back_url": reverse("indicators:dashboard"),
            "back_label": _("Indicators"),
            "explanation": _("A value needs its source; a target a year of the program."),
        },
    )
