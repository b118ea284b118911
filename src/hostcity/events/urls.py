from django.urls import path

from hostcity.events import operations_views, pages

app_name = "events"

urlpatterns = [
    path("", pages.event_list, name="list"),
    path("new/", pages.event_new, name="new"),
    path("<int:pk>/", pages.event_detail, name="detail"),
    path("<int:pk>/requests/", pages.add_request, name="add-request"),
    path("requests/<int:pk>/remove/", pages.remove_request, name="remove-request"),
    path("<int:pk>/plan/", pages.start, name="plan"),
    path("<int:pk>/rosters/", operations_views.rosters, name="rosters"),
    path("runs/<int:pk>/", pages.run_detail, name="run"),
    path("runs/<int:pk>/cancel/", pages.cancel, name="cancel"),
    path("runs/<int:pk>/accept/", pages.accept, name="accept"),
    path("runs/<int:pk>/move/", pages.move, name="move"),
    path("runs/<int:pk>/compare/<int:other>/", pages.compare_runs, name="compare"),
    path("runs/<int:pk>/replan/", pages.replan, name="replan"),
    path("requests/<int:pk>/unpin/", pages.unpin, name="unpin"),
]
