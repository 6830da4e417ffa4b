"""The frozen text of each convention version sent for signature.

Revision ID: 0008_convention_snapshots
Revises: 0007_form_drafts

Conventions signed before this revision get their snapshot the first time
they are printed or shown again (the printing service takes it from the data
as it then reads, dated like the first document issued of that version).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_convention_snapshots"
down_revision: str | None = "0007_form_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "convention_snapshot"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("internship_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("template_revision", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["internship_id"],
            ["internship.id"],
            name=op.f(f"fk_{TABLE}_internship_id_internship"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.create_index(
            "ix_convention_snapshot_version", ["internship_id", "version"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.drop_index("ix_convention_snapshot_version")
    op.drop_table(TABLE)
