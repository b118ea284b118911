from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class QuickSelect(forms.Select):
    """A <select> built in one pass: the template-per-option rendering of Django's Select takes
    ~0.2 ms an option, which a list of every venue (hundreds) turns into most of a page's time."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        chosen = {str(v) for v in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((str(v), " selected" if str(v) in chosen else "", label) for v, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)


class Styled:
    """Widgets carry Bootstrap's classes; invalid fields are marked for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxSelectMultiple | forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, forms.Select):
                css = "form-select"
            else:
                css = "form-control"
            widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                widget.attrs["aria-describedby"] = f"{self[name].auto_id}_error"
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid"


class StyledForm(Styled, forms.Form):
    pass


class StyledModelForm(Styled, forms.ModelForm):
    pass


def add_errors(form, error, default_field: str | None = None) -> None:
    """A domain function's ValidationError onto the form: each field's messages on that field when the
    form has it, the rest on `default_field` (None: the form as a whole)."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for e in errors:
                form.add_error(field if field in form.fields else default_field, e)
    else:
        for message in error.messages:
            form.add_error(default_field, message)
