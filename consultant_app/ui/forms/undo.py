"""The undo history of a record form: one command per field change, and the keys that walk it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack


class FieldEdit(QUndoCommand):
    """One change of one field, from *old* to *new*; successive edits of the same field merge.

    *apply* shows a value in the form: ``apply(key, text)``.
    """

    def __init__(self, apply: Callable[[str, str], None], key: str, old: str, new: str) -> None:
        super().__init__(key)
        self.apply, self.key, self.old, self.new = apply, key, old, new

    def id(self) -> int:
        return abs(hash(self.key)) % (2**30)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.apply(self.key, self.new)

    def undo(self) -> None:
        self.apply(self.key, self.old)


class UndoKeys(QObject):
    """Installed on a form's editors: Ctrl+Z / Ctrl+Shift+Z undo the form's edits,
    not only the focused field's."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                self.stack.redo()
                return True
        return super().eventFilter(watched, event)
