"""Check-in: the gate API, the keys and revocation list a phone keeps for working offline, the
scanning page, and live counts per zone."""

from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from hostcity.accounts.access import staff_page
from hostcity.delegations.accreditation import checkin
from hostcity.delegations.accreditation.signing import active_key, public_keys_text
from hostcity.delegations.models import Badge, Zone
from hostcity.events.models import Event
from hostcity.shared.expiring import Expiring

SCANNERS = Expiring(seconds=30)  # a gate asks hundreds of times a second; a withdrawn right lapses in 30 s


class CanScan(BasePermission):
    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        return SCANNERS.get(user.pk, lambda: user.has_perm("delegations.add_scan"))


class ScanIn(serializers.Serializer):
    token = serializers.CharField(max_length=2000)
    event = serializers.IntegerField(min_value=1, max_value=2**63 - 1, help_text="the gate's event")
    zone = serializers.CharField(max_length=8)
    gate = serializers.CharField(max_length=60, required=False, allow_blank=True, default="")
    client_id = serializers.CharField(max_length=64, required=False, allow_blank=True, default="")
    scanned_at = serializers.DateTimeField(
        required=False,
        help_text="when an offline gate scanned; believed only within the offline window (else bad_time)",
    )


class ScanOut(serializers.Serializer):
    allowed = serializers.BooleanField()
    reason = serializers.CharField()
    repeat = serializers.BooleanField()
    scan = serializers.IntegerField(allow_null=True)
    badge = serializers.IntegerField(allow_null=True)
    name_en = serializers.CharField()
    name_zh = serializers.CharField()
    category = serializers.CharField()
    delegation_en = serializers.CharField()
    delegation_zh = serializers.CharField()


@extend_schema(request=ScanIn, responses=ScanOut, summary="Check a badge in at a gate")
@api_view(["POST"])
@permission_classes([CanScan])
def checkin_api(request):
    data = ScanIn(data=request.data)
    data.is_valid(raise_exception=True)
    values = data.validated_data
    decision = checkin.check_in(
        values["token"],
        values["zone"].strip().upper(),
        event=values["event"],
        gate=values["gate"],
        scanned_at=values.get("scanned_at"),
        client_id=values["client_id"] or None,
    )
    return Response(decision.as_dict(), status=status.HTTP_200_OK)


@extend_schema(
    summary="Public keys, zones and revoked badges, for gates that work offline",
    responses=OpenApiTypes.OBJECT,
)
@api_view(["GET"])
@permission_classes([CanScan])
def gate_keys(request):
    active_key()  # a deployment's first gate may ask before any badge exists
    revoked = Badge.objects.filter(revoked_at__isnull=False).values_list("pk", "version")
    zones = Zone.objects.values("event_id", "code", "name_en", "name_zh")
    return Response(
        {
            "keys": {str(pk): text for pk, text in public_keys_text().items()},
            "revoked": [f"{pk}.{version}" for pk, version in revoked],
            "zones": list(zones),
        }
    )


def _scanner_events():
    return Event.objects.filter(zones__isnull=False).distinct().prefetch_related("zones")


def _reasons() -> dict[str, str]:
    """Each refusal's words on the gate's screen, in the page's language."""
    return {code: str(label) for code, label in checkin.REASON_LABELS.items()}


@staff_page("delegations.add_scan")
def scanner(request):
    return render(request, "delegations/scanner.html", {"events": _scanner_events(), "reasons": _reasons()})


@staff_page("delegations.add_scan")
def scanner_shell(request):
    """The scanner as the service worker keeps it for offline use: no form, no CSRF token, no name."""
    response = render(
        request, "delegations/scanner_shell.html", {"events": _scanner_events(), "reasons": _reasons()}
    )
    response["Cache-Control"] = "private, no-store"
    return response


@staff_page("delegations.add_scan")
def scanner_worker(request):
    """The service worker of the scanner page, served from the page's own path so it may keep it."""
    context = {
        "scanner_url": reverse("delegations:scanner"),
        "shell_url": reverse("delegations:scanner-shell"),
        "scripts": [
            static("vendor/jsqr-1.4.0/jsQR.js"),
            static("delegations/scanner.js"),
            static("vendor/bootstrap-5.3.9/bootstrap.min.css"),
        ],
    }
    response = render(request, "delegations/scanner_sw.js", context, content_type="application/javascript")
    response["Service-Worker-Allowed"] = reverse("delegations:scanner")
    return response


@staff_page("delegations.view_scan")
def counts(request, event: int):
    event = get_object_or_404(Event, pk=event)
    context = {"event": event, "rows": checkin.zone_counts(event)}
    template = "delegations/_counts.html" if request.headers.get("HX-Request") else "delegations/counts.html"
    return render(request, template, context)
