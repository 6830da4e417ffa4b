"""The Mentors tab of a host: the list of its mentors and the form of the one chosen."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from consultant_app.services.forms import drafts
from consultant_app.services.forms.parsing import FieldError
from consultant_app.services.people import hosts as service
from consultant_app.ui.forms.drafts import FormDraftKeeper, person_title
from consultant_app.ui.forms.record_form import FieldSpec, Section
from consultant_app.ui.views.hosts.records_tab import HostRecordsTab

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


class MentorsTab(HostRecordsTab):
    """The mentors of the host shown, with the History of the one chosen."""

    specs = MENTOR_SPECS
    sections = MENTOR_SECTIONS
    list_height = 110

    def lay_out(self) -> None:
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
            self.form, self.database, drafts.MENTOR, title=person_title, owner=self.host_id
        )

    def reload(self) -> None:
        """List the host's mentors again; the form keeps the mentor shown if it is among them."""
        host_id = self.enable_for_host()
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

    def validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return service.validate_mentor(values)[1]

    def show_item(self, item: QListWidgetItem) -> None:
        mentor_id = item.data(Qt.ItemDataRole.UserRole)
        self.form.load(mentor_id, service.load_mentor(self.database, mentor_id), item.text())

    def new_record(self) -> None:
        self.start_new({}, self.tr("New mentor"), "first_name")

    def restore_draft(self, draft: drafts.Draft) -> None:
        """Show the draft's mentor (a new one when it has none) with the draft's changes."""
        if draft.record_id is None:
            self.new_record()
        else:
            values = service.load_mentor(self.database, draft.record_id)
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == draft.record_id:
                    self.select_quietly(self.list.item(row))
            self.form.load(draft.record_id, values, person_title(values))
        self.form.apply_values(draft.values)

    def save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        return service.save_mentor(
            self.database, self.host(), values, mentor_id=record_id, actor=self.actor
        )

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New &mentor"))
        self.history_button.setText(self.tr("Mentor &history…"))
        self.new_button.setToolTip(self.tr("Add a mentor of this host"))
        self.history_button.setToolTip(self.tr("Who changed what in this mentor, and when"))
