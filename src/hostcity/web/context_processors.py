from django.conf import settings

from hostcity import __version__
from hostcity.accounts.permission_cache import person_key
from hostcity.accounts.roles import is_administrator
from hostcity.web.languages import public_path
from hostcity.web.navigation import navigation_for


def navigation(request):
    """The menu of the signed-in person. Its links depend only on their permissions, the language and
    the page: the base template keeps it rendered in the cache under `nav_key` (which changes with
    any change of roles), so the menu is worked out only when it is not kept — hence the callables."""
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    return {
        "nav_fields": (lambda: navigation_for(user, request.path)) if signed_in else [],
        "nav_is_admin": (lambda: is_administrator(user)) if signed_in else False,
        "nav_key": person_key(user) if signed_in else "",
        "nav_seconds": settings.HOSTCITY_PERMISSION_CACHE_SECONDS,
        "nav_notices": user.notices.filter(read__isnull=True).count() if signed_in else 0,
        "hostcity_version": __version__,
        "map_tiles": settings.MAP_TILES,
        # A page for delegates and the public (its error pages too) is drawn on the six-language base.
        "page_base": "web/public_base.html" if public_path(request.path_info) else "web/base.html",
    }
