"""REST endpoints for areas, venues, rooms, closures and bookings; bookings go through `booking.py`."""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from hostcity.venues.booking import BookingError, Recurrence, book_room, change_booking, close_place
from hostcity.venues.models import Booking, Closure, FunctionalArea, Room, Venue
from hostcity.venues.serializers import (
    BookingSerializer,
    BookingSeriesSerializer,
    ClosureSerializer,
    FunctionalAreaSerializer,
    RoomSerializer,
    VenueSerializer,
)


def refused(error: BookingError) -> serializers.ValidationError:
    return serializers.ValidationError(
        {name or "non_field_errors": messages for name, messages in error.errors.items()}
    )


class FunctionalAreaViewSet(viewsets.ModelViewSet):
    queryset = FunctionalArea.objects.all()
    serializer_class = FunctionalAreaSerializer
    filterset_fields = ["kind", "code"]
    search_fields = ["name_en", "name_zh", "code"]


class VenueFilter(filters.FilterSet):
    area = filters.CharFilter(field_name="area__code")
    min_capacity = filters.NumberFilter(field_name="capacity", lookup_expr="gte")

    class Meta:
        model = Venue
        fields = ["area", "category", "district", "security_level", "min_capacity"]


class VenueViewSet(viewsets.ModelViewSet):
    queryset = Venue.objects.select_related("area").order_by("name_en")
    serializer_class = VenueSerializer
    filterset_class = VenueFilter
    search_fields = ["name_en", "name_zh", "code", "address", "district"]
    ordering_fields = ["name_en", "capacity", "code"]


class RoomFilter(filters.FilterSet):
    venue = filters.CharFilter(field_name="venue__code")
    min_capacity = filters.NumberFilter(field_name="capacity", lookup_expr="gte")
    min_booths = filters.NumberFilter(field_name="interpretation_booths", lookup_expr="gte")

    class Meta:
        model = Room
        fields = ["venue", "kind", "min_capacity", "min_booths"]


class RoomViewSet(viewsets.ModelViewSet):
    queryset = Room.objects.select_related("venue").order_by("venue__name_en", "name_en")
    serializer_class = RoomSerializer
    filterset_class = RoomFilter
    search_fields = ["name_en", "name_zh"]


class ClosureFilter(filters.FilterSet):
    venue = filters.CharFilter(field_name="venue__code")
    ends_after = filters.IsoDateTimeFilter(field_name="end", lookup_expr="gt")
    starts_before = filters.IsoDateTimeFilter(field_name="start", lookup_expr="lt")

    class Meta:
        model = Closure
        fields = ["venue", "room", "reason", "ends_after", "starts_before"]


class ClosureViewSet(
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """Closures are created through the same check as the pages: refused while live bookings fall in them."""

    queryset = Closure.objects.select_related("venue", "room").order_by("start")
    serializer_class = ClosureSerializer
    filterset_class = ClosureFilter

    def perform_create(self, serializer):
        data = serializer.validated_data
        try:
            serializer.instance = close_place(
                venue=data.get("venue"),
                room=data.get("room"),
                start=data["start"],
                end=data["end"],
                reason=data["reason"],
                note=data.get("note", ""),
            )
        except BookingError as error:
            raise refused(error) from error


class BookingFilter(filters.FilterSet):
    venue = filters.CharFilter(field_name="room__venue__code")
    ends_after = filters.IsoDateTimeFilter(field_name="end", lookup_expr="gt")
    starts_before = filters.IsoDateTimeFilter(field_name="start", lookup_expr="lt")

    class Meta:
        model = Booking
        fields = ["room", "venue", "status", "event", "series", "ends_after", "starts_before"]


class BookingViewSet(viewsets.ModelViewSet):
    """Bookings: create, move, confirm or cancel through the booking rules; conflicts come back as 400."""

    queryset = Booking.objects.select_related("room", "booked_by").order_by("start")
    serializer_class = BookingSerializer
    filterset_class = BookingFilter

    def perform_create(self, serializer):
        data = serializer.validated_data
        try:
            (serializer.instance,) = book_room(
                data["room"],
                start=data["start"],
                end=data["end"],
                purpose=data["purpose"],
                by=self.request.user,
                status=data.get("status", Booking.Status.TENTATIVE),
                event=data.get("event"),
            )
        except BookingError as error:
            raise refused(error) from error

    def perform_update(self, serializer):
        data = serializer.validated_data
        try:
            serializer.instance = change_booking(
                serializer.instance,
                start=data.get("start"),
                end=data.get("end"),
                room=data.get("room"),
                purpose=data.get("purpose"),
                status=data.get("status"),
            )
        except BookingError as error:
            raise refused(error) from error

    @extend_schema(request=BookingSeriesSerializer, responses={201: BookingSerializer(many=True)})
    @action(detail=False, methods=["post"], url_path="series")
    def series(self, request):
        """Book a recurring series: every conflict is listed; nothing is saved while any remain."""
        if not request.user.has_perm("venues.add_booking"):
            self.permission_denied(request)
        incoming = BookingSeriesSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        try:
            made = book_room(
                data["room"],
                start=data["start"],
                end=data["end"],
                purpose=data["purpose"],
                by=request.user,
                status=data["status"],
                recurrence=Recurrence(data["frequency"], data["until"], tuple(data["weekdays"])),
            )
        except BookingError as error:
            raise refused(error) from error
        return Response(BookingSerializer(made, many=True).data, status=status.HTTP_201_CREATED)
