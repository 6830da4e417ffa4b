"""Raw connections on the tests' encrypted databases, to look at what the application wrote."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

#: The row factory of raw connections (the driver's own, like ``sqlite3.Row``).
from sqlcipher3.dbapi2 import Row  # noqa: F401

from consultant_app.store.files import has_sqlite_header
from consultant_app.store.keys import load_key
from consultant_app.store.sqlcipher import Connection, connect

if TYPE_CHECKING:
    from consultant_app.store.database import Database


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


def open_plain_database(path: Path, interactive: bool = True) -> Database:
    """Open the plain SQLite file *path* without a key, as the application did before encryption.

    For the benchmarks that compare the encrypted file with a plain copy; *interactive*
    only matches the signature of ``startup_safety.open_store``, which it stands in for.
    """
    from sqlalchemy.orm import sessionmaker

    from consultant_app.store import audit
    from consultant_app.store.database import Database, inspect_file
    from consultant_app.store.engine import create_sqlite_engine

    revision = inspect_file(path)
    engine = create_sqlite_engine(path, key=None)
    factory = sessionmaker(engine, expire_on_commit=False)
    audit.install(factory)
    return Database(path, engine, factory, revision or "")
