"""A person's data on request, for administrators: the whole of it as JSON, or erased."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.accounts.roles import is_administrator
from hostcity.delegations.models import Delegate
from hostcity.delegations.personal_data import access_and_erasure as personal_data


def _delegate(request, pk: int) -> Delegate:
    if not is_administrator(request.user):
        raise PermissionDenied
    return get_object_or_404(Delegate.objects.select_related("delegation"), pk=pk)


@staff_page("delegations.view_delegate")
def export(request, pk: int):
    delegate = _delegate(request, pk)
    content = json.dumps(personal_data.export(delegate), ensure_ascii=False, indent=2)
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="person-{delegate.pk}.json"'
    return response


@require_POST
@staff_page("delegations.change_delegate")
def erase(request, pk: int):
    delegate = _delegate(request, pk)
    personal_data.erase(delegate, by=request.user)
    messages.success(request, _("The person's data is erased; the record stays as a numbered placeholder."))
    return redirect("delegations:detail", pk=delegate.delegation_id)
