from django.urls import path, re_path

from hostcity.directory import manage_views, transfers

app_name = "directory"

urlpatterns = [
    path("", manage_views.entries, name="entries"),
    path("new/<slug:kind>/", manage_views.new, name="new"),
    path("import/", transfers.import_page, name="import"),
    re_path(r"^export\.(?P<fmt>csv|xlsx)$", transfers.export, name="export"),
    path("entries/<slug:slug>/edit/", manage_views.edit, name="edit"),
    path("entries/<slug:slug>/confirm/", manage_views.confirm, name="confirm"),
    path("revisions/", manage_views.revision_list, name="revisions"),
    path("revisions/<int:pk>/", manage_views.revision, name="revision"),
    path("revisions/<int:pk>/decide/", manage_views.decide, name="decide"),
]
