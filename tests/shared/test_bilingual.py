"""One display rule for names in two languages, on every model that carries both forms."""

import pytest
from django.apps import apps
from django.utils import translation

from hostcity.shared.bilingual import BilingualNamed, chinese
from hostcity.venues.models import Venue


def test_the_viewers_language_first_then_the_other():
    venue = Venue(name_en="Great Hall", name_zh="大会堂")
    with translation.override("zh-hans"):
        assert chinese() and (venue.name, venue.other_name) == ("大会堂", "Great Hall")
    with translation.override("en"):
        assert not chinese() and (venue.name, venue.other_name) == ("Great Hall", "大会堂")
    assert venue.both_names == "Great Hall / 大会堂"


def test_an_empty_form_falls_back_to_the_other():
    venue = Venue(name_en="Great Hall", name_zh="")
    with translation.override("zh-hans"):
        assert venue.name == "Great Hall"
    assert venue.both_names == "Great Hall"


@pytest.mark.parametrize(
    "model",
    [m for m in apps.get_models() if m.__module__.startswith("hostcity.") and hasattr(m, "name_zh")],
    ids=lambda m: m._meta.label,
)
def test_every_model_with_both_name_fields_takes_the_rule(model):
    fields = {f.name for f in model._meta.get_fields()}
    if {"name_en", "name_zh"} <= fields:
        assert issubclass(model, BilingualNamed), f"{model._meta.label}: name_en and name_zh without the rule"
