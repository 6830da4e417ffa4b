"""Push and pull between the local database and the hub (see docs/sync.md).

Pull: pages of the hub's change log after the cursor, each page applied in one local
transaction together with the new cursor. Push: the outbox as batches of changes, each
with the version it was made on; the batch is kept locally before it is sent and sent
again as is after a failure (the hub applies a batch id once).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from consultant_app.store.sync import leases, local
from consultant_app.store.sync.apply import apply_change, encode, now_text, open_conflict
from consultant_app.store.sync.hub import Hub

PAGE = 1000
BATCH = 500
ROUNDS = 3
CURSOR = "cursor"
PENDING = "pending_batch"
LAPTOP = "laptop"


@dataclass
class Outcome:
    pulled: int = 0
    pushed: int = 0
    refused: int = 0
    conflicts: int = 0


def _begin(engine: Engine) -> Any:
    """A write transaction, foreign keys checked at its commit (rows arrive in log order)."""
    connection = engine.connect()
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    return connection


def _commit(connection: Connection) -> None:
    connection.exec_driver_sql("COMMIT")
    connection.close()


def _rollback(connection: Connection) -> None:
    connection.exec_driver_sql("ROLLBACK")
    connection.close()


def state(engine: Engine, key: str) -> str | None:
    with engine.connect() as connection:
        return local.get_state(connection, key)


def laptop_id(engine: Engine) -> str:
    with engine.begin() as connection:
        value = local.get_state(connection, LAPTOP)
        if value is None:
            value = uuid.uuid4().hex
            local.set_state(connection, LAPTOP, value)
        return value


def pull(engine: Engine, hub: Hub, page: int | None = None, pages: int | None = None) -> Outcome:
    """Apply the hub's changes after the cursor, page by page (*pages*: at most that many)."""
    page = page or PAGE
    outcome = Outcome()
    known = set(local.synced_tables())
    laptop = laptop_id(engine)
    done = 0
    while pages is None or done < pages:
        cursor = int(state(engine, CURSOR) or 0)
        changes = hub.pull(cursor, page, laptop)
        if not changes:
            break
        connection = _begin(engine)
        try:
            top = local.outbox_top(connection)
            dirty = []
            for change in changes:
                left, conflict = apply_change(connection, change, known, hub.blob)
                outcome.conflicts += conflict
                if left:
                    dirty.append((change[1], change[2]))
            # What applying wrote is the hub's, not a local change: only merges stay to push.
            local.drop_outbox_after(connection, top)
            for table, row_id in dirty:
                local.mark_dirty(connection, table, row_id)
            local.set_state(connection, CURSOR, str(changes[-1][0]))
            _commit(connection)
        except BaseException:
            _rollback(connection)
            raise
        outcome.pulled += len(changes)
        done += 1
    return outcome


def _erased_rows(changes: list[dict[str, Any]], marker: str | None) -> set[str]:
    """Rows of an erased person in the batch: the anonymised record and its audit trail."""
    if marker is None:
        return set()
    people = {
        str(c["data"].get("entity_id"))
        for c in changes
        if c["entity"] == "audit_entry" and c["data"] and c["data"].get("new_value") == marker
    }
    if not people:
        return set()
    erased = set(people)
    for c in changes:
        data = c["data"] or {}
        if c["entity"] == "audit_entry" and str(data.get("entity_id")) in people:
            erased.add(c["row_id"])
        if c["entity"] == "convention_snapshot":
            erased.add(c["row_id"])
    return erased


def _build_batch(connection: Connection, marker: str | None) -> dict[str, Any] | None:
    order = {name: index for index, name in enumerate(local.synced_tables())}
    changes: list[dict[str, Any]] = []
    seqs: dict[str, int] = {}
    blobs: list[str] = []
    for seq, table, row_id in local.outbox(connection):
        if len(changes) >= BATCH:
            break
        if open_conflict(connection, table, row_id) or table not in order:
            continue
        found: dict[str, bytes] = {}
        data = encode(local.read_row(connection, table, row_id), found)
        version, base = local.get_base(connection, table, row_id)
        if data == base and (version or data is None):
            local.clear_outbox(connection, table, row_id, seq)  # back to the synced copy
            continue
        blobs.extend(found)
        changes.append({"entity": table, "row_id": row_id, "base": version, "data": data})
        seqs[f"{table}/{row_id}"] = seq
    if not changes:
        return None
    # Parents before children; deleted rows after, children first.
    changes.sort(
        key=lambda c: (c["data"] is None, order[c["entity"]] * (-1 if c["data"] is None else 1))
    )
    for row_id in _erased_rows(changes, marker):
        for change in changes:
            if change["row_id"] == row_id:
                change["erase"] = True
    return {"id": str(uuid.uuid4()), "changes": changes, "seqs": seqs, "blobs": blobs}


def _upload_blobs(engine: Engine, hub: Hub, batch: dict[str, Any]) -> None:
    if not batch["blobs"]:
        return
    missing = hub.missing_blobs(batch["blobs"])
    if not missing:
        return
    with engine.connect() as connection:
        for change in batch["changes"]:
            for value in (change["data"] or {}).values():
                if isinstance(value, dict) and value.get("$sha256") in missing:
                    row = local.read_row(connection, change["entity"], change["row_id"]) or {}
                    for content in row.values():
                        if isinstance(content, bytes):
                            found: dict[str, bytes] = {}
                            encode({"c": content}, found)
                            for sha, blob in found.items():
                                if sha in missing:
                                    hub.put_blob(sha, blob)
                                    missing.discard(sha)


def push_once(engine: Engine, hub: Hub, marker: str | None = None) -> tuple[int, int] | None:
    """Send one batch (the one left by a failure first); (accepted, refused), None: nothing."""
    laptop = laptop_id(engine)
    with engine.begin() as connection:
        kept = local.get_state(connection, PENDING)
        batch = json.loads(kept) if kept else _build_batch(connection, marker)
        if batch is None:
            return None
        local.set_state(connection, PENDING, json.dumps(batch))
    _upload_blobs(engine, hub, batch)
    result = hub.push(batch["id"], laptop, batch["changes"])
    sent = {f"{c['entity']}/{c['row_id']}": c for c in batch["changes"]}
    connection = _begin(engine)
    try:
        for accepted in result["accepted"]:
            key = f"{accepted['entity']}/{accepted['row_id']}"
            change = sent[key]
            version, _ = local.get_base(connection, change["entity"], change["row_id"])
            if version < accepted["version"]:
                local.set_base(
                    connection, change["entity"], change["row_id"], accepted["version"],
                    change["data"],
                )  # fmt: skip
            local.clear_outbox(connection, change["entity"], change["row_id"], batch["seqs"][key])
        local.set_state(connection, PENDING, None)
        _commit(connection)
    except BaseException:
        _rollback(connection)
        raise
    return len(result["accepted"]), len(result["refused"])


def push(engine: Engine, hub: Hub, marker: str | None = None) -> Outcome:
    outcome = Outcome()
    while True:
        sent = push_once(engine, hub, marker)
        if sent is None:
            return outcome
        outcome.pushed += sent[0]
        outcome.refused += sent[1]
        if sent[0] == 0:
            return outcome  # every row refused: a pull must come first


def sync(engine: Engine, hub: Hub, marker: str | None = None) -> Outcome:
    """Pull, push, and again while the hub refused rows made on an older version."""
    total = Outcome()
    for _ in range(ROUNDS):
        pulled = pull(engine, hub)
        pushed = push(engine, hub, marker)
        total.pulled += pulled.pulled
        total.conflicts += pulled.conflicts
        total.pushed += pushed.pushed
        total.refused = pushed.refused
        if not pushed.refused:
            break
    total.pulled += pull(engine, hub).pulled
    laptop = laptop_id(engine)
    with engine.begin() as connection:
        leases.top_up(connection, hub.lease_references, laptop)
        local.set_state(connection, "last_sync", now_text())
    return total
