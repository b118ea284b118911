"""Keeping the directory: editors propose new entries and changes, reviewers publish or return them
and confirm entries still right; stale entries (not reviewed in 12 months) are flagged."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.directory import revisions
from hostcity.directory.forms import ALL_FIELDS, EntryForm
from hostcity.directory.models import Entry, Kind, Revision
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.forms import add_errors
from hostcity.shared.paging import paged
from hostcity.shared.word_search import every_word

PUBLISH = "directory.publish_revision"


@staff_page("directory.view_entry")
def entries(request):
    q, kind = request.GET.get("q", "").strip(), request.GET.get("kind", "")
    found = every_word(Entry.objects.all(), q)
    if kind in Kind.values:
        found = found.filter(kind=kind)
    stale_ids = revisions.stale().values("pk")
    if request.GET.get("stale"):
        found = found.filter(pk__in=stale_ids)
    page, query = paged(request, found.order_by("kind", "name_en"), 25)
    stale = set(revisions.stale().filter(pk__in=[e.pk for e in page]).values_list("pk", flat=True))
    context = {
        "page": page,
        "query": query,
        "q": q,
        "kind": kind,
        "kinds": Kind.choices,
        "stale": stale,
        "stale_count": revisions.stale().count(),
        "waiting": Revision.objects.filter(status=Revision.Status.PROPOSED).count(),
    }
    return render(request, "directory/manage_list.html", context)


def _propose(request, kind: str, entry: Entry | None):
    form = EntryForm(request.POST or None, instance=entry or Entry(kind=kind), initial={"kind": kind})
    if request.method == "POST":
        try:
            data = {k: v for k, v in request.POST.items() if k in ALL_FIELDS}
            revision = revisions.propose(kind, data, by=request.user, entry=entry)
            messages.success(request, _("Your proposal is waiting for review."))
            return redirect("directory:revision", pk=revision.pk)
        except ValidationError as error:
            form = EntryForm(request.POST, instance=entry or Entry(kind=kind))
            form.is_valid()
            if not form.errors:
                add_errors(form, error)
    context = {
        "form": form,
        "fields": form.fields_for_kind(kind),
        "kind": kind,
        "entry": entry,
        "kind_label": Kind(kind).label,
    }
    return render(request, "directory/manage_form.html", context)


@staff_page("directory.add_revision")
def new(request, kind: str):
    if kind not in Kind.values:
        raise Http404
    return _propose(request, kind, None)


@staff_page("directory.add_revision")
def edit(request, slug: str):
    entry = get_object_or_404(Entry, slug=slug)
    return _propose(request, entry.kind, entry)


@staff_page("directory.view_revision")
def revision_list(request):
    status = request.GET.get("status", Revision.Status.PROPOSED)
    found = Revision.objects.select_related("entry", "proposed_by", "reviewed_by")
    if status in Revision.Status.values:
        found = found.filter(status=status)
    page, query = paged(request, found, 25)
    context = {"page": page, "query": query, "status": status, "statuses": Revision.Status.choices}
    return render(request, "directory/revision_list.html", context)


@staff_page("directory.view_revision")
def revision(request, pk: int):
    item = get_object_or_404(Revision.objects.select_related("entry", "proposed_by", "reviewed_by"), pk=pk)
    current = item.entry
    rows = []
    for name in ALL_FIELDS:
        if name == "kind" or name not in item.data:
            continue
        now = getattr(current, name) if current else None
        proposed = item.data.get(name)
        now_plain = now.isoformat() if hasattr(now, "isoformat") else now
        if current is None and proposed in ("", None, [], False):
            continue
        rows.append((Entry._meta.get_field(name).verbose_name, now_plain, proposed, now_plain != proposed))
    context = {
        "revision": item,
        "rows": rows,
        "can_publish": request.user.has_perm(PUBLISH) and item.status == Revision.Status.PROPOSED,
        "trail": AuditEntry.objects.filter(record="entry", record_id=current.pk)[:30] if current else [],
        "history": current.revisions.all()[:30] if current else [],
    }
    return render(request, "directory/revision.html", context)


@require_POST
@staff_page(PUBLISH)
def decide(request, pk: int):
    item = get_object_or_404(Revision, pk=pk)
    try:
        if request.POST.get("action") == "publish":
            entry = revisions.publish(item, by=request.user)
            messages.success(request, _("Published: %(name)s.") % {"name": entry.name_en})
        elif request.POST.get("action") == "return":
            revisions.return_revision(item, by=request.user, comment=request.POST.get("comment", ""))
            messages.success(request, _("Returned to its editor."))
        else:
            messages.error(request, _("Unknown action."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("directory:revision", pk=pk)


@require_POST
@staff_page(PUBLISH)
def confirm(request, slug: str):
    entry = revisions.confirm(get_object_or_404(Entry, slug=slug), by=request.user)
    messages.success(request, _("%(name)s is confirmed as it is.") % {"name": entry.name_en})
    back = request.POST.get("next", "")
    return redirect(back if back.startswith("/") and not back.startswith("//") else "directory:entries")
