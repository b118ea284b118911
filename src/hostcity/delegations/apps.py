from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelegationsConfig(AppConfig):
    name = "hostcity.delegations"
    label = "delegations"
    verbose_name = _("Delegations and accreditation")
    default_auto_field = "django.db.models.BigAutoField"
