"""REST endpoints of events, read by other systems (the ministry, public security, hotels): events,
their meeting requests and planning runs (their figures, not the problem sent to the engine)."""

from rest_framework import serializers, viewsets

from hostcity.accounts.api_permissions import holding
from hostcity.events.models import Event, MeetingRequest, PlanRun

SCHEDULES = holding("events.view_event", "events.view_schedules")  # as the event's pages


class EventSerializer(serializers.ModelSerializer):
    class Meta:
        model = Event
        fields = [
            "id",
            "name_en",
            "name_zh",
            "kind",
            "start_date",
            "end_date",
            "slot_minutes",
            "vetting_exempt",
        ]


class EventMeetingRequestSerializer(serializers.ModelSerializer):
    class Meta:
        model = MeetingRequest
        fields = [
            "id", "event", "code", "title_en", "title_zh", "minutes", "priority", "host_principals",
            "delegations", "from_delegation", "note",
        ]  # fmt: skip


class PlanRunSerializer(serializers.ModelSerializer):
    figures = serializers.DictField(read_only=True)

    class Meta:
        model = PlanRun
        fields = [
            "id",
            "event",
            "status",
            "time_limit",
            "created",
            "finished",
            "accepted",
            "figures",
            "error",
        ]


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Event.objects.order_by("start_date", "pk")
    serializer_class = EventSerializer
    filterset_fields = ["kind"]
    search_fields = ["name_en", "name_zh"]


class MeetingRequestViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = MeetingRequest.objects.prefetch_related("host_principals", "delegations").order_by("pk")
    serializer_class = EventMeetingRequestSerializer
    filterset_fields = ["event", "priority"]
    permission_classes = [SCHEDULES]


class PlanRunViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = PlanRun.objects.order_by("-created")
    serializer_class = PlanRunSerializer
    filterset_fields = ["event", "status"]
    permission_classes = [SCHEDULES]
