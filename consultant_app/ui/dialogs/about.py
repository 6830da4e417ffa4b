"""Help → About: the version, the licence, and the licences of the bundled libraries and fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant_app import __version__
from consultant_app.paths import LICENCES_FILE


class AboutDialog(QDialog):
    """What the application is, under which licence, and what it carries with it."""

    def __init__(self, database_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.resize(640, 520)
        title = QLabel(self.tr("Media internships consultant application"))
        title.setObjectName("detailTitle")
        self.summary = QLabel(
            "\n".join(
                (
                    self.tr("Version {0}").format(__version__),
                    self.tr(
                        "Licence: proprietary software of the training fund, all rights"
                        " reserved; licensed to the fund and its consultants."
                    ),
                    self.tr("Database: {0}").format(database_path or "—"),
                )
            )
        )
        self.summary.setWordWrap(True)
        self.licences = QPlainTextEdit()
        self.licences.setReadOnly(True)
        try:
            self.licences.setPlainText(LICENCES_FILE.read_text(encoding="utf-8"))
        except OSError:
            self.licences.setPlainText(
                self.tr("The licences file is missing: {0}").format(LICENCES_FILE)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Licences of the bundled libraries and fonts:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
