"""Settings → Data safety, *Backups*: the list, back up now, restore, SQLite's integrity check.

The box never replaces the database file itself: the window has it open.
To restore a backup it emits :attr:`BackupsBox.restore_requested`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.safety import (
    BackupFile,
    backup_database,
    check_database,
    default_backup_dir,
    list_backups,
)
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_datetime, format_size
from consultant_app.ui.tasks import run_task
from consultant_app.ui.views.safety.common import (
    FAILURES,
    SectionBox,
    button,
    reason,
    selectable,
    wait_cursor,
    warn_failure,
)

#: Most problems listed in the message of a check (the rest are counted).
PROBLEMS_SHOWN = 20

_PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsBox(SectionBox):
    """The backups of the open database, newest first, and what can be done with them."""

    #: The user confirmed restoring the backup file at this path over the open database.
    restore_requested = Signal(Path)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.backups: list[BackupFile] = []
        self._status: Callable[[], str] = str
        #: What the last integrity check found (None: none ran, or it failed).
        self.last_check: list[str] | None = None
        layout = QVBoxLayout(self)
        folder_row = QHBoxLayout()
        self.folder_caption = QLabel()
        self.folder_text = selectable(str(self.backup_folder))
        self.folder_text.setObjectName("backupFolder")
        folder_row.addWidget(self.folder_caption)
        folder_row.addWidget(self.folder_text, 1)
        layout.addLayout(folder_row)
        self.backup_list = QTreeWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setColumnCount(4)
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setUniformRowHeights(True)
        self.backup_list.setAllColumnsShowFocus(True)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setMinimumHeight(160)
        header = self.backup_list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.backup_list.itemSelectionChanged.connect(self._update_buttons)
        self.backup_list.itemActivated.connect(lambda *_: self.restore_selected())
        self.list_caption = QLabel()
        self.list_caption.setBuddy(self.backup_list)
        layout.addWidget(self.list_caption)
        layout.addWidget(self.backup_list)
        self.no_backup = QLabel()
        self.no_backup.setObjectName("noBackup")
        layout.addWidget(self.no_backup)
        self.backup_button = button("backupNow", self.back_up_now)
        self.restore_button = button("restoreSelected", self.restore_selected)
        self.restore_file_button = button("restoreFile", self.restore_file)
        self.check_button = button("checkNow", self.check_now)
        buttons = QHBoxLayout()
        for widget in self.buttons():
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.backup_status = selectable()
        self.backup_status.setObjectName("backupStatus")
        layout.addWidget(self.backup_status)
        self.retranslate()
        self.refresh_backups()

    def buttons(self) -> tuple[QWidget, ...]:
        """The buttons under the list, in their order (and that of the Tab key)."""
        return (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.check_button,
        )

    def _busy_buttons(self) -> tuple[QWidget, ...]:
        """The buttons that wait while a backup or a check runs (Restore… follows the list)."""
        return (self.backup_button, self.restore_file_button, self.check_button)

    @property
    def backup_folder(self) -> Path:
        return default_backup_dir(self.database.path)

    def selected_backup(self) -> Path | None:
        items = self.backup_list.selectedItems()
        return Path(items[0].data(0, _PATH_ROLE)) if items else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    # -- the list -------------------------------------------------------------------------
    def refresh_backups(self, select: Path | None = None) -> None:
        """List the backups of the database again, newest first (selecting *select*)."""
        chosen = select or self.selected_backup()
        try:
            self.backups = list(reversed(list_backups(self.backup_folder, self.database.path.stem)))
        except OSError as error:
            self.backups = []
            why = reason(error)
            self._set_status(
                lambda: self.tr("The backups cannot be listed: {reason}").format(reason=why)
            )
        self._fill_backups(chosen)

    def _fill_backups(self, chosen: Path | None = None) -> None:
        self.backup_list.clear()
        for backup in self.backups:
            try:
                size = format_size(backup.path.stat().st_size)
            except OSError:
                size = "—"
            item = QTreeWidgetItem(
                [
                    format_datetime(backup.taken),
                    self.kind_label(backup.label),
                    size,
                    backup.path.name,
                ]
            )
            item.setData(0, _PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backup_list.addTopLevelItem(item)
            if chosen is not None and backup.path == chosen:
                item.setSelected(True)
                self.backup_list.setCurrentItem(item)
        self.no_backup.setVisible(not self.backups)
        self._update_buttons()

    def kind_label(self, label: str) -> str:
        """The kind of a backup, from the label in its file name."""
        known = {
            "daily": self.tr("Daily (automatic)"),
            "manual": self.tr("Manual"),
            "import": self.tr("Before an import"),
        }
        return known.get(label, label)

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self._show_status()

    def _show_status(self) -> None:
        text = self._status()
        self.backup_status.setText(text)
        self.backup_status.setVisible(bool(text))

    # -- actions --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Write a manual backup of the open database off the GUI thread, then list it."""
        title = self.tr("Back up now")
        database = self.database

        def written(path: Path) -> None:
            self.refresh_backups(select=path)
            self._set_status(lambda: self.tr("Backup written: {path}").format(path=path))

        def failed(error: BaseException) -> None:
            if not isinstance(error, FAILURES):
                raise error
            warn_failure(self, title, self.tr("The backup could not be written."), error)

        run_task(
            lambda: backup_database(database, label="manual"),
            written,
            failed,
            owner=self,
            busy=self._busy_buttons(),
        )

    def restore_selected(self) -> bool:
        """Ask to restore the backup selected in the list; True when the restore was requested."""
        chosen = self.selected_backup()
        if chosen is None:
            return False
        return self.request_restore(chosen)

    def restore_file(self) -> bool:
        """Ask for a backup file, then to restore it; True when the restore was requested."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.backup_folder if self.backup_folder.is_dir() else self.database.path.parent),
            self.tr("Databases (*.db *.sqlite *.bak);;All files (*)"),
        )
        if not name:
            return False
        return self.request_restore(Path(name))

    def request_restore(self, backup: Path) -> bool:
        """Check *backup*, ask for confirmation, then emit :attr:`restore_requested`."""
        title = self.tr("Restore a backup")
        backup = Path(backup).expanduser().absolute()
        if backup.resolve() == self.database.path.resolve():
            QMessageBox.warning(
                self,
                title,
                self.tr("This is the database itself; choose one of its backups."),
            )
            return False
        try:
            with wait_cursor():
                problems = check_database(backup, quick=True, key=self.database.key)
        except FAILURES as error:
            what = self.tr("{path} cannot be restored.")
            warn_failure(self, title, what.format(path=backup), error)
            return False
        if problems:
            QMessageBox.warning(
                self,
                title,
                self.tr("{path} is damaged and cannot be restored:\n{problems}").format(
                    path=backup, problems="\n".join(problems[:5])
                ),
            )
            return False
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Restore {backup}?\n\n"
                "The database will be closed and this backup put in its place; the window "
                "then opens it again. The current file is kept aside next to it (as "
                "{name}.before-restore-….db), so nothing is lost. What was entered after the "
                "backup must be entered again."
            ).format(backup=backup, name=self.database.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restore_requested.emit(backup)
        return True

    def check_now(self) -> None:
        """Run SQLite's full integrity check on the open database off the GUI thread, then
        say what it found (``last_check``: its problems, or None when it failed)."""
        title = self.tr("Check the database")
        path, key = self.database.path, self.database.key
        self.last_check = None

        def failed(error: BaseException) -> None:
            if not isinstance(error, FAILURES):
                raise error
            warn_failure(self, title, self.tr("The database could not be checked."), error)

        run_task(
            lambda: check_database(path, quick=False, key=key),
            lambda problems: self._show_check(title, problems),
            failed,
            owner=self,
            busy=self._busy_buttons(),
        )

    def _show_check(self, title: str, problems: list[str]) -> None:
        self.last_check = problems
        path = self.database.path
        if not problems:
            QMessageBox.information(
                self,
                title,
                self.tr("No problem found in {path}.").format(path=path),
            )
            return
        shown = "\n".join(problems[:PROBLEMS_SHOWN])
        more = len(problems) - PROBLEMS_SHOWN
        if more > 0:
            shown += "\n" + self.tr("… and %n more.", "", more)
        QMessageBox.warning(
            self,
            title,
            self.tr(
                "SQLite found %n problem(s) in {path}:\n{problems}\n\n"
                "Keep the file as it is; restore a sound backup, or ask for help.",
                "",
                len(problems),
            ).format(path=path, problems=shown),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.folder_caption.setText(self.tr("Folder:"))
        self.list_caption.setText(self.tr("Backups, &newest first:"))
        self.backup_list.setHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.no_backup.setText(self.tr("No backup yet."))
        self.backup_button.setText(self.tr("Back &up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Restore the backup selected in the list"))
        self.restore_file_button.setText(self.tr("Restore &other file…"))
        self.restore_file_button.setToolTip(self.tr("Choose a backup file to restore"))
        self.check_button.setText(self.tr("&Check now"))
        self.check_button.setToolTip(self.tr("Run SQLite's full integrity check on the database"))
        self._show_status()
        self._fill_backups(self.selected_backup())
