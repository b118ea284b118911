"""Pages of field 3: the platforms with their editions over the years (charted), the sister and
friendship cities with their exchanges, the partner networks."""

from django.db.models import Count, Max
from django.shortcuts import get_object_or_404, render

from hostcity.accounts.access import staff_page
from hostcity.platforms.models import PartnerNetwork, Platform, SisterCity
from hostcity.shared.countries.names import country_names, is_country


@staff_page("platforms.view_platform")
def platform_list(request):
    platforms = Platform.objects.annotate(edition_count=Count("editions"), last_year=Max("editions__year"))
    return render(request, "platforms/platform_list.html", {"platforms": platforms})


@staff_page("platforms.view_platform")
def platform_detail(request, code: str):
    platform = get_object_or_404(Platform, code=code)
    editions = list(platform.editions.prefetch_related("venues"))
    chart = {
        "years": [e.year for e in editions],
        "participants": [e.participants for e in editions],
        "exhibitors": [e.exhibitors for e in editions],
        "deals_amount": [float(e.deals_amount) if e.deals_amount is not None else None for e in editions],
    }
    figured = sum(
        1 for e in editions if any(v is not None for v in (e.participants, e.exhibitors, e.deals_amount))
    )
    return render(
        request,
        "platforms/platform_detail.html",
        {"platform": platform, "editions": editions, "chart": chart, "drawable": figured >= 2},
    )


def _country(code: str) -> tuple[str, str]:
    return country_names(code) if is_country(code) else (code, code)


@staff_page("platforms.view_sistercity")
def city_list(request):
    kind = request.GET.get("kind", "")
    cities = SisterCity.objects.annotate(exchange_count=Count("exchanges"))
    if kind in SisterCity.Kind.values:
        cities = cities.filter(kind=kind)
    rows = [(city, *_country(city.country)) for city in cities]
    context = {"rows": rows, "kind": kind, "kinds": SisterCity.Kind.choices}
    return render(request, "platforms/city_list.html", context)


@staff_page("platforms.view_sistercity")
def city_detail(request, pk: int):
    city = get_object_or_404(SisterCity, pk=pk)
    context = {"city": city, "country": _country(city.country), "exchanges": city.exchanges.all()}
    return render(request, "platforms/city_detail.html", context)


@staff_page("platforms.view_partnernetwork")
def network_list(request):
    return render(request, "platforms/network_list.html", {"networks": PartnerNetwork.objects.all()})
