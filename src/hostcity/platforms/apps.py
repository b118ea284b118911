from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlatformsConfig(AppConfig):
    name = "hostcity.platforms"
    label = "platforms"
    verbose_name = _("Exchange platforms")
    default_auto_field = "django.db.models.BigAutoField"
