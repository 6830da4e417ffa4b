"""What start-up does for the data's safety: unlock, recovery key, integrity check, backup.

- A database whose key is in no keyring is unlocked with a passphrase (or its
  recovery key) typed in :class:`UnlockDialog`.
- A key created by this start is shown once as a recovery key.
- Once the window is on screen, SQLite's quick check runs in a background
  thread; a damaged database gets a message offering the newest good backup
  (the damaged file is kept aside by the restore, never overwritten).
- Then the day's backup and the retention run, both at most once a day.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consultant_app.services.safety import (
    DatabaseKey,
    KeyRequiredError,
    KeySource,
    MarkedDamagedError,
    StoreError,
    WrongKeyError,
    check_database,
    daily_backup_or_warn,
    default_backup_dir,
    keyring_name,
    load_key,
    mark_damaged,
    newest_good_backup,
    open_database,
    restore_database,
)
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_datetime

log = logging.getLogger(__name__)


def _explain(error: StoreError, show: bool = True) -> None:
    """Say why the database cannot be opened: on standard error, and in a message if *show*."""
    from consultant_app.ui.store_errors import explain

    print(f"consultant-app: error: {error}", file=sys.stderr)
    if not show:
        return
    QMessageBox.critical(
        None, QApplication.translate("App", "Cannot open the database"), explain(error)
    )


def unlock(path: Path, error: KeyRequiredError) -> Database | None:
    """Ask for the passphrase of *path* until it opens; None when the user quits."""
    from consultant_app.ui.dialogs.unlock import UnlockDialog

    dialog = UnlockDialog(path, new=error.new, opener=lambda key: open_database(path, key=key))
    if dialog.exec() and dialog.database is not None:
        return dialog.database
    if isinstance(dialog.error, StoreError):
        _explain(dialog.error)
    return None


def open_store(path: Path, interactive: bool = True) -> Database | None:
    """Open the database at *path*, asking what is needed; explain why not and return None.

    Not *interactive* (a window that quits once painted, as scripts start it),
    nothing is asked: the reason goes to standard error and None comes back.
    """
    try:
        return open_database(path)
    except StoreError as error:
        if interactive and isinstance(error, KeyRequiredError):
            return unlock(path, error)
        key = load_key(path) if interactive and isinstance(error, WrongKeyError) else None
        if key is not None and offer_restore(None, path, key, [str(error)]):
            return open_store(path)
        if isinstance(error, MarkedDamagedError):
            return _open_damaged(path, error, interactive)
        _explain(error, show=interactive)
    return None


def _open_damaged(path: Path, error: StoreError, interactive: bool) -> Database | None:
    """Open the database found damaged read-only, saying so; None when even that fails."""
    try:
        database = open_database(path, read_only=True)
    except StoreError as second:
        _explain(second, show=interactive)
        return None
    print(f"consultant-app: warning: {error}", file=sys.stderr)
    if interactive:
        QMessageBox.warning(
            None,
            QApplication.translate("StartupSafety", "The database is damaged"),
            QApplication.translate(
                "StartupSafety",
                "{path} was found damaged. It is open read-only: you can read and print, "
                "but nothing can be changed or imported until a sound backup is restored "
                "(Settings → Data safety).",
            ).format(path=path),
        )
    return database


def show_recovery_key(window: QWidget, database: Database) -> None:
    """Show the recovery key of a key created by this start, once."""
    if not database.recovery_key:
        return
    from consultant_app.ui.dialogs.recovery_key import RecoveryKeyDialog

    recovery, database.recovery_key = database.recovery_key, None
    RecoveryKeyDialog(database.path, recovery, keyring_name(), window).exec()


def offer_restore(
    parent: QWidget | None,
    path: Path,
    key: DatabaseKey | None,
    problems: list[str],
    before: Callable[[], None] | None = None,
) -> bool:
    """Tell that *path* is damaged and offer its newest good backup; True once restored.

    *before* runs once the user has accepted, before the file is replaced
    (to close the database the window has open).
    """
    title = QApplication.translate("StartupSafety", "The database is damaged")
    found = newest_good_backup(path, key)
    summary = "\n".join(problems[:5])
    if found is None:
        QMessageBox.critical(
            parent,
            title,
            QApplication.translate(
                "StartupSafety",
                "SQLite found problems in {path}:\n{problems}\n\nNo sound backup was found in "
                "{folder}. Keep the file as it is and ask for help; do not delete it.",
            ).format(path=path, problems=summary, folder=default_backup_dir(path)),
        )
        return False
    answer = QMessageBox.question(
        parent,
        title,
        QApplication.translate(
            "StartupSafety",
            "SQLite found problems in {path}:\n{problems}\n\nRestore the newest sound backup, "
            "taken {taken}? The damaged file is kept aside, never overwritten; what was "
            "entered after the backup must be entered again.",
        ).format(path=path, problems=summary, taken=format_datetime(found.taken)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if before is not None:
        before()
    try:
        aside = restore_database(found.path, path, key=key)
    except (ValueError, OSError, StoreError) as error:
        QMessageBox.critical(parent, title, str(error))
        return False
    QMessageBox.information(
        parent,
        title,
        QApplication.translate(
            "StartupSafety",
            "The backup of {taken} was restored. The damaged file is kept as {aside}.",
        ).format(taken=format_datetime(found.taken), aside=aside),
    )
    return True


class IntegrityCheck(QObject):
    """SQLite's quick check of a database file, in a background thread."""

    finished = Signal(list)

    def __init__(self, path: Path, key: DatabaseKey | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.key = path, key
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            problems = check_database(self.path, quick=True, key=self.key)
        except Exception as error:  # reported, never raised in a thread
            problems = [f"cannot be checked: {type(error).__name__}"]
        self.finished.emit(problems)


def daily_upkeep(database: Database, window: QWidget) -> None:
    """The day's backup, then the retention run (each at most once a day; failures warn).

    The retention run anonymises nobody by itself (unless Settings say
    "automatic"): who would be is asked about in a dialog over *window*.
    """
    # Called once the quick check found the file sound: the copy needs no second check.
    daily_backup_or_warn(database.path, database.key, verify=False)
    from consultant_app.services.privacy.retention import RetentionReview, daily_retention

    try:
        review = daily_retention(database)
    except Exception as error:
        log.warning("The retention run failed: %s", type(error).__name__)
        return
    if isinstance(review, RetentionReview):
        from consultant_app.ui.dialogs.retention_review import Answer, ask_about_retention
        from consultant_app.ui.views.record_list import RecordListView

        if ask_about_retention(window, database, review) is Answer.ANONYMISE:
            for view in window.findChildren(RecordListView):
                view.model.reload()  # the lists open behind the dialog drop the old names


def check_in_background(
    window: QWidget, database: Database, on_restored: Callable[[], None]
) -> IntegrityCheck:
    """Quick-check *database* once the window shows; on damage offer the newest good backup.

    *on_restored* is called after a restore, with the database closed, to open it again.
    """
    check = IntegrityCheck(database.path, database.key, window)

    def done(problems: list[str]) -> None:
        if not problems:
            daily_upkeep(database, window)
            return
        log.warning("The quick check found %d problem(s).", len(problems))
        try:
            mark_damaged(database.path, problems)  # from now on it opens read-only
        except OSError as error:
            log.warning("The damage could not be noted beside the file: %s", error.strerror)
        if offer_restore(window, database.path, database.key, problems, database.close):
            on_restored()

    check.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    check.start()
    return check


__all__ = [
    "IntegrityCheck",
    "KeySource",
    "check_in_background",
    "daily_upkeep",
    "newest_good_backup",
    "offer_restore",
    "open_store",
    "show_recovery_key",
    "unlock",
]
