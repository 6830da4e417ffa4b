"""After an erasure whose old values another program's reading kept in the write-ahead log,
the window tries again to empty the log whenever it is idle, until it succeeds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from consultant_app.services.privacy.anonymise import clear_log
from consultant_app.store.database import Database
from consultant_app.ui.tasks import running_tasks

#: How often the window tries again, and how many times (an hour in all).
RETRY_MS = 30_000
TRIES = 120


class LogCheckpointRetry(QObject):
    """Empties the database's log at the first idle moment it can; says so once done."""

    def __init__(self, database: Database, owner: QWidget, interval_ms: int = RETRY_MS) -> None:
        super().__init__(owner)
        self.database = database
        self.owner = owner
        self.left = TRIES
        self.done = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.attempt)
        self.timer.start()

    def attempt(self) -> None:
        if running_tasks():  # busy: the next tick
            return
        self.left -= 1
        try:
            cleared = clear_log(self.database)
        except Exception:  # the database was closed or replaced meanwhile: nothing to do
            cleared = False
            self.left = 0
        if cleared:
            self.done = True
            window = self.owner.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "LogCheckpoint",
                        "The erased values have now left the database's log as well.",
                    ),
                    5000,
                )
        if cleared or self.left <= 0:
            self.timer.stop()
            self.deleteLater()


def retry_when_idle(database: Database, owner: QWidget) -> LogCheckpointRetry:
    return LogCheckpointRetry(database, owner)
