"""Which database a file is: an identity given once, carried by every backup and copy of it.

A database gets a random identity the first time it is opened for work; its backups and
the copies kept aside carry the same one (they copy its rows). A restore compares the
backup's identity with the database's, so a file that merely opens with the same
passphrase (another consultant's database, another year's) is not taken for a backup.
Files from before identities existed are compared by the records they share.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import Engine, text

from consultant_app.store.errors import StoreError
from consultant_app.store.keys import DatabaseKey
from consultant_app.store.sqlcipher import DatabaseError, connect

#: The setting that holds the identity (a local fact: never exchanged nor synchronised).
IDENTITY_KEY = "database.identity"
#: Tables whose record ids tell two files of one database apart from two databases.
_RECORD_TABLES = ("intern", "host", "internship")


def ensure_identity(engine: Engine) -> str:
    """The identity of the database behind *engine*, given now if it has none yet."""
    with engine.begin() as connection:
        row = connection.execute(
            text("SELECT value FROM setting WHERE key = :key"), {"key": IDENTITY_KEY}
        ).first()
        if row is not None:
            return str(json.loads(row[0]))
        identity = str(uuid.uuid4())
        connection.execute(
            text(
                "INSERT INTO setting (key, value, updated_at) "
                "VALUES (:key, :value, CURRENT_TIMESTAMP)"
            ),
            {"key": IDENTITY_KEY, "value": json.dumps(identity)},
        )
        return identity


def _read(path: Path, key: DatabaseKey | None) -> tuple[str | None, set[str]]:
    connection = connect(path, key, read_only=True, immutable_without_wal=True)
    try:
        row = connection.execute(
            "SELECT value FROM setting WHERE key = ?", (IDENTITY_KEY,)
        ).fetchone()
        identity = str(json.loads(row[0])) if row else None
        records: set[str] = set()
        for table in _RECORD_TABLES:
            records.update(str(r[0]) for r in connection.execute(f"SELECT id FROM {table}"))
        return identity, records
    finally:
        connection.close()


def same_database(
    one: Path, one_key: DatabaseKey | None, other: Path, other_key: DatabaseKey | None
) -> bool | None:
    """Whether *one* and *other* are copies of one database (None: cannot be told).

    Their identities decide; a file from before identities is one database with the
    other when they share a record, or when either holds none (nothing to confuse).
    """
    try:
        one_identity, one_records = _read(one, one_key)
        other_identity, other_records = _read(other, other_key)
    except (DatabaseError, OSError, StoreError):
        return None
    if one_identity and other_identity:
        return one_identity == other_identity
    if not one_records or not other_records:
        return True
    return not one_records.isdisjoint(other_records)
