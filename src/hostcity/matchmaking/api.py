"""REST endpoints of matchmaking: companies and meeting requests (written through the same rules as
the public form: duplicates, withdrawn companies, quota, closed requests), runs and their meetings
(read only). Reading needs the view permission, writing the add or change one."""

from django.core.exceptions import ValidationError
from rest_framework import serializers, viewsets

from hostcity.matchmaking import registration
from hostcity.matchmaking.models import AgendaMeeting, Company, MatchRun, MeetingRequest
from hostcity.shared.api_errors import as_drf
from hostcity.shared.countries.names import check_languages


class CompanySerializer(serializers.ModelSerializer):
    class Meta:
        model = Company
        exclude = ["token"]
        read_only_fields = ["status", "created"]
        validators = []  # duplicates are checked below, by email and name, with their own messages

    def validate_languages(self, value):
        try:
            return check_languages(value)
        except ValidationError as error:
            raise serializers.ValidationError(error.messages) from error

    def validate(self, data):
        matchmaking = data.get("matchmaking") or self.instance.matchmaking
        errors = registration.duplicate_errors(
            matchmaking,
            name_en=data.get("name_en", getattr(self.instance, "name_en", "")),
            email=data.get("email", getattr(self.instance, "email", "")),
            exclude=getattr(self.instance, "pk", None),
        )
        if errors:
            raise serializers.ValidationError(errors)
        return data


class MeetingRequestSerializer(serializers.ModelSerializer):
    class Meta:
        model = MeetingRequest
        fields = ["id", "matchmaking", "requester", "target", "priority", "note", "created"]
        read_only_fields = ["matchmaking", "created"]
        validators = []

    def create(self, data):
        try:
            return registration.request_meeting(
                data["requester"], data["target"].pk, data["priority"], data.get("note", "")
            )
        except ValidationError as error:
            raise as_drf(error) from error


class MatchRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = MatchRun
        exclude = ["problem", "plan", "log"]


class AgendaMeetingSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgendaMeeting
        fields = "__all__"


class CompanyViewSet(viewsets.ModelViewSet):
    queryset = Company.objects.all()
    serializer_class = CompanySerializer
    filterset_fields = ["matchmaking", "status", "sector", "country"]
    search_fields = ["name_en", "name_zh", "offers", "needs"]
    http_method_names = ["get", "post", "put", "patch", "head", "options"]


class MeetingRequestViewSet(viewsets.ModelViewSet):
    queryset = MeetingRequest.objects.all()
    serializer_class = MeetingRequestSerializer
    filterset_fields = ["matchmaking", "requester", "target", "priority"]
    http_method_names = ["get", "post", "head", "options"]


class MatchRunViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = MatchRun.objects.all()
    serializer_class = MatchRunSerializer
    filterset_fields = ["matchmaking", "status"]


class AgendaMeetingViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = AgendaMeeting.objects.all()
    serializer_class = AgendaMeetingSerializer
    filterset_fields = ["run", "first", "second", "table"]
