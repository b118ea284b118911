"""Company profiles as others see them: the directory a
company searches to choose whom to meet (by sector, country, language or words of the profile)."""

from __future__ import annotations

from django.db.models import Q

from hostcity.matchmaking.models import Company


def directory(matchmaking, *, text: str = "", sector: str = "", country: str = "", language: str = ""):
    """The companies taking part, filtered; the caller pages through them."""
    companies = Company.objects.filter(matchmaking=matchmaking, status=Company.Status.ACTIVE)
    if sector:
        companies = companies.filter(sector=sector)
    if country:
        companies = companies.filter(country=country.upper())
    if language:
        wanted = f'"{language.lower()}"'  # languages are a JSON list of codes: match the quoted code
        companies = companies.filter(languages__icontains=wanted)
    for word in text.split()[:5]:
        companies = companies.filter(
            Q(name_en__icontains=word)
            | Q(name_zh__icontains=word)
            | Q(offers__icontains=word)
            | Q(needs__icontains=word)
        )
    return companies.order_by("name_en")
