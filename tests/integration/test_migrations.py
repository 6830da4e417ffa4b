"""Migrations: a database at the first revision is upgraded with every row intact."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from consultant_app.store.database import open_database
from consultant_app.store.engine import create_sqlite_engine
from consultant_app.store.migrate import script_revisions, upgrade
from consultant_app.store.schema import HEAD, REVISIONS
from tests.support.db import connect_raw

ROWS = {
    "cluster": [
        "INSERT INTO cluster (id, code, position, name_nl, name_fr, name_en, created_at,"
        " updated_at) VALUES ('c1', 'production', 1, 'Productie', 'Production', 'Production',"
        " '2021-01-01', '2021-01-01')"
    ],
    "function": [
        "INSERT INTO function (id, cluster_id, code, name_nl, name_fr, name_en, created_at,"
        " updated_at) VALUES ('f1', 'c1', 'production_assistant', 'Productieassistent',"
        " 'Assistant de production', 'Production assistant', '2021-01-01', '2021-01-01')"
    ],
    "host": [
        "INSERT INTO host (id, name, enterprise_number, joint_committee, language_role,"
        " municipality, created_at, updated_at) VALUES ('h1', 'Clin D''Oeil Film Srl',"
        " '0123456749', '303.01', 'FR', 'Liège', '2021-01-01', '2021-01-01')"
    ],
    "mentor": [
        "INSERT INTO mentor (id, host_id, first_name, last_name, email, mentor_training,"
        " created_at, updated_at) VALUES ('m1', 'h1', 'Anaïs', 'Lefèvre', 'anais@example.be',"
        " 1, '2021-01-01', '2021-01-01')"
    ],
    "intern": [
        "INSERT INTO intern (id, first_name, last_name, birth_date, gender, language,"
        " national_number, municipality, created_at, updated_at) VALUES ('i1', 'Emre',"
        " 'Öztürk', '1999-05-18', 'M', 'NL', '99051822361', 'Schaerbeek', '2021-01-01',"
        " '2021-01-01')"
    ],
    "internship": [
        "INSERT INTO internship (id, reference, intern_id, host_id, mentor_id, function_id,"
        " status, start_date, planned_end_date, convention_language, convention_version,"
        " no_replacement_declared, created_at, updated_at) VALUES ('s1', 'SM-2021-042', 'i1',"
        " 'h1', 'm1', 'f1', 'completed', '2021-02-01', '2021-04-30', 'FR', 1, 1,"
        " '2021-01-01', '2021-01-01')"
    ],
    "visit": [
        "INSERT INTO visit (id, internship_id, kind, mode, planned_on, done_on, notes,"
        " created_at, updated_at) VALUES ('v1', 's1', 'midterm', 'on_site', '2021-03-15',"
        " '2021-03-16', 'Goed bezig', '2021-01-01', '2021-01-01')"
    ],
}


def _dump(path: Path) -> dict[str, list[tuple]]:
    connection = connect_raw(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ROWS
        }
    finally:
        connection.close()


def test_revisions_constant_matches_the_scripts() -> None:
    assert list(REVISIONS) == script_revisions()


def test_upgrade_from_first_revision_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_sqlite_engine(path)
    upgrade(engine, REVISIONS[0])
    with engine.begin() as connection:
        for statements in ROWS.values():
            for statement in statements:
                connection.exec_driver_sql(statement)
    engine.dispose()
    before = _dump(path)

    database = open_database(path)
    database.close()

    assert database.revision == HEAD
    assert database.backup_path is not None and database.backup_path.exists()
    after = _dump(path)
    for table, rows in before.items():
        assert len(after[table]) == len(rows) == 1, table
        # Every old value is still there (new columns are appended at the end).
        assert after[table][0][: len(rows[0])] == rows[0], table
    connection = connect_raw(path)
    search = dict(connection.execute("SELECT id, search_text FROM intern").fetchall())
    host_search = connection.execute("SELECT search_text FROM host").fetchone()[0]
    connection.close()
    assert "ozturk" in search["i1"] and "schaerbeek" in search["i1"]
    assert "clin d'oeil" in host_search and "liege" in host_search
    # The copy taken before migrating is still at the first revision.
    backup = connect_raw(database.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[0]
    backup.close()


def test_a_failed_migration_puts_the_copy_back(tmp_path: Path) -> None:
    from consultant_app.store.errors import MigrationError

    path = tmp_path / "clash.db"
    engine = create_sqlite_engine(path)
    upgrade(engine, "0002_search_text")
    with engine.begin() as connection:
        for statements in ROWS.values():
            for statement in statements:
                connection.exec_driver_sql(statement)
        # An index of the same name as one the next migration creates makes it fail half-way.
        connection.exec_driver_sql("CREATE INDEX ix_host_list_order ON host (name)")
    engine.dispose()
    before = _dump(path)

    try:
        open_database(path)
    except MigrationError as error:
        message = str(error)
    else:  # pragma: no cover - the test fails below
        message = ""
    assert "restored from the copy" in message
    connection = connect_raw(path)
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    indexes = {
        r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    connection.close()
    assert revision == "0002_search_text"
    assert "ix_internship_list_order" not in indexes  # nothing of the failed step is left
    assert _dump(path) == before


def test_migrations_run_with_foreign_keys_off_and_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that rebuilds a referenced table (SQLite's way to alter it) must work."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from consultant_app.store import migrate

    path = tmp_path / "rebuild.db"
    database = open_database(path)
    with database.engine.begin() as connection:
        for table in ("cluster", "function", "host", "mentor", "intern", "internship"):
            for statement in ROWS[table]:
                connection.exec_driver_sql(statement)
    seen = []

    def rebuild_host(config, _target):  # type: ignore[no-untyped-def]
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("host", recreate="always"):
            pass

    monkeypatch.setattr(migrate.command, "upgrade", rebuild_host)
    migrate.upgrade(database.engine)
    assert seen == [0]
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("SELECT count(*) FROM host").scalar() == 1
    database.close()


def test_a_new_database_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    open_database(path).close()
    assert path.stat().st_mode & 0o077 == 0


def test_0008_adds_snapshots_and_a_convention_signed_before_is_frozen_at_its_first_reprint(
    tmp_path: Path,
) -> None:
    from alembic import command

    from consultant_app.services.printing.conventions import issue_convention
    from consultant_app.store.migrate import alembic_config

    path = tmp_path / "before_snapshots.db"
    engine = create_sqlite_engine(path)
    upgrade(engine, "0007_form_drafts")
    # The same rows with real ids, which the printing service reads through the models.
    ids = {f"'{key}'": f"'{uuid.uuid4().hex}'" for key in ("c1", "f1", "h1", "m1", "i1", "s1")}
    with engine.begin() as connection:
        for table, statements in ROWS.items():
            for statement in statements if table != "visit" else ():
                for old, new in ids.items():
                    statement = statement.replace(old, new)
                connection.exec_driver_sql(statement)
    engine.dispose()

    database = open_database(path)
    assert database.revision == HEAD  # 0008 and every later revision ran
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM convention_snapshot").scalar() == 0
        indexes = connection.exec_driver_sql("PRAGMA index_list(convention_snapshot)").fetchall()
    assert any(row[1] == "ix_convention_snapshot_version" and row[2] == 1 for row in indexes)

    # The completed internship of before the migration is frozen when first printed again.
    first = issue_convention(database, "SM-2021-042")
    with database.engine.begin() as connection:
        host = ids["'h1'"]
        connection.exec_driver_sql(f"UPDATE host SET name = 'Autre Nom SA' WHERE id = {host}")
        frozen = connection.exec_driver_sql(
            "SELECT version, language, issued_sha256 FROM convention_snapshot"
        ).fetchall()
    assert frozen == [(1, "fr", first.sha256)]
    again = issue_convention(database, "SM-2021-042")
    assert (again.sha256, again.content) == (first.sha256, first.content)

    # And the revision goes down cleanly.
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007_form_drafts")
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
    database.close()
    assert "convention_snapshot" not in tables and "internship" in tables
