"""The qualifications catalog: searched in either language, filtered by country, a page at a time."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render

from hostcity.accounts.access import staff_page
from hostcity.delegations.countries import country_choices
from hostcity.registry.models import Qualification

PAGE_SIZE = 25
SEARCHED = ("profession_en", "profession_zh", "body_en", "body_zh", "equivalent_en", "equivalent_zh")


@staff_page("registry.view_qualification")
def qualifications(request):
    q, country = request.GET.get("q", "").strip(), request.GET.get("country", "").strip().upper()
    found = Qualification.objects.all()
    if q:
        condition = Q()
        for name in SEARCHED:
            condition |= Q(**{f"{name}__icontains": q})
        found = found.filter(condition)
    if country:
        found = found.filter(country=country)
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "q": q,
        "country": country,
        "countries": country_choices(),
        "query": query.urlencode(),
    }
    return render(request, "registry/qualifications.html", context)
