"""A delegation's focal-point link: the only key a focal point has (no account), so it expires
(HOSTCITY_FOCAL_LINK_DAYS after it is made), can be revoked or rotated by staff (the old link stops
at once), turns read-only once the list is approved, and every use of it is on the audit trail. The language
the focal point chooses on its pages is kept with the delegation: the link opens in it on any device."""

from __future__ import annotations

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegation
from hostcity.delegations.models.records import focal_link_expiry, new_focal_token
from hostcity.shared.audit.trail import Actor, record

READ_ONLY_AFTER = (Delegation.Registration.APPROVED,)
SAFE_METHODS = ("GET", "HEAD")


class LinkExpired(Exception):
    """The link was right but its time is over: the focal point must ask for a new one."""

    def __init__(self, delegation: Delegation):
        super().__init__(delegation.focal_link_expires)
        self.delegation = delegation


def delegation_for_link(request, token: str) -> Delegation:
    """The delegation a focal point's link opens, its use logged; 404 for a link that is not (or no
    longer) one, LinkExpired for one past its time, 403 for a change once the list is approved."""
    delegation = (
        Delegation.objects.select_related("event", "organization").filter(focal_token=token).first()
        if token
        else None
    )
    if delegation is None:
        raise Http404
    writing = request.method not in SAFE_METHODS
    expired = link_has_expired(delegation)
    refused = writing and delegation.registration in READ_ONLY_AFTER
    outcome = "expired" if expired else "refused: read-only" if refused else "allowed"
    record(
        Actor(focal_point_of=delegation),
        "use focal link",
        delegation,
        {
            "method": [None, request.method],
            "path": [None, request.path.replace(token, "<link>")[:300]],  # the link is a key: never logged
            "address": [None, get_client_ip_address(request) or ""],
            "outcome": [None, outcome],
        },
        delegation,
    )
    if expired:
        raise LinkExpired(delegation)
    if refused:
        raise PermissionDenied(_("The list is approved: this link is read-only now."))
    return delegation


def link_is_read_only(delegation: Delegation) -> bool:
    return delegation.registration in READ_ONLY_AFTER


@transaction.atomic
def rotate_focal_link(delegation: Delegation, *, by: Actor) -> Delegation:
    """A new link with a new expiry; the old one stops working now."""
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    before = delegation.focal_link_expires
    delegation.focal_token = new_focal_token()
    delegation.focal_link_expires = focal_link_expiry()
    delegation.save(update_fields=["focal_token", "focal_link_expires"])
    record(
        by,
        "rotate focal link",
        delegation,
        {"expires": [before.isoformat() if before else None, delegation.focal_link_expires.isoformat()]},
        delegation,
    )
    return delegation


@transaction.atomic
def revoke_focal_link(delegation: Delegation, *, by: Actor) -> Delegation:
    """No link any more until one is rotated in."""
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    delegation.focal_token = None
    delegation.focal_link_expires = None
    delegation.save(update_fields=["focal_token", "focal_link_expires"])
    record(by, "revoke focal link", delegation, {"link": ["live", "revoked"]}, delegation)
    return delegation


def link_has_expired(delegation: Delegation) -> bool:
    return delegation.focal_link_expires is not None and delegation.focal_link_expires <= timezone.now()


def link_is_live(delegation: Delegation) -> bool:
    return bool(delegation.focal_token) and not link_has_expired(delegation)


def _keep_language(request, delegation: Delegation) -> str:
    """The focal point's language: the one this browser chose (kept with the delegation when it
    changes), else the one kept, made the page's (and given to this browser's cookie: returned)."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    known = dict(settings.LANGUAGES)
    if chosen in known:
        if chosen != delegation.focal_language:
            Delegation.objects.filter(pk=delegation.pk).update(focal_language=chosen)
        return ""
    if delegation.focal_language in known:
        translation.activate(delegation.focal_language)
        request.LANGUAGE_CODE = delegation.focal_language
        return delegation.focal_language
    return ""


def focal_page(view):
    """A page a focal point opens through the link: the view gets the delegation (as `delegation`)
    and the link (as `token`); an expired link gets a page that says so (410)."""
    from functools import wraps

    from django.shortcuts import render

    @wraps(view)
    def opened(request, token: str, *args, **kwargs):
        try:
            delegation = delegation_for_link(request, token)
        except LinkExpired as expired:
            context = {"delegation": expired.delegation}
            return render(request, "delegations/focal_expired.html", context, status=410)
        given = _keep_language(request, delegation)
        response = view(request, *args, delegation=delegation, token=token, **kwargs)
        if given:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME, given, max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE, secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            )  # fmt: skip
        response["Cache-Control"] = "no-store"  # names and itineraries: never kept by a shared cache
        # The link is the key: never sent to another site (same-origin keeps the Origin header that
        # Django's CSRF check needs; no-referrer would make the browser send Origin: null).
        response["Referrer-Policy"] = "same-origin"
        return response

    return opened
