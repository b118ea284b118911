from django.urls import path, re_path

from hostcity.registry import exports, import_views, pages

app_name = "registry"

urlpatterns = [
    path("qualifications/", pages.qualifications, name="qualifications"),
    path("qualifications/import/", import_views.import_page, name="import-qualifications"),
    path("organizations/", pages.organizations, name="organizations"),
    path("organizations/import/", import_views.import_organizations_page, name="import-organizations"),
    path("organizations/<int:pk>/", pages.organization, name="organization"),
    path("projects/", pages.projects, name="projects"),
    path("projects/import/", import_views.import_projects_page, name="import-projects"),
    re_path(r"^projects/export\.(?P<fmt>csv|xlsx)$", exports.projects, name="export-projects"),
    re_path(r"^organizations/export\.(?P<fmt>csv|xlsx)$", exports.organizations, name="export-organizations"),
    path("projects/remind/", pages.remind, name="remind"),
    path("follow-ups/<int:pk>/done/", pages.follow_up_done, name="follow-up-done"),
]
