"""What schema a database file carries, read without importing Alembic.

``REVISIONS`` lists the migration scripts of ``db/versions`` in order; a test
keeps it equal to Alembic's own view, so that start-up can decide whether a
migration is due without loading Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from consultant_app.store.sqlcipher import connect

if TYPE_CHECKING:
    from consultant_app.store.keys import DatabaseKey

REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_search_text",
    "0003_list_indexes",
    "0004_wished_functions",
    "0005_intern_search_index",
    "0006_visit_log",
    "0007_form_drafts",
    "0008_convention_snapshots",
    "0009_sync_state",
)
HEAD = REVISIONS[-1]


def read_state(path: Path, key: DatabaseKey | None = None) -> tuple[str | None, int]:
    """Return (alembic revision or None, number of tables) read in read-only mode.

    Raises :class:`~consultant_app.store.errors.WrongKeyError` when *key*
    does not open the file, and the driver's ``DatabaseError`` when it is no database.
    """
    # Without a write-ahead log beside it, read the file as immutable: SQLite then
    # creates no -shm/-wal file next to a database it may be about to refuse.
    connection = connect(path, key, read_only=True, immutable_without_wal=True)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, len(tables - {"alembic_version"})
    finally:
        connection.close()
