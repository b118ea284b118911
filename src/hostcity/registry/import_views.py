"""The registry's import pages (qualifications, organizations): check a list, then apply it all or
nothing."""

from hostcity.accounts.access import staff_page
from hostcity.registry.imports import (
    COLUMNS,
    ORGANIZATION_COLUMNS,
    import_organizations,
    import_qualifications,
)
from hostcity.web.checked_uploads import import_page as checked_import_page


@staff_page("registry.add_qualification")
def import_page(request):
    return checked_import_page(
        request,
        template="registry/import.html",
        key="registry.pending_qualifications",
        run=lambda upload, apply: import_qualifications(upload, apply=apply),
        context={"columns": ", ".join(COLUMNS)},
    )


@staff_page("registry.add_internationalorganization")
def import_organizations_page(request):
    return checked_import_page(
        request,
        template="registry/import_organizations.html",
        key="registry.pending_organizations",
        run=lambda upload, apply: import_organizations(upload, apply=apply),
        context={"columns": ", ".join(ORGANIZATION_COLUMNS)},
    )
