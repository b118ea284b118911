from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import timezone
from rest_framework.authtoken.models import Token

from hostcity.accounts.roles import roles_of
from hostcity.accounts.second_factor import enrolled
from hostcity.delegations.summit.home import countdown
from hostcity.events.models import Event
from hostcity.venues.pages import VENUE_RENDERS
from hostcity.venues.queries import dashboard_figures


@login_required
def dashboard(request):
    """The figures a person's permissions show, kept a few seconds (what is next moves with the clock)."""
    user = request.user
    shown = (user.has_perm("venues.view_venue"), user.has_perm("venues.view_booking"))

    def figures() -> str:
        return render_to_string("web/_dashboard_figures.html", {"figures": dashboard_figures(user)}, request)

    content = VENUE_RENDERS.get(("dashboard", shown), figures, settings.HOSTCITY_STAFF_CACHE_SECONDS)
    summits = []
    if user.has_perms(["delegations.view_all_delegations", "events.view_schedules"]):
        today = timezone.localdate()
        upcoming = Event.objects.filter(end_date__gte=today).order_by("start_date")[:4]
        summits = [(event, *countdown(event, today)) for event in upcoming]
    return render(request, "web/dashboard.html", {"figures_html": content, "summits": summits})


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
