"""Each person's permissions, read from the database once and kept in the cache (Redis, or the
database's cache table) for HOSTCITY_PERMISSION_CACHE_SECONDS: every page and endpoint checks them,
and reading an administrator's several hundred permissions on every request cost more than most
pages. Any change of a person's roles, a role's permissions, or a person's record moves a version
number that is part of every kept set's name, so every process drops them at once."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from hostcity.shared.kept_renders import KeptRenders

PERMISSIONS = KeptRenders("permissions", ())  # its version moves with any change of roles


def person_key(user) -> str:
    """Names what is kept for `user` (permissions, their menu): a new one after any change of roles.
    date_joined as well as the id: an id used again (a database rolled back) is another person.
    Worked out once per request (kept on the request's user)."""
    if not hasattr(user, "_hostcity_person_key"):
        user._hostcity_person_key = f"{PERMISSIONS.version()}:{user.pk}:{user.date_joined.timestamp()}"
    return user._hostcity_person_key


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        seconds = settings.HOSTCITY_PERMISSION_CACHE_SECONDS
        if not seconds or not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            key = f"hostcity:permissions:{person_key(user_obj)}"
            kept = cache.get(key)
            if kept is None:
                kept = super().get_all_permissions(user_obj)
                cache.set(key, kept, seconds)
            user_obj._perm_cache = kept
        return user_obj._perm_cache


def connect() -> None:
    user = get_user_model()
    for through in (user.groups.through, user.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(
            PERMISSIONS.changed, sender=through, dispatch_uid=f"forget-permissions-{through.__name__}"
        )
    post_save.connect(PERMISSIONS.changed, sender=user, dispatch_uid="forget-permissions-user")
    post_delete.connect(PERMISSIONS.changed, sender=Group, dispatch_uid="forget-permissions-group")
