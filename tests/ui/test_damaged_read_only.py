"""The window opens a database found damaged read-only, says so, and its title shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from consultant_app.store.damage import mark_damaged
from consultant_app.ui import startup_safety
from tests.support.db import copy_db


def test_a_marked_database_opens_read_only_with_a_warning(
    qtbot, demo_files, tmp_path: Path, monkeypatch
) -> None:
    path = copy_db(demo_files(11), tmp_path / "fund.db")
    mark_damaged(path, ["page 40 cannot be read"])
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(startup_safety, "offer_restore", lambda *a, **k: False)
    database = startup_safety.open_store(path)
    assert database is not None and database.read_only
    assert warned and "read-only" in warned[0]
    from consultant_app.preferences import Preferences
    from consultant_app.ui.main_window import MainWindow

    window = MainWindow(database, Preferences(), "en")
    qtbot.addWidget(window)
    assert "read-only" in window.windowTitle()
    database.close()
