from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "hostcity.glossary"
    verbose_name = _("Glossary of standard translations")
    default_auto_field = "django.db.models.BigAutoField"
