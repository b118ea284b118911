"""A delegate's photo is personal data: served only through the pages that checked who asks (the
delegation's staff page, the focal point's link), never from a public address."""

from django.http import FileResponse, Http404

from hostcity.delegations.models import Delegate


def photo_response(member: Delegate) -> FileResponse:
    """A delegate's photo, never public: served only through pages that checked who asks."""
    if not member.photo:
        raise Http404
    return FileResponse(
        member.photo.open("rb"),
        content_type="image/jpeg" if member.photo.name.lower().endswith((".jpg", ".jpeg")) else "image/png",
    )
