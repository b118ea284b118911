"""When a re-planned event's plan is accepted, the liaison officers of the delegations whose
meetings moved are told: a notice in the app and an e-mail, each listing the meetings with their
new times and why they moved."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django_tasks import task

from hostcity.accounts.models import Notice
from hostcity.events.models import PlanRun
from hostcity.events.planning_problem import meeting_titles, party_id


def notices_for(run: PlanRun) -> list[Notice]:
    """One notice per liaison officer of a delegation with a moved meeting (none without moves)."""
    if not run.moved:
        return []
    placed = {a["meeting"]: a for a in run.plan.get("assignments", [])}
    parties_of = {m["id"]: m["parties"] for m in run.problem["meetings"]}
    titles = meeting_titles(run.problem)
    lines_for: dict[int, list[str]] = {}
    delegations = {party_id(d): d for d in run.event.delegations.select_related("organization")}
    for meeting, why in sorted(run.moved.items()):
        where = placed.get(meeting)
        line = f"{titles[meeting]}: " + (
            f"{where['start'].replace('T', ' ')}–{where['end'][11:]}" if where else "not held"
        )
        why = why.get("text", "") if isinstance(why, dict) else why  # the engine's words, in English
        if why:
            line += f" ({why})"
        for party in parties_of.get(meeting, []):
            delegation = delegations.get(party)
            if delegation is not None and delegation.liaison_officer_id:
                lines_for.setdefault(delegation.liaison_officer_id, []).append(
                    f"{delegation.name_en} — {line}"
                )
    url = reverse("events:run", args=[run.pk])
    title = f"{run.event.name_en}: meetings moved"
    return Notice.objects.bulk_create(
        Notice(user_id=user, title=title, body="\n".join(lines), url=url)
        for user, lines in sorted(lines_for.items())
    )


@task()
def send_change_notices(run_id: int) -> int:
    run = PlanRun.objects.select_related("event").get(pk=run_id)
    notices = notices_for(run)
    for notice in notices:
        if notice.user.email:
            send_mail(
                notice.title,
                f"{notice.body}\n\n{notice.url}",
                settings.DEFAULT_FROM_EMAIL,
                [notice.user.email],
            )
    return len(notices)
