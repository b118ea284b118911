"""The journey's pages, under the event they belong to (/events/<event>/…)."""

from django.urls import path

from hostcity.delegations.journey import board_views, itinerary_views

app_name = "journey"

urlpatterns = [
    path("<int:pk>/itineraries/", itinerary_views.itinerary_list, name="itineraries"),
    path("<int:pk>/board/", board_views.operations_board, name="board"),
    path("<int:pk>/itineraries/<int:delegation>/", itinerary_views.itinerary, name="itinerary"),
    path(
        "<int:pk>/itineraries/<int:delegation>/itinerary.<str:fmt>",
        itinerary_views.itinerary,
        name="itinerary-file",
    ),
]
