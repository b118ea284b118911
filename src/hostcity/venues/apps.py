from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VenuesConfig(AppConfig):
    name = "hostcity.venues"
    verbose_name = _("Functional areas and venues")
