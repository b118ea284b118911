"""The registry's import pages (qualifications, organizations, projects): check a list, then apply it all or
nothing."""

from django.urls import reverse
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.registry.imports import (
    COLUMNS,
    ORGANIZATION_COLUMNS,
    import_organizations,
    import_qualifications,
)
from hostcity.registry.project_imports import PROJECT_COLUMNS, import_projects
from hostcity.shared.checked_uploads import import_page as checked_import_page


@staff_page("registry.add_qualification")
def import_page(request):
    return checked_import_page(
        request,
        template="web/import_page.html",
        key="registry.pending_qualifications",
        run=lambda upload, apply: import_qualifications(upload, apply=apply),
        context={
            "columns": ", ".join(COLUMNS),
            "title": _("Import qualifications"),
            "back_url": reverse("registry:qualifications"),
            "back_label": _("Overseas professional qualifications"),
            "explanation": _("A qualification is matched by profession, country and issuing body."),
        },
    )


@staff_page("registry.add_internationalorganization")
def import_organizations_page(request):
    return checked_import_page(
        request,
        template="web/import_page.html",
        key="registry.pending_organizations",
        run=lambda upload, apply: import_organizations(upload, apply=apply),
        context={
            "columns": ", ".join(ORGANIZATION_COLUMNS),
            "title": _("Import organizations"),
            "back_url": reverse("registry:organizations"),
            "back_label": _("International organizations"),
            "explanation": _("An organization is matched by its English name."),
        },
    )


@staff_page("registry.add_project", "registry.add_foreigncompany")
def import_projects_page(request):
    return checked_import_page(
        request,
        template="web/import_page.html",
        key="registry.pending_projects",
        run=lambda upload, apply: import_projects(upload, apply=apply, by=request.user),
        context={
            "columns": ", ".join(PROJECT_COLUMNS),
            "title": _("Import foreign-funded projects"),
            "back_url": reverse("registry:projects"),
            "back_label": _("Foreign-funded projects"),
            "explanation": _(
                "A company is matched by its English name and country and created when new; a project by its "
                "company and English title. Yes/no columns take yes or no."
            ),
        },
    )
