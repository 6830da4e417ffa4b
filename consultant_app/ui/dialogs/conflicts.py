"""The changes a sync could not merge: both values side by side with the base, settled here.

Each line is one field of one record that this laptop and a colleague both changed (or a
deletion against an edit). Keep mine or take theirs; the next sync sends the decision.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.settings import team
from consultant_app.store.database import Database


def _shown(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


class ConflictsDialog(QDialog):
    """A table of the open conflicts with "Keep mine" and "Take theirs"."""

    resolved = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(900, 420)
        self.intro = QLabel(
            self.tr(
                "You and a colleague changed the same thing. Choose which value to keep; "
                "the next sync sends it to the team."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("Changed by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.theirs_button = QPushButton(self.tr("Take theirs"))
        self.mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.conflict_ids: list[int] = []
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        self.conflict_ids = []
        for conflict in team.list_conflicts(self.database):
            for name in conflict.fields:
                row = self.table.rowCount()
                self.table.insertRow(row)
                cells = (
                    f"{conflict.entity} {conflict.row_id[:8]}",
                    name,
                    _shown(conflict.values(conflict.base, name)),
                    _shown(conflict.values(conflict.mine, name)),
                    _shown(conflict.values(conflict.theirs, name)),
                    conflict.theirs_author,
                )
                for column, text in enumerate(cells):
                    self.table.setItem(row, column, QTableWidgetItem(text))
                self.conflict_ids.append(conflict.id)
        if self.conflict_ids:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.mine_button.setEnabled(chosen)
        self.theirs_button.setEnabled(chosen)

    def resolve_selected(self, keep: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict_id = self.conflict_ids[rows[0].row()]
        team.resolve_conflict(self.database, conflict_id, keep)
        self.resolved.emit()
        self.reload()
