"""The public directory's search pages, kept rendered: the same search in the same language gives the
same page to every visitor until an entry changes. Each change of an entry moves a version number,
which is part of every kept page's name — at once in every process when the cache is Redis; with
each process's own memory, other processes follow within HOSTCITY_PUBLIC_CACHE_SECONDS."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

VERSION_KEY = "hostcity:directory:version"


def _version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def entries_changed(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def kept(request, render_content) -> str:
    """The page's content for this search and language: kept, or rendered by `render_content()`."""
    seconds = settings.HOSTCITY_PUBLIC_CACHE_SECONDS
    if not seconds:
        return render_content()
    search = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()[:32]
    key = f"hostcity:visit:{_version()}:{get_language()}:{search}"
    content = cache.get(key)
    if content is None:
        content = render_content()
        cache.set(key, content, seconds)
    return content


def connect() -> None:
    from hostcity.directory.models import Entry

    post_save.connect(entries_changed, sender=Entry, dispatch_uid="directory-public-cache-save")
    post_delete.connect(entries_changed, sender=Entry, dispatch_uid="directory-public-cache-delete")
