"""The recovery key of a new database, shown once: copy, save or print it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.privacy.private_files import write_private_file


class RecoveryKeyDialog(QDialog):
    """Shows *recovery_key* of the database *path*; closes once the user says it is kept."""

    def __init__(
        self, path: Path, recovery_key: str, keyring: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key"))
        self.path = path
        self.recovery_key = recovery_key
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The database {name} is encrypted. Its key is kept in this computer's keyring "
                "({keyring}), so you have nothing to type.\n\n"
                "This recovery key opens the database on another computer, or here if the "
                "keyring is lost. It is shown only this once: print it or save it, and keep it "
                "away from this laptop."
            ).format(name=path.name, keyring=keyring)
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(520)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet(
            "padding: 12px; border: 1px solid #c9d3dd; background: #f7f9fb;"
        )
        layout.addWidget(self.key_label)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.save_button = QPushButton(self.tr("&Save as text…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for button in (self.copy_button, self.save_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.kept = QCheckBox(self.tr("I have &kept the recovery key in a safe place"))
        layout.addWidget(self.kept)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setEnabled(False)
        self.close_button.setDefault(True)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(self.close_button)
        layout.addLayout(closing)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_key)
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)

    def reject(self) -> None:
        """Esc does not lose the key unseen: closing needs the box ticked."""
        if self.kept.isChecked():
            super().reject()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def _text(self) -> str:
        return (
            self.tr("Recovery key of the database {name}").format(name=self.path.name)
            + f"\n\n{self.recovery_key}\n"
        )

    def save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path.home() / f"{self.path.stem}-recovery-key.txt"),
            self.tr("Text (*.txt)"),
        )
        if not name:
            return
        try:
            write_private_file(Path(name), self._text().encode("utf-8"))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The recovery key could not be saved: {problem}").format(
                    problem=error.strerror or error
                ),
            )

    def document(self) -> QTextDocument:
        """The printed page: a title and the key in large monospaced type."""
        document = QTextDocument()
        title = html.escape(
            self.tr("Recovery key of the database {name}").format(name=self.path.name)
        )
        key = html.escape(self.recovery_key)
        document.setHtml(
            f"<h2>{title}</h2><p style='font-family: monospace; font-size: 16pt'>{key}</p>"
        )
        return document

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
