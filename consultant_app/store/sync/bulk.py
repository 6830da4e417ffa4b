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
from typing import Any

from sqlalchemy import Engine

from consultant_app.store.search_index import FIELDS_BY_TABLE, search_text
from consultant_app.store.sync import hub_sql, local
from consultant_app.store.sync.apply import decode, encode
from consultant_app.store.sync.hub import Hub

CHUNK = 5000


def initial_push(engine: Engine, hub: Hub, laptop: str) -> int:
    """Send every local row to the empty hub; return how many rows were sent."""
    batch = uuid.uuid4()
    author = hub.address.user
    sent = 0
    with engine.connect() as reader, hub.connection.transaction():
        cursor = hub.connection.cursor()
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (hub_sql.LOCK_KEY,))
        cursor.execute("SELECT coalesce(max(seq), 0) FROM hub.change")
        seq = int(cursor.fetchone()[0])
        bases: list[tuple[str, str, int, str]] = []
        for table in local.synced_tables():
            rows = []
            with cursor.copy(
                "COPY hub.change (seq, entity, row_id, data, author, laptop, batch_id) FROM STDIN"
            ) as changes:
                for row in local.read_all(reader, table):
                    blobs: dict[str, bytes] = {}
                    data = encode(row, blobs)
                    for sha, content in blobs.items():
                        rows.append((sha, content))
                    seq += 1
                    text = json.dumps(data, sort_keys=True)
                    changes.write_row((seq, table, str(row["id"]), text, author, laptop, batch))
                    bases.append((table, str(row["id"]), seq, text))
            for sha, content in rows:
                cursor.execute(
                    "INSERT INTO hub.blob VALUES (%s, %s) ON CONFLICT DO NOTHING", (sha, content)
                )
        cursor.execute(
            "INSERT INTO hub.row (entity, row_id, version, data) "
            "SELECT entity, row_id, seq, data FROM hub.change WHERE batch_id = %s",
            (batch,),
        )
        sent = len(bases)
        with engine.begin() as writer:
            for start in range(0, len(bases), CHUNK):
                writer.connection.cursor().executemany(
                    "INSERT OR REPLACE INTO sync_base (entity, row_id, row_version, data) "
                    "VALUES (?, ?, ?, ?)",
                    bases[start : start + CHUNK],
                )
            local.set_state(writer, "cursor", str(seq))
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
            "SELECT row_id, version, data FROM hub.row WHERE entity = %s AND NOT deleted",
            (table,),
        )
        while True:
            chunk = rows.fetchmany(CHUNK)
            if not chunk:
                break
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
                "INSERT OR REPLACE INTO sync_base (entity, row_id, row_version, data) "
                "VALUES (?, ?, ?, ?)",
                [(table, r, v, json.dumps(d, sort_keys=True)) for r, v, d in chunk],
            )
            count += len(chunk)
    return count


def _has_blob(data: dict[str, Any]) -> bool:
    return any(isinstance(v, dict) for v in data.values())
