from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "hostcity.glossary"
    verbose_name = _("Glossary of standard translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """The adopted terms' French, Spanish, Russian and Arabic forms become the names the pages
        for delegates and the public show in those languages (shared/bilingual.py asks through the
        hook, so the shared layer never imports the glossary); a changed term empties the cache."""
        from django.db.models.signals import post_delete, post_save

        from hostcity.glossary.models import Term
        from hostcity.glossary.terms import forget_third_forms, third_form
        from hostcity.shared import bilingual

        if third_form not in bilingual.standard_forms:
            bilingual.standard_forms.append(third_form)

        def forget(**_kwargs):
            forget_third_forms()

        post_save.connect(forget, sender=Term, weak=False, dispatch_uid="glossary-third-forms-save")
        post_delete.connect(forget, sender=Term, weak=False, dispatch_uid="glossary-third-forms-delete")
