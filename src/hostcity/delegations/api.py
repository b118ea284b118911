"""REST endpoints of delegations for the systems that work with the office (the ministry, public
security, hotels): delegations and delegates as the pages show them (a liaison officer sees only
theirs; personal fields only with the permission to see them), security vetting set by the vetting
role — one delegate or a whole list, all or nothing — and badges issued and revoked through the same
rules as the pages."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from hostcity.accounts.api_permissions import holding
from hostcity.delegations import visibility
from hostcity.delegations.accreditation import badges
from hostcity.delegations.models import Badge, Delegate, Delegation, Vetting
from hostcity.delegations.vetting.rules import set_vetting
from hostcity.events.models import Event
from hostcity.shared.api_errors import as_drf
from hostcity.shared.audit.trail import Actor

VET = "delegations.vet_delegate"
# Personal fields and who may read them whole; the others get them masked or not at all.
SECRET = {"passport_number": VET, "birth_date": VET, "passport_expiry": VET}
PRIVATE = {
    "dietary_notes": "delegations.view_dietary_notes",
    "medical_notes": "delegations.view_medical_notes",
}


class DelegationSerializer(serializers.ModelSerializer):
    name_en = serializers.SerializerMethodField()
    name_zh = serializers.SerializerMethodField()

    class Meta:
        model = Delegation
        fields = [
            "id", "event", "country", "organization", "name_en", "name_zh", "head_rank", "quota", "languages",
            "status", "registration", "arrival_flight", "arrival_at", "departure_flight", "departure_at",
            "hotel", "liaison_officer",
        ]  # fmt: skip

    def get_name_en(self, delegation) -> str:
        return delegation.names()[0]

    def get_name_zh(self, delegation) -> str:
        return delegation.names()[1]


class DelegateSerializer(serializers.ModelSerializer):
    name_en = serializers.CharField(read_only=True)

    class Meta:
        model = Delegate
        fields = [
            "id", "delegation", "family_name", "given_names", "name_en", "name_zh", "position_en",
            "position_zh", "category", "languages", "nationality", "vetting", "vetting_changed",
            "vetting_changed_by", *SECRET, *PRIVATE,
        ]  # fmt: skip

    def to_representation(self, delegate):
        data = super().to_representation(delegate)
        user = self.context["request"].user
        for name, permission in {**SECRET, **PRIVATE}.items():
            if not user.has_perm(permission):
                data.pop(name, None)
        return data


class VettingSerializer(serializers.Serializer):
    vetting = serializers.ChoiceField(choices=Vetting.choices)


class VettingRowSerializer(VettingSerializer):
    delegate = serializers.IntegerField(min_value=1)


class BadgeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Badge
        fields = ["id", "delegate", "number", "version", "zones", "valid_from", "valid_to", "revoked_at",
                  "revoked_reason"]  # fmt: skip


class IssueSerializer(serializers.Serializer):
    event = serializers.IntegerField(min_value=1)


class RevokeSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=200)


class IssuedSerializer(serializers.Serializer):
    issued = serializers.IntegerField()
    badges = BadgeSerializer(many=True)


class VettingDoneSerializer(serializers.Serializer):
    changed = serializers.IntegerField()
    badges_revoked = serializers.IntegerField()


class DelegationViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DelegationSerializer
    filterset_fields = ["event", "country", "status", "registration"]

    queryset = Delegation.objects.none()  # for the schema; get_queryset gives each user theirs

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.queryset
        found = Delegation.objects.select_related("organization").order_by(
            "event", "head_rank", "country", "pk"
        )
        return visibility.visible(self.request.user, found)


class DelegateViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DelegateSerializer
    filterset_fields = ["delegation", "delegation__event", "category", "vetting"]

    queryset = Delegate.objects.none()

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.queryset
        seen = visibility.visible(self.request.user, Delegation.objects.all())
        return Delegate.objects.filter(delegation__in=seen).order_by("delegation", "pk")

    def get_serializer_class(self):
        return {"vetting": VettingSerializer, "vetting_list": VettingRowSerializer}.get(
            self.action, DelegateSerializer
        )

    @extend_schema(request=VettingSerializer, responses=DelegateSerializer)
    @action(detail=True, methods=["post"], permission_classes=[holding("delegations.view_delegate", VET)])
    def vetting(self, request, pk=None):
        """Set one delegate's vetting (a refusal or an expiry revokes their live badges)."""
        delegate = self.get_object()
        body = VettingSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        set_vetting([delegate], body.validated_data["vetting"], by=Actor(user=request.user))
        delegate.refresh_from_db()
        return Response(DelegateSerializer(delegate, context={"request": request}).data)

    @extend_schema(
        operation_id="delegates_vetting_many",
        request=VettingRowSerializer(many=True),
        responses=VettingDoneSerializer,
    )
    @action(
        detail=False, methods=["post"], url_path="vetting", url_name="vetting-list",
        permission_classes=[holding("delegations.view_delegate", VET)],
    )  # fmt: skip
    def vetting_list(self, request):
        """Set many delegates' vetting at once: a list of {delegate, vetting}, applied all or nothing."""
        body = VettingRowSerializer(data=request.data, many=True)
        body.is_valid(raise_exception=True)
        rows = body.validated_data
        known = set(
            self.get_queryset().filter(pk__in=[r["delegate"] for r in rows]).values_list("pk", flat=True)
        )
        missing = [i for i, r in enumerate(rows) if r["delegate"] not in known]
        if missing:
            raise serializers.ValidationError(
                {str(i): {"delegate": [f"No delegate {rows[i]['delegate']}."]} for i in missing}
            )
        changed = revoked = 0
        with transaction.atomic():
            for status in {r["vetting"] for r in rows}:
                ids = [r["delegate"] for r in rows if r["vetting"] == status]
                c, r = set_vetting(Delegate.objects.filter(pk__in=ids), status, by=Actor(user=request.user))
                changed, revoked = changed + c, revoked + r
        return Response({"changed": changed, "badges_revoked": revoked})


class BadgeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = BadgeSerializer
    filterset_fields = ["delegate", "delegate__delegation", "delegate__delegation__event", "number"]

    queryset = Badge.objects.none()

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.queryset
        seen = visibility.visible(self.request.user, Delegation.objects.all())
        return Badge.objects.filter(delegate__delegation__in=seen).order_by("number", "version")

    def get_serializer_class(self):
        return {"issue": IssueSerializer, "revoke": RevokeSerializer}.get(self.action, BadgeSerializer)

    @extend_schema(request=IssueSerializer, responses=IssuedSerializer)
    @action(detail=False, methods=["post"], permission_classes=[holding("delegations.add_badge")])
    def issue(self, request):
        """Badges for every member of the event's approved delegations who may hold one."""
        body = IssueSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        event = get_object_or_404(Event, pk=body.validated_data["event"])
        try:
            issued = badges.issue_badges(event, by=Actor(user=request.user))
        except ValidationError as error:
            raise as_drf(error) from error
        return Response({"issued": len(issued), "badges": BadgeSerializer(issued, many=True).data})

    @extend_schema(request=RevokeSerializer, responses=BadgeSerializer)
    @action(detail=True, methods=["post"], permission_classes=[holding("delegations.change_badge")])
    def revoke(self, request, pk=None):
        badge = self.get_object()
        body = RevokeSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            badge = badges.revoke_badge(
                badge, reason=body.validated_data["reason"], by=Actor(user=request.user)
            )
        except ValidationError as error:
            raise as_drf(error) from error
        return Response(BadgeSerializer(badge).data)
