"""REST endpoints of the indicators: definitions, values (a value by hand needs its source) and
targets (only in the program's years), through the same rules as the pages."""

from django.core.exceptions import ValidationError
from rest_framework import serializers, viewsets

from hostcity.indicators import values
from hostcity.indicators.models import Indicator, Target, Value
from hostcity.shared.api_errors import as_drf


class IndicatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Indicator
        fields = "__all__"
        extra_kwargs = {
            "first_year": {"min_value": 1900, "max_value": 2200},
            "last_year": {"min_value": 1900, "max_value": 2200},
        }

    def validate(self, data):
        first = data.get("first_year", getattr(self.instance, "first_year", 2010))
        last = data.get("last_year", getattr(self.instance, "last_year", 2035))
        if last < first:
            raise serializers.ValidationError(
                {"last_year": "The program's last year comes before its first."}
            )
        return data


class ValueSerializer(serializers.ModelSerializer):
    class Meta:
        model = Value
        fields = ["id", "indicator", "year", "value", "source_url", "publisher", "note", "computed"]
        read_only_fields = ["computed"]
        validators = []

    def create(self, data):
        try:
            return values.record_value(
                data["indicator"],
                year=data["year"],
                value=data["value"],
                source_url=data.get("source_url", ""),
                publisher=data.get("publisher", ""),
                note=data.get("note", ""),
                by=self.context["request"].user,
            )
        except ValidationError as error:
            raise as_drf(error) from error


class TargetSerializer(serializers.ModelSerializer):
    class Meta:
        model = Target
        fields = ["id", "indicator", "year", "value"]
        validators = []

    def create(self, data):
        try:
            return values.set_target(
                data["indicator"], year=data["year"], value=data["value"], by=self.context["request"].user
            )
        except ValidationError as error:
            raise as_drf(error) from error


class IndicatorViewSet(viewsets.ModelViewSet):
    queryset = Indicator.objects.all()
    serializer_class = IndicatorSerializer
    filterset_fields = ["field", "computed"]
    search_fields = ["code", "name_en", "name_zh"]
    lookup_field = "code"
    http_method_names = ["get", "post", "put", "patch", "head", "options"]


class ValueViewSet(viewsets.ModelViewSet):
    queryset = Value.objects.all()
    serializer_class = ValueSerializer
    filterset_fields = ["indicator", "year", "computed"]
    http_method_names = ["get", "post", "head", "options"]


class TargetViewSet(viewsets.ModelViewSet):
    queryset = Target.objects.all()
    serializer_class = TargetSerializer
    filterset_fields = ["indicator", "year"]
    http_method_names = ["get", "post", "head", "options"]
