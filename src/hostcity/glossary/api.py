"""REST endpoints of the glossary: terms (reading needs the view permission; proposing and changing
the add and change ones; adopting a term, `POST /api/glossary/terms/<id>/adopt/`, the reviewer's)
and the standard English of a Chinese form. Writes go through glossary/terms.py, as the pages do."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied as ApiPermissionDenied
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from hostcity.accounts.api_permissions import holding
from hostcity.glossary import terms
from hostcity.glossary.models import Term
from hostcity.shared.audit.trail import Actor


class TermSerializer(serializers.ModelSerializer):
    variants = serializers.ListField(
        child=serializers.CharField(max_length=300), required=False, max_length=50
    )

    class Meta:
        model = Term
        fields = [
            "id",
            "zh",
            "en",
            "variants",
            "fr",
            "es",
            "ru",
            "ar",
            "domain",
            "source",
            "adopted_on",
            "status",
            "comment",
            "updated",
        ]
        read_only_fields = ["status", "comment", "updated"]


class TermViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):  # fmt: skip
    queryset = Term.objects.all()
    serializer_class = TermSerializer
    filterset_fields = ["domain", "status", "zh"]
    search_fields = ["zh", "en"]

    def _save(self, serializer):
        term = Term(**serializer.validated_data) if serializer.instance is None else serializer.instance
        for name, value in serializer.validated_data.items():
            setattr(term, name, value)
        try:
            serializer.instance = terms.save_term(term, by=Actor(user=self.request.user))
        except DjangoValidationError as error:
            raise ValidationError(
                error.message_dict if hasattr(error, "error_dict") else error.messages
            ) from error
        except PermissionDenied as error:
            raise ApiPermissionDenied(str(error)) from error

    perform_create = _save
    perform_update = _save

    @action(detail=True, methods=["post"], permission_classes=[holding(terms.ADOPT)])
    def adopt(self, request, pk=None):
        term = terms.adopt(self.get_object(), by=Actor(user=request.user))
        return Response(TermSerializer(term).data)
