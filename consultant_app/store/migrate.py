"""Run the Alembic migrations of ``db/`` on an engine. Imported only when a migration is due."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from consultant_app.paths import MIGRATIONS_DIR
from consultant_app.store.sync.local import install_capture


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """Revision ids from the first to the head, as Alembic sees them."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to *target*.

    Foreign keys are off while they run, because SQLite rebuilds a table to
    alter it (drop and re-create), which other tables' keys would refuse;
    every key is checked once the migrations are done.
    """
    config = alembic_config()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # ends SQLAlchemy's autobegun transaction; SQLite began none
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                install_capture(connection)  # the sync's triggers a migration added or dropped
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"{len(broken)} rows point to missing records: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
