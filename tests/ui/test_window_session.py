"""A restore from Settings replaces the window's database and reopens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from consultant_app.preferences import Preferences
from consultant_app.store.backups import backup_database
from consultant_app.ui.main_window import MainWindow
from consultant_app.ui.window_session import WindowSession


def _interns(window: MainWindow) -> int:
    with window.database.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM intern")).scalar_one())


def test_restore_requested_in_settings_reopens_on_the_backup(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    path = window.database.path
    backup = backup_database(window.database)
    before = _interns(window)
    with window.database.engine.begin() as connection:
        connection.execute(text("UPDATE intern SET deleted_at = NULL"))
        connection.execute(text("DELETE FROM intern_wished_function"))
        connection.execute(
            text("DELETE FROM intern WHERE id NOT IN (SELECT intern_id FROM internship)")
        )
    assert _interns(window) < before
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, message: told.append(message))
    built: list[MainWindow] = []

    def build(database):  # type: ignore[no-untyped-def]
        built.append(MainWindow(database, Preferences(), "en"))
        return built[-1]

    session = WindowSession(path, window, build)
    window.restore_requested.emit(backup)
    assert built and session.window is built[0]
    assert _interns(session.window) == before
    assert "kept as" in told[0]
    assert list(path.parent.glob(f"{path.name}.before-restore-*.db"))
    session.window.database.close()
    session.window.close()
    window.database = session.window.database  # the fixture closes this one again


def test_a_refused_restore_keeps_the_current_file(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    garbage = tmp_path / "garbage.db"
    garbage.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, message: shown.append(message))
    session = WindowSession(window.database.path, window, lambda database: None)
    session.restore(garbage)
    assert "not restored" in shown[0]
    assert session.window is window
    assert _interns(window) > 0
