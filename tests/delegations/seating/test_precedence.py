"""The order of precedence under each rule set."""

from datetime import date

import pytest

from hostcity.delegations.models import Delegation, Organization
from hostcity.delegations.seating.precedence import for_event, in_precedence
from tests.factories import make_delegation, make_event

R = Delegation.Rank


@pytest.fixture
def summit(db):
    event = make_event()
    un = Organization.objects.create(acronym="UN", name_en="United Nations", name_zh="联合国")
    rows = {
        "KAZ": make_delegation(
            event, country="KAZ", head_rank=R.HEAD_OF_STATE, head_took_office=date(2019, 3, 20)
        ),
        "EGY": make_delegation(
            event, country="EGY", head_rank=R.HEAD_OF_STATE, head_took_office=date(2014, 6, 8)
        ),
        "ITA": make_delegation(
            event, country="ITA", head_rank=R.HEAD_OF_GOVERNMENT, head_took_office=date(2022, 10, 22)
        ),
        "UN": make_delegation(event, country="", organization=un, head_rank=R.HEAD_OF_ORGANIZATION),
        "MNG": make_delegation(event, country="MNG", head_rank=R.MINISTER),
    }
    return event, rows


def codes(delegations) -> list[str]:
    return [d.country or d.organization.acronym for d in delegations]


def test_rank_then_date_of_taking_office(summit):
    _event, rows = summit
    # Heads of state first, the longest in office first; then heads of government, organizations, ministers.
    assert codes(in_precedence(rows.values(), "rank")) == ["EGY", "KAZ", "ITA", "UN", "MNG"]


def test_english_alphabetical_from_a_drawn_letter(summit):
    _event, rows = summit
    # Egypt, Italy, Kazakhstan, Mongolia, United Nations; from "K": K… onwards, then wrap round to A.
    assert codes(in_precedence(rows.values(), "alphabetical", letter="K")) == [
        "KAZ",
        "MNG",
        "UN",
        "EGY",
        "ITA",
    ]
    assert codes(in_precedence(rows.values(), "alphabetical")) == ["EGY", "ITA", "KAZ", "MNG", "UN"]


def test_chinese_orders(summit):
    _event, rows = summit
    # 埃及 āi, 哈萨克斯坦 hā, 联合国 lián, 蒙古 méng, 意大利 yì
    assert codes(in_precedence(rows.values(), "pinyin")) == ["EGY", "KAZ", "UN", "MNG", "ITA"]
    # Strokes of the first character: 哈 9, 埃 10, 联 12, 蒙 13, 意 13; between 蒙古 and 意大利 the
    # second character decides: 大 3 before 古 5.
    assert codes(in_precedence(rows.values(), "strokes")) == ["KAZ", "EGY", "UN", "ITA", "MNG"]


def test_a_list_set_by_hand_then_the_rest_by_rank(summit):
    _event, rows = summit
    manual = [rows["MNG"].pk, rows["UN"].pk]
    assert codes(in_precedence(rows.values(), "manual", manual=manual)) == ["MNG", "UN", "EGY", "KAZ", "ITA"]


def test_the_event_chooses_its_rule(summit):
    event, _rows = summit
    event.precedence_rule, event.precedence_letter = "alphabetical", "M"
    event.save()
    assert codes(for_event(event)) == ["MNG", "UN", "EGY", "ITA", "KAZ"]


def test_an_unknown_rule_is_refused(summit):
    with pytest.raises(ValueError, match="unknown precedence rule 'height'"):
        in_precedence([], "height")


def test_arrival_speaking_and_the_family_photo(summit):
    from hostcity.delegations.seating.lineups import arrival_order, photo_lineup, speaking_order

    _event, rows = summit
    ordered = in_precedence(rows.values(), "rank")  # EGY, KAZ, ITA, UN, MNG
    assert codes(arrival_order(ordered)) == ["MNG", "UN", "ITA", "KAZ", "EGY"]
    assert codes(speaking_order(ordered)) == ["EGY", "KAZ", "ITA", "UN", "MNG"]
    front, back = photo_lineup(ordered, per_row=4)
    # From the camera's left: the host's right side first (EGY next to the host, ITA beyond), KAZ on
    # the host's left.
    assert [(s.position, s.delegation.country if s.delegation else "host") for s in front] == [
        (2, "ITA"),
        (1, "EGY"),
        (0, "host"),
        (-1, "KAZ"),
    ]
    assert [(s.position, codes([s.delegation])[0]) for s in back] == [(1, "MNG"), (0, "UN")]
    with pytest.raises(ValueError):
        photo_lineup(ordered, per_row=1)
