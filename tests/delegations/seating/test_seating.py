"""Seating plans: generated from the order of precedence, interpreters behind those who need them,
exchanged seat by seat, drawn as SVG and PDF with both scripts."""

import io

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from hostcity.delegations.models import Delegation, Seat, SeatingPlan
from hostcity.delegations.seating import layout as seating
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event, make_user

R = Delegation.Rank


def test_head_table_alternates_right_and_left():
    assert [seating.head_table_position(k) for k in range(5)] == [1, -1, 2, -2, 3]
    assert [seating.round_table_position(k, 8) for k in range(8)] == [0, 1, 7, 2, 6, 3, 5, 4]


@pytest.fixture
def banquet(db):
    event = make_event()
    heads = {}
    for code, rank, language in [
        ("KAZ", R.HEAD_OF_STATE, ["ru"]),
        ("EGY", R.HEAD_OF_STATE, ["ar"]),
        ("PAK", R.HEAD_OF_GOVERNMENT, ["zh", "en"]),
        ("MNG", R.MINISTER, ["mn"]),
    ]:
        delegation = make_delegation(event, country=code, head_rank=rank, languages=language)
        heads[code] = make_delegate(delegation, category="head", family_name=f"Head{code}")
        make_delegate(delegation, category="official", family_name=f"Official{code}")
        make_delegate(delegation, category="security", family_name=f"Guard{code}")
    plan = SeatingPlan.objects.create(
        event=event,
        title_en="Welcome banquet",
        title_zh="欢迎宴会",
        head_table_seats=4,
        round_tables=2,
        seats_per_table=3,
    )
    return plan, heads


def seat_of(plan, name):
    return Seat.objects.get(plan=plan, delegate__family_name=name, behind=False)


def test_generated_from_precedence_with_interpreters(banquet):
    plan, _heads = banquet
    seating.generate(plan, by=Actor())
    # EGY and KAZ: heads of state, no date of taking office, so by name; then PAK, a head of government.
    assert (seat_of(plan, "HeadEGY").table, seat_of(plan, "HeadEGY").position) == (0, 1)
    assert seat_of(plan, "HeadKAZ").position == -1
    assert seat_of(plan, "HeadPAK").position == 2
    # Three guests fill the head table of four with the host; the minister goes to the first round table.
    assert (seat_of(plan, "HeadMNG").table, seat_of(plan, "HeadMNG").position) == (1, 0)
    behind = {(s.position, s.label_en) for s in plan.seats.filter(behind=True)}
    assert behind == {
        (1, "Interpreter for Given HEADEGY"),
        (-1, "Interpreter for Given HEADKAZ"),
        (0, "Interpreter for the host"),
    }
    assert not plan.seats.filter(delegate__category="security").exists()
    # 4 heads + 4 officials; 3 at the head table, 5 left for two round tables of 3: all seated.
    assert plan.seats.filter(role="guest").count() == 8


def test_swap_rules(banquet):
    plan, _heads = banquet
    seating.generate(plan, by=Actor())
    a, b = seat_of(plan, "HeadEGY"), seat_of(plan, "OfficialMNG")
    seating.swap(plan, a.pk, b.pk, by=Actor())
    assert seat_of(plan, "OfficialMNG").pk == a.pk and seat_of(plan, "HeadEGY").pk == b.pk
    host = plan.seats.get(role="host")
    with pytest.raises(ValidationError, match="host keeps the centre"):
        seating.swap(plan, host.pk, a.pk, by=Actor())
    interpreter = plan.seats.filter(behind=True).first()
    with pytest.raises(ValidationError, match="behind a principal"):
        seating.swap(plan, interpreter.pk, a.pk, by=Actor())
    other = SeatingPlan.objects.create(event=plan.event, title_en="x", title_zh="x")
    seating.generate(other, by=Actor())
    with pytest.raises(ValidationError, match="two different seats"):
        seating.swap(plan, a.pk, other.seats.exclude(role="host").first().pk, by=Actor())


def test_pages_draw_svg_and_pdf_in_both_scripts(client, banquet):
    plan, heads = banquet
    heads["KAZ"].name_zh = "托卡耶夫"
    heads["KAZ"].save()
    client.force_login(make_user("protocol_officer"))
    created = client.post(
        f"/delegations/event/{plan.event_id}/seating/",
        {
            "title_en": "State banquet",
            "title_zh": "国宴",
            "kind": "banquet",
            "head_table_seats": 5,
            "round_tables": 2,
            "seats_per_table": 8,
            "host_en": "President",
            "host_zh": "主席",
            "host_language": "zh",
        },
    )
    new = SeatingPlan.objects.get(title_en="State banquet")
    assert created.url == f"/delegations/seating/{new.pk}/"
    svg = client.get(f"/delegations/seating/{new.pk}/plan.svg")
    assert svg["Content-Type"] == "image/svg+xml" and "托卡耶夫" in svg.text and "国宴" in svg.text
    pdf = client.get(f"/delegations/seating/{new.pk}/plan.pdf")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "托卡耶夫" in text and "主席" in text
    a, b = seat_of(new, "HeadKAZ"), seat_of(new, "HeadEGY")
    fragment = client.post(
        f"/delegations/seating/{new.pk}/swap/", {"first": a.pk, "second": b.pk}, HTTP_HX_REQUEST="true"
    )
    assert fragment.status_code == 200 and fragment.text.startswith("<svg")
    assert seat_of(new, "HeadKAZ").pk == b.pk
    bad = client.post(f"/delegations/seating/{new.pk}/swap/", {"first": "x"}, HTTP_HX_REQUEST="true")
    assert bad.status_code == 400
    too_big = client.post(
        f"/delegations/event/{plan.event_id}/seating/",
        {
            "title_en": "x",
            "title_zh": "x",
            "kind": "banquet",
            "head_table_seats": 99,
            "round_tables": 1,
            "seats_per_table": 8,
            "host_en": "h",
            "host_zh": "h",
            "host_language": "zh",
        },
    )
    assert too_big.status_code == 200 and 'id="id_head_table_seats_error"' in too_big.text


@pytest.mark.parametrize("rule", ["rank", "alphabetical", "pinyin", "strokes", "manual"])
def test_the_head_table_follows_each_rule(db, rule):
    from hostcity.delegations.seating.precedence import in_precedence

    event = make_event()
    for code, rank in [
        ("KAZ", R.HEAD_OF_STATE),
        ("EGY", R.MINISTER),
        ("ITA", R.HEAD_OF_GOVERNMENT),
        ("MNG", R.HEAD_OF_STATE),
    ]:
        make_delegate(
            make_delegation(event, country=code, head_rank=rank), category="head", family_name=f"Head{code}"
        )
    delegations = list(event.delegations.all())
    manual = [d.pk for d in sorted(delegations, key=lambda d: d.country, reverse=True)]
    event.precedence_rule, event.precedence_letter, event.precedence_manual = rule, "K", manual
    event.save()
    plan = SeatingPlan.objects.create(
        event=event, title_en="Dinner", title_zh="晚宴", head_table_seats=5, round_tables=0
    )
    seating.generate(plan, by=Actor())
    expected = [d.country for d in in_precedence(delegations, rule, letter="K", manual=manual)]
    by_position = {s.position: s.delegate.delegation.country for s in plan.seats.filter(role="guest")}
    assert [by_position[p] for p in (1, -1, 2, -2)] == expected
