"""`hostcity manage check_glossary`: the consistency check of every bilingual name and title against
the glossary, as a table; exit status 1 when it finds something (for a scheduled job)."""

import sys
import time

from django.core.management.base import BaseCommand

from hostcity.glossary import consistency


class Command(BaseCommand):
    help = "Check every bilingual field against the glossary and itself."

    def add_arguments(self, parser):
        parser.add_argument("--kind", choices=consistency.KINDS)
        parser.add_argument("--limit", type=int, default=200, help="findings printed (all are counted)")

    def handle(self, *args, kind=None, limit=200, **options):
        started = time.perf_counter()
        values = list(consistency.database_values())
        findings = consistency.check(values)
        if kind:
            findings = [f for f in findings if f.kind == kind]
        for f in findings[:limit]:
            hint = f" -> {f.suggestion}" if f.suggestion else ""
            others = f" (also: {'; '.join(f.others)})" if f.others else ""
            line = f"{f.kind:13} {f.record:32} {f.value.field.stem:8} {f.value.chinese} | {f.value.english}"
            self.stdout.write(f"{line}{hint}{others}")
        counts = {k: sum(1 for f in findings if f.kind == k) for k in consistency.KINDS}
        summary = ", ".join(f"{k} {n}" for k, n in counts.items())
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"{len(values)} bilingual fields read, {len(findings)} findings ({summary}) in {seconds:.2f} s"
        )
        if findings:
            sys.exit(1)
