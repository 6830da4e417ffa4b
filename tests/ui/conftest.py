"""Fixtures for UI tests: a demo database (made once per session) and the main window on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from consultant_app.preferences import Preferences
from consultant_app.store.database import open_database
from tests.support.db import copy_db


@pytest.fixture(autouse=True)
def inline_tasks() -> Iterator[None]:
    """Background tasks run inline in UI tests: each action has its result when it returns.

    The thread pool itself is tested in test_tasks.py (and by the event-loop stall test).
    """
    from consultant_app.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from consultant_app.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    generate_demo(database, seed=7, size="small", today=date.today())
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    copy_db(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator:
    database = open_database(demo_db_path)
    yield database
    database.close()


@pytest.fixture
def window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    from consultant_app.app import create_application, register_fonts  # noqa: F401
    from consultant_app.ui.i18n import install_language
    from consultant_app.ui.main_window import MainWindow

    install_language("en")
    main = MainWindow(demo_db, Preferences(), "en")
    # Not qtbot.addWidget: pytest-qt would close it before this fixture's teardown.
    main.show_view("dashboard")
    main.show()
    qtbot.waitExposed(main)
    yield main
    # Unsaved work left by a test is discarded without a dialog when the window closes.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
        )
        main.close()
    main.deleteLater()
    install_language("en")


@pytest.fixture(autouse=True)
def english_interface(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every UI test starts in English, whatever an earlier test installed."""
    from consultant_app.ui.i18n import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def no_window_left_open(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {left}"
