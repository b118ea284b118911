"""The sister cities import page: check a list, then apply it all or nothing."""

from django.urls import reverse
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.platforms.imports import COLUMNS, import_cities
from hostcity.shared.checked_uploads import import_page as checked_import_page


@staff_page("platforms.add_sistercity")
def import_page(request):
    return checked_import_page(
        request,
        template="web/import_page.html",
        key="platforms.pending_cities",
        run=lambda upload, apply: import_cities(upload, apply=apply),
        context={
            "columns": ", ".join(COLUMNS),
            "title": _("Import sister cities"),
            "back_url": reverse("platforms:cities"),
            "back_label": _("Sister and friendship cities"),
            "explanation": _("A city is matched by its English name and country."),
        },
    )
