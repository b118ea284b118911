"""The seating drawing: no two texts overlap and none leaves the page, whatever the plan's size and
however long the names; each seat names its person, country and title in both scripts."""

import itertools
import random

import pytest

from hostcity.delegations.models import Delegation, SeatingPlan
from hostcity.delegations.seating import layout as seating
from hostcity.delegations.seating.drawing import SEAT_R, drawing, fit, text_width
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event

COUNTRIES = ["KAZ", "EGY", "PAK", "MNG", "BRA", "ZAF", "IND", "IDN", "ARG", "ETH", "VNM", "GBR", "FRA", "DEU"]


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_fit_cuts_with_an_ellipsis_to_the_width():
    assert fit("Short", 200, 10) == "Short"
    cut = fit("Extraordinary and Plenipotentiary Ambassador of the Republic", 120, 10)
    assert cut.endswith("…") and text_width(cut, 10) <= 120
    assert text_width(fit("中华人民共和国外交部部长助理兼发言人", 60, 10), 10) <= 60


def plan_of(rng, head_seats, tables, per_table):
    event = make_event()
    for k, code in enumerate(rng.sample(COUNTRIES, rng.randint(4, len(COUNTRIES)))):
        delegation = make_delegation(
            event, country=code, languages=rng.choice([["ru"], ["zh"], ["ar", "fr"]])
        )
        for category in ["head"] + ["official"] * rng.randint(1, 4) + ["spouse"] * rng.randint(0, 1):
            long = rng.random() < 0.4
            make_delegate(
                delegation,
                category=category,
                family_name=("ABDULRAHMANOV-ZHUMABEKOVICH" if long else f"Name{k}"),
                given_names=("Mohammed Abdullah Khalid Ibrahim" if long else "Ana"),
                name_zh=("阿卜杜勒拉赫曼诺夫·朱马别科维奇" if long else "安娜"),
                position_en=(
                    "Extraordinary and Plenipotentiary Ambassador to the People's Republic"
                    if long
                    else "Minister"
                ),
                position_zh=("特命全权大使兼常驻联合国代表" if long else "部长"),
            )
    plan = SeatingPlan.objects.create(
        event=event, title_en="Welcome banquet " * rng.randint(1, 6), title_zh="欢迎宴会" * rng.randint(1, 6),
        head_table_seats=head_seats, round_tables=tables, seats_per_table=per_table,
        host_en="President of the People's Republic of China", host_zh="中华人民共和国主席",
    )  # fmt: skip
    seating.generate(plan, by=Actor())
    return plan


@pytest.mark.parametrize("seed", range(6))
def test_no_text_overlaps_another_or_a_seat_and_all_stay_on_the_page(db, seed):
    rng = random.Random(seed)
    plan = plan_of(rng, rng.choice([1, 3, 7, 11, 15]), rng.randint(0, 7), rng.choice([6, 8, 10, 12]))
    seats = list(plan.seats.select_related("delegate__delegation__organization"))
    drawn = drawing(
        plan,
        seats,
        ("从台下看：主人的右手边在图的左侧。", "Seen from the floor: the host's right is on the left."),
    )
    texts = drawn.notes + drawn.texts
    for a, b in itertools.combinations(texts, 2):
        assert not overlaps(a.box(), b.box()), (a, b)
    circles = [(p.x - SEAT_R, p.y - SEAT_R, p.x + SEAT_R, p.y + SEAT_R) for p in drawn.seats]
    for text, circle in itertools.product(texts, circles):
        assert not overlaps(text.box(), circle), (text, circle)
    for a, b in itertools.combinations(circles, 2):
        assert not overlaps(a, b)
    for text in texts:
        left, top, right, bottom = text.box()
        assert left >= 0 and right <= drawn.width and top >= 0 and bottom <= drawn.height, text
    seated = [s for s in seats if s.table <= plan.round_tables]
    assert len(drawn.seats) == len(seated)


def test_each_guest_is_named_with_country_and_title_in_both_scripts(db):
    event = make_event()
    kaz = make_delegation(event, country="KAZ", head_rank=Delegation.Rank.HEAD_OF_STATE, languages=["ru"])
    make_delegate(kaz, category="head", family_name="Tokayev", given_names="Kassym-Jomart",
                  name_zh="托卡耶夫", position_en="President", position_zh="总统")  # fmt: skip
    make_delegate(kaz, category="official", family_name="Nurtleu", name_zh="努尔特列乌",
                  position_en="Foreign Minister", position_zh="外交部长")  # fmt: skip
    plan = SeatingPlan.objects.create(event=event, title_en="Banquet", title_zh="宴会", head_table_seats=2,
                                      round_tables=1, seats_per_table=8)  # fmt: skip
    seating.generate(plan, by=Actor())
    drawn = drawing(plan, list(plan.seats.all()))
    words = [t.text for t in drawn.texts]
    for expected in [
        "托卡耶夫",
        "Kassym-Jomart TOKAYEV",
        "哈萨克斯坦 Kazakhstan",
        "总统",
        "President",
        "翻译",
    ]:
        assert expected in words, expected
    assert any("努尔特列乌" in w and "NURTLEU" in w for w in words)
    assert "哈萨克斯坦 · 外交部长" in words and "Kazakhstan · Foreign Minister" in words
    assert [p.number for p in drawn.seats if p.seat.table == 1] == ["1"]
