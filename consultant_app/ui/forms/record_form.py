"""An editable form for one record: inline validation, undo (Ctrl+Z), dirty tracking.

The form knows its fields (:class:`FieldSpec`) and two callables from the
services: one that validates the raw texts, one that saves them. Every edit
is an undoable command until the record is closed; Save stays disabled
while a field is invalid.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.forms.parsing import FieldError, ValidationFailed
from consultant_app.ui import labels
from consultant_app.ui.forms.editors import FieldEditor, make_editor
from consultant_app.ui.forms.invalid import mark_invalid
from consultant_app.ui.forms.messages import message_for
from consultant_app.ui.forms.undo import FieldEdit, UndoKeys
from consultant_app.ui.widgets.date_field import typed_date

VALIDATE_DELAY_MS = 150


@dataclass(frozen=True)
class FieldSpec:
    """One field: its key (also the label key), editor kind and choices."""

    key: str
    kind: str = "text"  # text | multiline | date | choice | bool | checklist | file
    required: bool = False
    #: (value, label) pairs, asked again when the language changes.
    choices: Callable[[], Sequence[tuple[str, str]]] | None = None
    placeholder: Callable[[], str] | None = None
    #: For ``file`` fields: the file dialog's filter, such as ``"Images (*.png *.jpg)"``.
    file_filter: Callable[[], str] | None = None


@dataclass(frozen=True)
class Section:
    title: Callable[[], str]
    keys: tuple[str, ...]


def coded_choices(members: Iterable[Enum]) -> list[tuple[str, str]]:
    """The choices of a coded field: each member's value, shown by its translated name."""
    return [(member.value, labels.value(member.value)) for member in members]


def date_placeholder() -> str:
    """The placeholder of a date field: how a date is typed."""
    return QCoreApplication.translate("RecordForm", "dd/mm/yyyy")


def _shown(spec: FieldSpec, value: str) -> str:
    """A date field's text is its ISO date (as its editor gives it); other texts are kept."""
    if spec.kind == "date":
        day = typed_date(value)
        return day.isoformat() if day else value
    return value


class SaveCancelled(Exception):
    """Raised by a save callable when the user chose not to save after all."""


class RecordForm(QWidget):
    """Edits one record of a kind; the owner supplies validation and saving."""

    saved = Signal(object)  # the record's uuid
    dirty_changed = Signal(bool)
    #: A field changed: the user's edit, an undo or a redo (not :meth:`load`).
    edited = Signal()
    #: A record (or an empty new one) was loaded; unsaved changes, if any, are gone.
    loaded = Signal()
    #: The unsaved changes were discarded (Revert, or Discard when leaving).
    reverted = Signal()

    def __init__(
        self,
        specs: Sequence[FieldSpec],
        sections: Sequence[Section],
        validate: Callable[[Mapping[str, str]], list[FieldError]],
        save: Callable[[Mapping[str, str], uuid.UUID | None], uuid.UUID],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._specs = {spec.key: spec for spec in specs}
        self._sections = sections
        self._validate = validate
        self._save = save
        self.record_id: uuid.UUID | None = None
        self._loaded: dict[str, str] = {}
        self._current: dict[str, str] = {}
        self._errors: dict[str, FieldError] = {}
        #: The fields the user changed since the record was loaded: their errors are shown.
        self._touched: set[str] = set()
        #: Save was asked with errors: every error is shown, touched or not.
        self._save_tried = False
        self._applying = False
        self.undo_stack = QUndoStack(self)
        self._undo_keys = UndoKeys(self.undo_stack, self)
        self.editors: dict[str, FieldEditor] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("detailTitle")
        layout.addWidget(self.heading)
        self._boxes: list[tuple[QGroupBox, Section]] = []
        for section in sections:
            box = QGroupBox()
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in section.keys:
                editor = make_editor(self._specs[key], self._edited, self.set_value)
                editor.widget.installEventFilter(self._undo_keys)
                self.editors[key] = editor
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(editor.widget)
                column.addWidget(editor.error)
                form.addRow(editor.caption, holder)
            layout.addWidget(box)
            self._boxes.append((box, section))

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        self.status.setWordWrap(True)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        for sequence, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
        ):
            shortcut = QShortcut(sequence, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.retranslate()
        self.clear()

    # -- choices ---------------------------------------------------------------------
    def refresh_choices(self, keys: Sequence[str]) -> None:
        """Ask the choices of *keys* again (they depend on another record) and show the values."""
        for key in keys:
            editor = self.editors[key]
            editor.widget.setProperty("filled", False)
            self._fill_choices(editor)

    def _fill_choices(self, editor: FieldEditor) -> None:
        if editor.spec.choices is None:
            return
        value = (
            editor.getter()
            if editor.widget.property("filled")
            else self._current.get(editor.spec.key, "")
        )
        with self._showing():
            editor.fill_choices(value)

    @contextmanager
    def _showing(self) -> Iterator[None]:
        """While the form sets editors itself: their signals are not the user's edits."""
        self._applying = True
        try:
            yield
        finally:
            self._applying = False

    # -- values ----------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return dict(self._current)

    def set_value(self, key: str, value: str) -> None:
        """Change a field as a user would (undoable)."""
        old = self._current.get(key, "")
        if old != value:
            self.undo_stack.push(FieldEdit(self._apply, key, old, value))

    def apply_values(self, values: Mapping[str, str]) -> None:
        """Change the fields of *values* as a user would, undone at once by one Ctrl+Z.

        Keys the form does not have are ignored (a draft of an older version).
        """
        known = {key: str(value) for key, value in values.items() if key in self.editors}
        if not any(self._current.get(key, "") != value for key, value in known.items()):
            return
        self.undo_stack.beginMacro("recovered draft")
        try:
            for key, value in known.items():
                self.set_value(key, value)
        finally:
            self.undo_stack.endMacro()

    def changed_values(self) -> dict[str, str]:
        """The fields whose text differs from the loaded record's, with their text."""
        return {
            key: value for key, value in self._current.items() if value != self._loaded.get(key)
        }

    def _edited(self, key: str) -> None:
        if self._applying:
            return
        new = self.editors[key].getter()
        old = self._current.get(key, "")
        if new == old:
            return
        self._current[key] = new  # already shown: the command must not set the widget again
        self._touched.add(key)
        with self._showing():
            self.undo_stack.push(FieldEdit(self._apply, key, old, new))
        self._timer.start()

    def _apply(self, key: str, value: str) -> None:
        self._current[key] = value
        self._touched.add(key)
        editor = self.editors[key]
        if editor.getter() != value and not self._applying:
            with self._showing():
                editor.setter(value)
        self._timer.start()
        self._refresh_state()
        self.edited.emit()

    def is_dirty(self) -> bool:
        return self._current != self._loaded

    # -- records ------------------------------------------------------------------------
    def load(
        self, record_id: uuid.UUID | None, values: Mapping[str, str], heading: str = ""
    ) -> None:
        self.record_id = record_id
        self._loaded = {
            key: _shown(editor.spec, str(values.get(key, "") or ""))
            for key, editor in self.editors.items()
        }
        self._current = dict(self._loaded)
        with self._showing():
            for key, editor in self.editors.items():
                editor.setter(self._current[key])
        self.undo_stack.clear()
        self.heading.setText(heading)
        self._errors = {}
        self._touched = set()
        self._save_tried = False
        self.validate_now()
        self.loaded.emit()

    def clear(self) -> None:
        self.load(None, {}, "")

    def revert(self) -> None:
        self.load(self.record_id, self._loaded, self.heading.text())
        self.reverted.emit()

    def validate_now(self) -> list[FieldError]:
        self._timer.stop()
        errors = self._validate(self._current)
        self._errors = {}
        for error in errors:
            self._errors.setdefault(error.field, error)
        for key, editor in self.editors.items():
            found = self._errors.get(key)
            # An error is shown once the user changed the field, or asked to save: never
            # before (a new record does not open covered in red).
            shown = found is not None and (key in self._touched or self._save_tried)
            self._show_error(editor, found if shown else None)
        self._refresh_state()
        return errors

    def _show_error(self, editor: FieldEditor, error: FieldError | None) -> None:
        text = message_for(error) if error is not None else ""
        editor.error.setText(text)
        editor.error.setVisible(bool(text))
        mark_invalid(editor.widget, bool(text))

    def shown_errors(self) -> bool:
        """Whether an error is shown under a field (the user can see why Save waits)."""
        return any(editor.error.text() for editor in self.editors.values())

    def error_texts(self) -> dict[str, str]:
        return {key: e.error.text() for key, e in self.editors.items() if e.error.text()}

    def _clean_changed(self, _clean: bool) -> None:
        self._refresh_state()

    def _refresh_state(self) -> None:
        dirty = self.is_dirty()
        shown = self.shown_errors()
        self.save_button.setEnabled(dirty and not shown)
        self.revert_button.setEnabled(dirty)
        if shown and dirty:
            self.status.setText(self.tr("Correct the fields marked in red to save."))
        elif dirty:
            self.status.setText(self.tr("Unsaved changes (Ctrl+S saves, Ctrl+Z undoes)."))
        else:
            self.status.setText("")
        self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Save the record if it is valid; True when saved."""
        if not self.is_dirty():
            return False
        if self.validate_now():
            self._save_tried = True
            self.validate_now()
            self._focus_first_error()
            return False
        try:
            record_id = self._save(self._current, self.record_id)
        except SaveCancelled:
            return False
        except ValidationFailed as failed:
            self._errors = {e.field: e for e in failed.errors}
            self._save_tried = True
            for error in failed.errors:
                if error.field in self.editors:
                    self._show_error(self.editors[error.field], error)
            self._refresh_state()
            self._focus_first_error()
            return False
        self.record_id = record_id
        self._loaded = dict(self._current)
        self.undo_stack.clear()
        self._refresh_state()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(record_id)
        return True

    def _focus_first_error(self) -> None:
        for editor in self.editors.values():
            if editor.error.text():
                editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; True when the form may be left."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This record has unsaved changes. Save them before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        for box, section in self._boxes:
            box.setTitle(section.title())
        for key, editor in self.editors.items():
            marker = " *" if editor.spec.required else ""
            editor.caption.setText(labels.field(key) + marker)
            if editor.spec.placeholder and isinstance(editor.widget, QLineEdit):
                editor.widget.setPlaceholderText(editor.spec.placeholder())
            if editor.spec.kind == "file":
                browse = editor.widget.findChild(QPushButton)
                browse.setText(self.tr("Browse…"))
                browse.setToolTip(self.tr("Choose the file"))
            self._fill_choices(editor)
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setToolTip(self.tr("Forget every unsaved change of this record"))
        if self._errors:
            self.validate_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
