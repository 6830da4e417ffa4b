"""Fixtures of small demo databases, generated once per seed, opened as copies."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from consultant_app.store.database import Database, open_database
from tests.support.db import copy_db


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """The small demo database of a seed, made once per session."""
    from consultant_app.demo import generate_demo

    made: dict[int, Path] = {}

    def demo_file(seed: int) -> Path:
        if seed not in made:
            path = tmp_path_factory.mktemp(f"demo-{seed}") / "demo.db"
            database = open_database(path)
            try:
                generate_demo(database, seed=seed, size="small")
            finally:
                database.close()
            made[seed] = path
        return made[seed]

    return demo_file


@pytest.fixture
def demo_seed() -> int:
    """The seed of the ``demo`` fixture; a test module may override it."""
    return 11


@pytest.fixture
def demo(demo_files: Callable[[int], Path], demo_seed: int, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database of ``demo_seed``, open for one test."""
    copy = copy_db(demo_files(demo_seed), tmp_path / "demo.db")
    database = open_database(copy)
    yield database
    database.close()
