from django.contrib import admin

from hostcity.accounts.roles import is_administrator


class HostcityAdminSite(admin.AdminSite):
    """The Django admin, for administrators only (not every staff user)."""

    site_header = "hostcity administration"
    site_title = "hostcity"

    def has_permission(self, request) -> bool:
        return is_administrator(request.user)
