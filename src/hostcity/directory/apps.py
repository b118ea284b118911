from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "hostcity.directory"
    verbose_name = _("Directory for foreign residents and visitors")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from hostcity.directory.public_views import SEARCHES

        SEARCHES.connect()
