"""REST endpoints of the registries: qualifications, international organizations (a change of status
goes through the same rule as the page, and on the timeline and the trail), foreign companies, their
projects and follow-up tasks. Reading needs the view permission, writing the add or change one."""

from django.core.exceptions import ValidationError
from rest_framework import serializers, viewsets

from hostcity.registry.models import (
    FollowUp,
    ForeignCompany,
    InternationalOrganization,
    Project,
    Qualification,
)
from hostcity.registry.organizations import set_status
from hostcity.shared.countries.names import is_country


def _country(value: str) -> str:
    value = (value or "").upper()
    if value and not is_country(value):
        raise serializers.ValidationError(f"Unknown country code “{value}” (ISO 3166 alpha-3).")
    return value


class QualificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Qualification
        fields = "__all__"

    validate_country = staticmethod(_country)


class OrganizationSerializer(serializers.ModelSerializer):
    class Meta:
        model = InternationalOrganization
        fields = "__all__"
        read_only_fields = ["registered_on"]

    validate_hq_country = staticmethod(_country)

    def update(self, instance, data):
        status = data.pop("status", None)
        instance = super().update(instance, data)
        if status is not None and status != instance.status:
            try:
                instance = set_status(instance, status=status, by=self.context["request"].user)
            except ValidationError as error:
                raise serializers.ValidationError(error.message_dict) from error
        return instance


class ForeignCompanySerializer(serializers.ModelSerializer):
    class Meta:
        model = ForeignCompany
        fields = "__all__"

    validate_country = staticmethod(_country)


class ProjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Project
        fields = "__all__"


class FollowUpSerializer(serializers.ModelSerializer):
    class Meta:
        model = FollowUp
        fields = "__all__"


class QualificationViewSet(viewsets.ModelViewSet):
    queryset = Qualification.objects.all()
    serializer_class = QualificationSerializer
    filterset_fields = ["country"]
    search_fields = ["profession_en", "profession_zh", "equivalent_en", "equivalent_zh"]


class OrganizationViewSet(viewsets.ModelViewSet):
    queryset = InternationalOrganization.objects.all()
    serializer_class = OrganizationSerializer
    filterset_fields = ["kind", "status", "hq_country"]
    search_fields = ["name_en", "name_zh", "acronym", "field"]
    http_method_names = ["get", "post", "put", "patch", "head", "options"]


class ForeignCompanyViewSet(viewsets.ModelViewSet):
    queryset = ForeignCompany.objects.all()
    serializer_class = ForeignCompanySerializer
    filterset_fields = ["country", "fortune_global_500", "hidden_champion"]
    search_fields = ["name_en", "name_zh"]
    http_method_names = ["get", "post", "put", "patch", "head", "options"]


class ProjectViewSet(viewsets.ModelViewSet):
    queryset = Project.objects.select_related("company")
    serializer_class = ProjectSerializer
    filterset_fields = ["company", "stage", "sector", "park"]
    search_fields = ["title_en", "title_zh", "sector", "park"]
    http_method_names = ["get", "post", "put", "patch", "head", "options"]


class FollowUpViewSet(viewsets.ModelViewSet):
    queryset = FollowUp.objects.all()
    serializer_class = FollowUpSerializer
    filterset_fields = ["project", "owner", "done_on"]
    http_method_names = ["get", "post", "put", "patch", "head", "options"]
