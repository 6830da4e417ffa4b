"""Opening database files: new, existing, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from consultant_app.store.database import open_database
from consultant_app.store.errors import (
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from consultant_app.store.schema import HEAD
from tests.support.db import connect_raw


def test_new_database_gets_latest_schema_with_pragmas(db) -> None:
    assert db.revision == HEAD
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_reopening_a_current_database_makes_no_backup(db_path: Path) -> None:
    open_database(db_path).close()
    again = open_database(db_path)
    assert again.backup_path is None
    assert not list(db_path.parent.glob("*.bak"))
    again.close()


def test_foreign_keys_are_enforced(db) -> None:
    from sqlalchemy.exc import IntegrityError

    with db.engine.connect() as connection, pytest.raises(IntegrityError):
        connection.execute(
            text(
                "INSERT INTO mentor (id, host_id, first_name, last_name, mentor_training,"
                " search_text, created_at, updated_at)"
                " VALUES ('a', 'no-such-host', 'A', 'B', 0, '', '2020-01-01', '2020-01-01')"
            )
        )


def _untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    sides = {p.name for p in path.parent.glob(path.name + "-*")} - {path.name + "-lock"}
    assert not sides, "no -wal/-shm file may appear"


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Meeting notes, not a database\n")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a database"):
        open_database(path)
    _untouched(path, before)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="folder"):
        open_database(tmp_path)


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "x.db")


def test_read_only_file_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    before = db_path.read_bytes()
    db_path.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
            open_database(db_path)
        assert db_path.read_bytes() == before
    finally:
        db_path.chmod(0o600)


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    connection = connect_raw(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(db_path)
    _untouched(db_path, before)


def test_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = connect_raw(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError, match="another application"):
        open_database(path)
    _untouched(path, before)


def test_audit_trail_records_who_changed_what(db) -> None:
    from datetime import date

    from consultant_app.domain.enums import AuditAction, Gender, Language
    from consultant_app.store.models import AuditEntry, Intern

    with db.unit_of_work(actor="an.consultant") as uow:
        intern = Intern(
            first_name="Lotte",
            last_name="Peeters",
            birth_date=date(2003, 4, 5),
            gender=Gender.FEMALE,
            language=Language.NL,
        )
        uow.session.add(intern)
        uow.commit()
        intern.municipality = "Gent"
        uow.commit()
        intern.soft_delete()
        uow.commit()
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == intern.id).order_by(AuditEntry.at)
        ).all()
        actions = [(e.action, e.field, e.new_value) for e in entries]
        actors = {e.actor for e in entries}
    assert actions[0] == (AuditAction.INSERT, None, None)
    assert (AuditAction.UPDATE, "municipality", "Gent") in actions
    assert any(a == AuditAction.DELETE and f == "deleted_at" for a, f, _ in actions)
    assert actors == {"an.consultant"}


def test_uncommitted_work_is_rolled_back(db) -> None:
    from datetime import date

    from consultant_app.domain.enums import Gender, Language
    from consultant_app.store.models import Intern

    with db.unit_of_work() as uow:
        uow.session.add(
            Intern(
                first_name="Noé",
                last_name="Dubois",
                birth_date=date(2002, 1, 1),
                gender=Gender.MALE,
                language=Language.FR,
            )
        )
    with db.unit_of_work() as uow:
        assert uow.session.scalars(select(Intern)).first() is None


def test_search_text_is_normalised_on_save(db) -> None:
    from datetime import date

    from consultant_app.domain.enums import Gender, Language
    from consultant_app.store.models import Intern

    with db.unit_of_work() as uow:
        intern = Intern(
            first_name="Emre",
            last_name="Öztürk",
            birth_date=date(2002, 1, 1),
            gender=Gender.MALE,
            language=Language.NL,
            municipality="Liège",
        )
        uow.session.add(intern)
        uow.commit()
        assert "ozturk" in intern.search_text
        assert "liege" in intern.search_text


def test_missing_file_is_refused_when_it_must_exist(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(NotADatabaseError, match="There is no database"):
        open_database(path, create=False)
    assert not path.exists()
