"""A circular's words for one delegation: its subject and body in both languages with the
placeholders filled in — $delegation, $event, $link (the focal point's link), $owed (what the
delegation still owes). string.Template: a placeholder it does not know stays as written, and no
text of the office's can reach into Python objects."""

from __future__ import annotations

from string import Template

from django.urls import reverse

from hostcity.delegations.circulars.owed import owed
from hostcity.delegations.models import Circular, Delegation

PLACEHOLDERS = ("delegation", "event", "link", "owed")


def words_for(circular: Circular, delegation: Delegation, base_url: str) -> tuple[str, str]:
    """(subject, body) of the e-mail: Chinese and English in each."""
    en, zh = delegation.names()
    link = (
        base_url.rstrip("/") + reverse("focal:home", args=[delegation.focal_token])
        if delegation.focal_token
        else ""
    )
    lines = owed(delegation)
    english = {"delegation": en, "event": circular.event.name_en, "link": link,
               "owed": "; ".join(line for line, _zh in lines) or "nothing"}  # fmt: skip
    chinese = {"delegation": zh, "event": circular.event.name_zh, "link": link,
               "owed": "；".join(line for _en, line in lines) or "无"}  # fmt: skip

    def fill(text: str, values: dict) -> str:
        return Template(text).safe_substitute(values)

    subject = f"{fill(circular.subject_zh, chinese)} / {fill(circular.subject_en, english)}"
    body = f"{fill(circular.body_zh, chinese)}\n\n———\n\n{fill(circular.body_en, english)}"
    return subject[:250], body
