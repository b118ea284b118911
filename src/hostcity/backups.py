"""Backups: the database (a consistent copy of the SQLite file through SQLite's backup API, or a
pg_dump of PostgreSQL in its custom format) and the uploaded files, in one .tar.gz with a manifest
(format, when, database kind, the migrations applied, the rows of every table). Restoring checks the
archive and the manifest first and refuses, saying why, an archive that is not a hostcity backup, is
damaged, is of the other kind of database, or is newer than this code; then it replaces the database
(SQLite: swapped in whole; PostgreSQL: pg_restore in a single transaction) and the uploaded files."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, connections
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "hostcity-backup/1"


class BackupError(Exception):
    pass


def _vendor() -> str:
    return connection.vendor  # "sqlite" or "postgresql"


def _counts() -> dict[str, int]:
    return {
        model._meta.db_table: model.objects.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def _migrations() -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder.Migration.objects.values_list("app", "name"))


def _pg_env() -> tuple[list[str], dict]:
    db = connection.settings_dict
    args = ["--host", db.get("HOST") or "127.0.0.1", "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return [*args, "--dbname", db["NAME"]], env


def _run(command: list[str], env: dict) -> None:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed (PostgreSQL client tools are needed)") from error
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()[:500]}")


def backup(out: Path) -> dict:
    """Write the backup to `out` (a .tar.gz); returns its manifest."""
    out = Path(out)
    media = Path(settings.MEDIA_ROOT)
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": _vendor(),
        "migrations": _migrations(),
        "rows": _counts(),
        "files": 0,
    }
    with tempfile.TemporaryDirectory(prefix="hostcity-backup-") as work:
        work = Path(work)
        if manifest["database"] == "sqlite":
            dump = work / "database.sqlite3"
            source = sqlite3.connect(connection.settings_dict["NAME"])
            target = sqlite3.connect(dump)
            with target:
                source.backup(target)
            source.close()
            target.close()
        elif manifest["database"] == "postgresql":
            dump = work / "database.pgdump"
            args, env = _pg_env()
            _run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump), *args],
                env,
            )
        else:
            raise BackupError(f"backups of {manifest['database']} databases are not supported")
        partial = out.with_name(out.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname=dump.name)
            if media.exists():
                for path in sorted(media.rglob("*")):
                    if path.is_file() and "imports" not in path.relative_to(media).parts[:1]:
                        archive.add(path, arcname=f"media/{path.relative_to(media)}")
                        manifest["files"] += 1
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        partial.replace(out)  # a backup is complete or absent, never half-written
    return manifest


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember("manifest.json")
    except KeyError:
        raise BackupError("not a hostcity backup: no manifest.json in the archive") from None
    try:
        manifest = json.load(archive.extractfile(member))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BackupError(f"manifest.json is damaged: {error}") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"not a {FORMAT} archive (format {manifest.get('format')!r})")
    return manifest


def check(path: Path) -> dict:
    """The archive's manifest after checking that this installation can restore it."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            manifest = _read_manifest(archive)
            names = set(archive.getnames())
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{path}: not a readable .tar.gz ({error})") from None
    if manifest["database"] != _vendor():
        raise BackupError(
            f"this is a {manifest['database']} backup and the database here is {_vendor()}: "
            "restore it on the same kind of database"
        )
    dump = "database.sqlite3" if manifest["database"] == "sqlite" else "database.pgdump"
    if dump not in names:
        raise BackupError(f"the archive has no {dump}")
    known = {tuple(m) for m in _migrations_on_disk()}
    unknown = [m for m in manifest["migrations"] if tuple(m) not in known and m[0] in _our_labels()]
    if unknown:
        raise BackupError(
            f"the backup is newer than this code: it has migrations this code lacks, e.g. {unknown[0]}"
        )
    return manifest


def _our_labels() -> set[str]:
    return {config.label for config in apps.get_app_configs()}


def _migrations_on_disk() -> list[tuple[str, str]]:
    from django.db.migrations.loader import MigrationLoader

    return list(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


def _safe_members(archive: tarfile.TarFile, prefix: str):
    for member in archive.getmembers():
        if member.name.startswith(prefix) and member.isfile():
            parts = Path(member.name).parts
            if ".." in parts or Path(member.name).is_absolute():
                raise BackupError(f"refusing a path outside the media folder: {member.name}")
            yield member


def restore(path: Path) -> dict:
    """Replace the database and the uploaded files with the backup's. Returns the manifest."""
    path = Path(path)
    manifest = check(path)
    media = Path(settings.MEDIA_ROOT)
    with (
        tempfile.TemporaryDirectory(prefix="hostcity-restore-") as work,
        tarfile.open(path, "r:gz") as archive,
    ):
        work = Path(work)
        if manifest["database"] == "sqlite":
            archive.extract("database.sqlite3", work, filter="data")
            restored = sqlite3.connect(work / "database.sqlite3")
            if restored.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError("the database in the backup fails SQLite's integrity check")
            connections.close_all()
            target = sqlite3.connect(connection.settings_dict["NAME"])
            with target:
                restored.backup(target)  # all pages at once, in one transaction of the target
            restored.close()
            target.close()
        else:
            archive.extract("database.pgdump", work, filter="data")
            connections.close_all()
            args, env = _pg_env()
            options = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
            _run(["pg_restore", *options, *args, str(work / "database.pgdump")], env)
        staged = work / "media"
        members = list(_safe_members(archive, "media/"))
        archive.extractall(work, members=members, filter="data")
        if media.exists():
            keep = media / "imports"
            for child in media.iterdir():
                if child != keep:
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
        media.mkdir(parents=True, exist_ok=True)
        if staged.exists():
            for item in staged.iterdir():
                shutil.move(str(item), media / item.name)
    return manifest
