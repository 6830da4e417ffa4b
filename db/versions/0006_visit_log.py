"""The follow-up log of an internship: conflicts, mediation and notes, dated and signed.

Revision ID: 0006_visit_log
Revises: 0005_intern_search_index
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_visit_log"
down_revision: str | None = "0005_intern_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "visit_log_entry"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("internship_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["internship_id"],
            ["internship.id"],
            name=op.f(f"fk_{TABLE}_internship_id_internship"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.create_index(
            batch_op.f(f"ix_{TABLE}_internship_id"), ["internship_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.drop_index(batch_op.f(f"ix_{TABLE}_internship_id"))
    op.drop_table(TABLE)
