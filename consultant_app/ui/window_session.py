"""The main window of one database over its life: reopened after a restore.

A restore (from Settings, or offered for a damaged file) replaces the
database file, so the window on it is replaced by a new one on the restored
file. The session always knows the current window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from consultant_app.services.safety import StoreError, restore_database
from consultant_app.ui.tasks import run_task, wait_for_tasks

if TYPE_CHECKING:
    from consultant_app.store.database import Database
    from consultant_app.ui.main_window import MainWindow


class WindowSession(QObject):
    """Holds the current main window; *build* makes a window on an open database."""

    def __init__(self, path: Path, window: MainWindow, build: Callable[..., MainWindow]) -> None:
        super().__init__()
        self.path = path
        self.build = build
        self.window = window
        self._attach(window)

    def _attach(self, window: MainWindow) -> None:
        self.window = window
        window.restore_requested.connect(self.restore)
        window.open_requested.connect(self.open_other)

    def reopen(self) -> bool:
        """Open the database again in a new window; quit the application if it cannot be."""
        from consultant_app.ui.startup_safety import open_store

        self.window.database.close()
        database = open_store(self.path)
        if database is None:
            QApplication.quit()
            return False
        self._switch(database)
        return True

    def _switch(self, database: Database) -> None:
        """Show a new window on *database* in place of the current one."""
        old = self.window
        window = self.build(database)
        self._attach(window)
        window.show()
        old.remember_preferences = False
        old.hide()
        old.deleteLater()

    def open_other(self, path: Path) -> None:
        """Work on the database *path* from now on (a team just joined); if it cannot be
        opened (said by :func:`open_store`), go on with the current one."""
        from consultant_app.ui.startup_safety import open_store

        database = open_store(path)
        if database is None:
            return
        self.window.database.close()
        self.path = database.path
        self._switch(database)

    def restore(self, backup: Path) -> None:
        """Put *backup* in place of the database (the current file is kept aside), then reopen.

        The copy runs off the GUI thread; the window waits, disabled, meanwhile.
        """
        window = self.window
        title = QApplication.translate("WindowSession", "Restore a backup")
        key, path = window.database.key, self.path
        wait_for_tasks()  # nothing else is reading or writing the file
        window.database.close()

        def failed(error: BaseException) -> None:
            if not isinstance(error, (ValueError, OSError, StoreError)):
                raise error
            # Nothing was restored: work on with the database as it was (open, locked again).
            self.reopen()
            QMessageBox.critical(
                self.window,
                title,
                QApplication.translate(
                    "WindowSession", "The backup was not restored: {problem}"
                ).format(problem=error),
            )

        def restored(aside: Path) -> None:
            if self.reopen():
                QMessageBox.information(
                    self.window,
                    title,
                    QApplication.translate(
                        "WindowSession",
                        "{backup} was restored. The previous file was kept as {aside}.",
                    ).format(backup=backup.name, aside=aside),
                )

        run_task(
            lambda: restore_database(backup, path, key=key),
            restored,
            failed,
            owner=window,
            busy=(window,),
        )
