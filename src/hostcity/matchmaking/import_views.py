"""The matchmaking import page: companies or meeting requests, checked then applied all or nothing."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.matchmaking.imports import COMPANY_COLUMNS, REQUEST_COLUMNS, import_companies, import_requests
from hostcity.matchmaking.models import Matchmaking
from hostcity.shared.checked_uploads import import_page as checked_import_page

KINDS = {"companies": import_companies, "requests": import_requests}


@staff_page("matchmaking.change_matchmaking", "matchmaking.add_company")
def import_page(request, pk: int):
    matchmaking = get_object_or_404(Matchmaking.objects.select_related("edition__platform"), pk=pk)
    return checked_import_page(
        request,
        template="web/import_page.html",
        key=f"matchmaking.pending.{pk}",
        run=lambda upload, apply, kind: KINDS[kind](matchmaking, upload, apply=apply),
        kinds=[("companies", _("Companies")), ("requests", _("Meeting requests"))],
        context={
            "columns": f"{_('Companies')}: {', '.join(COMPANY_COLUMNS)} · "
            f"{_('Meeting requests')}: {', '.join(REQUEST_COLUMNS)}",
            "title": _("Import companies and requests"),
            "back_url": reverse("matchmaking:detail", kwargs={"pk": pk}),
            "back_label": f"{matchmaking.edition.platform.name_en} {matchmaking.edition.year}",
            "explanation": _(
                "A company is matched by its email; a request names both companies by their emails."
            ),
        },
    )
