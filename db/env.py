"""Alembic environment of the consultant application.

The application passes its own connection (``config.attributes["connection"]``);
for development, ``alembic -c db/alembic.ini -x db=PATH ...`` works too.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context

from consultant_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    from consultant_app.store.engine import create_sqlite_engine

    db_path = context.get_x_argument(as_dictionary=True).get("db")
    if not db_path:
        raise SystemExit("Give the database: alembic -c db/alembic.ini -x db=PATH ...")
    engine = create_sqlite_engine(Path(db_path))
    with engine.begin() as conn:
        run_with(conn)
