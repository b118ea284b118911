"""The focal point's pages: reached through the delegation's own link, with no staff account. Every
lookup starts from the delegation the link names, so a focal point can never reach another's."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.delegations import registration
from hostcity.delegations.focal.links import focal_page, link_is_read_only
from hostcity.delegations.forms import DelegateForm
from hostcity.delegations.personal_data.photos import photo_response
from hostcity.shared.audit.trail import Actor


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@focal_page
def focal_home(request, *, delegation, token: str):
    members = delegation.delegates.order_by("category", "family_name")
    context = {
        "delegation": delegation,
        "members": members,
        "editable": delegation.registration in registration.EDITABLE,
        "read_only": link_is_read_only(delegation),
        "room_left": max(0, delegation.quota - len(members)),
        "photo_base": reverse("focal:photo", args=[token, 0]).removesuffix("0/photo"),
    }
    return render(request, "delegations/focal_home.html", context)


@focal_page
def focal_member(request, pk: int | None = None, *, delegation, token: str):
    member = get_object_or_404(delegation.delegates, pk=pk) if pk else None
    form = DelegateForm(request.POST or None, request.FILES or None, instance=member)
    if request.method == "POST" and form.is_valid():
        actor = Actor(focal_point_of=delegation)
        data = form.changed_data_dict()
        try:
            if member is None:
                registration.add_delegate(delegation, data=data, by=actor)
            else:
                registration.change_delegate(member, data=data, by=actor)
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("%(name)s saved.") % {"name": data["family_name"]})
            return redirect("focal:home", token=token)
    title = _("Edit a member") if member else _("Add a member")
    return render(
        request, "delegations/focal_member.html", {"delegation": delegation, "form": form, "title": title}
    )


@require_POST
@focal_page
def focal_remove(request, pk: int, *, delegation, token: str):
    member = get_object_or_404(delegation.delegates, pk=pk)
    try:
        registration.remove_delegate(member, by=Actor(focal_point_of=delegation))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(name)s removed from the list.") % {"name": member.name_en})
    return redirect("focal:home", token=token)


@require_POST
@focal_page
def focal_submit(request, *, delegation, token: str):
    try:
        registration.submit_registration(delegation, by=Actor(focal_point_of=delegation))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The list is submitted. The host's protocol office will review it."))
    return redirect("focal:home", token=token)


@focal_page
def focal_photo(request, pk: int, *, delegation, token: str):
    return photo_response(get_object_or_404(delegation.delegates, pk=pk))
