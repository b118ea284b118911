from django.contrib.auth.decorators import login_required
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import timezone
from rest_framework.authtoken.models import Token

from hostcity.accounts.roles import roles_of
from hostcity.accounts.second_factor import enrolled
from hostcity.venues.queries import dashboard_figures


@login_required
def dashboard(request):
    figures = dashboard_figures(request.user)
    return render(request, "web/dashboard.html", {"figures": figures})


@login_required
def profile(request):
    if request.method == "POST":
        Token.objects.filter(user=request.user).delete()
        Token.objects.create(user=request.user)
    token = Token.objects.filter(user=request.user).first()
    context = {"token": token, "roles": roles_of(request.user), "second_factor": enrolled(request.user)}
    return render(request, "web/profile.html", context)


def favicon(request):
    """Browsers ask for /favicon.ico on every page (the admin's too); the icon is an SVG."""
    return HttpResponsePermanentRedirect(static("web/favicon.svg"))


@login_required
def notices(request):
    """The signed-in person's notices; opening the page marks them read."""
    listing = list(request.user.notices.all()[:100])
    request.user.notices.filter(read__isnull=True).update(read=timezone.now())
    return render(request, "web/notices.html", {"notices": listing})
