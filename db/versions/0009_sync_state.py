"""The team sync's local state: outbox, last synced copies, conflicts, cursor.

Revision ID: 0009_sync_state
Revises: 0008_convention_snapshots

The capture triggers on the synced tables (which fill ``sync_outbox``) are created after
the migrations by ``consultant_app.store.sync.local.install_capture``, from the tables the
application knows: see docs/sync.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009_sync_state"
down_revision: str | None = "0008_convention_snapshots"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "CREATE TABLE sync_state (key VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "entity VARCHAR(64) NOT NULL, row_id CHAR(32) NOT NULL)",
    "CREATE INDEX ix_sync_outbox_row ON sync_outbox (entity, row_id)",
    "CREATE TABLE sync_base (entity VARCHAR(64) NOT NULL, row_id CHAR(32) NOT NULL, "
    "row_version INTEGER NOT NULL, data TEXT, PRIMARY KEY (entity, row_id))",
    "CREATE TABLE sync_conflict (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "entity VARCHAR(64) NOT NULL, row_id CHAR(32) NOT NULL, fields TEXT NOT NULL, "
    "base TEXT, mine TEXT, theirs TEXT, theirs_version INTEGER NOT NULL, "
    "theirs_author VARCHAR(200), found_at VARCHAR(40) NOT NULL, "
    "resolved_at VARCHAR(40), resolution VARCHAR(16))",
    "CREATE INDEX ix_sync_conflict_row ON sync_conflict (entity, row_id)",
)


def upgrade() -> None:
    for statement in TABLES:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
    ).fetchall():
        op.execute(f"DROP TRIGGER {name}")
    for table in ("sync_conflict", "sync_base", "sync_outbox", "sync_state"):
        op.execute(f"DROP TABLE {table}")
