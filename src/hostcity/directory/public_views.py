"""The public directory (no sign-in): search and filters in English or Chinese, a map of what was
found, and a page per entry."""

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from hostcity.directory.models import Entry, Kind
from hostcity.directory.places import PLACES
from hostcity.directory.search import Query, distance_km, find
from hostcity.directory.tiers import TIER_DESCRIPTIONS, points
from hostcity.shared.bilingual import chinese
from hostcity.shared.countries.names import language_name_in
from hostcity.shared.forms import Styled
from hostcity.shared.kept_renders import KeptRenders
from hostcity.shared.maps import map_settings
from hostcity.shared.paging import paged

COMMON_LANGUAGES = ("en", "fr", "de", "es", "ru", "ar", "ja", "ko", "pt", "it")


class SearchForm(Styled, forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    near = forms.ChoiceField(label=_("Near"), required=False)
    radius = forms.TypedChoiceField(
        label=_("Within"), required=False, coerce=float, empty_value=3.0,
        choices=[("1", _("1 km")), ("3", _("3 km")), ("5", _("5 km")), ("10", _("10 km"))], initial="3",
    )  # fmt: skip
    emergency = forms.BooleanField(label=_("24-hour emergency"), required=False)
    insurance = forms.BooleanField(label=_("Direct billing of international insurance"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zh = chinese()
        self.fields["kind"].choices = [("", _("Everything")), *Kind.choices]
        reader = get_language() or "en"
        self.fields["language"].choices = [("", _("Any"))] + [
            (code, language_name_in(code, reader)) for code in COMMON_LANGUAGES
        ]
        self.fields["near"].choices = [("", _("Anywhere"))] + [
            (p.code, p.name_zh if zh else p.name_en) for p in PLACES
        ]


# The same search in the same language is the same page for every visitor until an entry changes.
SEARCHES = KeptRenders("visit", ("directory.Entry",))


def index(request):
    content = SEARCHES.get(
        (request.GET.urlencode(),), lambda: _search_content(request), settings.HOSTCITY_PUBLIC_CACHE_SECONDS
    )
    return render(request, "directory/index.html", {"content": content})


def _search_content(request) -> str:
    form = SearchForm(request.GET or None)
    wanted = form.cleaned_data if form.is_valid() else {}
    found, place = find(
        Query(
            text=wanted.get("q", ""),
            kind=wanted.get("kind", ""),
            language=wanted.get("language", ""),
            place=wanted.get("near", ""),
            radius_km=wanted.get("radius") or 3.0,
            emergency=wanted.get("emergency", False),
            insurance=wanted.get("insurance", False),
        )
    )
    page, query = paged(request, found, 20)
    zh = chinese()
    rows = []
    for entry in page:
        rows.append((entry, distance_km(entry, place) if place else None))
    markers = [
        {
            "lat": e.latitude, "lon": e.longitude, "name": e.name_zh if zh else e.name_en,
            "url": e.get_absolute_url(),
        }
        for e, _d in rows
        if e.latitude is not None
    ]  # fmt: skip
    if place:
        markers.append(
            {
                "lat": place.latitude,
                "lon": place.longitude,
                "name": place.name_zh if zh else place.name_en,
                "place": True,
            }
        )
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "query": query,
        "place": place,
        "searched": bool(request.GET),
        "markers": markers,
        "map_settings": map_settings(),
        "zh": zh,
    }
    return render_to_string("directory/_search.html", context, request)


def entry(request, slug: str):
    item = get_object_or_404(Entry, slug=slug)
    zh = chinese()
    context = {
        "entry": item,
        "zh": zh,
        "languages": [language_name_in(code, get_language() or "en") for code in item.languages],
        "tier_points": points(item.level, item.participants, item.foreign_share)
        if item.kind == "event"
        else None,
        "tier_description": TIER_DESCRIPTIONS.get(item.tier or 0, ""),
        "map_settings": map_settings(),
        "markers": [
            {"lat": item.latitude, "lon": item.longitude, "name": item.name_zh if zh else item.name_en}
        ]
        if item.latitude is not None
        else [],
    }
    return render(request, "directory/entry.html", context)
