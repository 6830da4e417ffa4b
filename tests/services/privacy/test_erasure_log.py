"""Erasure and the write-ahead log: the old values leave the log at once, or the user is
told that another program's reading keeps them there until it closes the database."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from consultant_app.cli import main
from consultant_app.services.privacy.anonymise import anonymise_intern
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import Internship
from tests.support.db import connect_raw


@pytest.fixture
def database(demo: Database) -> Database:
    return demo


def _an_intern(database: Database) -> uuid.UUID:
    with database.session_factory() as session:
        return session.scalars(select(Internship.intern_id).limit(1)).one()


def test_the_log_is_emptied_when_nobody_else_reads(database: Database) -> None:
    assert anonymise_intern(database, _an_intern(database)) is True
    log = database.path.with_name(database.path.name + "-wal")
    assert not log.exists() or log.stat().st_size == 0


def test_a_reader_holding_old_values_is_reported(database: Database) -> None:
    reader = connect_raw(database.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM intern").fetchone()  # an old snapshot, held
        assert anonymise_intern(database, _an_intern(database)) is False
    finally:
        reader.close()


def test_the_command_line_says_what_keeps_the_old_values(
    demo_files, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    from tests.support.db import copy_db

    path = copy_db(demo_files(11), tmp_path / "demo.db")
    database = open_database(path)
    intern = _an_intern(database)
    database.close()
    reader = connect_raw(path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM intern").fetchone()
        assert main(["--db", str(path), "anonymise", "intern", str(intern)]) == 0
    finally:
        reader.close()
    out = capsys.readouterr().out
    assert "Anonymised intern" in out and "write-ahead log" in out
