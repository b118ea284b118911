"""Reads of the read-only pages from a replica, with real databases: the replica here is a copy of the
primary taken at one moment (what a lagging streaming replica looks like), then the primary changes.
The public directory, routed to the replica, shows the copy; the editors' pages and sign-in (sessions
on the primary only: the copy has none) show the primary."""

import urllib.request

import psycopg
import pytest

from tests.integration.cluster import PG_ADMIN, Browser

pytestmark = [
    pytest.mark.integration,
    pytest.mark.xdist_group("services"),
]  # one Redis database: one at a time

SETUP = """
from hostcity.demo.directory import load_directory
from hostcity.demo.load import load_users
from hostcity.directory.models import Entry
load_users()
load_directory()
entry = Entry.objects.filter(kind="hospital").order_by("slug").first()
print("ENTRY", entry.slug)
"""


RENAME = """
from hostcity.directory.models import Entry
from hostcity.directory.revisions import search_text
entry = Entry.objects.get(slug="{slug}")
entry.name_en = "Renamed on the primary"
entry.search = search_text(entry)
entry.save()
"""


def test_the_public_directory_reads_the_replica(cluster):
    cluster.hostcity("manage", "migrate", "--noinput", "-v", "0")
    cluster.hostcity("manage", "collectstatic", "--noinput", "-v", "0")
    slug = cluster.hostcity("manage", "shell", "-c", SETUP).split("ENTRY ", 1)[1].strip()
    replica = f"{cluster.database}_replica"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{replica}" TEMPLATE "{cluster.database}"')
    cluster.hostcity("manage", "shell", "-c", RENAME.format(slug=slug))  # on the primary only
    cluster.env["DATABASE_REPLICA_URL"] = cluster.url.rsplit("/", 1)[0] + f"/{replica}"
    base = cluster.app("app")

    public = urllib.request.urlopen(f"{base}/visit/{slug}/", timeout=30).read().decode()
    assert "Renamed on the primary" not in public  # the replica's copy
    listing = urllib.request.urlopen(f"{base}/visit/?q=renamed", timeout=30).read().decode()
    assert "Renamed on the primary" not in listing
    editor = Browser(base, "content_editor", "hostcity-demo-2026")  # the session lives on the primary only
    assert "Renamed on the primary" in editor.get("/directory/?q=renamed").read().decode()
    with psycopg.connect(cluster.env["DATABASE_REPLICA_URL"]) as copy:
        assert copy.execute("select count(*) from django_session").fetchone()[0] == 0
