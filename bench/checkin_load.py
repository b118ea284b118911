"""The check-in API under load: PostgreSQL, the production server (gunicorn), the load from a
second process on loopback (wrk). Target: at least 500 scans/s for 60 s, p99 under 50 ms, no errors.

    python bench/checkin_load.py [--seconds 60] [--connections 8] [--workers 3] [--delegates 2000]

DATABASE_URL chooses the database (default postgres://postgres@127.0.0.1:5432/hostcity_checkin_bench,
emptied and refilled each run). Every request posts a real signed badge token (a random one of the
delegates') with the gate's zone through a DRF token; the server verifies the signature, looks the
badge up, decides and logs the scan. Prints a table; asserts nothing. Needs wrk (apt-get install wrk).
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/hostcity_checkin_bench"


def fresh_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')


def prepare(n_delegates: int) -> tuple[str, list[str], int]:
    """Migrate, make an event with a zone, delegations and badges; return a gate's API token and the
    badges' signed tokens."""
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("createcachetable", verbosity=0)
    call_command("migrate", verbosity=0)
    import pycountry
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    from hostcity.accounts.roles import sync_roles
    from hostcity.delegations.accreditation.badges import issue_badges
    from hostcity.delegations.accreditation.signing import token_for
    from hostcity.delegations.models import Delegate, Delegation, Zone, ZoneAccess
    from hostcity.events.models import Event
    from hostcity.shared.audit.trail import Actor

    sync_roles()
    today = timezone.localdate()
    event = Event.objects.create(
        name_en="Bench summit",
        name_zh="压测峰会",
        kind="summit",
        start_date=today,
        end_date=today + timedelta(days=2),
    )
    zone = Zone.objects.create(event=event, code="P", name_en="Plenary hall", name_zh="全体会议厅")
    for category in Delegate.Category.values:
        ZoneAccess.objects.create(
            zone=zone, category=category, valid_from=today, valid_to=today + timedelta(days=2)
        )
    countries = [c.alpha_3 for c in pycountry.countries][: max(1, n_delegates // 20)]
    per = -(-n_delegates // len(countries))
    for code in countries:
        Delegation.objects.create(event=event, country=code, head_rank=1, quota=per, registration="approved")
    rng = random.Random(5)
    members = []
    for delegation in Delegation.objects.filter(event=event):
        for k in range(per):
            members.append(
                Delegate(
                    delegation=delegation,
                    family_name=f"Family{rng.randint(0, 10**6)}",
                    given_names="Given",
                    name_zh="代表",
                    category="head" if k == 0 else "official",
                )
            )
    Delegate.objects.bulk_create(members[:n_delegates])
    badges = issue_badges(event, by=Actor())
    tokens = [token_for(b) for b in badges]
    gate = get_user_model().objects.create_user("bench_gate", password="x")
    gate.groups.add(Group.objects.get(name="checkin_staff"))
    return Token.objects.create(user=gate).key, tokens, event.pk


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


LUA = """
local tokens = {}
for line in io.lines("%(tokens)s") do tokens[#tokens + 1] = line end
math.randomseed(os.time())
request = function()
  local body = '{"token":"' .. tokens[math.random(#tokens)] ..
    '","event":%(event)d,"zone":"P","gate":"bench"}'
  return wrk.format("POST", "/api/checkin/", {["Content-Type"] = "application/json",
    ["Authorization"] = "Token %(key)s"}, body)
end
"""


def parse_wrk(text: str) -> dict:
    def ms(value: str) -> float:
        number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    out = {"rate": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    out["requests"] = int(re.search(r"(\d+) requests in", text).group(1))
    for pct in ("50", "90", "99"):
        out[f"p{pct}"] = ms(re.search(rf"\s{pct}%\s+(\S+)", text).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket_errors = re.search(r"Socket errors: (.*)", text)
    out["errors"] = int(non2xx.group(1)) if non2xx else 0
    out["socket"] = socket_errors.group(1).strip() if socket_errors else "none"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--delegates", type=int, default=2000)
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install -y wrk")
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    home = tempfile.mkdtemp(prefix="hostcity-checkin-bench-")
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-only-secret",
        "HOSTCITY_HOME": home,
        "HOSTCITY_DEBUG": "0",
        "DJANGO_SETTINGS_MODULE": "hostcity.settings",
        "PYTHONPATH": str(ROOT / "src"),
    }
    os.environ.update(env)
    fresh_database(url)
    started = time.perf_counter()
    key, tokens, event = prepare(options.delegates)
    print(f"prepared {len(tokens)} badges in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    token_file = Path(home) / "tokens.txt"
    token_file.write_text("\n".join(tokens) + "\n")
    script = Path(home) / "scan.lua"
    script.write_text(LUA % {"tokens": token_file, "key": key, "event": event})
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "hostcity.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(options.workers),
            "--threads",
            str(options.threads),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        check = urllib.request.Request(
            f"{base}/api/checkin/",
            data=json.dumps({"token": tokens[0], "event": event, "zone": "P"}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Token {key}"},
        )
        answer = json.loads(urllib.request.urlopen(check).read())
        assert answer["allowed"], answer
        subprocess.run(  # warm every worker
            ["wrk", "-t2", f"-c{options.connections}", "-d5s", "-s", str(script), base],
            capture_output=True,
            check=True,
        )
        run = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{options.connections}",
                f"-d{options.seconds}s",
                "--latency",
                "-s",
                str(script),
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        result = parse_wrk(run.stdout)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    import django.db

    django.db.connections.close_all()
    from hostcity.delegations.models import Scan

    logged = Scan.objects.count()
    print(
        f"Check-in API, PostgreSQL, gunicorn {options.workers} workers × {options.threads} threads, "
        f"wrk 2 threads {options.connections} connections, {options.seconds} s, {len(tokens)} badges\n"
    )
    print("| scans/s | requests | p50 ms | p90 ms | p99 ms | non-2xx | socket errors | scans logged |")
    print("|---:|---:|---:|---:|---:|---:|---|---:|")
    print(
        f"| {result['rate']:.0f} | {result['requests']} | {result['p50']:.1f} | {result['p90']:.1f} | "
        f"{result['p99']:.1f} | {result['errors']} | {result['socket']} | {logged} |"
    )
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
