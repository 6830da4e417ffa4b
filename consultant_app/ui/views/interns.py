"""Interns: the list, an editable form with inline validation, eligibility and duplicates."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.eligibility import Eligibility
from consultant_app.domain.enums import Gender, JobSeekerAgency, Language
from consultant_app.services.forms import drafts
from consultant_app.services.forms.parsing import FieldError
from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.services.people import interns as service
from consultant_app.services.privacy.subject_access import SubjectAccessFiles, export_subject_access
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.audit_history import AuditHistoryDialog, open_form_history
from consultant_app.ui.forms.drafts import FormDraftKeeper, person_title
from consultant_app.ui.forms.record_form import (
    FieldSpec,
    RecordForm,
    SaveCancelled,
    Section,
    coded_choices,
    date_placeholder,
)
from consultant_app.ui.forms.rule_messages import eligibility_reason
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.status import announce
from consultant_app.ui.views.record_list import RecordListView
from consultant_app.ui.widgets.date_field import DateField


def intern_specs(database: Database, language: str) -> list[FieldSpec]:
    def dated(key: str, required: bool = False) -> FieldSpec:
        return FieldSpec(key, "date", required, placeholder=date_placeholder)

    return [
        FieldSpec("first_name", required=True),
        FieldSpec("last_name", required=True),
        dated("birth_date", required=True),
        FieldSpec("gender", "choice", True, choices=lambda: coded_choices(Gender)),
        FieldSpec("language", "choice", True, choices=lambda: coded_choices(Language)),
        FieldSpec("national_number", placeholder=lambda: "93.05.18-223.61"),
        FieldSpec("email"),
        FieldSpec("phone", placeholder=lambda: "+32 470 12 34 56"),
        FieldSpec("street"),
        FieldSpec("house_number"),
        FieldSpec("box"),
        FieldSpec("postcode"),
        FieldSpec("municipality"),
        FieldSpec(
            "jobseeker_agency",
            "choice",
            choices=lambda: [(a.value, a.value) for a in JobSeekerAgency],
        ),
        FieldSpec("jobseeker_number"),
        dated("jobseeker_since"),
        FieldSpec("diploma"),
        FieldSpec("school"),
        FieldSpec(
            "wished_functions",
            "checklist",
            choices=lambda: service.function_choices(database, language),
        ),
        FieldSpec("interests", "multiline"),
        dated("registered_on"),
        dated("consent_on"),
    ]


def intern_sections() -> list[Section]:
    return [
        Section(
            lambda: QCoreApplication.translate("InternsView", "Identity"),
            ("first_name", "last_name", "birth_date", "gender", "language", "national_number"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternsView", "Contact and address"),
            ("email", "phone", "street", "house_number", "box", "postcode", "municipality"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternsView", "Job seeker and education"),
            ("jobseeker_agency", "jobseeker_number", "jobseeker_since", "diploma", "school"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternsView", "With the fund"),
            ("wished_functions", "interests", "registered_on", "consent_on"),
        ),
    ]


class EligibilityBadge(QGroupBox):
    """Eligible or not on a chosen start date, with the reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = QLabel()
        self.badge.setObjectName("eligibilityBadge")
        self.on_label = QLabel()
        self.on = DateField()
        self.on.setObjectName("eligibleOn")
        self.on.set_date(date.today())
        self.on_label.setBuddy(self.on)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.on_label)
        top.addWidget(self.on)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reasons)
        self.eligibility: Eligibility | None = None
        self.retranslate()

    def on_date(self) -> date:
        """The day asked about (today while the field holds no date)."""
        return self.on.date() or date.today()

    def show_eligibility(self, eligibility: Eligibility | None) -> None:
        self.eligibility = eligibility
        self.setVisible(eligibility is not None)
        if eligibility is None:
            return
        if eligibility.eligible:
            self.badge.setText(self.tr("Eligible"))
            self.badge.setStyleSheet(
                "background:#2e7d32;color:white;padding:3px 10px;border-radius:4px"
            )
        else:
            self.badge.setText(self.tr("Not eligible"))
            self.badge.setStyleSheet(
                "background:#b3261e;color:white;padding:3px 10px;border-radius:4px"
            )
        lines = [
            ("✔ " if r.ok else "✘ ") + eligibility_reason(r.code, r.params, r.message)
            for r in eligibility.reasons
        ]
        self.reasons.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Eligibility"))
        self.on_label.setText(self.tr("&On"))
        self.show_eligibility(self.eligibility)


class InternsView(RecordListView):
    """The Interns list with the selected intern's form beside it."""

    def __init__(
        self, source: ListSource, database: Database, language: str, actor: str | None = None
    ) -> None:
        self.database = database
        self.actor = actor
        panel = QScrollArea()
        panel.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)
        self.history_button = QPushButton()
        self.history_button.setObjectName("internHistory")
        self.history_button.clicked.connect(self.show_history)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPersonalData")
        self.export_button.clicked.connect(self.export_personal_data)
        record_actions = QHBoxLayout()
        record_actions.addWidget(self.history_button)
        record_actions.addWidget(self.export_button)
        record_actions.addStretch(1)
        self.eligibility = EligibilityBadge()
        self.form = RecordForm(
            intern_specs(database, language),
            intern_sections(),
            self._validate,
            self._save,
        )
        self.drafts = FormDraftKeeper(self.form, database, drafts.INTERN, title=person_title)
        column.addLayout(record_actions)
        column.addWidget(self.eligibility)
        column.addWidget(self.form)
        panel.setWidget(body)
        panel.setMinimumWidth(420)
        super().__init__(
            source, "interns", language=language, query=ListQuery(language=language), detail=panel
        )
        self.setObjectName("internsView")
        self.new_button = self.add_new_button(self.new_record)
        self.form.saved.connect(self._after_save)
        # Emitted on every load and save too: the record actions follow the shown record.
        self.form.dirty_changed.connect(lambda _dirty: self._refresh_record_actions())
        self._refresh_record_actions()
        self.eligibility.on.value_changed.connect(lambda _d: self._refresh_eligibility())
        self.retranslate_view()

    # -- form callbacks ----------------------------------------------------------------
    def _validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return service.validate_intern(values, date.today())[1]

    def _save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        cleaned, _errors = service.validate_intern(values, date.today())
        duplicates = service.find_duplicates(
            self.database,
            national_number=cleaned.get("national_number"),  # type: ignore[arg-type]
            first_name=str(cleaned.get("first_name") or ""),
            last_name=str(cleaned.get("last_name") or ""),
            birth_date=cleaned.get("birth_date"),  # type: ignore[arg-type]
            exclude_id=record_id,
        )
        if duplicates:
            existing = duplicates[0]
            reason = (
                self.tr("the same national register number")
                if existing.reason == "national_number"
                else self.tr("the same name and birth date")
            )
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Possible duplicate"))
            box.setText(
                self.tr("{name} (born {birth}) is already registered with {reason}.").format(
                    name=existing.name,
                    birth=format_date(existing.birth_date) if existing.birth_date else "—",
                    reason=reason,
                )
            )
            open_button = box.addButton(
                self.tr("Open the existing record"), QMessageBox.ButtonRole.AcceptRole
            )
            save_button = box.addButton(
                self.tr("Save anyway"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(open_button)
            box.exec()
            if box.clickedButton() is open_button:
                self.form.revert()
                self.open_existing(existing.id)
                raise SaveCancelled
            if box.clickedButton() is not save_button:
                raise SaveCancelled
        return service.save_intern(self.database, values, intern_id=record_id, actor=self.actor)

    def _after_save(self, record_id: uuid.UUID) -> None:
        self.show_saved(record_id)
        self._refresh_eligibility()
        values = self.form.values()
        name = f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
        announce(self, self.tr("Intern {name} saved").format(name=name))

    # -- records -------------------------------------------------------------------------
    def has_unsaved_work(self) -> bool:
        return self.form.is_dirty()

    def can_leave_record(self) -> bool:
        return self.form.confirm_leave()

    def show_record(self, record_id: uuid.UUID, row: int) -> None:
        self.creating = False
        values = service.load_intern(self.database, record_id)
        heading = f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
        self.form.load(record_id, values, heading)
        self._refresh_eligibility()

    def open_existing(self, record_id: uuid.UUID) -> None:
        self.search.clear()
        self._apply_search()
        self._shown_id = record_id
        self.show_record(record_id, -1)
        self.select_record(record_id)

    def new_record(self) -> None:
        if not self.form.confirm_leave():
            return
        self._shown_id = None
        self.creating = True
        self.table.clearSelection()
        self.form.load(None, {"registered_on": date.today().isoformat()}, self.tr("New intern"))
        self.eligibility.show_eligibility(None)
        self.form.editors["first_name"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_draft(self, draft: drafts.Draft) -> bool:
        """Open the draft's intern (a new one when it has none) with the draft's changes.

        The form is left with unsaved changes. False when the user kept the record being
        edited; raises :class:`RecordNotFound` when the intern was deleted meanwhile.
        """
        if not self.form.confirm_leave():
            return False
        if draft.record_id is None:
            self.new_record()
        else:
            self.open_existing(draft.record_id)
        self.form.apply_values(draft.values)
        return True

    def _refresh_eligibility(self) -> None:
        if self.form.record_id is None:
            self.eligibility.show_eligibility(None)
            return
        self.eligibility.show_eligibility(
            service.intern_eligibility(
                self.database, self.form.record_id, self.eligibility.on_date()
            )
        )

    def focus_detail(self) -> None:
        self.form.editors["first_name"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- history and personal data -------------------------------------------------------
    def _refresh_record_actions(self) -> None:
        stored = self.form.record_id is not None
        self.history_button.setEnabled(stored)
        self.export_button.setEnabled(stored)

    def show_history(self) -> AuditHistoryDialog | None:
        """Open the History dialog of the shown intern."""
        return open_form_history(
            self, self.database, "intern", self.form, language=self.model.query.language
        )

    def export_personal_data(self) -> SubjectAccessFiles | None:
        """Write everything held about the shown intern, as JSON and PDF, into a chosen folder."""
        record_id = self.form.record_id
        if record_id is None or not self.form.confirm_leave():
            return None
        title = self.tr("Export personal data")
        folder = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        if not folder:
            return None
        try:
            files = export_subject_access(self.database, record_id, Path(folder))
        except (OSError, LookupError, ValueError) as problem:
            QMessageBox.warning(
                self,
                title,
                self.tr("The personal data could not be exported: {problem}").format(
                    problem=problem
                ),
            )
            return None
        QMessageBox.information(
            self,
            title,
            self.tr(
                "Everything held about {name} was written to:\n{json}\n{pdf}\n\n"
                "These files hold personal data: hand them only to the person concerned."
            ).format(name=self.form.heading.text(), json=files.json_path, pdf=files.pdf_path),
        )
        return files

    # -- language ------------------------------------------------------------------------
    def retranslate_view(self) -> None:
        self.new_button.setText(self.tr("&New intern"))
        self.history_button.setText(self.tr("&History…"))
        self.export_button.setText(self.tr("E&xport personal data…"))
        self.new_button.setToolTip(self.tr("Register a new intern (Ctrl+N)"))
        self.history_button.setToolTip(self.tr("Who changed what, and when (the audit trail)"))
        self.export_button.setToolTip(
            self.tr("Everything kept about this intern, in one PDF (right of access)")
        )
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "new_button"):
            self.retranslate_view()
        super().changeEvent(event)
