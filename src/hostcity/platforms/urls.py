from django.urls import path

from hostcity.platforms import import_views, pages

app_name = "platforms"

urlpatterns = [
    path("", pages.platform_list, name="list"),
    path("cities/", pages.city_list, name="cities"),
    path("cities/<int:pk>/", pages.city_detail, name="city"),
    path("cities/import/", import_views.import_page, name="import-cities"),
    path("networks/", pages.network_list, name="networks"),
    path("<slug:code>/", pages.platform_detail, name="platform"),
]
