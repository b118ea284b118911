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
