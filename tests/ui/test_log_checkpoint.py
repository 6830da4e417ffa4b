"""After an erasure another program's reading kept in the log, the window empties the log
at the first idle moment it can, and says so."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select

from consultant_app.services.privacy.anonymise import anonymise_intern
from consultant_app.store.database import Database
from consultant_app.store.models import Internship
from consultant_app.ui.log_checkpoint import LogCheckpointRetry
from tests.support.db import connect_raw


def test_the_log_is_emptied_once_the_reader_has_gone(qtbot, demo: Database) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    with demo.session_factory() as session:
        intern = session.scalars(select(Internship.intern_id).limit(1)).one()
    reader = connect_raw(demo.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM intern").fetchone()  # holds the old values
    assert anonymise_intern(demo, intern) is False
    retry = LogCheckpointRetry(demo, window, interval_ms=50)
    qtbot.wait(300)
    assert not retry.done  # still held: it keeps trying
    reader.close()
    qtbot.waitUntil(lambda: retry.done, timeout=10_000)
    log = demo.path.with_name(demo.path.name + "-wal")
    assert not log.exists() or log.stat().st_size == 0
    assert "log" in window.statusBar().currentMessage()
