"""Accreditation pages: an event's zones and who may enter them, issuing, revoking and reissuing
badges, and the badge PDFs."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.accreditation import badges
from hostcity.delegations.forms import ZoneAccessForm
from hostcity.delegations.models import Badge, Zone, ZoneAccess
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor
from hostcity.shared.paging import paged


class ZoneForm(forms.ModelForm):
    class Meta:
        model = Zone
        fields = ["code", "name_en", "name_zh"]

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-control form-control-sm"

    def clean_code(self):
        code = self.cleaned_data["code"].strip().upper()
        if Zone.objects.filter(event=self.instance.event, code=code).exists():
            raise ValidationError(_("Zone %(code)s exists already.") % {"code": code})
        return code


def _badges_of(event: Event):
    return (
        Badge.objects.filter(delegate__delegation__event=event)
        .select_related("delegate__delegation__organization", "delegate__delegation__event")
        .order_by("number", "-version")
    )


@staff_page("delegations.view_badge", "delegations.view_all_delegations")
def badge_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    zone_form = ZoneForm(event=event)
    access_form = ZoneAccessForm(event=event)
    if request.method == "POST" and request.user.has_perm("delegations.add_badge"):
        if "code" in request.POST:
            zone_form = ZoneForm(request.POST, event=event)
            if zone_form.is_valid():
                zone_form.save()
                messages.success(request, _("Zone saved."))
                return redirect("delegations:badges", event=event.pk)
        else:
            access_form = ZoneAccessForm(request.POST, event=event)
            if access_form.is_valid():
                access_form.save()
                messages.success(request, _("Access saved."))
                return redirect("delegations:badges", event=event.pk)
    found = _badges_of(event)
    q, state = request.GET.get("q", "").strip(), request.GET.get("state", "")
    if q:
        names = Q(delegate__family_name__icontains=q) | Q(delegate__given_names__icontains=q)
        names |= Q(delegate__name_zh__icontains=q) | Q(delegate__delegation__country__iexact=q)
        found = found.filter(number=int(q)) if q.isdigit() and len(q) < 10 else found.filter(names)
    if state == "valid":
        found = found.filter(revoked_at__isnull=True)
    elif state == "revoked":
        found = found.filter(revoked_at__isnull=False)
    elif state == "no_photo":
        found = found.filter(revoked_at__isnull=True, delegate__photo="")
    page, query = paged(request, found, 50)
    context = {
        "event": event,
        "badges": page,
        "page": page,
        "query": query,
        "q": q,
        "state": state,
        "zones": Zone.objects.filter(event=event),
        "access": ZoneAccess.objects.filter(zone__event=event)
        .select_related("zone")
        .order_by("zone__code", "category"),
        "zone_form": zone_form,
        "access_form": access_form,
    }
    return render(request, "delegations/badge_list.html", context)


@require_POST
@staff_page("delegations.add_badge")
def issue(request, event: int):
    event = get_object_or_404(Event, pk=event)
    try:
        issued = badges.issue_badges(event, by=Actor(user=request.user))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(count)d badges issued.") % {"count": len(issued)})
    return redirect("delegations:badges", event=event.pk)


@require_POST
@staff_page("delegations.change_badge")
def revoke(request, pk: int):
    badge = get_object_or_404(Badge.objects.select_related("delegate__delegation"), pk=pk)
    try:
        badges.revoke_badge(badge, reason=request.POST.get("reason", ""), by=Actor(user=request.user))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Badge %(number)s is revoked.") % {"number": badge.number})
    return redirect("delegations:badges", event=badge.delegate.delegation.event_id)


@require_POST
@staff_page("delegations.change_badge")
def reissue(request, pk: int):
    badge = get_object_or_404(Badge.objects.select_related("delegate__delegation"), pk=pk)
    try:
        new = badges.reissue_badge(badge, by=Actor(user=request.user))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("delegations:badges", event=badge.delegate.delegation.event_id)
    messages.success(
        request,
        _("Badge %(number)s is reissued (issue %(version)d).")
        % {"number": new.number, "version": new.version},
    )
    return redirect("delegations:badges", event=badge.delegate.delegation.event_id)


@staff_page("delegations.view_badge", "delegations.print_badge", "delegations.view_all_delegations")
def badges_pdf(request, event: int):
    event = get_object_or_404(Event, pk=event)
    layout = request.GET.get("layout", "sheet")
    if layout not in ("sheet", "single"):
        return HttpResponse(_("layout: sheet or single"), status=400, content_type="text/plain")
    chosen = _badges_of(event).filter(revoked_at__isnull=True)
    if request.GET.get("badge"):
        if not request.GET["badge"].isdigit():
            return HttpResponse(
                _("badge: a badge's number in the list"), status=400, content_type="text/plain"
            )
        chosen = chosen.filter(pk=int(request.GET["badge"]))
    chosen = list(chosen)
    if not chosen:
        return HttpResponse(_("No badge to print."), status=404, content_type="text/plain")
    try:
        content = badges.print_badges(chosen, layout=layout, by=Actor(user=request.user))
    except ValidationError as error:
        return HttpResponse(" ".join(error.messages), status=409, content_type="text/plain")
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="badges-{event.pk}-{layout}.pdf"'
    response["Cache-Control"] = "no-store"
    return response
