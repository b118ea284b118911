"""Staff pages: an event's delegations in its order of precedence, a delegation with its members,
review and trail, adding and editing a delegation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations import registration, visibility
from hostcity.delegations.focal import links as focal_links
from hostcity.delegations.forms import DelegationForm, PrecedenceForm, ReturnForm
from hostcity.delegations.models import Delegate, Delegation
from hostcity.delegations.personal_data.photos import photo_response
from hostcity.delegations.seating import lineups, precedence
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor


@staff_page("delegations.view_delegation")
def events(request):
    listing = Event.objects.annotate(delegation_count=Count("delegations")).order_by("-start_date")
    return render(request, "delegations/events.html", {"events": listing})


@staff_page("delegations.view_delegation")
def delegation_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    if request.method == "POST":
        if not request.user.has_perm("events.change_event"):
            raise PermissionDenied
        form = PrecedenceForm(request.POST)
        if form.is_valid():
            event.precedence_rule = form.cleaned_data["rule"]
            event.precedence_letter = form.cleaned_data["letter"]
            event.save(update_fields=["precedence_rule", "precedence_letter"])
            messages.success(request, _("The order of precedence is saved."))
            return redirect("delegations:list", event=event.pk)
    else:
        form = PrecedenceForm(
            request.GET if "rule" in request.GET else None,
            initial={"rule": event.precedence_rule, "letter": event.precedence_letter},
        )
    rows = visibility.visible(
        request.user,
        Delegation.objects.filter(event=event)
        .select_related("organization")
        .annotate(members=Count("delegates")),
    )
    shown = {}  # the summit home's figures lead here, to the delegations they count
    if request.GET.get("status") in Delegation.Status.values:
        rows = rows.filter(status=request.GET["status"])
        shown[_("Status")] = Delegation.Status(request.GET["status"]).label
    if request.GET.get("registration") in Delegation.Registration.values:
        rows = rows.filter(registration=request.GET["registration"])
        shown[_("Registration")] = Delegation.Registration(request.GET["registration"]).label
    if form.is_bound and form.is_valid():  # a preview of another rule
        ordered = precedence.in_precedence(
            rows, form.cleaned_data["rule"], letter=form.cleaned_data["letter"]
        )
    else:
        ordered = precedence.for_event(event, rows)
    context = {"event": event, "delegations": ordered, "form": form, "shown": shown}
    return render(request, "delegations/delegation_list.html", context)


def _delegation_form(request, event: Event, delegation: Delegation | None):
    form = DelegationForm(request.POST or None, instance=delegation, event=event)
    if request.method == "POST" and form.is_valid():
        delegation = registration.save_delegation(form, by=Actor(user=request.user))
        messages.success(request, _("%(name)s saved.") % {"name": delegation})
        return redirect("delegations:detail", pk=delegation.pk)
    title = _("Edit %(name)s") % {"name": delegation} if delegation else _("Invite a delegation")
    return render(request, "delegations/delegation_form.html", {"form": form, "title": title, "event": event})


@staff_page("delegations.add_delegation")
def delegation_new(request, event: int):
    return _delegation_form(request, get_object_or_404(Event, pk=event), None)


@staff_page("delegations.change_delegation")
def delegation_edit(request, pk: int):
    delegation = get_object_or_404(Delegation.objects.select_related("event"), pk=pk)
    return _delegation_form(request, delegation.event, delegation)


@staff_page("delegations.view_delegation")
def delegation_detail(request, pk: int):
    delegation = get_object_or_404(Delegation.objects.select_related("event", "organization", "hotel"), pk=pk)
    visibility.check(request.user, delegation)
    members = delegation.delegates.order_by("category", "family_name")
    context = {
        "delegation": delegation,
        "members": members,
        "trail": delegation.audit.select_related("user")[:50],
        "return_form": ReturnForm(),
        "focal_link": request.build_absolute_uri(reverse("focal:home", args=[delegation.focal_token]))
        if delegation.focal_token
        else "",
        "focal_link_live": focal_links.link_is_live(delegation),
        "statuses": Delegation.Status.choices,
        "photo_base": reverse("delegations:photo", args=[0]).removesuffix("0/photo"),
    }
    return render(request, "delegations/delegation_detail.html", context)


@require_POST
@staff_page("delegations.review_registration")
def review(request, pk: int):
    delegation = get_object_or_404(Delegation, pk=pk)
    actor = Actor(user=request.user)
    try:
        if request.POST.get("decision") == "approve":
            registration.approve_registration(delegation, by=actor)
            messages.success(request, _("The list of %(name)s is approved.") % {"name": delegation})
        else:
            form = ReturnForm(request.POST)
            comment = form.cleaned_data["comment"] if form.is_valid() else ""
            registration.return_registration(delegation, comment=comment, by=actor)
            messages.success(
                request, _("The list of %(name)s is returned to its focal point.") % {"name": delegation}
            )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("delegations:detail", pk=pk)


@require_POST
@staff_page("delegations.change_delegation")
def change_status(request, pk: int):
    delegation = get_object_or_404(Delegation, pk=pk)
    try:
        registration.set_status(
            delegation, status=request.POST.get("status", ""), by=Actor(user=request.user)
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("delegations:detail", pk=pk)


@staff_page("delegations.view_delegate")
def photo(request, pk: int):
    member = get_object_or_404(Delegate.objects.select_related("delegation"), pk=pk)
    visibility.check(request.user, member.delegation)
    return photo_response(member)


@staff_page("delegations.view_all_delegations")
def orders(request, event: int):
    """Arrival, speaking order and the family photo, under the event's rule or one previewed."""
    event = get_object_or_404(Event, pk=event)
    form = PrecedenceForm(
        request.GET or None, initial={"rule": event.precedence_rule, "letter": event.precedence_letter}
    )
    heads = Delegation.objects.filter(event=event).exclude(registration=Delegation.Registration.RETURNED)
    heads = heads.select_related("organization")
    if form.is_bound and form.is_valid():
        ordered = precedence.in_precedence(
            heads, form.cleaned_data["rule"], letter=form.cleaned_data["letter"]
        )
    else:
        ordered = precedence.for_event(event, heads)
    try:
        per_row = min(25, max(2, int(request.GET.get("per_row", "9"))))
    except ValueError:
        per_row = 9
    context = {
        "event": event,
        "form": form,
        "per_row": per_row,
        "arrivals": lineups.arrival_order(ordered),
        "speakers": lineups.speaking_order(ordered),
        "photo": lineups.photo_lineup(ordered, per_row=per_row),
    }
    return render(request, "delegations/orders.html", context)


@require_POST
@staff_page("delegations.change_delegation")
def focal_link(request, pk: int):
    """Rotate the focal point's link (a new one, the old one dead at once) or revoke it."""
    delegation = get_object_or_404(Delegation, pk=pk)
    actor = Actor(user=request.user)
    if request.POST.get("action") == "revoke":
        focal_links.revoke_focal_link(delegation, by=actor)
        messages.success(request, _("The focal point's link is revoked: it no longer opens anything."))
    else:
        focal_links.rotate_focal_link(delegation, by=actor)
        messages.success(request, _("A new link is made; the old one no longer opens anything."))
    return redirect("delegations:detail", pk=pk)


@require_POST
@staff_page("delegations.change_delegation")
def send_invitation(request, pk: int):
    delegation = get_object_or_404(Delegation, pk=pk)
    try:
        registration.invite_focal_point(
            delegation, base_url=request.build_absolute_uri("/"), by=Actor(user=request.user)
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The registration link is on its way to %(email)s.") % {"email": delegation.focal_point_email},
        )
    return redirect("delegations:detail", pk=pk)
