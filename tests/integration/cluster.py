"""A small hostcity cluster on loopback for the integration tests: its own PostgreSQL database and
Redis database, app servers and workers started as `hostcity serve` and `hostcity worker` would be on
separate machines (each in a process group of its own, so that one can be killed whole, as a machine
is lost), and a signed-in HTTP client."""

from __future__ import annotations

import contextlib
import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PG_ADMIN = os.environ.get("HOSTCITY_IT_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("HOSTCITY_IT_REDIS", "redis://127.0.0.1:6379/13")
REQUIRED = os.environ.get("HOSTCITY_REQUIRE_SERVICES") == "1"  # CI: a missing service fails, not skips


def unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason} (HOSTCITY_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_postgres_database(name: str) -> str:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:  # no server, no rights
        unavailable(f"PostgreSQL at {PG_ADMIN} is not usable: {error}")
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"


def drop_postgres_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh_redis() -> str:
    try:
        import redis

        redis.Redis.from_url(REDIS, socket_connect_timeout=3).flushdb()
    except ImportError:
        unavailable("the RQ backend is not installed: pip install -e '.[rq]'")
    except Exception as error:
        unavailable(f"Redis at {REDIS} is not usable: {error}")
    return REDIS


def descendants(pid: int) -> list[int]:
    """Every living process below `pid`, from /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


@dataclass
class Cluster:
    env: dict
    log_dir: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def hostcity(self, *args: str, timeout: float = 300) -> str:
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "hostcity.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, f"hostcity {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
        print(f"hostcity {args[0]} {args[1] if len(args) > 1 else ''}: {time.monotonic() - started:.1f} s")
        return done.stdout

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "w")  # noqa: SIM115 - closed when the process ends
        process = subprocess.Popen(
            [sys.executable, "-m", "hostcity.cli", *args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a process group of its own: killed whole, like a lost machine
        )
        self.processes[name] = process
        return process

    def app(self, name: str) -> str:
        port = free_port()
        self.start(name, "serve", "--no-prepare", "--bind", f"127.0.0.1:{port}", "--workers", "2")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2)
                return base
            except OSError:
                assert self.processes[name].poll() is None, self.log(name)
                time.sleep(0.2)
        raise AssertionError(f"{name} did not answer in 60 s:\n{self.log(name)}")

    def kill(self, name: str) -> None:
        """SIGKILL to the process and everything it started, as when its machine is lost: RQ's work
        horse (which RQ puts in a session of its own) and the engine's child included."""
        process = self.processes[name]
        for pid in [process.pid, *descendants(process.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.wait(timeout=10)

    def holder(self, pid: int) -> str | None:
        """Which started process `pid` is, or descends from."""
        for name, process in self.processes.items():
            if pid == process.pid or pid in descendants(process.pid):
                return name
        return None

    def log(self, name: str) -> str:
        return (self.log_dir / f"{name}.log").read_text(errors="replace")[-4000:]

    def stop_all(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=15)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    os.killpg(process.pid, signal.SIGKILL)


class Browser:
    """A signed-in user over plain HTTP: cookies, the CSRF token, redirects followed."""

    def __init__(self, base: str, username: str, password: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.get("/accounts/login/")
        page = self.post("/accounts/login/", {"username": username, "password": password})
        assert "/accounts/login/" not in page.url, f"{username} could not sign in"

    def get(self, path: str):
        return self.opener.open(self.base + path, timeout=30)

    def post(self, path: str, data: dict):
        csrf = next(c.value for c in self.jar if c.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": csrf}).encode()
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + "/"})
        return self.opener.open(request, timeout=30)

    def run_started(self, event_id: int, seconds: int) -> int:
        """Press "Plan" on the event's page; returns the new run's number from where it leads."""
        page = self.post(f"/events/{event_id}/plan/", {"time_limit": seconds})
        found = re.search(r"/events/runs/(\d+)/$", page.url)
        assert found, f"no run started: landed on {page.url}"
        return int(found.group(1))
