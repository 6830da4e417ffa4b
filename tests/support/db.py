"""Raw connections on the tests' encrypted databases, to look at what the application wrote."""

from __future__ import annotations

from pathlib import Path

#: The row factory of raw connections (the driver's own, like ``sqlite3.Row``).
from sqlcipher3.dbapi2 import Row  # noqa: F401

from consultant_app.store.keys import load_key
from consultant_app.store.schema import has_sqlite_header
from consultant_app.store.sqlcipher import Connection, connect


def connect_raw(path: Path | str, **options: object) -> Connection:
    """A DB-API connection on *path* with its key from the test keyring (none if plain)."""
    path = Path(path)
    plain = path.exists() and path.stat().st_size and has_sqlite_header(path)
    key = None if plain else load_key(path)
    isolation = options.pop("isolation_level", "")
    connection = connect(path, key, **options)  # type: ignore[arg-type]
    if isolation != "":
        connection.isolation_level = isolation  # type: ignore[assignment]
    return connection


def copy_db(source: Path | str, target: Path | str) -> Path:
    """Copy a test database file and give the copy the same key in the test keyring."""
    import shutil

    from consultant_app.store.keys import store_key

    shutil.copy(source, target)
    key = load_key(Path(source))
    if key is not None:
        store_key(Path(target), key)
    return Path(target)
