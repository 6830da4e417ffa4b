"""What the window says when something fails that no view handles: a full disk, a failing
disk, any unexpected error. Never a silent traceback; always what was not written, where,
and that what was saved before is intact (every write is one transaction)."""

from __future__ import annotations

import errno
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

_DISK_WORDS = ("disk is full", "disk I/O error", "database or disk is full")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Failures", text)


def _database_reason(error: BaseException) -> str | None:
    """The engine's own message, when *error* is a failure of the database engine."""
    original = getattr(error, "orig", None)
    if original is not None:
        return str(original)
    if type(error).__module__.startswith(("sqlite3", "sqlcipher3")):
        return str(error)
    return None


def describe(error: BaseException, database: Path | None) -> str:
    """The message for *error*, in the interface language, naming what was not written."""
    if isinstance(error, OSError):
        where = error.filename or database or ""
        if error.errno == errno.ENOSPC:
            return _tr(
                "The disk is full: {path} could not be written. Nothing was lost: what was "
                "saved before is unchanged. Free some space, then try again."
            ).format(path=where)
        return _tr("{path} could not be written ({reason}). Nothing else was changed.").format(
            path=where, reason=error.strerror or error
        )
    reason = _database_reason(error)
    if reason is not None and any(word in reason for word in _DISK_WORDS):
        return _tr(
            "The disk holding the database {path} is full or failing: the last change was "
            "not saved, and the database is as it was before it. Free some space, then save "
            "again."
        ).format(path=database or "")
    return _tr(
        "Something went wrong ({problem}). What was saved before is unchanged. If it happens "
        "again, note what you were doing and ask for help."
    ).format(problem=f"{type(error).__name__}: {error}")


def install_failure_hook(database: Callable[[], Path | None]) -> None:
    """Show every exception that reaches the application as a message over the window."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):
            previous(kind, error, trace)
            return
        log.error("Unhandled error", exc_info=(kind, error, trace))
        QMessageBox.critical(
            QApplication.activeWindow(), _tr("Not saved"), describe(error, database())
        )

    sys.excepthook = hook
