"""Apply what a pull brings: one change of the hub's log merged into the local database.

A row that changed only on the hub is written as the hub has it. A row that also changed
here (it is in the outbox) is merged field by field with the last synced copy as the base
(:mod:`consultant_app.domain.merge`); what cannot be merged becomes a conflict, stored in
``sync_conflict``, the local value kept meanwhile. The hub's copy always becomes the new
base, at the hub's version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from consultant_app.domain.merge import merge_row
from consultant_app.store.sync import local
from consultant_app.store.sync.local import Row

BLOB = "$sha256"
#: Fetches the content of a blob from the hub by its SHA-256.
BlobSource = Callable[[str], bytes | None]


class SchemaMismatch(Exception):
    """The hub holds data this version of the application does not know."""


def encode(data: Row | None, blobs: dict[str, bytes] | None = None) -> Row | None:
    """The row as it travels: blobs replaced by their SHA-256 (kept in *blobs*)."""
    if data is None:
        return None
    encoded: Row = {}
    for name, value in data.items():
        if isinstance(value, bytes | memoryview):
            content = bytes(value)
            sha = hashlib.sha256(content).hexdigest()
            if blobs is not None:
                blobs[sha] = content
            value = {BLOB: sha}
        encoded[name] = value
    return encoded


def decode(
    connection: Connection, table: str, row_id: str, data: Row | None, fetch: BlobSource
) -> Row | None:
    """The row as stored: each blob from the local row when it holds it, else from the hub."""
    if data is None:
        return None
    decoded: Row = {}
    current: Row | None = None
    for name, value in data.items():
        if isinstance(value, dict) and BLOB in value:
            sha = value[BLOB]
            if current is None:
                current = local.read_row(connection, table, row_id) or {}
            held = current.get(name)
            if isinstance(held, bytes) and hashlib.sha256(held).hexdigest() == sha:
                value = held
            else:
                content = fetch(sha)
                if content is None or hashlib.sha256(content).hexdigest() != sha:
                    raise SchemaMismatch(f"The hub lacks the file {sha} of {table} {row_id}.")
                value = content
        decoded[name] = value
    return decoded


def open_conflict(connection: Connection, table: str, row_id: str) -> bool:
    row = local.run(
        connection,
        "SELECT 1 FROM sync_conflict WHERE entity = ? AND row_id = ? AND resolved_at IS NULL",
        (table, row_id),
    ).fetchone()
    return row is not None


def is_dirty(connection: Connection, table: str, row_id: str) -> bool:
    row = local.run(
        connection,
        "SELECT 1 FROM sync_outbox WHERE entity = ? AND row_id = ? LIMIT 1",
        (table, row_id),
    ).fetchone()
    return row is not None


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _store_conflict(
    connection: Connection,
    change: tuple[int, str, str, Any, str],
    fields: tuple[str, ...],
    base: Row | None,
    mine: Row | None,
) -> None:
    seq, table, row_id, theirs, author = change
    connection.exec_driver_sql(
        "UPDATE sync_conflict SET resolved_at = ?, resolution = 'superseded' "
        "WHERE entity = ? AND row_id = ? AND resolved_at IS NULL",
        (now_text(), table, row_id),
    )
    connection.exec_driver_sql(
        "INSERT INTO sync_conflict (entity, row_id, fields, base, mine, theirs, theirs_version, "
        "theirs_author, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            table,
            row_id,
            json.dumps(list(fields)),
            json.dumps(base),
            json.dumps(mine),
            json.dumps(theirs),
            seq,
            author,
            now_text(),
        ),
    )


def apply_change(
    connection: Connection,
    change: tuple[int, str, str, Any, str],
    known: set[str],
    fetch: BlobSource,
) -> tuple[bool, bool]:
    """Apply one change of the hub; return (row left to push, conflict found)."""
    seq, table, row_id, theirs, _author = change
    if table not in known:
        raise SchemaMismatch(
            f"The hub holds {table!r} rows, which this version of the application does not "
            "know: update the application, then sync again. Nothing was changed."
        )
    version, base = local.get_base(connection, table, row_id)
    if version >= seq:
        return False, False  # applied already (a pull resumed after an interruption)
    local_changed = is_dirty(connection, table, row_id) or open_conflict(connection, table, row_id)
    if not local_changed:
        local.write_row(connection, table, row_id, decode(connection, table, row_id, theirs, fetch))
        local.set_base(connection, table, row_id, seq, theirs)
        return False, False
    mine = encode(local.read_row(connection, table, row_id))
    merge = merge_row(base, mine, theirs, local.BOOKKEEPING)
    if merge.conflicts:
        _store_conflict(connection, change, merge.conflicts, base, mine)
    merged = decode(connection, table, row_id, merge.merged, fetch)
    local.write_row(connection, table, row_id, merged)
    local.set_base(connection, table, row_id, seq, theirs)
    return merge.merged != theirs, bool(merge.conflicts)
