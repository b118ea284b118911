"""REST endpoints for platforms (with their editions), sister cities (with their exchanges) and
partner networks. Reading needs the view permission, writing the add or change one."""

from rest_framework import serializers, viewsets

from hostcity.platforms.models import CityExchange, Edition, PartnerNetwork, Platform, SisterCity


class EditionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Edition
        exclude = ["venues"]

    def validate(self, data):
        first = data.get("start_date", getattr(self.instance, "start_date", None))
        last = data.get("end_date", getattr(self.instance, "end_date", None))
        if first and last and last < first:
            raise serializers.ValidationError({"end_date": "The last day comes before the first."})
        return data


class PlatformSerializer(serializers.ModelSerializer):
    editions = EditionSerializer(many=True, read_only=True)

    class Meta:
        model = Platform
        fields = "__all__"


class CityExchangeSerializer(serializers.ModelSerializer):
    class Meta:
        model = CityExchange
        fields = "__all__"


class SisterCitySerializer(serializers.ModelSerializer):
    exchanges = CityExchangeSerializer(many=True, read_only=True)

    class Meta:
        model = SisterCity
        fields = "__all__"


class PartnerNetworkSerializer(serializers.ModelSerializer):
    class Meta:
        model = PartnerNetwork
        fields = "__all__"


class PlatformViewSet(viewsets.ModelViewSet):
    queryset = Platform.objects.prefetch_related("editions")
    serializer_class = PlatformSerializer
    filterset_fields = ["kind", "code"]
    search_fields = ["name_en", "name_zh", "code"]


class EditionViewSet(viewsets.ModelViewSet):
    queryset = Edition.objects.select_related("platform")
    serializer_class = EditionSerializer
    filterset_fields = ["platform", "year"]


class SisterCityViewSet(viewsets.ModelViewSet):
    queryset = SisterCity.objects.prefetch_related("exchanges")
    serializer_class = SisterCitySerializer
    filterset_fields = ["kind", "country"]
    search_fields = ["city_en", "city_zh"]


class PartnerNetworkViewSet(viewsets.ModelViewSet):
    queryset = PartnerNetwork.objects.all()
    serializer_class = PartnerNetworkSerializer
    filterset_fields = ["kind", "country"]
    search_fields = ["name_en", "name_zh"]
