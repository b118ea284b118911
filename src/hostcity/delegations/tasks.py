"""Background work of delegations: the focal point's invitation by e-mail (sent by the worker, after
the request that asked for it has committed)."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django_tasks import task

from hostcity.delegations.models import Delegation


@task()
def send_focal_invitation(delegation_id: int, base_url: str) -> str:
    """E-mail the registration link to the delegation's focal point, in English and Chinese."""
    delegation = Delegation.objects.select_related("event", "organization").get(pk=delegation_id)
    link = base_url.rstrip("/") + reverse("focal:home", args=[delegation.focal_token])
    event = delegation.event
    body = (
        f"Dear {delegation.focal_point_name or 'colleague'},\n\n"
        f"Please register the members of the delegation of {delegation.name_en} to {event.name_en} "
        f"({event.start_date} – {event.end_date}), at most {delegation.quota}, through this link:\n\n"
        f"{link}\n\n"
        f"尊敬的联络人：\n请通过上面的链接为{delegation.name_zh}代表团注册参加{event.name_zh}的成员"
        f"（最多 {delegation.quota} 人）。\n"
    )
    send_mail(
        f"{event.name_en} / {event.name_zh}: registration of your delegation",
        body,
        settings.DEFAULT_FROM_EMAIL,
        [delegation.focal_point_email],
    )
    return delegation.focal_point_email
