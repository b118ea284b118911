"""Backups round trip: records and uploaded files backed up, changed, restored as they were; bad
archives refused with the reason and nothing touched. On SQLite here, on PostgreSQL in .ci/run's
second pass (pg_dump and pg_restore)."""

import io
import json
import tarfile

import pytest

from hostcity.backups import BackupError, backup, check, restore
from hostcity.registry.models import Qualification
from tests.factories import make_venue

pytestmark = pytest.mark.django_db(transaction=True)


def _qualification(name: str) -> Qualification:
    return Qualification.objects.create(
        profession_en=name, profession_zh="建筑师", country="FRA", body_en="Ordre", equivalent_en=name,
        equivalent_zh="建筑师", recognized_on="2020-01-01",
    )  # fmt: skip


def test_round_trip(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "photos").mkdir(parents=True)
    (tmp_path / "media" / "photos" / "a.png").write_bytes(b"png-bytes")
    make_venue(code="hall", name_en="Hall")
    _qualification("Architect")
    archive = tmp_path / "backup.tar.gz"
    manifest = backup(archive)
    assert manifest["files"] == 1 and manifest["rows"]["registry_qualification"] == 1
    assert not (tmp_path / "backup.tar.gz.partial").exists()
    Qualification.objects.all().delete()
    _qualification("Engineer")
    (tmp_path / "media" / "photos" / "a.png").write_bytes(b"changed")
    (tmp_path / "media" / "stray.txt").write_text("later")
    restore(archive)
    assert list(Qualification.objects.values_list("profession_en", flat=True)) == ["Architect"]
    assert (tmp_path / "media" / "photos" / "a.png").read_bytes() == b"png-bytes"
    assert not (tmp_path / "media" / "stray.txt").exists()


def test_bad_archives_are_refused_and_nothing_touched(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    _qualification("Architect")
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not an archive")
    with pytest.raises(BackupError, match=r"not a readable \.tar\.gz"):
        restore(junk)
    plain = tmp_path / "plain.tar.gz"
    with tarfile.open(plain, "w:gz") as archive:
        info = tarfile.TarInfo("hello.txt")
        archive.addfile(info, io.BytesIO(b""))
    with pytest.raises(BackupError, match=r"no manifest\.json"):
        check(plain)
    other = tmp_path / "other.tar.gz"
    kind = "postgresql" if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3") else "sqlite"
    data = json.dumps(
        {"format": "hostcity-backup/1", "database": kind, "migrations": [], "rows": {}, "files": 0}
    )
    with tarfile.open(other, "w:gz") as archive:
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data.encode()))
    with pytest.raises(BackupError, match=f"this is a {kind} backup"):
        restore(other)
    assert Qualification.objects.count() == 1
