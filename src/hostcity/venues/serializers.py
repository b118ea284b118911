from rest_framework import serializers

from hostcity.venues.models import ROOM_FIELDS, VENUE_FIELDS, Booking, Closure, FunctionalArea, Room, Venue


class PlausibleDateTimeField(serializers.DateTimeField):
    """A moment between 1990 and 2200: far-off years have no place in a venue's calendar (and a year
    like 306 comes back with a local-mean-time offset no client can read)."""

    def to_internal_value(self, value):
        moment = super().to_internal_value(value)
        if not 1990 <= moment.year <= 2200:
            raise serializers.ValidationError("Give a moment between the years 1990 and 2200.")
        return moment


class FunctionalAreaSerializer(serializers.ModelSerializer):
    class Meta:
        model = FunctionalArea
        fields = [
            "id",
            "code",
            "name_en",
            "name_zh",
            "kind",
            "description_en",
            "description_zh",
            "colour",
            "outline",
        ]


class VenueSerializer(serializers.ModelSerializer):
    area = serializers.SlugRelatedField(
        slug_field="code", queryset=FunctionalArea.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Venue
        fields = ["id", *VENUE_FIELDS]


class RoomSerializer(serializers.ModelSerializer):
    venue = serializers.SlugRelatedField(slug_field="code", queryset=Venue.objects.all())

    class Meta:
        model = Room
        fields = ["id", "venue", *ROOM_FIELDS]


class ClosureSerializer(serializers.ModelSerializer):
    venue = serializers.SlugRelatedField(
        slug_field="code", queryset=Venue.objects.all(), required=False, allow_null=True
    )

    start = PlausibleDateTimeField()
    end = PlausibleDateTimeField()

    class Meta:
        model = Closure
        fields = ["id", "venue", "room", "start", "end", "reason", "note"]


class BookingSerializer(serializers.ModelSerializer):
    booked_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    start = PlausibleDateTimeField()
    end = PlausibleDateTimeField()

    class Meta:
        model = Booking
        fields = [
            "id",
            "room",
            "start",
            "end",
            "purpose",
            "event",
            "status",
            "booked_by",
            "series",
            "created_at",
        ]
        read_only_fields = ["series", "created_at"]


class BookingSeriesSerializer(serializers.Serializer):
    """A recurring booking: the first occurrence, then daily or weekly (weekdays 0 = Monday) until a date."""

    room = serializers.PrimaryKeyRelatedField(queryset=Room.objects.all())
    start = PlausibleDateTimeField()
    end = PlausibleDateTimeField()
    purpose = serializers.CharField(max_length=300)
    status = serializers.ChoiceField(
        choices=[s for s in Booking.Status.values if s in Booking.LIVE], default="tentative"
    )
    frequency = serializers.ChoiceField(choices=["daily", "weekly"])
    weekdays = serializers.ListField(
        child=serializers.IntegerField(min_value=0, max_value=6), required=False, default=list
    )
    until = serializers.DateField()
