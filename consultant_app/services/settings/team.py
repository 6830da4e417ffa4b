"""Settings → Team: make this database a hub's first copy, join a hub, sync, settle conflicts.

The protocol is in docs/sync.md; its local state and the hub's client are in
``store/sync``. Here are the use cases the command line and the window share.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from consultant_app.store.database import Database, open_database
from consultant_app.store.sync import engine as sync_engine
from consultant_app.store.sync import hub as hub_client
from consultant_app.store.sync import local
from consultant_app.store.sync.apply import SchemaMismatch, now_text
from consultant_app.store.sync.bulk import initial_push, snapshot_pull
from consultant_app.store.sync.conflicts import (
    Conflict,
    ConflictNotFound,
    count_open,
    open_conflicts,
    resolve,
)
from consultant_app.store.sync.hub import (
    PASSWORD_ENV,
    HubAddress,
    HubError,
    HubUnreachable,
    connect,
    save_password,
)

__all__ = [
    "PASSWORD_ENV",
    "Conflict",
    "ConflictNotFound",
    "HubAddress",
    "HubError",
    "HubUnreachable",
    "SchemaMismatch",
    "TeamError",
]

HUB = "hub"


def _erasure_mark() -> str:
    """The audit trail's mark of an anonymisation: such a push also purges the hub's history."""
    from consultant_app.services.privacy.anonymise import AUDIT_MARK

    return AUDIT_MARK


class TeamError(Exception):
    """The team operation cannot be done as asked: the message says why."""


@dataclass(frozen=True)
class TeamStatus:
    hub: str | None
    last_sync: str | None
    pending: int
    conflicts: int
    cursor: int


def hub_address(database: Database) -> HubAddress:
    url = sync_engine.state(database.engine, HUB)
    if url is None:
        raise TeamError(
            f"{database.path} is not part of a team: use 'team init URL' or 'team join URL'."
        )
    return HubAddress.parse(url)


def _joined(database: Database, address: HubAddress) -> None:
    save_password(address)  # without a keyring, PASSWORD_ENV gives it (the CLI says so)
    with database.engine.begin() as connection:
        local.set_state(connection, HUB, address.safe_url)


def password_kept(url: str) -> bool:
    """False when *url* holds a password this computer cannot keep (it has no keyring)."""
    return not HubAddress.parse(url).password or hub_client.keyring_available()


def init_hub(database: Database, url: str) -> sync_engine.Outcome:
    """Create the hub's schema at *url* and send it every row of *database* (its first copy)."""
    address = HubAddress.parse(url)
    if sync_engine.state(database.engine, HUB):
        raise TeamError(
            f"{database.path} already belongs to the team at {hub_address(database).safe_url}."
        )
    hub = connect(address)
    try:
        if hub.has_schema():
            raise TeamError(
                f"The database {address.database} already holds a team hub: "
                f"use 'team join {address.safe_url}'."
            )
        hub.create_schema()
        _joined(database, address)
        try:
            sent = initial_push(database.engine, hub, sync_engine.laptop_id(database.engine))
        except BaseException:
            _undo_init(database, hub)
            raise
        outcome = sync_engine.sync(database.engine, hub, _erasure_mark())
        outcome.pushed += sent
        return outcome
    finally:
        hub.close()


def _undo_init(database: Database, hub: hub_client.Hub) -> None:
    """A first copy that could not be sent leaves neither a half hub nor a half member."""
    with database.engine.begin() as connection:
        local.set_state(connection, HUB, None)
    with contextlib.suppress(Exception):
        hub.drop_schema()


def join_hub(path: Path, url: str) -> tuple[Database, sync_engine.Outcome]:
    """Create a new local database at *path* holding the team's data from the hub at *url*."""
    address = HubAddress.parse(url)
    if path.exists() and path.stat().st_size:
        raise TeamError(
            f"{path} already exists: joining a team makes a new database; give another --db."
        )
    hub = connect(address)
    try:
        if not hub.has_schema():
            raise TeamError(f"{address.safe_url} holds no team hub: 'team init' creates it.")
        database = open_database(path)
        try:
            # The hub's rows are no local changes: the capture starts once they are in.
            received = snapshot_pull(database.engine, hub)
            _joined(database, address)
            outcome = sync_engine.sync(database.engine, hub, _erasure_mark())
            outcome.pulled += received
        except BaseException:
            database.close()
            raise
        return database, outcome
    finally:
        hub.close()


def sync(database: Database) -> sync_engine.Outcome:
    """Pull, merge and push; raise HubUnreachable (work kept) or HubError (refused)."""
    hub = connect(hub_address(database))
    try:
        return sync_engine.sync(database.engine, hub, _erasure_mark())
    finally:
        hub.close()


def team_status(database: Database) -> TeamStatus:
    with database.engine.connect() as connection:
        return TeamStatus(
            hub=local.get_state(connection, HUB),
            last_sync=local.get_state(connection, "last_sync"),
            pending=local.pending_count(connection),
            conflicts=count_open(connection),
            cursor=int(local.get_state(connection, sync_engine.CURSOR) or 0),
        )


def list_conflicts(database: Database) -> list[Conflict]:
    return open_conflicts(database.engine)


def resolve_conflict(database: Database, conflict_id: int, keep: str) -> Conflict:
    return resolve(database.engine, conflict_id, keep)


def leave_team(database: Database) -> None:
    """Stop syncing: the data stays, the sync state and the hub's password go."""
    address = hub_address(database)
    with database.engine.begin() as connection:
        for table in ("sync_outbox", "sync_base", "sync_state"):
            connection.exec_driver_sql(f"DELETE FROM {table}")
        connection.exec_driver_sql(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = 'left' "
            "WHERE resolved_at IS NULL",
            (now_text(),),
        )
    hub_client.forget_password(address)
