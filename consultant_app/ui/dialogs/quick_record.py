"""A new intern or a new host typed in without leaving the new-internship wizard.

The dialog shows the fields a convention needs of the party (the rest waits for the
Interns or Hosts view) in the same form, with the same checks, as those views; Save
creates the record and hands its id back to the wizard, which chooses it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.forms.parsing import Duplicate, FieldError
from consultant_app.services.people import hosts as host_service
from consultant_app.services.people import interns as intern_service
from consultant_app.store.database import Database
from consultant_app.ui.forms.messages import message_for
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, Section

#: What a convention needs of a new intern: identity, contact and job-seeker registration.
INTERN_KEYS = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "language",
    "national_number",
    "email",
    "phone",
    "jobseeker_agency",
    "jobseeker_number",
    "jobseeker_since",
)
#: What a convention needs of a new host: the company, its committee and its contact.
HOST_KEYS = (
    "name",
    "enterprise_number",
    "joint_committee",
    "language_role",
    "street",
    "house_number",
    "postcode",
    "municipality",
    "contact_name",
    "contact_email",
    "contact_phone",
)


class QuickRecordDialog(QDialog):
    """One record's form in a dialog; :attr:`record_id` is the new record once saved."""

    def __init__(
        self,
        title: Callable[[], str],
        intro: Callable[[], str],
        form: RecordForm,
        parent: QWidget | None = None,
        *,
        find_existing: Callable[[Mapping[str, str]], Duplicate | None] | None = None,
    ) -> None:
        super().__init__(parent)
        #: The live record the typed values may already be (same number, same name...).
        self._find_existing = find_existing
        self.setObjectName("quickRecordDialog")
        self.setMinimumWidth(560)
        self._title, self._intro = title, intro
        self.record_id: uuid.UUID | None = None
        self.form = form
        form.save_button.hide()
        form.revert_button.hide()
        form.saved.connect(self._saved)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        form.load(None, {})
        self.retranslate()
        first = next(iter(form.editors.values()))
        first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save the record; stay open, every error in red, while it is not valid.

        A record that looks already registered is offered instead: choosing it closes the
        dialog with its id, and nothing new is written.
        """
        existing = None
        if not self.form.validate_now() and self._find_existing is not None:
            existing = self._find_existing(self.form.values())
        if existing is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr("{name} is already registered. Choose the existing record?").format(
                    name=existing.name
                ),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.record_id = existing.id
                super().accept()
                return
            if answer != QMessageBox.StandardButton.Save:
                return
        if self.form.save():
            super().accept()
            return
        for error in self.form.validate_now():  # required fields left empty say so too
            editor = self.form.editors.get(error.field)
            if editor is not None:
                editor.error.setText(message_for(error))
                editor.error.show()

    def _saved(self, record_id: uuid.UUID) -> None:
        self.record_id = record_id

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.intro.setText(self._intro())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _only(specs: Sequence[FieldSpec], keys: Sequence[str]) -> list[FieldSpec]:
    by_key = {spec.key: spec for spec in specs}
    return [by_key[key] for key in keys]


def new_intern_dialog(
    database: Database, language: str, actor: str | None, parent: QWidget | None = None
) -> QuickRecordDialog:
    """The new intern's identity, contact and registration, saved as the Interns view does."""
    from consultant_app.ui.views.interns import intern_specs

    def validate(values: Mapping[str, str]) -> list[FieldError]:
        return intern_service.validate_intern(values, date.today())[1]

    def save(values: Mapping[str, str], _record_id: uuid.UUID | None) -> uuid.UUID:
        return intern_service.save_intern(database, values, actor=actor)

    form = RecordForm(
        _only(intern_specs(database, language), INTERN_KEYS),
        [Section(lambda: QCoreApplication.translate("QuickRecord", "New intern"), INTERN_KEYS)],
        validate,
        save,
    )
    form.setObjectName("newInternForm")

    def existing(values: Mapping[str, str]) -> Duplicate | None:
        cleaned, _errors = intern_service.validate_intern(values, date.today())
        found = intern_service.find_duplicates(
            database,
            national_number=str(cleaned.get("national_number") or "") or None,
            first_name=str(cleaned.get("first_name") or ""),
            last_name=str(cleaned.get("last_name") or ""),
            birth_date=cleaned.get("birth_date"),  # type: ignore[arg-type]
        )
        return found[0] if found else None

    return QuickRecordDialog(
        lambda: QCoreApplication.translate("QuickRecord", "New intern"),
        lambda: QCoreApplication.translate(
            "QuickRecord",
            "The intern is added to the Interns list and chosen for this internship; "
            "the rest of the record can be filled in there later.",
        ),
        form,
        parent,
        find_existing=existing,
    )


def new_host_dialog(
    database: Database, actor: str | None, parent: QWidget | None = None
) -> QuickRecordDialog:
    """The new host's company, address and contact, saved as the Hosts view does."""
    from consultant_app.ui.views.hosts.view import HOST_SPECS

    def validate(values: Mapping[str, str]) -> list[FieldError]:
        return host_service.validate_host(values)[1]

    def save(values: Mapping[str, str], _record_id: uuid.UUID | None) -> uuid.UUID:
        return host_service.save_host(database, values, actor=actor)

    form = RecordForm(
        _only(HOST_SPECS, HOST_KEYS),
        [Section(lambda: QCoreApplication.translate("QuickRecord", "New host"), HOST_KEYS)],
        validate,
        save,
    )
    form.setObjectName("newHostForm")

    def existing(values: Mapping[str, str]) -> Duplicate | None:
        number = values.get("enterprise_number", "")
        found = host_service.find_host_duplicates(database, number) if number else []
        return found[0] if found else None

    return QuickRecordDialog(
        lambda: QCoreApplication.translate("QuickRecord", "New host"),
        lambda: QCoreApplication.translate(
            "QuickRecord",
            "The host is added to the Hosts list and chosen for this internship; its "
            "mentors, training plans and the rest of its record are filled in there.",
        ),
        form,
        parent,
        find_existing=existing,
    )
