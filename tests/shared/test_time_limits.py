"""One rule for how long a background run may search: every kind of run and every way in (a form,
an API call, a re-plan) refuses the same values with the same message, and takes the same default."""

import pytest
from django.core.exceptions import ValidationError

from hostcity.events.forms import RunForm
from hostcity.events.models import PlanRun
from hostcity.matchmaking.forms import ReplanForm
from hostcity.matchmaking.forms import RunForm as MatchRunForm
from hostcity.matchmaking.models import MatchRun
from hostcity.planning.options import DEFAULT_TIME_LIMIT, Options
from hostcity.shared.runs.time_limits import DEFAULT, LONGEST, SHORTEST, checked_time_limit


@pytest.mark.parametrize("value", [SHORTEST, LONGEST, 60, "60", " 30 "])
def test_a_time_limit_within_the_rule_is_taken_as_whole_seconds(value):
    assert checked_time_limit(value) == int(str(value).strip())


@pytest.mark.parametrize(
    "value",
    [SHORTEST - 1, LONGEST + 1, 0, -5, "", "abc", "1e9", "30.5", "9" * 400, None, True, [60], "６０x"],
)
def test_anything_else_is_refused_naming_the_field(value):
    with pytest.raises(ValidationError) as refused:
        checked_time_limit(value)
    assert list(refused.value.message_dict) == ["time_limit"]
    assert f"from {SHORTEST} to {LONGEST}" in refused.value.message_dict["time_limit"][0]


def test_one_default_everywhere():
    assert DEFAULT == DEFAULT_TIME_LIMIT == Options().time_limit
    assert (
        PlanRun._meta.get_field("time_limit").default
        == MatchRun._meta.get_field("time_limit").default
        == DEFAULT
    )
    for form in (RunForm(), MatchRunForm(), ReplanForm()):
        field = form.fields["time_limit"]
        assert (field.initial, field.min_value, field.max_value) == (DEFAULT, SHORTEST, LONGEST)


@pytest.mark.parametrize("form_class", [RunForm, MatchRunForm, ReplanForm])
def test_the_forms_refuse_what_the_rule_refuses(form_class):
    assert not form_class({"time_limit": str(LONGEST + 1)}).is_valid()
    assert not form_class({"time_limit": str(SHORTEST - 1)}).is_valid()
