"""Import historical internships from a CSV file: preview, then import with a progress bar."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.exchange import imports
from consultant_app.store.database import Database
from consultant_app.ui.locale_format import format_number, label_value
from consultant_app.ui.status import announce
from consultant_app.ui.tasks import run_task

#: Entities of the summary table, in the order shown.
_ENTITIES = ("internships", "interns", "hosts", "mentors", "functions", "consultants")
_ACTIONS = ("create", "update", "unchanged")


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


class _ProgressRelay(QObject):
    """Carries the import's progress from the worker thread to the progress bar.

    It lives on the GUI thread: a signal emitted by the worker reaches ``show`` queued.
    """

    moved = Signal(int, int)  # done, total

    def __init__(self, progress: QProgressDialog) -> None:
        super().__init__(progress)
        self.progress = progress
        self.cancelled = threading.Event()
        progress.canceled.connect(self.cancelled.set)
        self.moved.connect(self.show)

    @Slot(int, int)
    def show(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        if self.progress.wasCanceled():
            self.cancelled.set()

    def report(self, done: int, total: int) -> bool:
        """The import's progress callback (on the worker thread): False to cancel."""
        self.moved.emit(done, total)
        return not self.cancelled.is_set()


class ImportDialog(QDialog):
    """Shows what a file would create or update, lists its bad rows, then imports it."""

    def __init__(
        self,
        database: Database,
        path: Path | None = None,
        parent: QWidget | None = None,
        actor: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import internships"))
        self.resize(860, 620)
        self.database = database
        self.actor = actor
        self.plan: imports.ImportPlan | None = None
        self.result: imports.ImportResult | None = None
        self.imported = False  # whether the last import ended with rows written

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a CSV file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.verdict = QLabel()
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        self.summary = _table(1 + len(_ACTIONS))
        self.problems = _table(3)
        self.warnings = _table(3)
        self.changes = _table(3)
        self.changes.setObjectName("importChanges")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, self.tr("What will change"))
        self.tabs.addTab(self.problems, self.tr("Rows refused"))
        self.tabs.addTab(self.warnings, self.tr("Warnings"))
        self.tabs.addTab(self.changes, self.tr("Updates"))

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Import the &valid rows only"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(lambda: self.run_import(skip_invalid=False))
        self.skip_button.clicked.connect(lambda: self.run_import(skip_invalid=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.file_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._show_plan()
        if path is not None:
            self.load(path)

    # -- planning ----------------------------------------------------------------------
    def choose_file(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import internships"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if not path:
            return False
        self.load(Path(path))
        return True

    def load(self, path: Path) -> None:
        """Read and check *path* off the GUI thread (nothing is written), then show the plan.

        ``plan`` holds it once read (at once when tasks run inline); None when it cannot be.
        """
        self.plan = None
        self._show_plan()
        self.file_label.setText(str(path))
        self.verdict.setText(self.tr("Reading and checking the file…"))
        database = self.database

        def refused(problem: BaseException) -> None:
            if not isinstance(problem, (imports.ImportFileError, OSError)):
                raise problem
            self.plan = None
            self._show_plan()
            self.file_label.setText(str(path))
            self.verdict.setText(
                self.tr("This file cannot be imported: {reason}").format(reason=problem)
            )

        run_task(
            lambda: imports.plan_import(database, path),
            self._planned,
            refused,
            owner=self,
            busy=(self.choose_button,),
        )

    def _planned(self, plan: imports.ImportPlan) -> None:
        self.plan = plan
        self.result = None
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        self.summary.setRowCount(0)
        self.problems.setRowCount(0)
        self.warnings.setRowCount(0)
        self.changes.setRowCount(0)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Record"), self.tr("Change (old → new)")]
        )
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged")]
        )
        for table in (self.problems, self.warnings):
            table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Reason")])
        if plan is None:
            self.file_label.setText(self.tr("No file chosen yet."))
            self.verdict.setText("")
            self.import_button.setEnabled(False)
            self.skip_button.setEnabled(False)
            return
        self.file_label.setText(str(plan.path))
        names = {
            "internships": self.tr("Internships"),
            "interns": self.tr("Interns"),
            "hosts": self.tr("Hosts"),
            "mentors": self.tr("Mentors"),
            "functions": self.tr("Functions"),
            "consultants": self.tr("Consultants"),
        }
        entities = [e for e in _ENTITIES if e in plan.counts] + [
            e for e in plan.counts if e not in _ENTITIES
        ]
        self.summary.setRowCount(len(entities))
        for row, entity in enumerate(entities):
            counts = plan.counts[entity]
            self.summary.setItem(row, 0, QTableWidgetItem(names.get(entity, entity)))
            for column, action in enumerate(_ACTIONS, start=1):
                item = QTableWidgetItem(format_number(int(counts.get(action, 0))))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.summary.setItem(row, column, item)
        self.summary.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        for table, rows in ((self.problems, plan.problems), (self.warnings, plan.warnings)):
            table.setRowCount(len(rows))
            for row, problem in enumerate(rows):
                table.setItem(row, 0, QTableWidgetItem(str(problem.line)))
                table.setItem(row, 1, QTableWidgetItem(problem.column))
                table.setItem(row, 2, QTableWidgetItem(problem.message))
            table.resizeColumnToContents(0)
            table.resizeColumnToContents(1)
            table.resizeRowsToContents()
        self._show_changes(plan)
        self.tabs.setTabText(1, self.tr("Rows refused ({n})").format(n=len(plan.problems)))
        self.tabs.setTabText(2, self.tr("Warnings ({n})").format(n=len(plan.warnings)))
        if plan.valid:
            self.verdict.setText(
                self.tr(
                    "Every row can be imported. Programme-rule failures of historical "
                    "rows are imported with a warning."
                )
            )
        else:
            self.verdict.setText(
                self.tr(
                    "%n row problem(s): nothing is imported unless you import the valid "
                    "rows only; the refused rows are then written beside the file.",
                    "",
                    len(plan.problems),
                )
            )
            self.tabs.setCurrentIndex(1)
        self.import_button.setEnabled(plan.valid)
        self.skip_button.setEnabled(not plan.valid)

    def _show_changes(self, plan: imports.ImportPlan) -> None:
        """Every stored record the import would change, one field per line as ``old → new``."""
        self.changes.setRowCount(len(plan.changes))
        for row, change in enumerate(plan.changes):
            self.changes.setItem(row, 0, QTableWidgetItem(str(change.line)))
            self.changes.setItem(row, 1, QTableWidgetItem(f"{change.table} {change.label}"))
            text = "\n".join(
                label_value(name, f"{old} → {new}") for name, old, new in change.fields
            )
            self.changes.setItem(row, 2, QTableWidgetItem(text))
        self.changes.resizeColumnToContents(0)
        self.changes.resizeColumnToContents(1)
        self.changes.resizeRowsToContents()
        self.tabs.setTabText(3, self.tr("Updates ({n})").format(n=len(plan.changes)))

    def confirm_updates(self, plan: imports.ImportPlan) -> bool:
        """True when the import updates no stored record, or the user confirms the updates."""
        if not plan.updates:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "The import updates %n existing record(s); each change is listed under "
                "Updates. Import and update them?",
                "",
                plan.updates,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- importing ---------------------------------------------------------------------
    def run_import(self, *, skip_invalid: bool) -> None:
        """Import the planned file off the GUI thread, with a cancellable progress bar.

        ``imported`` tells the outcome once the import ended (at once when tasks run inline).
        """
        plan = self.plan
        if plan is None or not self.confirm_updates(plan):
            return
        self.imported = False
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        relay = _ProgressRelay(progress)
        database, actor = self.database, self.actor

        def failed(problem: BaseException) -> None:
            progress.close()
            if isinstance(problem, imports.ImportCancelled):
                QMessageBox.information(
                    self, self.windowTitle(), self.tr("Import cancelled: nothing was imported.")
                )
            elif isinstance(problem, (imports.ImportRefused, OSError, ValueError)):
                QMessageBox.warning(self, self.windowTitle(), str(problem))
            else:
                raise problem

        run_task(
            lambda: imports.apply_import(
                database, plan, skip_invalid=skip_invalid, progress=relay.report, actor=actor
            ),
            lambda result: self._imported(result, plan, progress, skip_invalid=skip_invalid),
            failed,
            owner=self,
            busy=(self.import_button, self.skip_button, self.choose_button),
        )

    def _imported(
        self,
        result: imports.ImportResult,
        plan: imports.ImportPlan,
        progress: QProgressDialog,
        *,
        skip_invalid: bool,
    ) -> None:
        progress.close()
        self.result = result
        self.imported = True
        message = self.tr("Imported: {created} new and {updated} updated internships.").format(
            created=result.counts.get("internships", {}).get("create", 0),
            updated=result.counts.get("internships", {}).get("update", 0),
        )
        if skip_invalid and plan.problems:
            rejects = imports.write_rejects(plan)
            message += "\n" + self.tr("The refused rows are in {path}.").format(path=rejects)
        QMessageBox.information(self, self.windowTitle(), message)
        announce(self, message.splitlines()[0])
        self.accept()
