from django.urls import path

from hostcity.directory import public_views

app_name = "visit"

urlpatterns = [
    path("", public_views.index, name="index"),
    path("<slug:slug>/", public_views.entry, name="entry"),
]
