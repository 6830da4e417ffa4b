"""The functions of the catalogue an intern wishes to do an internship in.

Revision ID: 0004_wished_functions
Revises: 0003_list_indexes
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_wished_functions"
down_revision: str | None = "0003_list_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "intern_wished_function"
#: Foreign key column -> referred table; each column is indexed.
REFERENCES = {"intern_id": "intern", "function_id": "function"}


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("intern_id", sa.Uuid(), nullable=False),
        sa.Column("function_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        *(
            sa.ForeignKeyConstraint(
                [column], [f"{table}.id"], name=op.f(f"fk_{TABLE}_{column}_{table}")
            )
            for column, table in REFERENCES.items()
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
        sa.UniqueConstraint("intern_id", "function_id", name="intern_function"),
    )
    with op.batch_alter_table(TABLE) as batch_op:
        for column in REFERENCES:
            batch_op.create_index(batch_op.f(f"ix_{TABLE}_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch_op:
        for column in REFERENCES:
            batch_op.drop_index(batch_op.f(f"ix_{TABLE}_{column}"))
    op.drop_table(TABLE)
