"""The two steps of every import page: upload a file and get a dry run; if it is clean, apply the
very file that was checked (kept aside meanwhile), all or nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def _pending_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_then_apply(request, form, *, key: str, run: Callable, choices: Callable = lambda data: {}):
    """Handle an import page's POST. `run(upload, apply=bool, **choices)` checks (or applies) a file
    and returns a report with `.ok`; `choices(cleaned_data)` are the form's answers that the apply step
    must repeat (e.g. the kind of records). Returns the report, or None when there is nothing to show."""
    pending = request.session.get(key)
    if request.POST.get("action") == "apply" and pending:
        path = _pending_dir() / pending["file"]
        if not path.exists():
            form.add_error(None, _("The checked file is gone; upload it again."))
            return None
        upload = SimpleUploadedFile(pending["name"], path.read_bytes())
        report = run(upload, apply=True, **pending["choices"])
        path.unlink(missing_ok=True)
        del request.session[key]
        return report
    if not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    if upload.size > MAX_UPLOAD_BYTES:
        form.add_error("file", _("The file is larger than 10 MB."))
        return None
    content = upload.read()
    upload.seek(0)
    answers = choices(form.cleaned_data)
    report = run(upload, apply=False, **answers)
    if report.ok:
        stored = f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}"
        (_pending_dir() / stored).write_bytes(content)
        request.session[key] = {"file": stored, "name": upload.name, "choices": answers}
    return report


class ImportFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Excel or CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv", "class": "form-control"}),
    )


class KindImportForm(ImportFileForm):
    kind = forms.ChoiceField(
        label=gettext_lazy("What the file holds"), widget=forms.Select(attrs={"class": "form-select"})
    )


def import_page(
    request, *, template: str, key: str, run: Callable, context: dict | None = None, kinds: list | None = None
):
    """An import page: the file form, the dry run, the apply step. With `kinds` ((value, label) pairs)
    the form asks what the file holds and `run` gets it as `kind`."""

    def new_form(*args):
        form = (KindImportForm if kinds else ImportFileForm)(*args)
        if kinds:
            form.fields["kind"].choices = kinds
        return form

    form = new_form(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        choices = (lambda data: {"kind": data["kind"]}) if kinds else (lambda data: {})
        report = check_then_apply(request, form, key=key, run=run, choices=choices)
    if request.method != "POST" or (report is not None and report.applied):
        form = new_form()
    return render(request, template, {"form": form, "report": report, **(context or {})})
