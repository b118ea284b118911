"""Remind the focal points of what their delegations still owe, for every event not yet over; run it
daily (cron or a systemd timer: `hostcity manage send_reminders --base-url https://…`)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from hostcity.delegations.circulars.sending import remind
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor


class Command(BaseCommand):
    help = "Send each delegation's focal point a reminder of what it still owes (events not yet over)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", required=True, help="the site's address, for the focal points' links"
        )

    def handle(self, *args, base_url: str, **options):
        for event in Event.objects.filter(end_date__gte=timezone.localdate()):
            circular = remind(event, by=Actor(), base_url=base_url)
            sent = circular.dispatches.count() if circular else 0
            self.stdout.write(f"{event.name_en}: {sent} reminders")
