"""Fast Interns list: a trigram index of the search text, and covering indexes.

* ``intern_search``: an FTS5 table with the trigram tokenizer over
  ``intern.search_text``, its rowid the intern's rowid; triggers on ``intern``
  keep it in step with every insert, change of ``search_text`` and delete,
  whatever writes them (the ORM, the demo loader, an import). The list finds
  the interns holding a typed word of three letters or more through it
  (``MATCH``) and keeps its ``LIKE`` on ``search_text`` as the final word.
  A later migration that rebuilds ``intern`` (SQLite's way to alter a table)
  drops these triggers with the table and renumbers its rowids: it must create
  the triggers again (:data:`TRIGGERS`) and refill the index (:data:`FILL`).
* ``ix_intern_list_search``: the default order of the Interns list with the
  search text, so that searching with one or two letters walks one index
  without reading the rows.
* ``ix_internship_weeks_done``: the columns the weeks done of an intern need
  (eligibility filter), so that adding them up reads no internship row.

Revision ID: 0005_intern_search_index
Revises: 0004_wished_functions
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_intern_search_index"
down_revision: str | None = "0004_wished_functions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "intern_search"

CREATE = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, tokenize = 'trigram')"
FILL = f"INSERT INTO {TABLE} (rowid, search_text) SELECT rowid, search_text FROM intern"
#: Trigger name -> its body; the index stores its own copy of the text, so a
#: delete needs only the rowid.
TRIGGERS = {
    f"{TABLE}_insert": (
        "AFTER INSERT ON intern BEGIN "
        f"INSERT INTO {TABLE} (rowid, search_text) VALUES (new.rowid, new.search_text); END"
    ),
    f"{TABLE}_update": (
        "AFTER UPDATE OF search_text ON intern BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.rowid; "
        f"INSERT INTO {TABLE} (rowid, search_text) VALUES (new.rowid, new.search_text); END"
    ),
    f"{TABLE}_delete": (
        f"AFTER DELETE ON intern BEGIN DELETE FROM {TABLE} WHERE rowid = old.rowid; END"
    ),
}
INDEXES = {
    "ix_intern_list_search": (
        "intern",
        [
            "last_name COLLATE NOCASE",
            "first_name COLLATE NOCASE",
            "id",
            "deleted_at",
            "search_text",
        ],
    ),
    "ix_internship_weeks_done": (
        "internship",
        # intern_id alone is sought; status and deleted_at are tested in the index
        # (before them, a status IN (...) would cost one seek per status).
        [
            "intern_id",
            "start_date",
            "planned_end_date",
            "actual_end_date",
            "status",
            "deleted_at",
            "id",
        ],
    ),
}


def upgrade() -> None:
    op.execute(CREATE)
    op.execute(FILL)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, [sa.text(column) for column in columns])


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute(f"DROP TABLE {TABLE}")
