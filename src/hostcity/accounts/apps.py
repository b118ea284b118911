from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "hostcity.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from hostcity.accounts import permission_cache
        from hostcity.accounts.roles import sync_roles_after_migrate

        permission_cache.connect()
        # Permissions exist only after post_migrate created them; the groups follow right after.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="hostcity.accounts.sync_roles")
