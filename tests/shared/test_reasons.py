"""The engine's reasons written out in the page's language, with names instead of ids; a reason
without a known code is shown as the engine wrote it."""

from django.utils import translation

from hostcity.shared.runs.reasons import Names, describe, listed

PROBLEM = {
    "parties": [
        {"id": "president", "name": "President of the host country", "name_zh": "东道国元首"},
        {"id": "kaz", "name": "Kazakhstan", "name_zh": "哈萨克斯坦"},
    ],
    "meetings": [
        {"id": "bilateral-aze", "title": "Talks with Azerbaijan", "title_zh": "会见阿塞拜疆"},
        {"id": "bilateral-kaz", "title": "Talks with Kazakhstan"},
    ],
    "venues": [
        {"id": "dyt", "name": "Diaoyutai State Guesthouse", "name_zh": "钓鱼台国宾馆",
         "rooms": [{"id": "room-18", "name": "Villa 18 Meeting Room", "name_zh": "18号楼会见厅"}]},
    ],
}  # fmt: skip
DISPLACED = {"code": "displaced", "parties": ["president"], "meetings": ["bilateral-aze", "bilateral-kaz"],
             "others": 11}  # fmt: skip


def test_english_names_the_parties_and_meetings_and_counts_the_rest():
    with translation.override("en"):
        text = describe(DISPLACED, "fallback", Names.of(PROBLEM))
    assert text == (
        "President of the host country is in more important meetings whenever it could be held: "
        "“Talks with Azerbaijan”, “Talks with Kazakhstan” and 11 more."
    )


def test_chinese_uses_the_chinese_names_falling_back_to_english():
    with translation.override("zh-hans"):
        text = describe(DISPLACED, "fallback", Names.of(PROBLEM))
        moved = describe(
            {"code": "moved_for_other", "start": "2030-05-01T09:30", "room": "room-18"}, "", Names.of(PROBLEM)
        )
    assert (
        text == "在可举行的时间里，东道国元首都有更重要的会见："
        "“会见阿塞拜疆”、“Talks with Kazakhstan”和另外 11 场。"
    )
    assert "5月1日 09:30" in moved and "钓鱼台国宾馆 · 18号楼会见厅" in moved
    assert "room-18" not in moved


def test_languages_of_an_interpreter_pair_are_named():
    with translation.override("en"):
        assert describe({"code": "no_interpreter_on_roster", "pair": "zh-ru"}, "", Names()) == (
            "No interpreter for Chinese–Russian is on the roster."
        )


def test_an_unknown_or_missing_code_shows_the_engine_s_words():
    assert describe(None, "the engine's words", Names()) == "the engine's words"
    assert describe({"code": "from-a-later-version"}, "the engine's words", Names()) == "the engine's words"
    assert describe("not a dict", "words", Names()) == "words"


def test_lists_are_joined_in_each_language():
    with translation.override("en"):
        assert listed(["A", "B", "C"]) == "A, B and C"
    with translation.override("zh-hans"):
        assert listed(["甲", "乙", "丙"]) == "甲、乙和丙"
