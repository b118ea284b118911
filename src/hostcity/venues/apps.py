from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VenuesConfig(AppConfig):
    name = "hostcity.venues"
    verbose_name = _("Functional areas and venues")

    def ready(self) -> None:
        from hostcity.venues.pages import VENUE_RENDERS

        VENUE_RENDERS.connect()
