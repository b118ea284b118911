from django.urls import path
from rest_framework.routers import DefaultRouter

from hostcity.delegations import api as delegations_api
from hostcity.delegations.accreditation import checkin_views
from hostcity.delegations.journey import api as journey_api
from hostcity.directory import api as directory_api
from hostcity.events import api as events_api
from hostcity.glossary import api as glossary_api
from hostcity.indicators import api as indicators_api
from hostcity.matchmaking import api as matchmaking_api
from hostcity.platforms import api as platforms_api
from hostcity.registry import api as registry_api
from hostcity.venues import api as venues_api

router = DefaultRouter()
router.register("areas", venues_api.FunctionalAreaViewSet)
router.register("glossary/terms", glossary_api.TermViewSet)
router.register("venues", venues_api.VenueViewSet)
router.register("rooms", venues_api.RoomViewSet)
router.register("closures", venues_api.ClosureViewSet)
router.register("bookings", venues_api.BookingViewSet)
router.register("platforms", platforms_api.PlatformViewSet)
router.register("editions", platforms_api.EditionViewSet)
router.register("sister-cities", platforms_api.SisterCityViewSet)
router.register("partner-networks", platforms_api.PartnerNetworkViewSet)
router.register("qualifications", registry_api.QualificationViewSet)
router.register("organizations", registry_api.OrganizationViewSet)
router.register("foreign-companies", registry_api.ForeignCompanyViewSet)
router.register("projects", registry_api.ProjectViewSet)
router.register("follow-ups", registry_api.FollowUpViewSet)
router.register("directory/entries", directory_api.EntryViewSet)
router.register("directory/revisions", directory_api.RevisionViewSet)
router.register("indicators", indicators_api.IndicatorViewSet)
router.register("indicator-values", indicators_api.ValueViewSet)
router.register("indicator-targets", indicators_api.TargetViewSet)
router.register("matchmaking/companies", matchmaking_api.CompanyViewSet)
router.register("matchmaking/requests", matchmaking_api.MeetingRequestViewSet)
router.register("matchmaking/runs", matchmaking_api.MatchRunViewSet)
router.register("matchmaking/meetings", matchmaking_api.AgendaMeetingViewSet)
router.register("events", events_api.EventViewSet)
router.register("meeting-requests", events_api.MeetingRequestViewSet, basename="event-meeting-request")
router.register("planning-runs", events_api.PlanRunViewSet)
router.register("delegations", delegations_api.DelegationViewSet, basename="delegation")
router.register("delegates", delegations_api.DelegateViewSet, basename="delegate")
router.register("badges", delegations_api.BadgeViewSet, basename="badge")
router.register("flights", journey_api.MovementViewSet, basename="movement")
router.register("hotel-blocks", journey_api.HotelBlockViewSet)
router.register("stays", journey_api.StayViewSet, basename="stay")
router.register("vehicles", journey_api.VehicleViewSet)

urlpatterns = [
    path("checkin/", checkin_views.checkin_api, name="checkin"),
    path("checkin/keys/", checkin_views.gate_keys, name="checkin-keys"),
    *router.urls,
]
