from functools import update_wrapper

from django.contrib import admin
from django.core.exceptions import PermissionDenied

from hostcity.accounts.roles import is_administrator


class HostcityAdminSite(admin.AdminSite):
    """The Django admin, for administrators only: other signed-in staff get 403, not a second login."""

    site_header = "hostcity administration"
    site_title = "hostcity"

    def has_permission(self, request) -> bool:
        return is_administrator(request.user)

    def admin_view(self, view, cacheable=False):
        inner = super().admin_view(view, cacheable)

        def guarded(request, *args, **kwargs):
            if request.user.is_authenticated and not self.has_permission(request):
                raise PermissionDenied
            return inner(request, *args, **kwargs)

        return update_wrapper(guarded, inner)
