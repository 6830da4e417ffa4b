"""The editor of a record form's field: a widget of the field's kind, read and set as text.

:func:`make_editor` builds it from a :class:`~consultant_app.ui.forms.record_form.FieldSpec`
(text, multiline, date, choice, bool, checklist or file) with its caption and
the line under it that shows its error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from consultant_app.ui import labels
from consultant_app.ui.forms.invalid import error_label
from consultant_app.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from consultant_app.ui.forms.record_form import FieldSpec


@dataclass
class FieldEditor:
    """The widgets of one field, and how its text is read and set."""

    spec: FieldSpec
    widget: QWidget
    error: QLabel
    caption: QLabel
    getter: Callable[[], str]
    setter: Callable[[str], None]

    def fill_choices(self, value: str) -> None:
        """Put the field's choices (asked again) in its combo box or list, and show *value*."""
        spec = self.spec
        if spec.choices is None:
            return
        choices = list(spec.choices())
        if isinstance(self.widget, QComboBox):
            combo = self.widget
            combo.clear()
            if not spec.required:
                combo.addItem("—", "")
            for code, text in choices:
                combo.addItem(text, code)
        elif isinstance(self.widget, QListWidget):
            self.widget.clear()
            for code, text in choices:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.widget.addItem(item)
        self.widget.setProperty("filled", True)
        self.setter(value)


def line_setter(line: QLineEdit) -> Callable[[str], None]:
    """Set a line's text showing its beginning (a long name is read from its start)."""

    def setter(value: str) -> None:
        line.setText(value)
        line.setCursorPosition(0)

    return setter


def make_editor(
    spec: FieldSpec,
    edited: Callable[[str], None],
    chosen: Callable[[str, str], None],
) -> FieldEditor:
    """The editor of *spec*; it calls ``edited(key)`` after each change the user types,
    and ``chosen(key, path)`` when a file is chosen with Browse…"""
    error = error_label()
    caption = QLabel()
    widget: QWidget
    if spec.kind == "multiline":
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(60)
        edit.textChanged.connect(lambda: edited(spec.key))
        widget, getter = edit, edit.toPlainText
        setter = edit.setPlainText
    elif spec.kind == "choice":
        combo = QComboBox()
        combo.currentIndexChanged.connect(lambda _i: edited(spec.key))
        widget = combo

        def getter() -> str:
            return str(combo.currentData() or "")

        def setter(value: str) -> None:
            combo.setCurrentIndex(combo.findData(value))

    elif spec.kind == "bool":
        box = QCheckBox()
        box.toggled.connect(lambda _on: edited(spec.key))
        widget = box

        def getter() -> str:
            return "1" if box.isChecked() else "0"

        def setter(value: str) -> None:
            box.setChecked(value in ("1", "true", "True"))

    elif spec.kind == "checklist":
        widget, getter, setter = _checklist(spec, edited)
    elif spec.kind == "file":
        widget, getter, setter = _file_editor(spec, edited, chosen)
    elif spec.kind == "date":
        field = DateField()
        field.value_changed.connect(lambda _value: edited(spec.key))
        widget, getter, setter = field, field.value, field.set_value
    else:
        line = QLineEdit()
        line.textEdited.connect(lambda _text: edited(spec.key))
        widget, getter, setter = line, line.text, line_setter(line)
    widget.setObjectName(f"field_{spec.key}")
    caption.setBuddy(widget)
    return FieldEditor(spec, widget, error, caption, getter, setter)


def _checklist(
    spec: FieldSpec, edited: Callable[[str], None]
) -> tuple[QWidget, Callable[[], str], Callable[[str], None]]:
    """Check boxes in a list; the text is the ticked values joined by commas."""
    items = QListWidget()
    items.setFixedHeight(110)
    items.itemChanged.connect(lambda _item: edited(spec.key))

    def getter() -> str:
        return ",".join(
            str(items.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(items.count())
            if items.item(i).checkState() == Qt.CheckState.Checked
        )

    def setter(value: str) -> None:
        wanted = {v for v in value.split(",") if v}
        for i in range(items.count()):
            item = items.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    return items, getter, setter


def _file_editor(
    spec: FieldSpec, edited: Callable[[str], None], chosen: Callable[[str, str], None]
) -> tuple[QWidget, Callable[[], str], Callable[[str], None]]:
    """A path typed or chosen with a file dialog (Browse…)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    line = QLineEdit()
    line.setObjectName(f"field_{spec.key}_path")
    line.textEdited.connect(lambda _text: edited(spec.key))
    browse = QPushButton()
    browse.setObjectName(f"browse_{spec.key}")
    browse.setProperty("browse", True)

    def choose() -> None:
        caption = labels.field(spec.key)
        file_filter = spec.file_filter() if spec.file_filter else ""
        path, _chosen = QFileDialog.getOpenFileName(holder, caption, line.text(), file_filter)
        if path:
            chosen(spec.key, path)

    browse.clicked.connect(choose)
    row.addWidget(line, 1)
    row.addWidget(browse)
    holder.setFocusProxy(line)
    return holder, line.text, line_setter(line)
