"""The glossary's pages: the terms (search, filter), a term proposed or changed, adopted or returned;
the import; the consistency check with its one-click fixes and acceptances; the suggestion a form
asks for while one types."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Q
from django.http import JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.glossary import consistency, terms
from hostcity.glossary.forms import TermForm
from hostcity.glossary.imports import COLUMNS, import_terms
from hostcity.glossary.models import Term
from hostcity.shared.audit.trail import Actor
from hostcity.shared.bilingual import THIRD_LANGUAGES
from hostcity.shared.checked_uploads import import_page as checked_import_page
from hostcity.shared.forms import add_errors
from hostcity.shared.paging import paged

KINDS = {  # consistency.KINDS, as the page names them
    "differs": gettext_lazy("English differs from the glossary"),
    "deprecated": gettext_lazy("A deprecated form in use"),
    "two_forms": gettext_lazy("One Chinese, two English forms"),
    "one_language": gettext_lazy("Only one language"),
}


@staff_page("glossary.view_term")
def term_list(request):
    found = Term.objects.all()
    q = request.GET.get("q", "").strip()
    if q:
        found = found.filter(Q(zh__icontains=q) | Q(en__icontains=q) | Q(variants__icontains=q))
    if request.GET.get("domain") in Term.Domain.values:
        found = found.filter(domain=request.GET["domain"])
    if request.GET.get("status") in Term.Status.values:
        found = found.filter(status=request.GET["status"])
    page, query = paged(request, found, 50)
    context = {"page": page, "query": query, "q": q, "domains": Term.Domain.choices,
               "statuses": Term.Status.choices, "domain": request.GET.get("domain", ""),
               "status": request.GET.get("status", "")}  # fmt: skip
    return render(request, "glossary/term_list.html", context)


def _term_form(request, term: Term | None):
    form = TermForm(request.POST or None, instance=term)
    if request.method == "POST" and form.is_valid():
        try:
            saved = terms.save_term(form.save(commit=False), by=Actor(user=request.user))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("%(term)s saved.") % {"term": saved})
            return redirect("glossary:term", pk=saved.pk)
    return render(request, "glossary/term_form.html", {"form": form, "term": term})


@staff_page("glossary.add_term")
def term_new(request):
    return _term_form(request, None)


@staff_page("glossary.view_term")
def term_detail(request, pk: int):
    term = get_object_or_404(Term, pk=pk)
    if request.method == "POST":
        if not request.user.has_perm("glossary.change_term"):
            raise PermissionDenied
        return _term_form(request, term)
    third = [(code, Term._meta.get_field(code).verbose_name, getattr(term, code)) for code in THIRD_LANGUAGES]
    context = {"term": term, "form": TermForm(instance=term), "third_forms": third}
    return render(request, "glossary/term_detail.html", context)


@require_POST
@staff_page(terms.ADOPT)
def review(request, pk: int):
    term = get_object_or_404(Term, pk=pk)
    by = Actor(user=request.user)
    try:
        if request.POST.get("action") == "adopt":
            terms.adopt(term, by=by)
            messages.success(request, _("%(term)s is adopted: it is the standard now.") % {"term": term})
        else:
            terms.return_term(term, by=by, comment=request.POST.get("comment", ""))
            messages.success(request, _("%(term)s goes back to its editor.") % {"term": term})
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("glossary:term", pk=pk)


@staff_page("glossary.add_term")
def import_page(request):
    return checked_import_page(
        request,
        template="web/import_page.html",
        key="glossary.pending_terms",
        run=lambda upload, apply: import_terms(upload, apply=apply, by=Actor(user=request.user)),
        context={
            "columns": ", ".join(COLUMNS),
            "title": _("Import glossary terms"),
            "back_url": reverse("glossary:terms"),
            "back_label": _("Glossary"),
            "explanation": _(
                "A term is matched by its Chinese form and domain. Wrong or deprecated forms are "
                "separated by semicolons. Terms are proposed, or adopted when you may adopt."
            ),
        },
    )


@staff_page("glossary.view_term")
def check_page(request):
    findings = consistency.check(consistency.database_values())
    kind = request.GET.get("kind", "")
    shown = [f for f in findings if f.kind == kind] if kind in KINDS else findings
    counts = {k: sum(1 for f in findings if f.kind == k) for k in KINDS}
    page, query = paged(request, shown, 50)
    for finding in page:  # one click writes the record: only for who may change it
        meta = finding.value.field.model._meta
        finding.may_write = request.user.has_perm(f"{meta.app_label}.change_{meta.model_name}")
    can_fix = request.user.has_perm("glossary.add_acceptance")
    context = {"page": page, "query": query, "kinds": KINDS, "kind": kind, "counts": counts,
               "total": len(findings), "can_fix": can_fix}  # fmt: skip
    return render(request, "glossary/check.html", context)


@require_POST
@staff_page("glossary.add_acceptance")
def resolve(request):
    """Fix one finding with the glossary's form, or accept the record's form with a reason."""
    label, stem = request.POST.get("record", ""), request.POST.get("field", "")
    model_label, _sep, pk = label.partition(":")
    by = Actor(user=request.user)
    try:
        if not pk.isdigit():
            raise LookupError(label)
        app_label, model_name = model_label.split(".", 1)
        consistency.field_of(model_label, stem)  # a bilingual field of a model, or LookupError
        if request.POST.get("action") == "fix":
            if not request.user.has_perm(f"{app_label}.change_{model_name}"):
                raise PermissionDenied
            english = request.POST.get("english", "").strip()
            if not english:
                raise ValidationError(_("Give the English form to use."))
            consistency.fix(model_label, int(pk), stem, english, by=by)
            messages.success(request, _("The record now reads “%(english)s”.") % {"english": english})
        else:
            reason = request.POST.get("reason", "").strip()
            if not reason:
                raise ValidationError(_("Say why this form is kept."))
            consistency.accept(model_label, int(pk), stem, reason, by=by)
            messages.success(request, _("The form is kept; the check will not report it again."))
    except (LookupError, ValueError, ObjectDoesNotExist):
        messages.error(
            request, _("No such record or field: %(record)s %(field)s.") % {"record": label, "field": stem}
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, f"{label}: {message}")
    return redirect(f"{reverse('glossary:check')}?{_back(request.POST.get('back', ''))}")


def _back(query: str) -> str:
    """The check page's own filter and page, from the form: nothing else is carried into the address."""
    kept = QueryDict(query[:200]).dict()
    safe = {k: v for k, v in kept.items() if (k == "kind" and v in KINDS) or (k == "page" and v.isdigit())}
    return urlencode(safe)


@staff_page("glossary.view_term")
def suggest(request):
    """The standard English of a Chinese form, for a form's field while one types."""
    term = terms.suggestion(request.GET.get("zh", "")[:200])
    return JsonResponse({"en": term.en, "domain": term.domain, "source": term.source} if term else {})
