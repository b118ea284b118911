"""The `hostcity` command: demo, serve, worker, and `manage` passing through to Django."""

import argparse
import os
import secrets
import subprocess
import sys
from datetime import datetime
from pathlib import Path


def _home() -> Path:
    home = Path(os.environ.setdefault("HOSTCITY_HOME", "./var")).resolve()
    home.mkdir(parents=True, exist_ok=True)
    os.environ["HOSTCITY_HOME"] = str(home)
    return home


def _demo_secret_key(home: Path) -> None:
    """The demo keeps a generated key under HOSTCITY_HOME; a real deployment sets SECRET_KEY itself."""
    if os.environ.get("SECRET_KEY"):
        return
    path = home / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    os.environ["SECRET_KEY"] = path.read_text().strip()


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.settings")
    import django

    django.setup()


def _prepare(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("createcachetable", verbosity=verbosity)  # the cache's table (without Redis) first
    call_command("migrate", interactive=False, verbosity=verbosity)
    call_command("collectstatic", interactive=False, verbosity=verbosity)
    from hostcity.shared.documents.fonts import regular_arabic_font_path, regular_font_path

    regular_font_path()  # the documents' fonts, made once per machine (about 20 s), before the first print
    regular_arabic_font_path()


def _serve(bind: str, workers: int) -> None:
    args = [
        sys.executable,
        "-m",
        "gunicorn",
        "hostcity.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        "--timeout",
        "120",
    ]
    sys.stdout.flush()
    os.execv(sys.executable, args)


def cmd_demo(options) -> int:
    home = _home()
    _demo_secret_key(home)
    os.environ.pop("DATABASE_URL", None)  # the demo is the embedded SQLite one, whatever is configured
    # Its administrator signs in with the printed password alone, unless asked otherwise; a real
    # deployment requires administrators to have a second factor (the default).
    os.environ.setdefault("HOSTCITY_ADMIN_SECOND_FACTOR", "0")
    _setup_django()
    _prepare()
    from django.conf import settings

    from hostcity.demo.load import DEMO_PASSWORD, load_demo

    summary = load_demo()
    url = f"http://127.0.0.1:{options.port}/"
    print(f"hostcity demo in {home}")
    print(
        f"  {summary['areas']} functional areas, {summary['venues']} venues, {summary['rooms']} rooms, "
        f"{summary['new_bookings']} new bookings, {summary['delegations']} delegations with "
        f"{summary['badges']} badges at a demo summit"
    )
    if summary["requests"]:
        planned = f"{summary['scheduled']} of {summary['requests']}"
        print(f"  the demo summit planned: {planned} bilateral requests scheduled")
    match = summary.get("matchmaking") or {}
    if match.get("requested"):
        print(
            f"  the demo matchmaking (CIFTIS 2027): {match['met']} of {match['requested']} meetings placed "
            f"for {match['companies']} companies; public form at {url}match/ciftis-2027/"
        )
    print(f"  the public directory for foreign residents and visitors (no sign-in): {url}visit/")
    if summary.get("glossary"):
        glossary = summary["glossary"]
        print(
            f"  the glossary of standard translations: {glossary['terms']} terms; its consistency check "
            f"finds {glossary['findings']} names to look at: {url}glossary/check/"
        )
    print(f"  sign in at {url} with any of these users, password {DEMO_PASSWORD!r}:")
    for username, label in summary["users"]:
        print(f"    {username:<18} {label}")
    if not settings.HOSTCITY_ADMIN_SECOND_FACTOR:
        print(
            "  a second factor (authenticator app) is optional for every user here, from the account page;"
            " with HOSTCITY_ADMIN_SECOND_FACTOR=1, as in production, administrators must set one up"
        )
    if options.prepare_only:
        return 0
    # Planning runs started from the browser need a worker: the demo starts one beside the server, in
    # the same process group, so Ctrl-C stops both.
    subprocess.Popen([sys.executable, "-m", "hostcity.cli", "worker"], env=os.environ.copy())
    print(f"  serving on {url}, with a background worker (Ctrl-C stops both)")
    _serve(f"127.0.0.1:{options.port}", options.workers)
    return 0


def cmd_serve(options) -> int:
    _home()
    _setup_django()
    if not options.no_prepare:
        _prepare()
    _serve(options.bind, options.workers)
    return 0


def cmd_worker(options) -> int:
    _home()
    _setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from hostcity.shared.runs.watchdog import start_watching

    start_watching()  # runs lost with a dead worker are retried or failed by the live ones
    if settings.REDIS_URL:
        # django-tasks-rq's jobs need its own job class to be run.
        extra = ["--job-class", "django_tasks_rq.Job", *(["--burst"] if options.batch else [])]
        call_command("rqworker", *options.queues, *extra)
    else:
        extra = ["--batch", "--no-startup-delay"] if options.batch else []
        call_command("db_worker", "--queue-name", ",".join(options.queues), *extra)
    return 0


def cmd_backup(options) -> int:
    _home()
    _setup_django()
    from hostcity.backups import BackupError, backup

    out = Path(options.out or f"hostcity-backup-{datetime.now():%Y%m%d-%H%M%S}.tar.gz")
    try:
        manifest = backup(out)
    except BackupError as error:
        print(f"hostcity backup: {error}", file=sys.stderr)
        return 1
    rows = sum(manifest["rows"].values())
    print(f"{out}: {manifest['database']} database ({rows} rows), {manifest['files']} uploaded files")
    return 0


def cmd_restore(options) -> int:
    _home()
    _setup_django()
    from hostcity.backups import BackupError, check, restore

    try:
        manifest = check(Path(options.archive))
        if not options.yes:
            question = (
                f"Replace this database and its uploaded files with the backup of {manifest['created']}?"
            )
            answer = input(f"{question} [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing restored")
                return 1
        manifest = restore(Path(options.archive))
    except BackupError as error:
        print(f"hostcity restore: {error}", file=sys.stderr)
        return 1
    files = manifest["files"]
    print(f"restored the {manifest['database']} backup of {manifest['created']} ({files} uploaded files)")
    return 0


def cmd_plan(options) -> int:
    from hostcity.planning.cli import main as plan_main  # pure Python: no Django here

    return plan_main(options.args)


def cmd_manage(options) -> int:
    _home()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["hostcity manage", *options.args])
    return 0


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port must be a number, not {value!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be between 1 and 65535, not {port}")
    return port


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="hostcity", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="set up the demo (SQLite, demo data, users) and serve it")
    demo.add_argument("--port", type=_port, default=8000)
    demo.add_argument("--workers", type=int, default=2)
    demo.add_argument("--prepare-only", action="store_true", help="set everything up, do not serve")
    demo.set_defaults(func=cmd_demo)

    serve = sub.add_parser("serve", help="migrate, collect static files and serve with gunicorn")
    serve.add_argument("--bind", default="127.0.0.1:8000")
    serve.add_argument("--workers", type=int, default=int(os.environ.get("HOSTCITY_WORKERS", "3")))
    serve.add_argument("--no-prepare", action="store_true", help="skip migrate and collectstatic")
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser(
        "worker", help="run background tasks (database queue, or RQ when REDIS_URL is set)"
    )
    worker.add_argument("queues", nargs="*", default=["default"])
    worker.add_argument("--batch", action="store_true", help="run what is queued, then exit")
    worker.set_defaults(func=cmd_worker)

    backup = sub.add_parser("backup", help="back up the database and the uploaded files into one .tar.gz")
    backup.add_argument("--out", help="the archive to write (default hostcity-backup-DATE.tar.gz)")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace the database and uploaded files with a backup's")
    restore.add_argument("archive")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=cmd_restore)

    plan = sub.add_parser(
        "plan", help="plan a hostcity/1 problem, or `plan check PROBLEM PLAN`", add_help=False
    )
    plan.add_argument("args", nargs=argparse.REMAINDER)
    plan.set_defaults(func=cmd_plan)

    manage = sub.add_parser("manage", help="any Django management command", add_help=False)
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return top


def main(argv: list[str] | None = None) -> int:
    options = parser().parse_args(argv)
    return options.func(options)


if __name__ == "__main__":
    sys.exit(main())
