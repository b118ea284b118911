from django.urls import path

from hostcity.delegations.focal import request_views as focal_request_views
from hostcity.delegations.focal import views as focal_views
from hostcity.delegations.journey import itinerary_views

app_name = "focal"

urlpatterns = [
    path("<str:token>/", focal_views.focal_home, name="home"),
    path("<str:token>/members/new/", focal_views.focal_member, name="add"),
    path("<str:token>/members/<int:pk>/", focal_views.focal_member, name="edit"),
    path("<str:token>/members/<int:pk>/remove/", focal_views.focal_remove, name="remove"),
    path("<str:token>/members/<int:pk>/photo", focal_views.focal_photo, name="photo"),
    path("<str:token>/submit/", focal_views.focal_submit, name="submit"),
    path("<str:token>/itinerary/", itinerary_views.focal_itinerary, name="itinerary"),
    path("<str:token>/requests/", focal_request_views.focal_requests, name="requests"),
    path("<str:token>/itinerary/itinerary.<str:fmt>", itinerary_views.focal_itinerary, name="itinerary-file"),
]
