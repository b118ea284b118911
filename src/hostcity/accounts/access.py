"""Who may open a page: signed-in users with the page's permission."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from rest_framework.authtoken.models import Token


def staff_page(*permissions: str):
    """Anonymous visitors go to the sign-in page; signed-in users without the permissions get 403."""

    def decorate(view):
        @login_required
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not request.user.has_perms(permissions):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        guarded.required_permissions = permissions
        return guarded

    return decorate


def feed_user(request):
    """The user of a calendar feed: the session's, or the owner of `?token=`.

    Calendar apps hold no session, so a feed's address carries the user's API token."""
    if request.user.is_authenticated:
        return request.user
    key = request.GET.get("token", "")
    token = Token.objects.select_related("user").filter(key=key).first() if key else None
    return token.user if token and token.user.is_active else None
