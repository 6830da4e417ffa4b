"""Normalised search text on interns, hosts and mentors, filled for existing rows.

Revision ID: 0002_search_text
Revises: 0001_initial
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from consultant_app.store.search_index import FIELDS_BY_TABLE, search_text

revision: str = "0002_search_text"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    for table, fields in FIELDS_BY_TABLE.items():
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("search_text", sa.String(length=600), nullable=False, server_default="")
            )
            batch_op.create_index(f"ix_{table}_search_text", ["search_text"], unique=False)
        columns = ", ".join(("id", *fields))
        rows = bind.execute(sa.text(f"SELECT {columns} FROM {table}")).mappings().all()
        if rows:
            bind.execute(
                sa.text(f"UPDATE {table} SET search_text = :text WHERE id = :id"),
                [{"id": row["id"], "text": search_text(table, dict(row))} for row in rows],
            )


def downgrade() -> None:
    for table in FIELDS_BY_TABLE:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_search_text")
            batch_op.drop_column("search_text")
