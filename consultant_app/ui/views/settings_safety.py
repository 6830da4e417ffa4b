"""Settings → Data safety: where the key lives, the backups, the retention of personal data.

The page never replaces the database file itself: the window has it open.
To restore a backup it emits :attr:`DataSafetyPage.restore_requested`, which
the main window passes on to the application (close, restore, open again).
Its three sections are widgets of their own, in :mod:`consultant_app.ui.views.safety`.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from consultant_app.store.database import Database
from consultant_app.ui.views.safety.backups_box import BackupsBox
from consultant_app.ui.views.safety.encryption_box import EncryptionBox
from consultant_app.ui.views.safety.retention_box import RetentionBox


class DataSafetyPage(QWidget):
    """The "Data safety" tab of Settings: encryption, backups and retention."""

    #: The user confirmed restoring the backup file at this path over the open database.
    #: The receiver (the application) must close the database, call
    #: :func:`consultant_app.services.safety.restore_database` with the database's key,
    #: which keeps the current file aside, and open the database again.
    restore_requested = Signal(Path)
    #: The retention period was saved (the new number of years).
    retention_saved = Signal(int)

    def __init__(
        self, database: Database, parent: QWidget | None = None, actor: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataSafetyPage")
        self.database = database
        self.actor = actor
        self.encryption_box = EncryptionBox(database)
        self.backups_box = BackupsBox(database)
        self.backups_box.restore_requested.connect(self.restore_requested)
        self.retention_box = RetentionBox(database, actor=actor)
        self.retention_box.retention_saved.connect(self.retention_saved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encryption_box)
        layout.addWidget(self.backups_box)
        layout.addWidget(self.retention_box)
        layout.addStretch(1)
        chain = (
            self.backups_box.backup_list,
            *self.backups_box.buttons(),
            *self.retention_box.focus_chain(),
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def has_unsaved_work(self) -> bool:
        return self.retention_box.has_unsaved_work()

    def can_leave_record(self) -> bool:
        """Ask about an unsaved retention period; True when the page may be left."""
        return self.retention_box.can_leave_record()

    def reload(self) -> None:
        """Read the saved retention period and the backups again (after a change elsewhere)."""
        self.retention_box.reload()
        self.backups_box.refresh_backups()
