"""A lost password: a person asks for a reset link by e-mail (Django's signed, single-use tokens that
expire after HOSTCITY_PASSWORD_RESET_SECONDS), throttled per address and per client address; or an
administrator resets it for them (the old password stops at once and every session of theirs ends,
the link goes to their e-mail, or to the administrator to hand over when they have none). Every
request, reset and completion is on the audit trail; the answer to a request never says whether the
address is known."""

from __future__ import annotations

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.accounts.roles import is_administrator

WINDOW_SECONDS = 3600


def _record(by, person, action: str, changes: dict | None = None) -> None:
    from hostcity.shared.audit.trail import Actor, record

    record(Actor(user=by), action, person, changes or {})


def throttled(*keys: str) -> bool:
    """Count one request against each key; True when any has had its hour's allowance already."""
    most = settings.HOSTCITY_PASSWORD_RESETS_PER_HOUR
    over = False
    for key in keys:
        name = f"password-reset:{key}"
        cache.add(name, 0, WINDOW_SECONDS)
        try:
            count = cache.incr(name)
        except ValueError:  # evicted between add and incr
            cache.set(name, 1, WINDOW_SECONDS)
            count = 1
        over = over or count > most
    return over


class ThrottledResetForm(PasswordResetForm):
    """Django's form, which sends nothing for an unknown address; here also nothing when the address
    or the client asked too often, and every link sent on the audit trail."""

    client_address = ""

    def save(self, **kwargs):
        email = self.cleaned_data["email"].strip().lower()
        if throttled(f"email:{email}", f"ip:{self.client_address}"):
            return
        for person in self.get_users(email):
            _record(person, person, "password reset requested", {"address": [None, self.client_address]})
        super().save(**kwargs)


class RequestReset(auth_views.PasswordResetView):
    form_class = ThrottledResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    def form_valid(self, form):
        form.client_address = get_client_ip_address(self.request) or ""
        return super().form_valid(form)


class ChooseNewPassword(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")
    post_reset_login = False

    def form_valid(self, form):
        response = super().form_valid(form)
        _record(form.user, form.user, "password reset done")
        if form.user.email:  # a person whose password changed hears of it (ASVS 2.2.3)
            _tell_changed(form.user)
        return response


def _tell_changed(person) -> None:
    from django.core.mail import send_mail
    from django.template.loader import render_to_string

    body = render_to_string("accounts/password_changed_email.txt", {"user": person})
    send_mail(_("hostcity: your password was changed"), body, settings.DEFAULT_FROM_EMAIL, [person.email])


def _link_context(request, person) -> dict:
    """What the e-mail's template needs, as Django's reset form gives it."""
    return {
        "user": person,
        "protocol": "https" if request.is_secure() else "http",
        "domain": request.get_host(),
        "uid": urlsafe_base64_encode(force_bytes(person.pk)),
        "token": default_token_generator.make_token(person),
    }


def reset_link(request, person) -> str:
    context = _link_context(request, person)
    return request.build_absolute_uri(
        reverse("password_reset_confirm", args=[context["uid"], context["token"]])
    )


@transaction.atomic
def reset_for(person, *, by) -> None:
    """An administrator's reset: the password stops working now (which also ends the person's
    sessions, bound to its hash); they choose a new one through the link."""
    if not is_administrator(by):
        raise PermissionDenied
    person.set_unusable_password()
    person.save(update_fields=["password"])
    _record(
        by,
        person,
        "password reset by administrator",
        {"link": [None, "e-mail" if person.email else "handed over"]},
    )


def send_link(request, person) -> None:
    from django.core.mail import send_mail
    from django.template.loader import render_to_string

    context = _link_context(request, person)
    subject = "".join(render_to_string("accounts/password_reset_subject.txt", context).splitlines())
    body = render_to_string("accounts/password_reset_email.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])


@require_POST
@staff_page("auth.change_user")
def reset_for_person(request):
    """An administrator resets another person's password, by user name."""
    if not is_administrator(request.user):
        raise PermissionDenied
    username = request.POST.get("username", "").strip()
    person = get_user_model().objects.filter(username=username).first()
    if person is None:
        messages.error(request, _("No person has the user name “%(name)s”.") % {"name": username})
        return redirect("two-factor")
    reset_for(person, by=request.user)
    if not person.email:  # no address: the administrator hands the link over in person
        context = {"person": person, "link": reset_link(request, person)}
        response = render(request, "accounts/password_reset_handover.html", context)
        response["Cache-Control"] = "no-store"
        return response
    send_link(request, person)
    done = _("The password of %(name)s is reset: a link to choose a new one is on its way to them.")
    messages.success(request, done % {"name": username})
    return redirect("two-factor")
