"""The `hostcity` command, run as a user runs it: in a fresh home, in a subprocess."""

import os
import sqlite3
import subprocess
import sys

import pytest

from hostcity.accounts.roles import ROLES

pytestmark = pytest.mark.slow


def hostcity(*args, home, extra_env=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update({"HOSTCITY_HOME": str(home), **(extra_env or {})})
    return subprocess.run(
        [sys.executable, "-m", "hostcity.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


def counts(home):
    db = sqlite3.connect(home / "hostcity.sqlite3")
    try:
        return {
            t: db.execute(f"select count(*) from {t}").fetchone()[0]
            for t in (
                "venues_venue",
                "venues_room",
                "venues_booking",
                "venues_closure",
                "auth_user",
                "delegations_delegation",
                "delegations_badge",
                "delegations_seat",
                "matchmaking_company",
                "matchmaking_agendameeting",
                "directory_entry",
                "indicators_value",
            )
        }
    finally:
        db.close()


def test_demo_prepares_everything_and_is_idempotent(tmp_path):
    first = hostcity("demo", "--prepare-only", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "password 'hostcity-demo-2026'" in first.stdout
    for role in ("administrator", "protocol_officer", "venue_manager", "checkin_staff", "viewer"):
        assert role in first.stdout
    made = counts(tmp_path)
    assert made["venues_venue"] == 25 and made["auth_user"] == len(ROLES) and made["venues_booking"] > 100
    assert (
        made["delegations_delegation"] == 39
        and made["delegations_badge"] > 100
        and made["delegations_seat"] > 11
    )
    assert made["matchmaking_company"] == 150 and made["matchmaking_agendameeting"] > 200
    assert "the demo matchmaking (CIFTIS 2027)" in first.stdout
    assert "a second factor (authenticator app) is optional" in first.stdout  # off in the demo by default
    assert made["directory_entry"] == 13 and made["indicators_value"] > 40
    assert (tmp_path / "static" / "staticfiles.json").exists()
    second = hostcity(
        "demo",
        "--prepare-only",
        home=tmp_path,
        extra_env={"DATABASE_URL": "postgres://nowhere/x", "HOSTCITY_ADMIN_SECOND_FACTOR": "On"},
    )
    assert second.returncode == 0, second.stderr
    assert "a second factor (authenticator app) is optional" not in second.stdout
    assert counts(tmp_path) == made


@pytest.mark.parametrize(
    "port,message", [("http", "port must be a number"), ("70000", "between 1 and 65535")]
)
def test_bad_port_is_refused(tmp_path, port, message):
    result = hostcity("demo", "--port", port, home=tmp_path)
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "hostcity.sqlite3").exists()


def test_serve_without_secret_key_stops(tmp_path):
    result = hostcity("serve", home=tmp_path)
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_manage_passes_through(tmp_path):
    result = hostcity("manage", "check", home=tmp_path, extra_env={"SECRET_KEY": "x"})
    assert result.returncode == 0 and "System check identified no issues" in result.stdout


def test_worker_runs_the_queue_and_exits_in_batch_mode(tmp_path):
    env = {"SECRET_KEY": "x"}
    assert hostcity("manage", "migrate", home=tmp_path, extra_env=env).returncode == 0
    result = hostcity("worker", "--batch", home=tmp_path, extra_env=env)
    assert result.returncode == 0, result.stderr


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_gunicorn_with_collected_static_files(tmp_path):
    import re
    import time
    import urllib.request

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update({"HOSTCITY_HOME": str(tmp_path), "SECRET_KEY": "serve-test"})
    server = subprocess.Popen(
        [sys.executable, "-m", "hostcity.cli", "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    health = response.read().decode()
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not answer"
                time.sleep(0.3)
        assert '"status": "ok"' in health
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/") as response:
            page = response.read().decode()
        css = re.search(r'href="(/static/vendor/bootstrap-5\.3\.9/bootstrap\.min\.[0-9a-f]{12}\.css)"', page)
        assert css, "static files are not served under their hashed names"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{css.group(1)}") as response:
            assert response.status == 200 and "immutable" in response.headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_backup_and_restore_commands(tmp_path):
    home = tmp_path / "home"
    env = {"HOSTCITY_DEBUG": "1"}
    assert hostcity("manage", "migrate", "-v", "0", home=home, extra_env=env).returncode == 0
    users = "from django.contrib.auth.models import User; User.objects"
    made = hostcity("manage", "shell", "-c", f"{users}.create(username='keep')", home=home, extra_env=env)
    assert made.returncode == 0, made.stderr
    archive = tmp_path / "b.tar.gz"
    done = hostcity("backup", "--out", str(archive), home=home, extra_env=env)
    assert done.returncode == 0 and "sqlite database" in done.stdout, done.stderr
    hostcity("manage", "shell", "-c", f"{users}.all().delete()", home=home, extra_env=env)
    refused = hostcity("restore", str(tmp_path / "nothing.tar.gz"), "--yes", home=home, extra_env=env)
    assert refused.returncode == 1 and "hostcity restore:" in refused.stderr
    back = hostcity("restore", str(archive), "--yes", home=home, extra_env=env)
    assert back.returncode == 0, back.stderr
    db = sqlite3.connect(home / "hostcity.sqlite3")
    assert db.execute("select username from auth_user").fetchall() == [("keep",)]


def test_the_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        "HOSTCITY_DEBUG": "0",
        "HOSTCITY_HTTPS": "1",
        "SECRET_KEY": "x" * 20 + "-production-secret-key-of-enough-length-and-variety-0123456789",
        "HOSTCITY_ALLOWED_HOSTS": "hostcity.example.org",
    }
    done = hostcity("manage", "check", "--deploy", "--fail-level", "WARNING", home=tmp_path, extra_env=env)
    assert done.returncode == 0 and "no issues" in done.stdout, done.stdout + done.stderr
