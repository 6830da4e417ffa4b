"""Small widget helpers of the roadmap tabs: captions, buttons, scrolled columns, tables."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def caption_label() -> QLabel:
    """A wrapped explanatory text in the caption style (a legend, a hint)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("fieldCaption")
    return label


def push_button(name: str, clicked: Callable[[], object]) -> QPushButton:
    """A button named *name* (its text is set when translating) that calls *clicked*."""
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(lambda: clicked())
    return button


def scrolled_column(*parts: QWidget | QLayout, stretch: bool = True) -> QScrollArea:
    """*parts* one under the other in a scroll area (with room left below when *stretch*)."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(4, 4, 4, 4)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    if stretch:
        column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    return scroll


def row_table(columns: int, name: str) -> QTableWidget:
    """A read-only table whose rows are selected one at a time."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def selected_row_data(table: QTableWidget) -> object | None:
    """What the first cell of the selected row holds (its user data), if a row is selected."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def labelled_choice(
    name: str, values: Iterable[object], chosen: Callable[[int], object]
) -> tuple[QLabel, QComboBox]:
    """A combo box named *name* holding *values*, and its label; *chosen* gets the new index.

    The texts are set when translating.
    """
    label = QLabel()
    box = QComboBox()
    box.setObjectName(name)
    label.setBuddy(box)
    for value in values:
        box.addItem("", value)
    box.currentIndexChanged.connect(chosen)
    return label, box


def select_data_silently(box: QComboBox, value: object) -> None:
    """Show the choice of *box* holding *value* without signalling a change."""
    box.blockSignals(True)
    box.setCurrentIndex(box.findData(value))
    box.blockSignals(False)


class OfCompetence(Protocol):
    """A row about one competence (shown or read)."""

    @property
    def competence_id(self) -> uuid.UUID: ...


def same_competences(shown: Iterable[OfCompetence], rows: Iterable[OfCompetence]) -> bool:
    """Whether *shown* and *rows* are about the same competences, in the same order."""
    return [r.competence_id for r in shown] == [r.competence_id for r in rows]


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
