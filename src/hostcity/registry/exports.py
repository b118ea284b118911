"""The registries as CSV or Excel, in the columns of their imports (export, edit, import back)."""

from hostcity.accounts.access import staff_page
from hostcity.registry.imports import ORGANIZATION_COLUMNS
from hostcity.registry.models import InternationalOrganization
from hostcity.registry.project_imports import PROJECT_COLUMNS
from hostcity.registry.projects import find_projects
from hostcity.shared.downloads import table_download


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value.isoformat() if hasattr(value, "isoformat") else value


@staff_page("registry.view_internationalorganization")
def organizations(request, fmt: str):
    rows = (
        [_cell(getattr(org, column)) for column in ORGANIZATION_COLUMNS]
        for org in InternationalOrganization.objects.order_by("name_en").iterator()
    )
    return table_download("organizations", fmt, ORGANIZATION_COLUMNS, rows)


PROJECT_SOURCE = {
    "company_en": "company__name_en",
    "company_zh": "company__name_zh",
    "country": "company__country",
    "fortune_global_500": "company__fortune_global_500",
    "hidden_champion": "company__hidden_champion",
}


@staff_page("registry.view_project")
def projects(request, fmt: str):
    fields = [PROJECT_SOURCE.get(column, column) for column in PROJECT_COLUMNS]
    found = find_projects(
        q=request.GET.get("q", ""),
        stage=request.GET.get("stage", ""),
        overdue_only=bool(request.GET.get("overdue")),
    )
    rows = ([_cell(v) for v in values] for values in found.values_list(*fields).iterator())
    return table_download("projects", fmt, PROJECT_COLUMNS, rows)
