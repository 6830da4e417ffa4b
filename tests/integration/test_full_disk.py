"""A really full disk (a small filesystem): backup, restore, migration and import say what
could not be written and where, in one line; the original is intact and nothing is left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant_app.store.backups import backup_database, check_database
from consultant_app.store.engine import create_sqlite_engine
from consultant_app.store.migrate import upgrade
from consultant_app.store.schema import REVISIONS
from tests.support.db import copy_db
from tests.support.internship_csv import count_interns

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="mounts a small tmpfs (Linux)"),
]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 MB filesystem of its own, to be filled up by the test."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"a small filesystem cannot be mounted here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _leave_free(disk: Path, free: int) -> None:
    """Fill *disk* with a ballast file until about *free* bytes remain."""
    stats = os.statvfs(disk)
    available = stats.f_bavail * stats.f_frsize
    with (disk / "ballast").open("wb") as stream:
        remaining = max(0, available - free)
        block = b"\0" * (1 << 20)
        while remaining > 0:
            stream.write(block[: min(len(block), remaining)])
            remaining -= len(block)


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consultant_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.rglob("*") if p.name.endswith((".tmp", "-journal", ".tmp-wal"))
    )


def _one_clear_line(result: subprocess.CompletedProcess[str], where: Path) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "full" in result.stderr and str(where) in result.stderr, result.stderr


def test_a_backup_to_a_full_disk(demo_files, tmp_path: Path, small_disk: Path) -> None:
    db = copy_db(demo_files(11), tmp_path / "fund.db")
    before = db.read_bytes()
    _leave_free(small_disk, 256 * 1024)
    result = _run(db, "backup", "--to", str(small_disk / "backups"))
    _one_clear_line(result, small_disk / "backups")
    assert db.read_bytes() == before
    assert _leftovers(small_disk) == []
    assert not list((small_disk / "backups").glob("*.db"))


def test_a_restore_on_a_full_disk_keeps_the_database(
    demo_files, tmp_path: Path, small_disk: Path
) -> None:
    db = copy_db(demo_files(11), small_disk / "fund.db")
    backup = backup_database(db, tmp_path / "backups")
    before = db.read_bytes()
    _leave_free(small_disk, db.stat().st_size // 2)  # not even room to keep it aside
    result = _run(db, "restore", str(backup))
    _one_clear_line(result, small_disk)
    assert db.read_bytes() == before
    assert check_database(db) == []
    assert _leftovers(small_disk) == []
    assert not list(small_disk.glob("fund.db.before-restore-*"))


def test_a_migration_on_a_full_disk_leaves_the_old_file(tmp_path: Path, small_disk: Path) -> None:
    db = small_disk / "old.db"
    engine = create_sqlite_engine(db)
    upgrade(engine, REVISIONS[-2])
    with engine.begin() as connection:
        for number in range(3000):
            connection.exec_driver_sql(
                "INSERT INTO intern (id, first_name, last_name, birth_date, gender, language, "
                "created_at, updated_at, search_text) VALUES "
                f"('{number:032x}', 'Kim', 'Maes{number}', '2000-01-01', 'F', 'NL', "
                "'2021-01-01', '2021-01-01', '')"
            )
    engine.dispose()
    before = db.read_bytes()
    _leave_free(small_disk, db.stat().st_size // 3)
    env = dict(os.environ, CONSULTANT_APP_PASSPHRASE="a passphrase for the full disk")
    result = subprocess.run(
        [sys.executable, "-m", "consultant_app", "--db", str(db), "migrate"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    _one_clear_line(result, small_disk)
    assert db.read_bytes() == before  # still the plain file of the earlier version
    assert _leftovers(small_disk) == []
    assert sorted(p.name for p in small_disk.iterdir()) == ["ballast", "old.db", "old.db-lock"]


def test_an_import_on_a_full_disk_changes_nothing(
    demo_files, tmp_path: Path, small_disk: Path
) -> None:
    db = copy_db(demo_files(11), small_disk / "fund.db")
    rows = [
        f"SM-2019-{number:04d},Kim{number},Maes{number},2001-04-02,F,NL,Studio Noord,"
        f"0403.170.701,227,NL,Production assistant,2019-03-04,2019-05-24"
        for number in range(1, 5001)
    ]
    source = tmp_path / "many.csv"
    source.write_text(
        "reference,intern_first_name,intern_last_name,intern_birth_date,intern_gender,"
        "intern_language,host_name,host_enterprise_number,host_joint_committee,host_language,"
        "function,start_date,end_date\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    shutil.rmtree(small_disk / "backups", ignore_errors=True)
    before = count_interns(db)
    _leave_free(small_disk, 64 * 1024)
    result = _run(db, "import", "internships", str(source))
    _one_clear_line(result, small_disk)
    (small_disk / "ballast").unlink()
    assert check_database(db) == []
    assert count_interns(db) == before
