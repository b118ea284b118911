"""Each person's permissions, read from the database once and kept in the cache (Redis when
REDIS_URL is set, else each process's memory) for HOSTCITY_PERMISSION_CACHE_SECONDS: every page and
endpoint checks them, and reading an administrator's several hundred permissions on every request
cost more than most pages. Any change of a person's roles, a role's permissions, or a person's
active or superuser flag moves a version number, so the kept sets are dropped at once — in every
process when the cache is Redis; with per-process memory, other processes follow within the
seconds of the setting."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "hostcity:permissions:version"


def _version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def forget_all(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not kept yet (or evicted): a fresh number
        cache.set(VERSION_KEY, 2, timeout=None)


def person_key(user) -> str:
    """Names what is kept for `user` (permissions, their menu): a new one after any change of roles.
    date_joined as well as the id: an id used again (a database rolled back) is another person."""
    return f"{_version()}:{user.pk}:{user.date_joined.timestamp()}"


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
        m2m_changed.connect(forget_all, sender=through, dispatch_uid=f"forget-permissions-{through.__name__}")
    post_save.connect(forget_all, sender=user, dispatch_uid="forget-permissions-user")
    post_delete.connect(forget_all, sender=Group, dispatch_uid="forget-permissions-group")
