from django.urls import path

from hostcity.directory import manage_views

app_name = "directory"

urlpatterns = [
    path("", manage_views.entries, name="entries"),
    path("new/<slug:kind>/", manage_views.new, name="new"),
    path("entries/<slug:slug>/edit/", manage_views.edit, name="edit"),
    path("entries/<slug:slug>/confirm/", manage_views.confirm, name="confirm"),
    path("revisions/", manage_views.revision_list, name="revisions"),
    path("revisions/<int:pk>/", manage_views.revision, name="revision"),
    path("revisions/<int:pk>/decide/", manage_views.decide, name="decide"),
]
