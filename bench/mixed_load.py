"""A mixed load on the production server: staff pages (signed in), the public directory, API reads and
check-ins, paced at a target rate by wrk (each thread sends on a fixed schedule, whatever the latency), on
PostgreSQL. Target: 200 requests/s for 5 minutes with no errors and p99 under 200 ms.

    python bench/mixed_load.py [--rate 200] [--seconds 300] [--connections 24] [--threads 2] [--workers 3]

DATABASE_URL chooses the database (default postgres://postgres@127.0.0.1:5432/hostcity_mixed_bench,
emptied and refilled each run); REDIS_URL the Redis of the cache (default redis://127.0.0.1:6379/14,
emptied; set it empty to use the database's cache table instead). The mix: 35 % check-ins (real signed badges), 25 % API reads (venues,
bookings, organizations), 25 % staff pages (dashboard, venue atlas, delegations), 15 % public
directory searches. Prints a table; asserts nothing. Needs wrk (apt-get install wrk).
"""

import argparse
import http.cookiejar
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/hostcity_mixed_bench"
DEFAULT_REDIS = (
    "redis://127.0.0.1:6379/14"  # REDIS_URL= (empty) runs without Redis: the database's cache table
)
STAFF_PAGES = ["/", "/venues/", "/delegations/", "/registry/organizations/"]
API_READS = ["/api/venues/", "/api/bookings/?page=1", "/api/organizations/", "/api/rooms/?page=2"]
PUBLIC_PAGES = [
    "/visit/",
    "/visit/?q=clinic",
    "/visit/?kind=hospital&near=third-embassy-area",
    "/visit/?language=fr",
]

LUA = """
local tokens = {}
for line in io.lines("%(tokens)s") do tokens[#tokens + 1] = line end
math.randomseed(os.time())
local api = {%(api)s}
local pages = {%(pages)s}
local public = {%(public)s}
-- Paced on a schedule: each of wrk's threads owes one request every %(interval).3f ms, whatever the
-- responses' latency; a connection whose response came early waits for the next slot, so the offered
-- rate is the target's (a slower server shows a lower rate). At most a second of missed slots is kept.
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } hostcity_ts; int clock_gettime(int, hostcity_ts *); ]]
local clock = ffi.new("hostcity_ts")
local function now_ms()
  ffi.C.clock_gettime(1, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end
local due = nil
delay = function()
  local now = now_ms()
  if due == nil or due < now - 1000 then due = now end
  due = due + %(interval).3f
  return math.max(0, math.floor(due - now))
end
request = function()
  local r = math.random(100)
  if r <= 35 then
    local body = '{"token":"' .. tokens[math.random(#tokens)] .. '","event":%(event)d,"zone":"P","gate":"bench"}'
    return wrk.format("POST", "/api/checkin/", {["Content-Type"] = "application/json",
      ["Authorization"] = "Token %(gate)s"}, body)
  elseif r <= 60 then
    return wrk.format("GET", api[math.random(#api)], {["Authorization"] = "Token %(staff)s"})
  elseif r <= 85 then
    return wrk.format("GET", pages[math.random(#pages)], {["Cookie"] = "%(cookie)s"})
  else
    return wrk.format("GET", public[math.random(#public)])
  end
end
"""


def lua_list(paths: list[str]) -> str:
    return ", ".join(f'"{p}"' for p in paths)


def prepare_more() -> tuple[str, str]:
    """A staff user with an API token and a session cookie, and some directory entries."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token
    from tests.directory.test_directory import HOSPITAL

    from hostcity.demo.load import load_areas, load_venues

    load_venues(load_areas())
    staff = get_user_model().objects.create_user("bench_staff", password="bench-password-1")
    staff.groups.add(Group.objects.get(name="administrator"))
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)  # administrators must have one
    from hostcity.directory import revisions

    editor = get_user_model().objects.create_user("bench_editor", password="x")
    for k in range(200):
        data = {**HOSPITAL, "slug": f"clinic-{k}", "name_en": f"Clinic {k}", "name_zh": f"诊所{k}"}
        revisions.publish(revisions.propose("hospital", data, by=editor), by=staff)
    return Token.objects.create(user=staff).key, "bench_staff"


def session_cookie(base: str, username: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base}/accounts/login/")
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    form = urllib.parse.urlencode(
        {"username": username, "password": "bench-password-1", "csrfmiddlewaretoken": csrf}
    )
    signed = opener.open(
        urllib.request.Request(f"{base}/accounts/login/", data=form.encode(), headers={"Referer": base})
    )
    if "/accounts/two-factor/verify/" in signed.url:  # the administrator's second factor, as in production
        from django_otp.plugins.otp_totp.models import TOTPDevice
        from tests.factories import totp_code

        csrf = next(c.value for c in jar if c.name == "csrftoken")
        code = totp_code(TOTPDevice.objects.get(user__username=username))
        form = urllib.parse.urlencode({"token": code, "csrfmiddlewaretoken": csrf, "next": "/"})
        opener.open(urllib.request.Request(signed.url, data=form.encode(), headers={"Referer": base}))
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    for path in STAFF_PAGES:  # every page of the mix answers 200 itself, not a redirect to a sign-in step
        answer = urllib.request.urlopen(urllib.request.Request(f"{base}{path}", headers={"Cookie": cookie}))
        assert answer.status == 200 and answer.url == f"{base}{path}", (path, answer.url)
    return cookie


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--connections", type=int, default=24)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument(
        "--threads", type=int, default=2, help="wrk's threads (each paced on its own schedule)"
    )
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install -y wrk")
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    home = tempfile.mkdtemp(prefix="hostcity-mixed-bench-")
    redis = os.environ.get("REDIS_URL", DEFAULT_REDIS)
    if redis:  # the cache (kept permissions, menus, renders) in Redis, as on several machines
        import redis as redis_client

        redis_client.Redis.from_url(redis).flushdb()
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": redis, "SECRET_KEY": "bench-only-secret", "HOSTCITY_HOME": home,
           "HOSTCITY_DEBUG": "0", "DJANGO_SETTINGS_MODULE": "hostcity.settings", "PYTHONPATH": str(ROOT / "src"),
           "HOSTCITY_LOGIN_FAILURES": "1000"}  # fmt: skip
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    from checkin_load import free_port, fresh_database, parse_wrk, prepare

    fresh_database(url)
    gate, tokens, event = prepare(2000)
    staff_key, staff_name = prepare_more()
    subprocess.run(
        [sys.executable, "-m", "django", "collectstatic", "--noinput", "-v", "0"], env=env, check=True
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "hostcity.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(options.workers), "--log-level", "warning"],
        env=env,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        cookie = session_cookie(base, staff_name)
        token_file = Path(home) / "tokens.txt"
        token_file.write_text("\n".join(tokens) + "\n")
        script = Path(home) / "mixed.lua"
        interval = options.threads * 1000 / options.rate  # each thread's share of the schedule
        script.write_text(
            LUA
            % {
                "pages": lua_list(STAFF_PAGES),
                "api": lua_list(API_READS),
                "public": lua_list(PUBLIC_PAGES),
                "tokens": token_file,
                "gate": gate,
                "event": event,
                "staff": staff_key,
                "cookie": cookie,
                "interval": interval,
            }
        )
        warm = ["wrk", f"-t{options.threads}", f"-c{options.connections}", "-d10s", "-s", str(script), base]
        subprocess.run(warm, capture_output=True, check=True)
        run = subprocess.run(
            ["wrk", f"-t{options.threads}", f"-c{options.connections}", f"-d{options.seconds}s", "--latency", "-s", str(script), base],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = parse_wrk(run.stdout)
        p999 = re.search(r"99\.9+%\s+(\S+)", run.stdout)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print(
        f"Mixed load, PostgreSQL{' and Redis' if redis else ''}, gunicorn {options.workers} workers, wrk {options.connections} connections "
        f"paced at {options.rate}/s, {options.seconds} s\n"
    )
    print("| requests/s | requests | p50 ms | p90 ms | p99 ms | non-2xx | socket errors |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    print(
        f"| {result['rate']:.0f} | {result['requests']} | {result['p50']:.1f} | {result['p90']:.1f} | "
        f"{result['p99']:.1f} | {result['errors']} | {result['socket']} |"
    )
    if p999:
        print(f"\n(p99.9 as wrk prints it: {p999.group(1)})")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
