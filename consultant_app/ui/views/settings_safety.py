"""Settings → Data safety: where the key lives, the backups, the retention of personal data.

The page never replaces the database file itself: the window has it open.
To restore a backup it emits :attr:`DataSafetyPage.restore_requested`, which
the main window passes on to the application (close, restore, open again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from consultant_app.services.forms.parsing import ValidationFailed
from consultant_app.services.privacy.anonymise import RetentionPlan, apply_retention, retention_plan
from consultant_app.services.settings.programme import MAX_RULE_VALUE, load_rules, save_rules
from consultant_app.store import keys
from consultant_app.store.backups import (
    BackupFile,
    backup_database,
    check_database,
    default_backup_dir,
    list_backups,
)
from consultant_app.store.database import Database
from consultant_app.store.errors import StoreError
from consultant_app.store.keys import KeySource
from consultant_app.store.sqlcipher import DatabaseError

#: What may go wrong while reading or writing the database or its backups.
_FAILURES = (OSError, ValueError, StoreError, DatabaseError, SQLAlchemyError)
#: Most problems listed in the message of a check (the rest are counted).
_PROBLEMS_SHOWN = 20
#: The longest retention period offered, in years.
MAX_RETENTION_YEARS = min(100, MAX_RULE_VALUE)

_PATH_ROLE = Qt.ItemDataRole.UserRole


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error) or type(error).__name__


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DataSafetyPage(QWidget):
    """The "Data safety" tab of Settings: encryption, backups and retention."""

    #: The user confirmed restoring the backup file at this path over the open database.
    #: The receiver (the application) must close the database, call
    #: :func:`consultant_app.store.backups.restore_database` with the database's key,
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
        self.backups: list[BackupFile] = []
        self.plan: RetentionPlan | None = None
        self._status: Callable[[], str] = str
        self._retention_note: Callable[[], str] = str
        self._saved_years = load_rules(database).retention_years

        layout = QVBoxLayout(self)

        # -- encryption ------------------------------------------------------------
        self.encryption_box = QGroupBox()
        encryption = QFormLayout(self.encryption_box)
        encryption.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.key_caption = QLabel()
        self.key_text = _selectable()
        self.key_text.setObjectName("keyLocation")
        self.file_caption = QLabel()
        self.file_text = _selectable(str(database.path))
        self.file_text.setObjectName("databaseFile")
        encryption.addRow(self.key_caption, self.key_text)
        encryption.addRow(self.file_caption, self.file_text)
        layout.addWidget(self.encryption_box)

        # -- backups ------------------------------------------------------------------
        self.backups_box = QGroupBox()
        backups = QVBoxLayout(self.backups_box)
        folder_row = QHBoxLayout()
        self.folder_caption = QLabel()
        self.folder_text = _selectable(str(self.backup_folder))
        self.folder_text.setObjectName("backupFolder")
        folder_row.addWidget(self.folder_caption)
        folder_row.addWidget(self.folder_text, 1)
        backups.addLayout(folder_row)
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
        backups.addWidget(self.list_caption)
        backups.addWidget(self.backup_list)
        self.no_backup = QLabel()
        self.no_backup.setObjectName("noBackup")
        backups.addWidget(self.no_backup)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton()
        self.restore_file_button.setObjectName("restoreFile")
        self.restore_file_button.clicked.connect(self.restore_file)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkNow")
        self.check_button.clicked.connect(self.check_now)
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.check_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backups.addLayout(buttons)
        self.backup_status = _selectable()
        self.backup_status.setObjectName("backupStatus")
        backups.addWidget(self.backup_status)
        layout.addWidget(self.backups_box)

        # -- retention --------------------------------------------------------------
        self.retention_box = QGroupBox()
        retention = QVBoxLayout(self.retention_box)
        self.retention_text = QLabel()
        self.retention_text.setWordWrap(True)
        self.retention_text.setObjectName("retentionExplanation")
        retention.addWidget(self.retention_text)
        years_row = QHBoxLayout()
        self.years_caption = QLabel()
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setValue(self._saved_years)
        self.years.setAccelerated(True)
        self.years.valueChanged.connect(self._years_changed)
        self.years_caption.setBuddy(self.years)
        self.save_years_button = QPushButton()
        self.save_years_button.setObjectName("saveRetention")
        self.save_years_button.clicked.connect(self.save_years)
        self.revert_years_button = QPushButton()
        self.revert_years_button.setObjectName("revertRetention")
        self.revert_years_button.clicked.connect(self.revert_years)
        years_row.addWidget(self.years_caption)
        years_row.addWidget(self.years)
        years_row.addWidget(self.save_years_button)
        years_row.addWidget(self.revert_years_button)
        years_row.addStretch(1)
        retention.addLayout(years_row)
        actions = QHBoxLayout()
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewRetention")
        self.preview_button.clicked.connect(self.preview)
        self.anonymise_button = QPushButton()
        self.anonymise_button.setObjectName("anonymiseNow")
        self.anonymise_button.clicked.connect(self.anonymise_now)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.anonymise_button)
        actions.addStretch(1)
        retention.addLayout(actions)
        self.preview_text = _selectable()
        self.preview_text.setObjectName("retentionPreview")
        retention.addWidget(self.preview_text)
        layout.addWidget(self.retention_box)
        layout.addStretch(1)

        for first, second in (
            (self.backup_list, self.backup_button),
            (self.backup_button, self.restore_button),
            (self.restore_button, self.restore_file_button),
            (self.restore_file_button, self.check_button),
            (self.check_button, self.years),
            (self.years, self.save_years_button),
            (self.save_years_button, self.revert_years_button),
            (self.revert_years_button, self.preview_button),
            (self.preview_button, self.anonymise_button),
        ):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        self.refresh_backups()

    # -- state ---------------------------------------------------------------------------
    @property
    def backup_folder(self) -> Path:
        return default_backup_dir(self.database.path)

    def selected_backup(self) -> Path | None:
        items = self.backup_list.selectedItems()
        return Path(items[0].data(0, _PATH_ROLE)) if items else None

    def has_unsaved_work(self) -> bool:
        return self.years.value() != self._saved_years

    def can_leave_record(self) -> bool:
        """Ask about an unsaved retention period; True when the page may be left."""
        if not self.has_unsaved_work():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The retention period was changed but not saved. Save it before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_years()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert_years()
            return True
        return False

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_work()
        self.restore_button.setEnabled(self.selected_backup() is not None)
        self.save_years_button.setEnabled(dirty)
        self.revert_years_button.setEnabled(dirty)
        # Preview and anonymising follow the saved period: save a change first.
        self.preview_button.setEnabled(not dirty)
        self.anonymise_button.setEnabled(not dirty)

    def _fail(self, title: str, what: str, error: BaseException) -> None:
        QMessageBox.warning(
            self,
            title,
            self.tr("{what}\n\nReason: {reason}").format(what=what, reason=_reason(error)),
        )

    # -- backups ------------------------------------------------------------------------
    def refresh_backups(self, select: Path | None = None) -> None:
        """List the backups of the database again, newest first (selecting *select*)."""
        chosen = select or self.selected_backup()
        try:
            self.backups = list(reversed(list_backups(self.backup_folder, self.database.path.stem)))
        except OSError as error:
            self.backups = []
            reason = _reason(error)
            self._set_status(
                lambda: self.tr("The backups cannot be listed: {reason}").format(reason=reason)
            )
        self._fill_backups(chosen)

    def _fill_backups(self, chosen: Path | None = None) -> None:
        locale = QLocale()
        self.backup_list.clear()
        for backup in self.backups:
            try:
                size = locale.formattedDataSize(backup.path.stat().st_size)
            except OSError:
                size = "—"
            moment = backup.taken
            taken = QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute, moment.second),
            )
            item = QTreeWidgetItem(
                [
                    locale.toString(taken, QLocale.FormatType.ShortFormat),
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

    def back_up_now(self) -> Path | None:
        """Write a manual backup of the open database; its path, or None when it failed."""
        title = self.tr("Back up now")
        try:
            with _wait_cursor():
                written = backup_database(self.database, label="manual")
        except _FAILURES as error:
            self._fail(title, self.tr("The backup could not be written."), error)
            return None
        self.refresh_backups(select=written)
        self._set_status(lambda: self.tr("Backup written: {path}").format(path=written))
        return written

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
                self, title, self.tr("This is the database itself; choose one of its backups.")
            )
            return False
        try:
            with _wait_cursor():
                problems = check_database(backup, quick=True, key=self.database.key)
        except _FAILURES as error:
            self._fail(title, self.tr("{path} cannot be restored.").format(path=backup), error)
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

    def check_now(self) -> list[str] | None:
        """Run SQLite's full integrity check on the open database; its problems (None: failed)."""
        title = self.tr("Check the database")
        try:
            with _wait_cursor():
                problems = check_database(self.database.path, quick=False, key=self.database.key)
        except _FAILURES as error:
            self._fail(title, self.tr("The database could not be checked."), error)
            return None
        if not problems:
            QMessageBox.information(
                self, title, self.tr("No problem found in {path}.").format(path=self.database.path)
            )
            return problems
        shown = "\n".join(problems[:_PROBLEMS_SHOWN])
        more = len(problems) - _PROBLEMS_SHOWN
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
            ).format(path=self.database.path, problems=shown),
        )
        return problems

    # -- retention -----------------------------------------------------------------------
    def _years_changed(self, _value: int) -> None:
        self._update_buttons()
        self._explain_retention()
        self._show_preview()

    def _show_preview(self) -> None:
        if self.has_unsaved_work():
            text = self.tr("Save the new period to preview or anonymise with it.")
        else:
            text = self._plan_text()
        self.preview_text.setText(text)
        self.preview_text.setVisible(bool(text))

    def save_years(self) -> bool:
        """Save the retention period; True when saved."""
        years = self.years.value()
        try:
            rules = save_rules(self.database, {"retention_years": str(years)}, actor=self.actor)
        except ValidationFailed as failed:
            QMessageBox.warning(
                self,
                self.tr("Retention"),
                "\n".join(error.message for error in failed.errors),
            )
            return False
        except _FAILURES as error:
            self._fail(self.tr("Retention"), self.tr("The period could not be saved."), error)
            return False
        self._saved_years = rules.retention_years
        self.plan = None
        self._retention_note = lambda: self.tr(
            "Saved: personal data is kept %n year(s).", "", years
        )
        self._update_buttons()
        self._show_preview()
        self.retention_saved.emit(rules.retention_years)
        return True

    def revert_years(self) -> None:
        self.years.setValue(self._saved_years)

    def reload(self) -> None:
        """Read the saved retention period and the backups again (after a change elsewhere)."""
        self._saved_years = load_rules(self.database).retention_years
        self.years.setValue(self._saved_years)
        self.refresh_backups()

    def _compute_plan(self, title: str) -> RetentionPlan | None:
        try:
            with _wait_cursor():
                return retention_plan(self.database, today=date.today())
        except _FAILURES as error:
            self._fail(title, self.tr("The records to anonymise could not be found."), error)
            return None

    def _counts(self, plan: RetentionPlan) -> str:
        return self.tr("{interns}, {mentors} and {hosts}").format(
            interns=self.tr("%n intern(s)", "", len(plan.interns)),
            mentors=self.tr("%n mentor(s)", "", len(plan.mentors)),
            hosts=self.tr("%n host contact(s)", "", len(plan.hosts)),
        )

    def _plan_text(self) -> str:
        plan = self.plan
        if plan is None:
            return self._retention_note()
        cutoff = _day(plan.cutoff)
        if not plan.total:
            return self.tr(
                "Nothing to anonymise now (no retention period ended before {cutoff})."
            ).format(cutoff=cutoff)
        return self.tr(
            "Would be anonymised now: {counts} (retention ended before {cutoff})."
        ).format(counts=self._counts(plan), cutoff=cutoff)

    def preview(self) -> RetentionPlan | None:
        """Count what the retention rule would anonymise today; show and return it."""
        plan = self._compute_plan(self.tr("Preview"))
        if plan is not None:
            self.plan = plan
            self._retention_note = str
            self._show_preview()
        return plan

    def anonymise_now(self) -> int | None:
        """Confirm, then anonymise what is past the retention period; how many records."""
        title = self.tr("Anonymise now")
        plan = self.preview()
        if plan is None:
            return None
        if not plan.total:
            QMessageBox.information(self, title, self._plan_text())
            return 0
        cutoff = _day(plan.cutoff)
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Anonymise {counts} now? Their retention period ended before {cutoff}.\n\n"
                "Names and contact details are replaced for good; the annual figures stay the "
                "same. Backups taken earlier still hold the old data."
            ).format(counts=self._counts(plan), cutoff=cutoff),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            with _wait_cursor():
                done = apply_retention(self.database, actor=self.actor)
        except _FAILURES as error:
            self._fail(title, self.tr("Nothing was anonymised."), error)
            return None
        self.preview()
        QMessageBox.information(self, title, self.tr("%n record(s) anonymised.", "", done))
        return done

    # -- language ---------------------------------------------------------------------------
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
                keyring=keys.keyring_name(),
                service=keys.KEYRING_SERVICE,
                entry=keys.keyring_entry(self.database.path),
            )
        if key.source is KeySource.PASSPHRASE:
            return self.tr(
                "No keyring on this computer: the database opens with the passphrase typed at "
                "start."
            )
        if key.source is KeySource.ENVIRONMENT:
            return self.tr("The passphrase comes from the {variable} variable.").format(
                variable=keys.PASSPHRASE_ENV
            )
        return self.tr("Opened with the recovery key.")

    def _explain_retention(self) -> None:
        self.retention_text.setText(
            self.tr(
                "Interns, mentors and host contacts whose last internship ended more than %n "
                "year(s) ago are anonymised automatically; the annual figures stay the same.",
                "",
                self.years.value(),
            )
        )

    def retranslate(self) -> None:
        self.encryption_box.setTitle(self.tr("Encryption"))
        self.key_caption.setText(self.tr("Key"))
        self.key_text.setText(self.key_location())
        self.file_caption.setText(self.tr("Database file"))
        self.backups_box.setTitle(self.tr("Backups"))
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
        self.retention_box.setTitle(self.tr("Retention of personal data"))
        self._explain_retention()
        self.years_caption.setText(self.tr("Anonymise after (&years):"))
        self.save_years_button.setText(self.tr("&Save"))
        self.revert_years_button.setText(self.tr("R&evert"))
        self.preview_button.setText(self.tr("&Preview"))
        self.anonymise_button.setText(self.tr("&Anonymise now…"))
        self._show_preview()
        self._fill_backups(self.selected_backup())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
