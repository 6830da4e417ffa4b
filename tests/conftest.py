"""Shared fixtures. Qt runs offscreen; every test gets its own home folder and database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import keyring
import pytest
from hypothesis import settings

from consultant_app.paths import HOME_ENV
from consultant_app.store.keys import PASSPHRASE_ENV
from tests.support.keyring_backend import FILE_ENV, FileKeyring

# The databases of the tests are encrypted with keys kept in a test keyring (a
# file), which the processes started by the tests find through the environment.
_REPO = Path(__file__).resolve().parent.parent
os.environ.pop(PASSPHRASE_ENV, None)
os.environ.setdefault(FILE_ENV, str(Path(tempfile.mkdtemp(prefix="keyring-")) / "keyring.json"))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.keyring_backend.FileKeyring"
os.environ["PYTHONPATH"] = os.pathsep.join(
    part for part in (str(_REPO), os.environ.get("PYTHONPATH", "")) if part
)
keyring.set_keyring(FileKeyring())

# The demo-database fixtures (``demo``, ``demo_files``, ``demo_seed``) and the ``world`` of the
# shared builders serve every folder.
pytest_plugins = [
    "tests.support.demo_fixtures",
    "tests.support.builders",
    "tests.support.postgres",
    "tests.support.team",
]

# Property tests judge results, not speed: a busy machine must not fail them on time.
settings.register_profile("project", deadline=None, print_blob=True)
settings.load_profile("project")


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep preferences and default data of each test in its own folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def empty_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database brought to the latest schema, made once per session."""
    from consultant_app.store.database import open_database

    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


@pytest.fixture
def db(db_path: Path, empty_db_file: Path) -> Iterator:
    """An empty database at ``db_path``: a copy of :func:`empty_db_file` (no migration run)."""
    from consultant_app.store.database import open_database
    from tests.support.db import copy_db

    database = open_database(copy_db(empty_db_file, db_path))
    yield database
    database.close()
