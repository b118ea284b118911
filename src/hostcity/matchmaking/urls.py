from django.urls import path, re_path

from hostcity.matchmaking import exports, import_views, pages

app_name = "matchmaking"

urlpatterns = [
    path("edition/<int:edition>/", pages.for_edition, name="for-edition"),
    path("<int:pk>/", pages.detail, name="detail"),
    path("<int:pk>/setup/", pages.setup_page, name="setup"),
    path("<int:pk>/status/", pages.change_status, name="status"),
    path("<int:pk>/run/", pages.start, name="start"),
    path("<int:pk>/replan/", pages.replan, name="replan"),
    path("<int:pk>/companies/", pages.companies, name="companies"),
    path("<int:pk>/import/", import_views.import_page, name="import"),
    re_path(r"^(?P<pk>\d+)/companies/export\.(?P<fmt>csv|xlsx)$", exports.companies, name="export-companies"),
    re_path(r"^runs/(?P<pk>\d+)/meetings\.(?P<fmt>csv|xlsx)$", exports.meetings, name="export-meetings"),
    path("companies/<int:pk>/status/", pages.company_status, name="company-status"),
    path("runs/<int:pk>/", pages.run_detail, name="run"),
    path("runs/<int:pk>/cancel/", pages.cancel, name="cancel"),
    path("runs/<int:pk>/publish/", pages.publish, name="publish"),
    path("runs/<int:pk>/<str:kind>.pdf", pages.printouts, name="print"),
]
