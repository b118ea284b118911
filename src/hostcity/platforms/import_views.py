"""The sister cities import page: check a list, then apply it all or nothing."""

from hostcity.accounts.access import staff_page
from hostcity.platforms.imports import COLUMNS, import_cities
from hostcity.web.checked_uploads import import_page as checked_import_page


@staff_page("platforms.add_sistercity")
def import_page(request):
    return checked_import_page(
        request,
        template="platforms/import.html",
        key="platforms.pending_cities",
        run=lambda upload, apply: import_cities(upload, apply=apply),
        context={"columns": ", ".join(COLUMNS)},
    )
