"""What the sections of the Data safety page share: their base, failures, wait cursor, labels."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from consultant_app.services.safety import DatabaseError, StoreError

#: What may go wrong while reading or writing the database or its backups.
FAILURES = (OSError, ValueError, StoreError, DatabaseError, SQLAlchemyError)


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error) or type(error).__name__


def warn_failure(parent: QWidget, title: str, what: str, error: BaseException) -> None:
    """Say in a message that *what* failed, and why."""
    QMessageBox.warning(
        parent,
        title,
        QCoreApplication.translate("DataSafetyPage", "{what}\n\nReason: {reason}").format(
            what=what, reason=reason(error)
        ),
    )


def selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def button(name: str, clicked: Callable[[], object]) -> QPushButton:
    """A push button named *name* (its object name) that calls *clicked*."""
    widget = QPushButton()
    widget.setObjectName(name)
    widget.clicked.connect(clicked)
    return widget


class SectionBox(QGroupBox):
    """A section of the page, which sets its texts again when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
