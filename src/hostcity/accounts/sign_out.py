"""Signing out: Django's, and the browser told to drop what it keeps for this site (Clear-Site-Data:
the gate scanner's keys, revocation list and queued scans in local storage, its offline cache and
service worker), on top of what web/signout.js clears itself."""

from django.contrib.auth.views import LogoutView


class SignOutView(LogoutView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response
