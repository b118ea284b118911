from django.urls import path

from hostcity.matchmaking import public_views

app_name = "match"

urlpatterns = [
    path("<slug:code>/", public_views.register, name="register"),
    path("c/<str:token>/", public_views.home, name="home"),
    path("c/<str:token>/profile/", public_views.profile, name="profile"),
    path("c/<str:token>/request/", public_views.request_meeting, name="request"),
    path("c/<str:token>/requests/<int:pk>/withdraw/", public_views.withdraw_request, name="withdraw"),
    path("c/<str:token>/agenda.<str:kind>", public_views.agenda_file, name="agenda"),
]
