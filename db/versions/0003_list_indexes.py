"""Covering indexes for the default orders of the Internships, Interns and Hosts lists.

Revision ID: 0003_list_indexes
Revises: 0002_search_text
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_list_indexes"
down_revision: str | None = "0002_search_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_internship_list_order": (
        "internship",
        ["start_date DESC", "reference COLLATE NOCASE", "id", "deleted_at"],
    ),
    "ix_intern_list_order": (
        "intern",
        ["last_name COLLATE NOCASE", "first_name COLLATE NOCASE", "id", "deleted_at"],
    ),
    "ix_host_list_order": ("host", ["name COLLATE NOCASE", "id", "deleted_at"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, [sa.text(column) for column in columns])


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
