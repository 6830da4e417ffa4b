"""The local side of the team sync: which tables travel, how a row reads and writes, the outbox.

Rows travel as the JSON object of their stored column values (SQLite's own text, numbers
and NULLs), read and written with plain SQL: applying a colleague's change writes no audit
entry of its own (the colleague's audit entries arrive as rows) and fires no ORM listener.
``search_text`` is derived: it does not travel and is recomputed on write.

Local changes are captured by SQLite triggers on every synced table, in the transaction
of the write, into ``sync_outbox``; they record only once the database has joined a hub
(a ``hub`` entry in ``sync_state``). :func:`install_capture` creates missing triggers;
:mod:`consultant_app.store.migrate` calls it after every migration, so that a table that
a migration adds or rebuilds (SQLite's way to alter a table drops its triggers) stays
captured.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from consultant_app.store.search_index import FIELDS_BY_TABLE, search_text

#: Tables that stay on this laptop: a person's unsaved form drafts.
LOCAL_ONLY = frozenset({"form_draft"})
#: Columns that do not travel: derived on every write.
DERIVED = frozenset({"search_text"})
#: Columns whose differences are bookkeeping, never a conflict.
BOOKKEEPING = frozenset({"updated_at", "created_at"})
OPS = (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))

Row = dict[str, Any]


def synced_tables() -> list[str]:
    """The synced tables, parents before children (foreign-key order)."""
    from consultant_app.store.models import Base

    return [
        table.name
        for table in Base.metadata.sorted_tables
        if table.name not in LOCAL_ONLY and [c.name for c in table.primary_key] == ["id"]
    ]


def trigger_name(table: str, op: str) -> str:
    return f"sync_capture_{table}_{op}"


def has_sync_tables(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'"
    ).first()
    return found is not None


def install_capture(connection: Connection) -> int:
    """Create the capture triggers that are missing; return how many were created."""
    if not has_sync_tables(connection):
        return 0
    existing = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
        )
    }
    created = 0
    for table in synced_tables():
        for op, which in OPS:
            name = trigger_name(table, op)
            if name in existing:
                continue
            connection.exec_driver_sql(
                f'CREATE TRIGGER {name} AFTER {op.upper()} ON "{table}" '
                "WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'hub') BEGIN "
                f"INSERT INTO sync_outbox (entity, row_id) VALUES ('{table}', {which}.id); END"
            )
            created += 1
    return created


_COLUMNS: dict[str, list[str]] = {}


def columns(connection: Connection, table: str) -> list[str]:
    """The columns of *table* (read once per process: a synced database is at the head)."""
    if table not in _COLUMNS:
        rows = connection.exec_driver_sql(f'PRAGMA table_info("{table}")')
        _COLUMNS[table] = [row[1] for row in rows]
    return _COLUMNS[table]


def run(connection: Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    """*sql* on the connection's own DB-API cursor, in its transaction.

    The sync's hot paths (a statement or two per row pulled or pushed) skip SQLAlchemy's
    statement layer this way: a tenth of the time per statement.
    """
    cursor = connection.connection.cursor()
    cursor.execute(sql, params)
    return cursor


def read_row(connection: Connection, table: str, row_id: str) -> Row | None:
    cursor = run(connection, f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    return {k: v for k, v in zip(names, row, strict=True) if k not in DERIVED}


def read_all(connection: Connection, table: str) -> list[Row]:
    cursor = connection.exec_driver_sql(f'SELECT * FROM "{table}"')
    return [{k: v for k, v in r._mapping.items() if k not in DERIVED} for r in cursor]


def write_row(connection: Connection, table: str, row_id: str, data: Row | None) -> None:
    """Make the local row *row_id* of *table* hold *data* (None: delete it)."""
    if data is None:
        connection.exec_driver_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
        return
    known = set(columns(connection, table))
    values = {k: v for k, v in data.items() if k in known and k not in DERIVED}
    values["id"] = row_id
    if table in FIELDS_BY_TABLE and "search_text" in known:
        values["search_text"] = search_text(table, values)
    names = list(values)
    quoted = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    marks = ", ".join("?" for _ in names)
    run(
        connection,
        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks}) '
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(values[n] for n in names),
    )


# --- sync_state ---------------------------------------------------------------------------


def get_state(connection: Connection, key: str) -> str | None:
    row = connection.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


def set_state(connection: Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
    else:
        connection.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


# --- sync_base: the last synced copy ------------------------------------------------------


def get_base(connection: Connection, table: str, row_id: str) -> tuple[int, Row | None]:
    """(row_version, data) of the last synced copy; (0, None) when never synced."""
    row = run(
        connection,
        "SELECT row_version, data FROM sync_base WHERE entity = ? AND row_id = ?",
        (table, row_id),
    ).fetchone()
    if row is None:
        return 0, None
    return int(row[0]), (json.loads(row[1]) if row[1] is not None else None)


def set_base(
    connection: Connection, table: str, row_id: str, version: int, data: Row | None
) -> None:
    run(
        connection,
        "INSERT INTO sync_base (entity, row_id, row_version, data) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(entity, row_id) DO UPDATE SET row_version = excluded.row_version, "
        "data = excluded.data",
        (table, row_id, version, None if data is None else json.dumps(data, sort_keys=True)),
    )


# --- sync_outbox --------------------------------------------------------------------------


def outbox(connection: Connection) -> list[tuple[int, str, str]]:
    """(last seq, entity, row_id) of each row changed since it was pushed."""
    rows = connection.exec_driver_sql(
        "SELECT max(seq), entity, row_id FROM sync_outbox GROUP BY entity, row_id ORDER BY 1"
    )
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def pending_count(connection: Connection) -> int:
    row = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM sync_outbox GROUP BY entity, row_id)"
    ).first()
    return int(row[0]) if row else 0


def mark_dirty(connection: Connection, table: str, row_id: str) -> None:
    run(connection, "INSERT INTO sync_outbox (entity, row_id) VALUES (?, ?)", (table, row_id))


def clear_outbox(connection: Connection, table: str, row_id: str, up_to: int | None = None) -> None:
    """Forget the row's captured changes (those up to *up_to* only, when given)."""
    sql = "DELETE FROM sync_outbox WHERE entity = ? AND row_id = ?"
    params: tuple[Any, ...] = (table, row_id)
    if up_to is not None:
        sql += " AND seq <= ?"
        params = (*params, up_to)
    run(connection, sql, params)


def outbox_top(connection: Connection) -> int:
    row = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM sync_outbox").first()
    return int(row[0]) if row else 0


def drop_outbox_after(connection: Connection, seq: int) -> None:
    """Forget what the triggers captured after *seq*: the writes of applying a pull."""
    connection.exec_driver_sql("DELETE FROM sync_outbox WHERE seq > ?", (seq,))
