"""Following foreign-funded projects: the overdue follow-up tasks, and reminding their owners (a
notice in the app, once a day at most per task)."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from hostcity.accounts.models import Notice
from hostcity.registry.models import FollowUp, Project
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.word_search import every_word


def find_projects(*, q: str = "", stage: str = "", overdue_only: bool = False):
    """Projects with every word of `q` in their or their company's names, sector or park; in a stage;
    with an overdue task. In the list's order (company, then title)."""
    found = every_word(Project.objects.select_related("company"), q)
    if stage in Project.Stage.values:
        found = found.filter(stage=stage)
    if overdue_only:
        found = found.filter(pk__in=overdue().values("project_id"))
    return found.order_by("company__name_en", "title_en")


def overdue(today: date | None = None):
    today = today or timezone.localdate()
    return FollowUp.objects.filter(done_on__isnull=True, due__lt=today).select_related(
        "project__company", "owner"
    )


@transaction.atomic
def remind_overdue(today: date | None = None) -> int:
    """A notice to the owner of each overdue task not reminded of it today. Returns how many."""
    today = today or timezone.localdate()
    made = 0
    url = reverse("registry:projects") + "?overdue=1"
    for task in overdue(today).filter(owner__isnull=False):
        title = f"Overdue since {task.due:%Y-%m-%d}: {task.task}"
        if Notice.objects.filter(user=task.owner, title=title, created__date=today).exists():
            continue
        Notice.objects.create(
            user=task.owner, title=title, body=f"{task.project} — {task.project.company}", url=url
        )
        made += 1
    return made


@transaction.atomic
def mark_done(task: FollowUp, *, by) -> FollowUp:
    """Close a follow-up task today (once), on the audit trail."""
    if task.done_on is None:
        task.done_on = timezone.localdate()
        task.save(update_fields=["done_on"])
        record(Actor(user=by), "done", task, {"done_on": [None, task.done_on.isoformat()]})
    return task
