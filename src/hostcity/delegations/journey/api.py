"""REST endpoints of the journey, for the airport, the hotels and the motor pool: flights (created and
changed through the same rule as the board: the stay follows, a re-plan may start), hotel blocks and
stays (the rooming lists), and the event's vehicles with the delegation each serves."""

from django.core.exceptions import ValidationError
from rest_framework import serializers, viewsets

from hostcity.accounts.api_permissions import holding
from hostcity.delegations import visibility
from hostcity.delegations.journey.arrivals import checked_airport, save_movement
from hostcity.delegations.models import Delegation, HotelBlock, Movement, Stay
from hostcity.events.models import Vehicle
from hostcity.shared.api_errors import as_drf
from hostcity.shared.audit.trail import Actor


class MovementSerializer(serializers.ModelSerializer):
    class Meta:
        model = Movement
        fields = ["id", "delegation", "direction", "flight", "airport", "terminal", "at", "delegates",
                  "with_head", "vip_lane", "greeter", "notes"]  # fmt: skip

    def validate_airport(self, value: str) -> str:
        try:
            return checked_airport(value)
        except ValidationError as error:
            raise serializers.ValidationError(error.messages) from error

    def _save(self, movement: Movement, data: dict) -> Movement:
        members = data.pop("delegates", None)
        for name, value in data.items():
            setattr(movement, name, value)
        keep = list(movement.delegates.all()) if movement.pk and members is None else (members or [])
        try:
            save_movement(movement, keep, by=Actor(user=self.context["request"].user))
        except ValidationError as error:
            raise as_drf(error) from error
        return movement

    def create(self, data):
        return self._save(Movement(), data)

    def update(self, movement, data):
        return self._save(movement, data)


class HotelBlockSerializer(serializers.ModelSerializer):
    class Meta:
        model = HotelBlock
        fields = ["id", "event", "hotel", "rooms", "first_night", "last_night", "notes"]


class StaySerializer(serializers.ModelSerializer):
    class Meta:
        model = Stay
        fields = ["id", "block", "delegate", "room_number", "check_in", "check_out"]


class VehicleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Vehicle
        fields = ["id", "event", "plate", "kind", "seats", "driver", "delegation"]


def _seen(request):
    return visibility.visible(request.user, Delegation.objects.all())


class MovementViewSet(viewsets.ModelViewSet):
    queryset = Movement.objects.none()
    serializer_class = MovementSerializer
    filterset_fields = ["delegation", "delegation__event", "direction", "airport"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.queryset
        return (
            Movement.objects.filter(delegation__in=_seen(self.request))
            .prefetch_related("delegates")
            .order_by("at", "pk")
        )


class HotelBlockViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = HotelBlock.objects.order_by("event", "pk")
    serializer_class = HotelBlockSerializer
    filterset_fields = ["event", "hotel"]


class StayViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Stay.objects.none()
    serializer_class = StaySerializer
    filterset_fields = ["block", "block__event", "delegate__delegation"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.queryset
        return Stay.objects.filter(delegate__delegation__in=_seen(self.request)).order_by("block", "pk")

    permission_classes = [holding("delegations.view_hotelblock")]  # a stay is read as its block is


class VehicleViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Vehicle.objects.order_by("event", "plate")
    serializer_class = VehicleSerializer
    filterset_fields = ["event", "delegation", "kind"]

    permission_classes = [holding("events.view_event", "events.view_schedules")]  # as the rosters page
