"""Remind the owners of overdue follow-up tasks (run daily, e.g. from cron or a scheduler)."""

from django.core.management.base import BaseCommand

from hostcity.registry.projects import remind_overdue


class Command(BaseCommand):
    help = "Send a notice to the owner of every overdue follow-up task (once a day per task)."

    def handle(self, *args, **options):
        self.stdout.write(f"{remind_overdue()} reminders sent")
