"""Sends a signed-in person who owes a second factor to give it before any page opens: to the code
page when they have an authenticator, to its setup when they are an administrator without one. The
API answers 403 instead of redirecting. Whether a person owes nothing is kept in their session (it
is asked again at each sign-in)."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from hostcity.accounts import second_factor

OPEN = ("/accounts/login/", "/accounts/logout/", "/accounts/two-factor/verify/", "/accounts/password-reset/",
        "/accounts/reset/",
        "/accounts/two-factor/setup/", "/i18n/", "/static/", "/healthz", "/favicon.ico")  # fmt: skip
NOTHING_OWED = "second_factor_not_needed"


def owed(request) -> str | None:
    """ "verify", "setup" or None for the signed-in person of `request`."""
    user = request.user
    if not user.is_authenticated or user.is_verified() or request.session.get(NOTHING_OWED):
        return None
    if second_factor.enrolled(user):
        return "verify"
    if second_factor.required_for(user):
        return "setup"
    request.session[NOTHING_OWED] = True
    return None


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(OPEN):
            step = owed(request)
            if step and request.path.startswith("/api/"):
                return JsonResponse({"detail": _("Sign in with your second factor first.")}, status=403)
            if step:
                target = reverse(f"two-factor-{step}")
                return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
