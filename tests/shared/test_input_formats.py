"""A date or time a form already holds is drawn in ISO 8601 in every language, the only form the
browser's date and time fields read: a Chinese page drew 2026/11/30, which the field showed empty
and the next save lost."""

from datetime import date, datetime

import pytest
from django import forms
from django.utils import translation

from tests.factories import make_user


class Dated(forms.Form):
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    moment = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))


@pytest.mark.parametrize("language", ["en", "zh-hans", "fr", "es", "ru", "ar"])
def test_dates_are_drawn_in_iso_and_read_back_in_every_language(language):
    with translation.override(language):
        form = Dated(initial={"day": date(2026, 11, 30), "moment": datetime(2026, 11, 30, 10, 5)})
        assert 'value="2026-11-30"' in str(form["day"])
        assert 'value="2026-11-30 10:05' in str(form["moment"])
        sent = Dated({"day": "2026-11-30", "moment": "2026-11-30T10:05"})  # as the browser sends them
        assert sent.is_valid(), sent.errors
        assert sent.cleaned_data["day"] == date(2026, 11, 30)


def test_a_term_saved_from_a_chinese_page_keeps_its_adoption_date(client, db):
    from hostcity.glossary import terms
    from hostcity.glossary.models import Term
    from hostcity.shared.audit.trail import Actor

    reviewer = make_user("content_reviewer")
    term = terms.save_term(Term(zh="天安门", en="Tian'anmen", domain="place", source="s",
                                adopted_on=date(2026, 11, 30)), by=Actor(user=reviewer))  # fmt: skip
    client.force_login(reviewer)
    client.cookies["django_language"] = "zh-hans"
    page = client.get(f"/glossary/terms/{term.pk}/").content.decode()
    assert 'name="adopted_on" value="2026-11-30"' in page
