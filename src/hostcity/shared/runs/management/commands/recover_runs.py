"""Once, what every worker's watchdog does on its own: retry or fail the runs whose worker went quiet,
enqueue again the runs queued too long (hostcity.shared.runs.watchdog)."""

from django.core.management.base import BaseCommand

from hostcity.shared.runs.watchdog import recover_stale_runs


class Command(BaseCommand):
    help = "Retry or fail planning and matchmaking runs whose worker stopped answering."

    def handle(self, *args, **options):
        done = recover_stale_runs()
        for recovery in done:
            self.stdout.write(f"{recovery.kind} run {recovery.run_id}: {recovery.action}")
        self.stdout.write(f"{len(done)} runs recovered")
