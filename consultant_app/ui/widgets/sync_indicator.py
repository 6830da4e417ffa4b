"""The team's sync in the status bar: last sync, pending changes, open conflicts.

Shown only for a database that belongs to a team. It syncs in the background every few
minutes and on demand (Ctrl+Shift+S, set up by the main window), never on the GUI thread.
Being offline is normal: the indicator says so quietly, the work stays on the laptop.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from consultant_app.services.settings import team
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_datetime
from consultant_app.ui.tasks import run_task

#: Milliseconds between two background syncs.
INTERVAL_MS = 5 * 60 * 1000


def _local_time(stamp: str | None) -> str | None:
    if not stamp:
        return None
    try:
        return format_datetime(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


class SyncIndicator(QWidget):
    """``Team: synced 06/12 14:05 · 3 pending`` and a button for the open conflicts."""

    #: A sync ended (with or without success); the views may show fresh data.
    synced = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.label = QLabel()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        self.running = False
        self.offline = False
        self.problem: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.refresh()

    @property
    def in_team(self) -> bool:
        return self._status().hub is not None

    def _status(self) -> team.TeamStatus:
        return team.team_status(self.database)

    def refresh(self) -> None:
        status = self._status()
        # The children, not the indicator itself: a language change never shows a closed one.
        self.label.setVisible(status.hub is not None)
        if status.hub is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        last = _local_time(status.last_sync)
        if self.running:
            text = self.tr("Team: syncing…")
        elif self.offline:
            text = self.tr("Team: offline, last sync {0}").format(last or self.tr("never"))
        elif last:
            text = self.tr("Team: synced {0}").format(last)
        else:
            text = self.tr("Team: never synced")
        if status.pending:
            text += " · " + self.tr("{0} pending").format(status.pending)
        self.label.setText(text)
        self.label.setToolTip(self.problem or (status.hub or ""))
        self.conflicts_button.setText(self.tr("{0} conflict(s)").format(status.conflicts))
        self.conflicts_button.setVisible(status.hub is not None and status.conflicts > 0)

    def sync_now(self) -> None:
        """Start a sync in the background (nothing when one is running or outside a team)."""
        if self.running or not self.in_team:
            return
        self.running = True
        self.refresh()
        database = self.database
        run_task(lambda: team.sync(database), self._done, self._failed, owner=self)

    def _done(self, _outcome: object) -> None:
        self.running = False
        self.offline = False
        self.problem = None
        self.refresh()
        self.synced.emit()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if not isinstance(error, team.HubError | team.SchemaMismatch):
            self.refresh()
            raise error
        self.offline = isinstance(error, team.HubUnreachable)
        self.problem = str(error)
        self.refresh()
        if not self.offline:
            self.label.setText(self.tr("Team: sync refused, see the tooltip"))
        self.synced.emit()

    def show_conflicts(self) -> None:
        from consultant_app.ui.dialogs.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.database, self)
        dialog.resolved.connect(self.refresh)
        dialog.exec()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
