"""The two whole-database transfers: a hub's first copy, and a new laptop joining.

``team init`` writes every local row into the new hub with COPY (its owner may write the
tables; nobody else holds a copy yet), one change each, under the change log's lock.
``team join`` reads the hub's current rows (``hub.row``) and the change log's head in one
snapshot, instead of replaying the whole log: the laptop's cursor starts at that head.
Both record each row's last synced copy (``sync_base``) as they go.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine

from consultant_app.store.search_index import FIELDS_BY_TABLE, search_text
from consultant_app.store.sync import hub_sql, local
from consultant_app.store.sync.apply import BLOB, decode, encode
from consultant_app.store.sync.hub import Hub

CHUNK = 5000
BASE_SQL = (
    "INSERT OR REPLACE INTO sync_base (entity, row_id, row_version, data) VALUES (?, ?, ?, ?)"
)


def _chunks(connection: Any, table: str) -> Iterator[list[dict[str, Any]]]:
    """The rows of *table*, CHUNK at a time, as dictionaries without the derived columns."""
    cursor = connection.connection.cursor()
    cursor.execute(f'SELECT * FROM "{table}"')
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(CHUNK):
        yield [
            {k: v for k, v in zip(names, row, strict=True) if k not in local.DERIVED}
            for row in rows
        ]


def initial_push(engine: Engine, hub: Hub, laptop: str) -> int:
    """Send every local row to the empty hub; return how many rows were sent.

    The rows stream from the file to the hub; the last synced copies are written in one
    local transaction that commits only once the hub committed.
    """
    batch = uuid.uuid4()
    author = hub.address.user
    sent = 0
    reader, writer = engine.connect(), engine.connect()
    writer.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        with hub.connection.transaction():
            cursor = hub.connection.cursor()
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (hub_sql.LOCK_KEY,))
            cursor.execute("SELECT coalesce(max(seq), 0) FROM hub.change")
            seq = int(cursor.fetchone()[0])
            for table in local.synced_tables():
                blobs: dict[str, bytes] = {}
                with cursor.copy(
                    "COPY hub.change (seq, entity, row_id, data, author, laptop, batch_id) "
                    "FROM STDIN"
                ) as changes:
                    for chunk in _chunks(reader, table):
                        bases = []
                        for row in chunk:
                            seq += 1
                            text = json.dumps(encode(row, blobs), sort_keys=True)
                            row_id = str(row["id"])
                            changes.write_row((seq, table, row_id, text, author, laptop, batch))
                            bases.append((table, row_id, seq, text))
                        writer.connection.cursor().executemany(BASE_SQL, bases)
                        sent += len(bases)
                for sha, content in blobs.items():
                    cursor.execute(
                        "INSERT INTO hub.blob VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        (sha, content),
                    )
            cursor.execute(
                "INSERT INTO hub.row (entity, row_id, version, data) "
                "SELECT entity, row_id, seq, data FROM hub.change WHERE batch_id = %s",
                (batch,),
            )
        local.set_state(writer, "cursor", str(seq))
        writer.exec_driver_sql("COMMIT")
    except BaseException:
        writer.exec_driver_sql("ROLLBACK")
        raise
    finally:
        reader.close()
        writer.close()
    return sent


def snapshot_pull(engine: Engine, hub: Hub) -> int:
    """Fill the new local database with the hub's current rows; return how many.

    The whole load is one local transaction. Each table's rows arrive in id order as the
    hub's text, which becomes the last synced copy (``sync_base``) as is; SQLite itself
    then reads the columns out of that text (``json_extract``) into the table. The
    secondary indexes and the triggers that merely keep up derived data (the interns'
    search index, the capture of local changes, which records nothing before the join)
    are set aside during the load and made again after it, in the same transaction.
    """
    received = 0
    connection = hub.connection
    with connection.transaction():
        cursor = connection.cursor()
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        cursor.execute("SELECT coalesce(max(seq), 0) FROM hub.change")
        head = int(cursor.fetchone()[0])
        order = local.synced_tables()
        with engine.connect() as writer:
            pragmas = _load_pragmas(writer)
            writer.exec_driver_sql("BEGIN IMMEDIATE")
            writer.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            try:
                top = local.outbox_top(writer)
                kept = _set_aside(writer, order)
                for table in order:
                    received += _copy_table(writer, hub, connection, table)
                _restore(writer, kept)
                local.drop_outbox_after(writer, top)  # the hub's rows, not local changes
                local.set_state(writer, "cursor", str(head))
                writer.exec_driver_sql("COMMIT")
            except BaseException:
                writer.exec_driver_sql("ROLLBACK")
                raise
            finally:
                for name, value in pragmas.items():
                    writer.exec_driver_sql(f"PRAGMA {name} = {value}")
    return received


#: Page cache (KiB, negative) and temporary storage of the load: its index builds sort there.
LOAD_PRAGMAS = {"cache_size": -262144, "temp_store": 2}
#: Triggers set aside during the load: the interns' search index (refilled after it) and
#: the capture of local changes (it records nothing before the database has joined).
SET_ASIDE_TRIGGERS = ("sync_capture_%", "intern_search_%")
SEARCH_INDEX = "intern_search"


def _load_pragmas(writer: Any) -> dict[str, Any]:
    """Set the load's pragmas; return the connection's own values to put back."""
    before = {}
    for name, value in LOAD_PRAGMAS.items():
        before[name] = writer.exec_driver_sql(f"PRAGMA {name}").scalar()
        writer.exec_driver_sql(f"PRAGMA {name} = {value}")
    return before


def _set_aside(writer: Any, tables: list[str]) -> list[str]:
    """Drop the synced tables' secondary indexes and derived-data triggers; return their SQL."""
    marks = ", ".join("?" for _ in tables)
    like = " OR ".join("name LIKE ?" for _ in SET_ASIDE_TRIGGERS)
    found = writer.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        f"tbl_name IN ({marks}) AND (type = 'index' OR (type = 'trigger' AND ({like})))",
        (*tables, *SET_ASIDE_TRIGGERS),
    ).all()
    for kind, name, _sql in found:
        writer.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    # Indexes first: the triggers may use them.
    return [sql for kind, _n, sql in found if kind == "index"] + [
        sql for kind, _n, sql in found if kind == "trigger"
    ]


def _restore(writer: Any, kept: list[str]) -> None:
    """Make the set-aside indexes and triggers again; refill the interns' search index."""
    for sql in kept:
        writer.exec_driver_sql(sql)
    has_index = writer.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_INDEX,)
    ).first()
    if has_index:
        writer.exec_driver_sql(f"DELETE FROM {SEARCH_INDEX}")
        writer.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX} (rowid, search_text) SELECT rowid, search_text FROM intern"
        )


def _copy_table(writer: Any, hub: Hub, connection: Any, table: str) -> int:
    names = local.columns(writer, table)
    known = [n for n in names if n not in local.DERIVED]
    derived = table in FIELDS_BY_TABLE and "search_text" in names
    count = 0
    entity = str(table)  # a plain str binds without the driver's adaptation per row
    with_blobs: list[str] = []
    base = writer.connection.cursor()
    with connection.cursor(name=f"snapshot_{table}") as rows:
        rows.itersize = CHUNK
        rows.execute(
            "SELECT row_id, version, data::text FROM hub.row WHERE entity = %s AND NOT deleted "
            "ORDER BY row_id",
            (table,),
        )
        while texts := rows.fetchmany(CHUNK):
            # The text is kept as the last synced copy as is.
            base.executemany(BASE_SQL, [(entity, r, v, text) for r, v, text in texts])
            with_blobs.extend(r for r, _v, text in texts if BLOB_KEY in text)
            count += len(texts)
    _fill_from_base(writer, table, known, derived)
    for row_id in with_blobs:  # a file travels as its SHA-256: fetched and written here
        _, data = local.get_base(writer, table, row_id)
        local.write_row(writer, table, row_id, decode(writer, table, row_id, data, hub.blob))
    return count


#: How a blob's placeholder starts in the hub's text (``{"$sha256": ...}``).
BLOB_KEY = f'"{BLOB}"'
SEARCH_FUNCTION = "sync_search_text"


def _fill_from_base(writer: Any, table: str, known: list[str], derived: bool) -> None:
    """Insert the table's rows from their last synced copies, in id order."""
    columns = [f'"{n}"' for n in known]
    values = [f"json_extract(data, '$.\"{n}\"')" for n in known]
    raw = writer.connection.dbapi_connection
    if derived:
        fields = FIELDS_BY_TABLE[table]
        columns.append('"search_text"')
        values.append(
            f"{SEARCH_FUNCTION}("
            + ", ".join(f"json_extract(data, '$.\"{n}\"')" for n in fields)
            + ")"
        )
        raw.create_function(
            SEARCH_FUNCTION,
            len(fields),
            lambda *parts: search_text(table, dict(zip(fields, parts, strict=True))),
            deterministic=True,
        )
    try:
        writer.exec_driver_sql(
            f'INSERT OR REPLACE INTO "{table}" ({", ".join(columns)}) '
            f"SELECT {', '.join(values)} FROM sync_base WHERE entity = ? ORDER BY row_id",
            (table,),
        )
    finally:
        if derived:
            raw.create_function(SEARCH_FUNCTION, len(FIELDS_BY_TABLE[table]), None)
