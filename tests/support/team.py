"""Laptops of a team in the tests: databases joined to a hub on the tests' PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consultant_app.store.database import Database
from consultant_app.store.models import Host, Intern
from consultant_app.store.sync import local
from tests.support.builders import make_world


def dump(database: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row of *database* by table and id, in a form two laptops can compare."""
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    with database.engine.connect() as connection:
        for table in local.synced_tables():
            tables[table] = {str(r["id"]): r for r in local.read_all(connection, table)}
    return tables


def edit(database: Database, model: type, row_id: uuid.UUID, **values: Any) -> None:
    """Change fields of one record through the ORM, as the window does."""
    with database.unit_of_work() as uow:
        record = uow.session.get(model, row_id)
        assert record is not None
        for name, value in values.items():
            setattr(record, name, value)
        uow.commit()


def read(database: Database, model: type, row_id: uuid.UUID, name: str) -> Any:
    with database.unit_of_work() as uow:
        return getattr(uow.session.get(model, row_id), name)


class Team:
    """The hub's URL (superuser: the administrator) and the laptops made so far."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder
        self.laptops: list[Database] = []

    def first(self) -> tuple[Database, Any]:
        """A laptop with the builders' world, made the hub's first copy."""
        from consultant_app.services.settings.team import init_hub
        from consultant_app.store.database import open_database

        database = open_database(self.folder / "laptop-0.db")
        self.laptops.append(database)
        world = make_world(database)
        init_hub(database, self.url)
        return database, world

    def join(self, url: str | None = None) -> Database:
        from consultant_app.services.settings.team import join_hub

        path = self.folder / f"laptop-{len(self.laptops)}.db"
        database, _ = join_hub(path, url or self.url)
        self.laptops.append(database)
        return database

    def close(self) -> None:
        for database in self.laptops:
            database.close()


@pytest.fixture
def team(hub_url: str, tmp_path: Path) -> Iterator[Team]:
    made = Team(hub_url, tmp_path)
    yield made
    made.close()


__all__ = ["Host", "Intern", "Team", "dump", "edit", "read", "team"]
