from django.conf import settings

from hostcity import __version__
from hostcity.accounts.roles import is_administrator
from hostcity.web.navigation import navigation_for


def navigation(request):
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    return {
        "nav_fields": navigation_for(user, request.path) if signed_in else [],
        "nav_is_admin": signed_in and is_administrator(user),
        "nav_notices": user.notices.filter(read__isnull=True).count() if signed_in else 0,
        "hostcity_version": __version__,
        "map_tiles": settings.MAP_TILES,
    }
