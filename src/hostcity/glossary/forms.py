from django import forms
from django.utils.translation import gettext_lazy

from hostcity.glossary.models import Term
from hostcity.shared.forms import StyledModelForm


class TermForm(StyledModelForm):
    variants_text = forms.CharField(
        label=gettext_lazy("wrong or deprecated English forms"),
        required=False,
        help_text=gettext_lazy("Separate them with semicolons."),
    )

    field_order = ["zh", "en", "variants_text", "domain", "source", "adopted_on", "fr", "es", "ru", "ar"]

    class Meta:
        model = Term
        fields = ["zh", "en", "domain", "source", "adopted_on", "fr", "es", "ru", "ar"]
        widgets = {
            "adopted_on": forms.DateInput(attrs={"type": "date"}),
            **{
                code: forms.TextInput(attrs={"lang": code, "dir": "auto"})
                for code in ("fr", "es", "ru", "ar")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["variants_text"].initial = "; ".join(self.instance.variants)

    def save(self, commit=True):
        term = super().save(commit=False)
        term.variants = self.cleaned_data.get("variants_text", "")
        return term
