"""Which languages a page may be in. The staff's pages are in English and Chinese; the pages for
delegates and the public (settings.PUBLIC_LANGUAGE_PATHS) also in French, Spanish, Russian and
Arabic, the UN's other languages, as the reader chose (Django's language cookie keeps the choice).
A staff page asked for in another language is drawn in English; the choice is kept for the public
pages."""

from django.conf import settings
from django.utils import translation

STAFF_LANGUAGES = ("en", "zh-hans")


def public_path(path: str) -> bool:
    return path.startswith(tuple(settings.PUBLIC_LANGUAGE_PATHS))


class StaffLanguagesMiddleware:
    """After LocaleMiddleware: a staff page in a language the staff UI does not speak is English."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if translation.get_language() not in STAFF_LANGUAGES and not public_path(request.path_info):
            translation.activate("en")
            request.LANGUAGE_CODE = "en"
        return self.get_response(request)
