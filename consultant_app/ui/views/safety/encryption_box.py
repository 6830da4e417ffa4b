"""Settings → Data safety, *Encryption*: where the key of the open database lives, its file."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from consultant_app.services.safety import (
    KEYRING_SERVICE,
    PASSPHRASE_ENV,
    KeySource,
    keyring_entry,
    keyring_name,
)
from consultant_app.store.database import Database
from consultant_app.ui.views.safety.common import SectionBox, selectable


class EncryptionBox(SectionBox):
    """The key of the open database, in words, and the database file."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.key_caption = QLabel()
        self.key_text = selectable()
        self.key_text.setObjectName("keyLocation")
        self.file_caption = QLabel()
        self.file_text = selectable(str(database.path))
        self.file_text.setObjectName("databaseFile")
        form.addRow(self.key_caption, self.key_text)
        form.addRow(self.file_caption, self.file_text)
        self.retranslate()

    def key_location(self) -> str:
        """Where the key of the open database lives, in words."""
        key = self.database.key
        if key is None:
            return self.tr("The database is not encrypted.")
        if key.source is KeySource.KEYRING:
            return self.tr(
                "The key is kept in this computer's keyring ({keyring}), entry “{service}” / "
                "{entry}. The recovery key opens the database elsewhere."
            ).format(
                keyring=keyring_name(),
                service=KEYRING_SERVICE,
                entry=keyring_entry(self.database.path),
            )
        if key.source is KeySource.PASSPHRASE:
            return self.tr(
                "No keyring on this computer: the database opens with the passphrase typed at "
                "start."
            )
        if key.source is KeySource.ENVIRONMENT:
            return self.tr("The passphrase comes from the {variable} variable.").format(
                variable=PASSPHRASE_ENV
            )
        return self.tr("Opened with the recovery key.")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Encryption"))
        self.key_caption.setText(self.tr("Key"))
        self.key_text.setText(self.key_location())
        self.file_caption.setText(self.tr("Database file"))
