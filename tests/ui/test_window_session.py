"""A restore from Settings replaces the window's database and reopens it."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def _session(window: MainWindow) -> tuple[WindowSession, list[MainWindow]]:
    built: list[MainWindow] = []

    def build(database):  # type: ignore[no-untyped-def]
        built.append(MainWindow(database, Preferences(), "en"))
        return built[-1]

    return WindowSession(window.database.path, window, build), built


def test_a_refused_restore_keeps_the_current_file(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    garbage = tmp_path / "garbage.db"
    garbage.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, message: shown.append(message))
    session, _built = _session(window)
    before = _interns(window)
    session.restore(garbage)
    assert "not restored" in shown[0]
    assert _interns(session.window) == before
    session.window.database.close()
    session.window.close()
    window.database = session.window.database


def test_a_restore_while_another_program_has_the_database_is_refused(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.store.database import open_database

    backup = backup_database(window.database, tmp_path / "kept")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, message: shown.append(message))
    other = open_database(window.database.path)  # an import, a backup, the command line
    try:
        session, built = _session(window)
        before = _interns(window)
        session.restore(backup)
        assert "open in another window or program" in shown[0]
        assert built and session.window is built[0]  # working on, on the same file
        assert _interns(session.window) == before
    finally:
        other.close()
    from consultant_app.store import locks

    # the window holds the database again: a restore from elsewhere is refused too
    with pytest.raises(locks.DatabaseInUseError):
        locks.take_exclusive(session.window.database.path, "restore").release()
    session.window.database.close()
    session.window.close()
    window.database = session.window.database
