"""The second factor's pages: the code asked after the password, the authenticator's setup (with
backup codes shown once), and the person's own page to add, replace or remove it — where an
administrator can also reset someone else's."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from hostcity.accounts import second_factor
from hostcity.accounts.access import staff_page
from hostcity.accounts.roles import is_administrator


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return "/"


@login_required
def verify(request):
    if request.user.is_verified() or not second_factor.enrolled(request.user):
        return redirect(_next(request))
    error = ""
    if request.method == "POST":
        device = second_factor.check(request.user, request.POST.get("token", ""))
        if device is not None:
            otp_login(request, device)
            return redirect(_next(request))
        error = _(
            "This code was not accepted. Type the code your app shows now, or one of your backup codes."
        )
    return render(request, "accounts/two_factor_verify.html", {"error": error, "next": _next(request)})


@login_required
def setup(request):
    if second_factor.enrolled(request.user) and not request.user.is_verified():
        return redirect("two-factor-verify")  # a new authenticator only after the present one's code
    device = second_factor.pending_device(request.user)
    error = ""
    if request.method == "POST":
        try:
            codes = second_factor.confirm(request.user, device, request.POST.get("token", ""))
        except ValidationError as failure:
            error = " ".join(failure.messages)
        else:
            otp_login(request, device)
            return render(request, "accounts/two_factor_codes.html", {"codes": codes, "next": _next(request)})
    context = {**second_factor.setup_details(device), "error": error, "next": _next(request),
               "required": second_factor.required_for(request.user)}  # fmt: skip
    return render(request, "accounts/two_factor_setup.html", context)


@login_required
def manage(request):
    user = request.user
    context = {
        "enrolled": second_factor.enrolled(user),
        "required": second_factor.required_for(user),
        "codes_left": second_factor.backup_codes_left(user),
        "administrator": is_administrator(user),
    }
    return render(request, "accounts/two_factor.html", context)


@require_POST
@login_required
def backup_codes(request):
    if not second_factor.enrolled(request.user):
        return redirect("two-factor")
    codes = second_factor.new_backup_codes(request.user)
    return render(
        request, "accounts/two_factor_codes.html", {"codes": codes, "next": "/accounts/two-factor/"}
    )


@require_POST
@login_required
def remove(request):
    try:
        second_factor.remove(request.user, by=request.user)
    except ValidationError as failure:
        messages.error(request, " ".join(failure.messages))
    else:
        messages.success(request, _("Your second factor was removed."))
    return redirect("two-factor")


@require_POST
@staff_page("auth.change_user")
def reset(request):
    """An administrator resets another person's second factor (a lost phone), by user name."""
    username = request.POST.get("username", "").strip()
    person = get_user_model().objects.filter(username=username).first()
    if person is None:
        messages.error(request, _("No person has the user name “%(name)s”.") % {"name": username})
        return redirect("two-factor")
    try:
        second_factor.remove(person, by=request.user)
    except ValidationError as failure:
        messages.error(request, " ".join(failure.messages))
    else:
        done = _("The second factor of %(name)s was reset: they set up a new one at their next sign-in.")
        messages.success(request, done % {"name": username})
    return redirect("two-factor")
