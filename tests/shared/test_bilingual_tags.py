"""A record's two forms in templates: the page's language first, the other beside it marked with its
lang, a missing form falling back to the other."""

from django.template import Context, Template
from django.utils import translation

RECORD = {"name_en": "Kazakhstan", "name_zh": "哈萨克斯坦"}
ENGLISH_ONLY = {"name_en": "Acme <Ltd>", "name_zh": ""}


def draw(text: str, record) -> str:
    return Template(text).render(Context({"r": record}))


def test_the_page_language_first_and_the_other_marked():
    with translation.override("zh-hans"):
        assert draw('{{ r|in_language:"name" }}', RECORD) == "哈萨克斯坦"
        assert draw('{{ r|other_language:"name" }}', RECORD) == "Kazakhstan"
        assert (
            draw('{% both r "name" %}', RECORD)
            == '哈萨克斯坦 <span lang="en" class="other-name">Kazakhstan</span>'
        )
    with translation.override("en"):
        assert draw('{% both r "name" br=True %}', RECORD) == (
            'Kazakhstan<br><span lang="zh-Hans" class="other-name">哈萨克斯坦</span>'
        )


def test_a_missing_form_falls_back_and_text_is_escaped():
    with translation.override("zh-hans"):
        assert draw('{{ r|in_language:"name" }}', ENGLISH_ONLY) == "Acme &lt;Ltd&gt;"
        assert draw('{{ r|other_language:"name" }}', ENGLISH_ONLY) == ""
        assert draw('{% both r "name" %}', ENGLISH_ONLY) == "Acme &lt;Ltd&gt;"


def test_a_value_typed_as_both_forms_shows_the_page_s_and_a_mixed_phrase_stays_whole():
    cases = {  # value: (English page, Chinese page)
        "Bilateral talks / 双边会谈": ("Bilateral talks", "双边会谈"),
        "国宴 / State banquet": ("State banquet", "国宴"),
        "Talks with 哈萨克斯坦": ("Talks with 哈萨克斯坦", "Talks with 哈萨克斯坦"),
        "Rehearsal": ("Rehearsal", "Rehearsal"),
        "A / B": ("A / B", "A / B"),
        "<b>x</b> / 会谈": ("&lt;b&gt;x&lt;/b&gt;", "会谈"),
    }
    for value, (english, chinese) in cases.items():
        with translation.override("en"):
            assert draw("{{ r|page_script }}", value) == english, value
        with translation.override("zh-hans"):
            assert draw("{{ r|page_script }}", value) == chinese, value


def test_a_third_language_page_marks_the_english_fallback_and_prefers_a_form_of_its_own(db):
    class Delegation:
        name_en, name_zh = "Egypt", "埃及"

        def name_in(self, language):
            return {"fr": "Égypte"}.get(language, "")

    with translation.override("fr"):
        assert (
            draw('{% both r "name" %}', Delegation())
            == 'Égypte <span lang="zh-Hans" class="other-name">埃及</span>'
        )
        assert draw('{% both r "name" %}', RECORD) == (
            '<span lang="en">Kazakhstan</span> <span lang="zh-Hans" class="other-name">哈萨克斯坦</span>'
        )
        assert draw('{% one r "name" %}', ENGLISH_ONLY) == '<span lang="en">Acme &lt;Ltd&gt;</span>'
    with translation.override("en"):
        assert draw('{% one r "name" %}', ENGLISH_ONLY) == "Acme &lt;Ltd&gt;"
