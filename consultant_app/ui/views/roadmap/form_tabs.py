"""Roadmap tabs built around a form: saved as typed, or saved with a record form."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QLabel, QWidget

from consultant_app.domain.errors import InvalidValue
from consultant_app.ui.forms.record_form import RecordForm, SaveCancelled
from consultant_app.ui.views.roadmap.common import (
    Autosave,
    RoadmapTab,
    not_possible,
    roadmap_problem_text,
)


class AutosavedTab(RoadmapTab):
    """A tab whose form is saved a moment after every change (see :class:`Autosave`)."""

    saved_label: QLabel
    autosave: Autosave

    def start_autosave(self, save: Callable[[], None]) -> None:
        """Create the "Saved hh:mm:ss" label and the autosave that calls *save*."""
        self.saved_label = QLabel()
        self.saved_label.setObjectName("autosaveStatus")
        self.autosave = Autosave(self, save, self.saved_label)

    def flush(self) -> bool:
        return self.autosave.flush()


class RecordFormTab(RoadmapTab):
    """A tab whose record form is saved with its Save button."""

    form: RecordForm

    def set_form_editable(self, editable: bool) -> None:
        for editor in self.form.editors.values():
            editor.widget.setEnabled(editable)
        self.form.save_button.setVisible(editable)
        self.form.revert_button.setVisible(editable)

    def has_unsaved_work(self) -> bool:
        return self.form.is_dirty()

    def confirm_leave(self) -> bool:
        return self.form.confirm_leave()


@contextmanager
def refusal_cancels_save(parent: QWidget) -> Iterator[None]:
    """A refused save shows why and cancels the form's save (what was typed stays)."""
    try:
        yield
    except InvalidValue as problem:
        not_possible(parent, roadmap_problem_text(problem.code, problem.message, problem.params))
        raise SaveCancelled from None
