"""The wizard's first page: the intern (with the eligibility on the start date), the host,
its mentor and the consultant."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.people import interns as intern_service
from consultant_app.services.people.hosts import mentors_of
from consultant_app.services.settings.consultants import consultant_choices
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_wizard.fields import (
    WizardFields,
    date_or_none,
    uuid_or_none,
)
from consultant_app.ui.dialogs.internship_wizard.page import FormPage
from consultant_app.ui.dialogs.quick_record import new_host_dialog, new_intern_dialog
from consultant_app.ui.forms.rule_messages import ERROR_COLOUR, OK_COLOUR, eligibility_reason
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.widgets.record_picker import RecordPicker

PARTY_KEYS = ("intern_id", "host_id", "mentor_id", "consultant_id")


class PartiesPage(FormPage):
    """Who signs the convention, and the consultant who follows the internship."""

    def __init__(
        self, fields: WizardFields, database: Database, language: str, actor: str | None = None
    ) -> None:
        super().__init__(fields, PARTY_KEYS)
        self.database = database
        self.language = language
        self.actor = actor
        self.intern_picker = RecordPicker.for_interns(database, language)
        self.intern_picker.setObjectName("internPicker")
        self.intern_picker.picked.connect(
            lambda record_id, _label: fields.change("intern_id", str(record_id))
        )
        self.eligibility = QLabel()
        self.eligibility.setObjectName("eligibilityLine")
        self.eligibility.setWordWrap(True)
        self.eligibility.hide()
        # An empty database (or a newcomer) has nobody to pick: one is typed in at once.
        self.new_intern_button = _new_button("newIntern", self.new_intern)
        self.add_row(
            "intern_id", self.intern_picker, _left(self.new_intern_button), self.eligibility
        )
        self.host_picker = RecordPicker.for_hosts(database, language)
        self.host_picker.setObjectName("hostPicker")
        self.host_picker.picked.connect(
            lambda record_id, _label: fields.change("host_id", str(record_id))
        )
        self.new_host_button = _new_button("newHost", self.new_host)
        self.add_row("host_id", self.host_picker, _left(self.new_host_button))
        self.mentor_combo = fields.combo("mentor_id")
        self.add_row("mentor_id", self.mentor_combo)
        self.consultant_combo = fields.combo("consultant_id")
        self.add_row("consultant_id", self.consultant_combo)
        self.tail.addStretch(1)

    def new_intern(self) -> uuid.UUID | None:
        """Type in a new intern and choose it; its id, or None when cancelled."""
        dialog = new_intern_dialog(self.database, self.language, self.actor, self)
        if not dialog.exec() or dialog.record_id is None:
            return None
        self.intern_picker.set_record_id(dialog.record_id)
        self.fields.change("intern_id", str(dialog.record_id))
        return dialog.record_id

    def new_host(self) -> uuid.UUID | None:
        """Type in a new host and choose it; its id, or None when cancelled."""
        dialog = new_host_dialog(self.database, self.actor, self)
        if not dialog.exec() or dialog.record_id is None:
            return None
        self.host_picker.set_record_id(dialog.record_id)
        self.fields.change("host_id", str(dialog.record_id))
        return dialog.record_id

    def show_parties(self, intern_id: uuid.UUID | None, host_id: uuid.UUID | None) -> None:
        """Show the intern and host the wizard was opened for (those of the form values)."""
        if intern_id is not None and self.fields.get("intern_id"):
            self.intern_picker.set_record(intern_id, _label_of(self.intern_picker, intern_id))
        self.refresh_eligibility()
        if host_id is not None and self.fields.get("host_id"):
            self.host_picker.set_record(host_id, _label_of(self.host_picker, host_id))

    def title_of_draft(self) -> str:
        """The intern and the host, as the form draft is named."""
        return " — ".join(
            label
            for label in (self.intern_picker.record_label(), self.host_picker.record_label())
            if label
        )

    def fill_mentors(self) -> None:
        """The mentors of the chosen host; the one chosen, else the host's default."""
        host_id = uuid_or_none(self.fields.get("host_id"))
        mentors = mentors_of(self.database, host_id) if host_id is not None else []
        wanted = self.fields.get("mentor_id")
        known = {str(mentor_id) for mentor_id, _name, _title in mentors}
        if wanted not in known:
            wanted = self.fields.defaults.get("mentor_id", "") if host_id is not None else ""
            wanted = wanted if wanted in known else ""
        with self.fields.filling():
            self.mentor_combo.clear()
            self.mentor_combo.addItem(self.tr("— none yet —"), "")
            for mentor_id, name, title in mentors:
                self.mentor_combo.addItem(f"{name} — {title}" if title else name, str(mentor_id))
            self.mentor_combo.setEnabled(host_id is not None)
        self.fields.put("mentor_id", wanted)

    def fill_consultants(self) -> None:
        consultants = consultant_choices(self.database)
        self.fields.refill(
            "consultant_id",
            self.consultant_combo,
            [("—", ""), *((name, consultant_id) for consultant_id, name in consultants)],
        )

    def choose_actor(self, actor: str | None) -> None:
        """The consultant named like the user *actor*, when nothing else was chosen."""
        if self.fields.get("consultant_id") or not actor:
            return
        index = self.consultant_combo.findText(actor.strip(), Qt.MatchFlag.MatchFixedString)
        if index > 0:
            self.fields.put("consultant_id", str(self.consultant_combo.itemData(index)))

    def refresh_eligibility(self) -> None:
        """Whether the chosen intern may start on the start date, and why not."""
        intern_id = uuid_or_none(self.fields.get("intern_id"))
        start = date_or_none(self.fields.get("start_date"))
        if intern_id is None or start is None:
            self.eligibility.hide()
            return
        try:
            eligibility = intern_service.intern_eligibility(self.database, intern_id, start)
        except RecordNotFound:
            self.eligibility.hide()  # deleted meanwhile: Finish says so
            return
        if eligibility.eligible:
            text = "✔ " + self.tr("Eligible on {date}.").format(date=format_date(start))
            colour = OK_COLOUR
        else:
            reasons = "; ".join(
                eligibility_reason(r.code, r.params, r.message)
                for r in eligibility.reasons
                if not r.ok
            )
            text = "✘ " + self.tr("Not eligible on {date}: {reasons}").format(
                date=format_date(start), reasons=reasons
            )
            colour = ERROR_COLOUR
        self.eligibility.setText(text)
        self.eligibility.setStyleSheet(f"color:{colour}")
        self.eligibility.show()

    def summary_rows(self) -> list[tuple[str, str]]:
        """Caption and text of each party, for the Check page."""
        return [
            (labels.field("intern"), self.intern_picker.record_label()),
            (labels.field("host"), self.host_picker.record_label()),
            (
                labels.field("mentor"),
                self.mentor_combo.currentText() if self.fields.get("mentor_id") else "—",
            ),
            (
                labels.field("consultant"),
                self.consultant_combo.currentText() if self.fields.get("consultant_id") else "—",
            ),
        ]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Parties"))
        self.setSubTitle(
            self.tr(
                "Who signs the convention: the intern and the host with its mentor; "
                "and the consultant who follows the internship."
            )
        )
        self.fill_consultants()
        self.fill_mentors()
        self.intern_picker.retranslate()
        self.host_picker.retranslate()
        self.new_intern_button.setText(self.tr("New intern…"))
        self.new_intern_button.setToolTip(
            self.tr("Add an intern who is not in the list yet, and choose them")
        )
        self.new_host_button.setText(self.tr("New host…"))
        self.new_host_button.setToolTip(
            self.tr("Add a host that is not in the list yet, and choose it")
        )
        self.refresh_eligibility()


def _new_button(name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def _left(button: QPushButton) -> QWidget:
    """*button* at its own width, on the left of its row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return row


def _label_of(picker: RecordPicker, record_id: uuid.UUID) -> str:
    return picker.label_of(record_id) or picker.describe(record_id)
