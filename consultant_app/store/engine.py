"""The one place where database engines are created.

Encryption (SQLCipher, through :mod:`sqlcipher`) is applied here;
PostgreSQL would plug in here; nothing else calls
``create_engine``.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from consultant_app.store import sql_functions, sqlcipher
from consultant_app.store.keys import DatabaseKey

#: Milliseconds a connection waits for another writer (window and command line side by side).
BUSY_TIMEOUT_MS = int(sqlcipher.BUSY_TIMEOUT_S * 1000)
#: Bytes of the database file SQLite may read through a memory map.
MMAP_BYTES = 256 * 1024 * 1024
#: KiB of decrypted pages each connection keeps (allocated only as pages are read).
CACHE_KIB = 128 * 1024


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, read_only: bool = False) -> None:
    sql_functions.register(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        # Reads through a memory map: fewer copies on the large aggregate queries.
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        # Pages of an encrypted file are decrypted once into the page cache and
        # kept there, instead of once per query (SQLCipher cannot map the file).
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    finally:
        cursor.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_sqlite_engine(
    path: Path, *, key: DatabaseKey | None = None, echo: bool = False, read_only: bool = False
) -> Engine:
    """Engine on an SQLite file, encrypted with *key*, with foreign keys, WAL and a busy timeout.

    Every connection is made by :func:`sqlcipher.connect`, so the key is its
    first statement; ``key=None`` is a plain SQLite file. A *read_only* engine
    opens the file read-only and refuses every write (``query_only``).
    """
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    engine = create_engine(
        sqlite_url(path),
        echo=echo,
        module=sqlcipher.dbapi,
        # A read-only engine still opens a writable file read-write, so that SQLite removes
        # its -wal/-shm files at the last close; ``query_only`` refuses every write.
        creator=lambda: sqlcipher.connect(path, key, read_only=read_only and not writable),
    )
    event.listen(engine, "connect", partial(_sqlite_pragmas, read_only=read_only))
    return engine
