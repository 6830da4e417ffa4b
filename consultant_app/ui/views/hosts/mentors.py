"""The Mentors tab of a host: the list of its mentors and the form of the one chosen."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.forms import drafts
from consultant_app.services.people import hosts as service
from consultant_app.store.database import Database
from consultant_app.ui.forms.drafts import FormDraftKeeper, person_title
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section

MENTOR_SPECS = [
    FieldSpec("first_name", required=True),
    FieldSpec("last_name", required=True),
    FieldSpec("job_title"),
    FieldSpec("email"),
    FieldSpec("phone"),
    FieldSpec("years_experience"),
    FieldSpec("mentor_training", "bool"),
]
MENTOR_SECTIONS = [
    Section(
        lambda: QCoreApplication.translate("MentorsTab", "Mentor"),
        (
            "first_name",
            "last_name",
            "job_title",
            "email",
            "phone",
            "years_experience",
            "mentor_training",
        ),
    ),
]


class MentorsTab(QWidget):
    """The mentors of the host shown (``host_id()``; None while a new host is typed in)."""

    def __init__(
        self,
        database: Database,
        host_id: Callable[[], uuid.UUID | None],
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.host_id = host_id
        self.actor = actor
        self.list = QListWidget()
        self.list.setFixedHeight(110)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_mentor)
        self.form = RecordForm(
            MENTOR_SPECS,
            MENTOR_SECTIONS,
            lambda values: service.validate_mentor(values)[1],
            self._save,
        )
        self.history_button = QPushButton()
        self.history_button.setObjectName("mentorHistory")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.drafts = FormDraftKeeper(
            self.form, database, drafts.MENTOR, title=person_title, owner=host_id
        )
        self.form.saved.connect(lambda _id: self.reload())

    def reload(self) -> None:
        """List the host's mentors again; the form keeps the mentor shown if it is among them."""
        host_id = self.host_id()
        for widget in (self.list, self.new_button):
            widget.setEnabled(host_id is not None)
        current = self.form.record_id
        self.list.blockSignals(True)
        self.list.clear()
        mentors = service.mentors_of(self.database, host_id) if host_id else []
        for mentor_id, name, job_title in mentors:
            item = QListWidgetItem(f"{name} — {job_title}" if job_title else name)
            item.setData(Qt.ItemDataRole.UserRole, mentor_id)
            self.list.addItem(item)
            if mentor_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if current not in {m[0] for m in mentors}:
            self.form.clear()
        self.form.setEnabled(host_id is not None)

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self.form.confirm_leave():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        mentor_id = item.data(Qt.ItemDataRole.UserRole)
        self.form.load(mentor_id, service.load_mentor(self.database, mentor_id), item.text())

    def new_mentor(self) -> None:
        if self.host_id() is None or not self.form.confirm_leave():
            return
        self.list.clearSelection()
        self.form.load(None, {}, self.tr("New mentor"))
        self.form.editors["first_name"].widget.setFocus()

    def restore_draft(self, draft: drafts.Draft) -> None:
        """Show the draft's mentor (a new one when it has none) with the draft's changes."""
        if draft.record_id is None:
            self.new_mentor()
        else:
            values = service.load_mentor(self.database, draft.record_id)
            self.list.blockSignals(True)
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == draft.record_id:
                    self.list.setCurrentItem(item)
            self.list.blockSignals(False)
            self.form.load(draft.record_id, values, person_title(values))
        self.form.apply_values(draft.values)

    def _save(self, values: Mapping[str, str], mentor_id: uuid.UUID | None) -> uuid.UUID:
        host_id = self.host_id()
        assert host_id is not None
        return service.save_mentor(
            self.database, host_id, values, mentor_id=mentor_id, actor=self.actor
        )

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New &mentor"))
        self.history_button.setText(self.tr("Mentor &history…"))
