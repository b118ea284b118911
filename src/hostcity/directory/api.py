"""REST endpoints of the directory: the published entries (read by anyone: the public directory is
open), and revisions — proposed through the same checks as the form, published only by a reviewer
other than the proposer."""

from django.core.exceptions import ValidationError
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from hostcity.directory import revisions
from hostcity.directory.models import Entry, Revision
from hostcity.shared.api_errors import as_drf


class EntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Entry
        exclude = ["search", "reviewed_by"]


class RevisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Revision
        fields = [
            "id",
            "entry",
            "kind",
            "data",
            "status",
            "proposed_by",
            "proposed_at",
            "reviewed_at",
            "comment",
        ]
        read_only_fields = ["status", "proposed_by", "proposed_at", "reviewed_at", "comment"]

    def validate_data(self, value):
        if not isinstance(value, dict):
            raise serializers.ValidationError("The proposed content is an object of the entry's fields.")
        return value

    def create(self, data):
        try:
            return revisions.propose(
                data["kind"], data["data"], by=self.context["request"].user, entry=data.get("entry")
            )
        except ValidationError as error:
            raise as_drf(error) from error


class EntryViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Entry.objects.all()
    serializer_class = EntrySerializer
    permission_classes = [permissions.AllowAny]
    filterset_fields = ["kind", "topic", "category", "tier", "emergency", "international_insurance"]
    search_fields = ["search"]
    lookup_field = "slug"


class CanPublish(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.user.has_perm("directory.publish_revision")


class RevisionViewSet(viewsets.ModelViewSet):
    queryset = Revision.objects.all()
    serializer_class = RevisionSerializer
    filterset_fields = ["status", "kind", "entry"]
    http_method_names = ["get", "post", "head", "options"]

    @action(detail=True, methods=["post"], permission_classes=[CanPublish])
    def publish(self, request, pk=None):
        try:
            entry = revisions.publish(self.get_object(), by=request.user)
        except ValidationError as error:
            return Response({"non_field_errors": error.messages}, status=400)
        return Response(EntrySerializer(entry).data)
