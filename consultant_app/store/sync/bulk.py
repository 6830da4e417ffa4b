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
from consultant_app.store.sync.apply import decode, encode
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
    """Fill the new local database with the hub's current rows; return how many."""
    received = 0
    connection = hub.connection
    with connection.transaction():
        cursor = connection.cursor()
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        cursor.execute("SELECT coalesce(max(seq), 0) FROM hub.change")
        head = int(cursor.fetchone()[0])
        order = local.synced_tables()
        with engine.connect() as writer:
            writer.exec_driver_sql("BEGIN IMMEDIATE")
            writer.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            try:
                top = local.outbox_top(writer)
                for table in order:
                    received += _copy_table(writer, hub, connection, table)
                local.drop_outbox_after(writer, top)  # the hub's rows, not local changes
                local.set_state(writer, "cursor", str(head))
                writer.exec_driver_sql("COMMIT")
            except BaseException:
                writer.exec_driver_sql("ROLLBACK")
                raise
    return received


def _copy_table(writer: Any, hub: Hub, connection: Any, table: str) -> int:
    names = local.columns(writer, table)
    known = [n for n in names if n not in local.DERIVED]
    derived = table in FIELDS_BY_TABLE and "search_text" in names
    inserted = [*known, "search_text"] if derived else known
    count = 0
    with connection.cursor(name=f"snapshot_{table}") as rows:
        rows.itersize = CHUNK
        rows.execute(
            "SELECT row_id, version, data::text FROM hub.row WHERE entity = %s AND NOT deleted",
            (table,),
        )
        while True:
            texts = rows.fetchmany(CHUNK)
            if not texts:
                break
            # The text is kept as the last synced copy as is; parsed once for the row.
            chunk = [(row_id, version, json.loads(text)) for row_id, version, text in texts]
            if all(not _has_blob(data) for _, _, data in chunk):
                values = [
                    tuple(data.get(n) for n in known)
                    + ((search_text(table, data),) if derived else ())
                    for _, _, data in chunk
                ]
                quoted = ", ".join(f'"{n}"' for n in inserted)
                marks = ", ".join("?" for _ in inserted)
                writer.connection.cursor().executemany(
                    f'INSERT OR REPLACE INTO "{table}" ({quoted}) VALUES ({marks})', values
                )
            else:
                for row_id, _, data in chunk:
                    row = decode(writer, table, row_id, data, hub.blob)
                    local.write_row(writer, table, row_id, row)
            writer.connection.cursor().executemany(
                BASE_SQL, [(table, r, v, text) for r, v, text in texts]
            )
            count += len(chunk)
    return count


def _has_blob(data: dict[str, Any]) -> bool:
    return any(isinstance(v, dict) for v in data.values())
