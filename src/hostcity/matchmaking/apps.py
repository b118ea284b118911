from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchmakingConfig(AppConfig):
    name = "hostcity.matchmaking"
    verbose_name = _("B2B matchmaking")
    default_auto_field = "django.db.models.BigAutoField"
