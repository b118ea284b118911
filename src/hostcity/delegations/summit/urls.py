"""The summit home, under its event (/events/<event>/summit/)."""

from django.urls import path

from hostcity.delegations.summit import views

app_name = "summit"

urlpatterns = [path("<int:pk>/summit/", views.home, name="home")]
