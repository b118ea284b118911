"""The registry pages at scale: 10,000 international organizations and 50,000 foreign-funded projects
(of 5,000 companies, with 20,000 follow-up tasks), each list page unfiltered, searched and filtered,
deep pages, and an organization's page. Times are server time in-process (routing, queries,
rendering; no network), on SQLite by default or PostgreSQL with DATABASE_URL. Target: p95 under 200 ms.

    python bench/registry_pages.py [--organizations 10000] [--projects 50000] [--requests 30]

Prints a table; asserts nothing.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

WORDS = ["Centre", "Institute", "Council", "Alliance", "Union", "Forum", "Network", "Association", "Agency"]
FIELDS = ["trade", "science", "health", "culture", "energy", "finance", "education", "agriculture"]
SECTORS = ["manufacturing", "automotive", "finance", "biotech", "software", "energy", "logistics", "retail"]
PARKS = ["China-Germany Industrial Park", "China-Japan Innovation and Cooperation Demonstration Zone", ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, default=10000)
    parser.add_argument("--projects", type=int, default=50000)
    parser.add_argument("--requests", type=int, default=30, help="page requests per row")
    options = parser.parse_args()
    os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-registry-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    call_command("migrate", verbosity=0)
    setup_test_environment()
    from tests.factories import make_user

    from hostcity.registry.models import (
        FollowUp,
        ForeignCompany,
        InternationalOrganization,
        Project,
        search_text,
    )

    rng = random.Random(6)
    began = time.perf_counter()
    statuses = [s for s, _label in InternationalOrganization.Status.choices]
    kinds = [k for k, _label in InternationalOrganization.Kind.choices]
    InternationalOrganization.objects.bulk_create(
        [
            InternationalOrganization(
                name_en=f"{rng.choice(FIELDS).title()} {rng.choice(WORDS)} {k:05d}",
                name_zh=f"国际{rng.choice(['合作', '发展', '创新', '交流'])}组织{k:05d}",
                kind=rng.choice(kinds),
                field=rng.choice(FIELDS),
                hq_country=rng.choice(["FRA", "DEU", "JPN", "KEN", "BRA", "CHN"]),
                status=rng.choice(statuses),
            )
            for k in range(options.organizations)
        ],
        batch_size=2000,
    )
    companies = ForeignCompany.objects.bulk_create(
        [
            ForeignCompany(
                name_en=f"Company {k:05d}",
                country=rng.choice(["DEU", "JPN", "USA", "FRA", "KOR"]),
                fortune_global_500=rng.random() < 0.1,
                hidden_champion=rng.random() < 0.1,
            )
            for k in range(max(1, options.projects // 10))
        ],
        batch_size=2000,
    )
    stages = [s for s, _label in Project.Stage.choices]
    made = [
        Project(
            company=rng.choice(companies),
            title_en=f"{rng.choice(SECTORS).title()} project {k:05d}",
            sector=rng.choice(SECTORS),
            stage=rng.choice(stages),
            park=rng.choice(PARKS),
            amount=rng.randint(1, 5000),
        )
        for k in range(options.projects)
    ]
    for project in made:  # bulk_create does not call save(), which fills the search text
        project.search = search_text(project, project.company)
    projects = Project.objects.bulk_create(made, batch_size=2000)
    owner = make_user("registry_officer", username="bench.owner")
    today = date.today()
    FollowUp.objects.bulk_create(
        [
            FollowUp(
                project=rng.choice(projects),
                task=f"Task {k}",
                owner=owner,
                due=today + timedelta(days=rng.randint(-60, 60)),
                done_on=today if rng.random() < 0.3 else None,
            )
            for k in range(options.projects * 2 // 5)
        ],
        batch_size=2000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    loaded = time.perf_counter() - began
    client = Client()
    client.force_login(make_user("viewer"))
    some = InternationalOrganization.objects.order_by("pk")[options.organizations // 2]
    urls = [
        ("organizations", "/registry/organizations/"),
        ("organizations, searched", "/registry/organizations/?q=Institute+00042"),
        ("organizations, searched (Chinese)", "/registry/organizations/?q=创新"),
        ("organizations, filtered", "/registry/organizations/?status=registered&kind=intergovernmental"),
        ("organizations, page 200", "/registry/organizations/?page=200"),
        ("an organization", f"/registry/organizations/{some.pk}/"),
        ("projects", "/registry/projects/"),
        ("projects, searched", "/registry/projects/?q=China-Japan"),
        ("projects, by stage", "/registry/projects/?stage=signed"),
        ("projects, overdue", "/registry/projects/?overdue=1"),
        ("projects, page 1000", "/registry/projects/?page=1000"),
    ]
    rows = []
    for label, url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(options.requests):
            t = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - t) * 1000)
        rows.append((label, statistics.median(times), statistics.quantiles(times, n=20)[-1], max(times)))
    tasks = FollowUp.objects.count()
    print(
        f"\nRegistry pages on {connection.vendor}: {options.organizations} organizations, {options.projects} "
        f"projects of {len(companies)} companies, {tasks} follow-ups (loaded in {loaded:.0f} s)\n"
    )
    print("| page | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|")
    for label, p50, p95, most in rows:
        print(f"| {label} | {p50:.0f} | {p95:.0f} | {most:.0f} |")


if __name__ == "__main__":
    main()
