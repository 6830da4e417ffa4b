"""The conflicts a pull found: listed for a person, resolved by keeping mine or theirs.

Resolving writes the chosen values into the row and leaves it in the outbox when it
differs from the hub's copy, so that the next sync pushes the decision (made on the hub's
version: the hub accepts it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from consultant_app.domain.merge import DELETED, ROW
from consultant_app.store.sync import local
from consultant_app.store.sync.apply import encode, now_text


class ConflictNotFound(LookupError):
    """No open conflict has this id."""


@dataclass(frozen=True)
class Conflict:
    id: int
    entity: str
    row_id: str
    fields: tuple[str, ...]
    base: dict[str, Any] | None
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    theirs_author: str
    found_at: str

    def values(self, side: dict[str, Any] | None, name: str) -> Any:
        if name == ROW:
            return "(deleted)" if side is None else "(kept)"
        return None if side is None else side.get(name)


def _conflict(row: Any) -> Conflict:
    return Conflict(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        tuple(json.loads(row[3])),
        json.loads(row[4]) if row[4] else None,
        json.loads(row[5]) if row[5] else None,
        json.loads(row[6]) if row[6] else None,
        str(row[7] or ""),
        str(row[8]),
    )


_COLUMNS = "id, entity, row_id, fields, base, mine, theirs, theirs_author, found_at"


def open_conflicts(engine: Engine) -> list[Conflict]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM sync_conflict WHERE resolved_at IS NULL ORDER BY id"
        ).all()
    return [_conflict(r) for r in rows]


def count_open(connection: Connection) -> int:
    row = connection.exec_driver_sql(
        "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
    ).first()
    return int(row[0]) if row else 0


def resolve(engine: Engine, conflict_id: int, keep: str) -> Conflict:
    """Resolve an open conflict keeping ``"mine"`` or ``"theirs"``; raise ConflictNotFound."""
    if keep not in ("mine", "theirs"):
        raise ValueError(keep)
    with engine.begin() as connection:
        row = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM sync_conflict WHERE id = ? AND resolved_at IS NULL",
            (conflict_id,),
        ).first()
        if row is None:
            raise ConflictNotFound(f"There is no open conflict {conflict_id}.")
        conflict = _conflict(row)
        current = local.read_row(connection, conflict.entity, conflict.row_id)
        if keep == "theirs":
            wanted = _theirs(conflict, current)
            if wanted is None or current is None:
                connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            local.write_row(
                connection, conflict.entity, conflict.row_id, _with_blobs(wanted, current)
            )
        _, base = local.get_base(connection, conflict.entity, conflict.row_id)
        now = encode(local.read_row(connection, conflict.entity, conflict.row_id))
        local.clear_outbox(connection, conflict.entity, conflict.row_id)
        if now != base:
            local.mark_dirty(connection, conflict.entity, conflict.row_id)
        connection.exec_driver_sql(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
            (now_text(), keep, conflict_id),
        )
    return conflict


def _theirs(conflict: Conflict, current: dict[str, Any] | None) -> dict[str, Any] | None:
    """The row with the conflicting fields as the hub has them."""
    if ROW in conflict.fields or conflict.theirs is None or current is None:
        return conflict.theirs
    row = dict(current)
    for name in conflict.fields:
        row[name] = conflict.theirs.get(name)
    if DELETED in conflict.fields:
        row[DELETED] = conflict.theirs.get(DELETED)
    return row


def _with_blobs(
    wanted: dict[str, Any] | None, current: dict[str, Any] | None
) -> dict[str, Any] | None:
    """Blob placeholders of *wanted* replaced by the local content (the row held it)."""
    if wanted is None:
        return None
    row = dict(wanted)
    for name, value in row.items():
        if isinstance(value, dict) and current is not None:
            row[name] = current.get(name)
    return row
