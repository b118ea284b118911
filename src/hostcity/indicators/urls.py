from django.urls import path

from hostcity.indicators import exports, import_views, pages

app_name = "indicators"

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("export.xlsx", exports.excel, name="export-xlsx"),
    path("export.pdf", exports.pdf, name="export-pdf"),
    path("import/", import_views.import_page, name="import"),
    path("<slug:code>/", pages.indicator, name="indicator"),
    path("<slug:code>/refresh/", pages.refresh, name="refresh"),
]
