"""Paging a list page: the page asked for, and the query string without the page number (for the
pager's links, which add their own)."""

from django.core.paginator import Page, Paginator


def paged(request, found, size: int) -> tuple[Page, str]:
    page = Paginator(found, size).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()
