"""The Hosts view: the list and, for the selected host, its company form with the weeks
quota, its mentors and its yearly training policy plans (a tab each)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.enums import JointCommittee, LanguageRole
from consultant_app.services.forms import drafts
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.services.people import hosts as service
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.audit_history import AuditHistoryDialog, open_form_history
from consultant_app.ui.forms.drafts import FormDraftKeeper, name_title
from consultant_app.ui.forms.record_form import (
    FieldSpec,
    RecordForm,
    SaveCancelled,
    Section,
    coded_choices,
)
from consultant_app.ui.status import announce
from consultant_app.ui.views.hosts.mentors import MentorsTab
from consultant_app.ui.views.hosts.plans import TrainingPlansTab
from consultant_app.ui.views.hosts.quota import QuotaBox
from consultant_app.ui.views.record_list import RecordListView

HOST_SPECS = [
    FieldSpec("name", required=True),
    FieldSpec("enterprise_number", required=True, placeholder=lambda: "0123.456.749"),
    FieldSpec("legal_form"),
    FieldSpec("joint_committee", "choice", True, choices=lambda: coded_choices(JointCommittee)),
    FieldSpec("joint_committee_other"),
    FieldSpec("language_role", "choice", True, choices=lambda: coded_choices(LanguageRole)),
    FieldSpec("street"),
    FieldSpec("house_number"),
    FieldSpec("box"),
    FieldSpec("postcode"),
    FieldSpec("municipality"),
    FieldSpec("website"),
    FieldSpec("employees_fte"),
    FieldSpec("contact_name"),
    FieldSpec("contact_email"),
    FieldSpec("contact_phone"),
    FieldSpec("represented_by"),
]
HOST_SECTIONS = [
    Section(
        lambda: QCoreApplication.translate("HostsView", "Company"),
        (
            "name",
            "enterprise_number",
            "legal_form",
            "joint_committee",
            "joint_committee_other",
            "language_role",
            "employees_fte",
            "website",
        ),
    ),
    Section(
        lambda: QCoreApplication.translate("HostsView", "Address and contact"),
        (
            "street",
            "house_number",
            "box",
            "postcode",
            "municipality",
            "contact_name",
            "contact_email",
            "contact_phone",
            "represented_by",
        ),
    ),
]


class HostsView(RecordListView):
    """The Hosts list; the selected host's company, mentors and training plans beside it."""

    def __init__(
        self, source: ListSource, database: Database, language: str, actor: str | None = None
    ) -> None:
        self.database = database
        self.actor = actor
        self.tabs = QTabWidget()
        self.tabs.setMinimumWidth(420)

        company = QWidget()
        company_layout = QVBoxLayout(company)
        self.quota = QuotaBox(database)
        self.form = RecordForm(
            HOST_SPECS,
            HOST_SECTIONS,
            lambda values: service.validate_host(values)[1],
            self._save_host,
        )
        self.history_button = QPushButton()
        self.history_button.setObjectName("hostHistory")
        self.history_button.clicked.connect(self.show_history)
        company_layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        company_layout.addWidget(self.quota)
        company_layout.addWidget(self.form)
        self.tabs.addTab(self._scrolled(company), "")

        self.mentors = MentorsTab(database, self._host_id, actor)
        self.mentors.history_button.clicked.connect(self.show_mentor_history)
        self.tabs.addTab(self._scrolled(self.mentors), "")
        self.plans = TrainingPlansTab(database, self._host_id, actor)
        self.tabs.addTab(self._scrolled(self.plans), "")
        # The mentors' widgets by the names the window and its tests use.
        self.mentor_list = self.mentors.list
        self.mentor_form = self.mentors.form
        self.mentor_history_button = self.mentors.history_button
        self.mentor_drafts = self.mentors.drafts

        super().__init__(
            source, "hosts", language=language, query=ListQuery(language=language), detail=self.tabs
        )
        self.setObjectName("hostsView")
        self.new_button = self.add_new_button(self.new_record)
        self.form.saved.connect(self._host_saved)
        self.drafts = FormDraftKeeper(self.form, database, drafts.HOST, title=name_title)
        # Emitted on every load and save too: the History buttons follow the shown records.
        self.form.dirty_changed.connect(lambda _dirty: self._refresh_history_buttons())
        self.mentor_form.dirty_changed.connect(lambda _dirty: self._refresh_history_buttons())
        self._refresh_history_buttons()
        self.retranslate_view()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _forms(self) -> tuple[RecordForm, ...]:
        return (self.form, self.mentors.form, self.plans.form)

    # -- the host --------------------------------------------------------------------------
    def _host_id(self) -> uuid.UUID | None:
        """The host of the form (None while a new one is typed in): that of the other tabs."""
        return self.form.record_id

    def _save_host(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        cleaned, _errors_found = service.validate_host(values)
        number = cleaned.get("enterprise_number")
        duplicates = (
            service.find_host_duplicates(self.database, str(number), exclude_id=record_id)
            if number
            else []
        )
        if duplicates:
            existing = duplicates[0]
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr(
                    "{name} already has this enterprise number. Open the existing record?"
                ).format(name=existing.name),
                QMessageBox.StandardButton.Open
                | QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Open,
            )
            if answer == QMessageBox.StandardButton.Open:
                self.form.revert()
                self.open_existing(existing.id)
                raise SaveCancelled
            if answer != QMessageBox.StandardButton.Save:
                raise SaveCancelled
        return service.save_host(self.database, values, host_id=record_id, actor=self.actor)

    def _host_saved(self, record_id: uuid.UUID) -> None:
        self.show_saved(record_id)
        self._set_host(record_id)
        name = self.form.values().get("name", "")
        announce(self, self.tr("Host {name} saved").format(name=name))

    def has_unsaved_work(self) -> bool:
        return any(form.is_dirty() for form in self._forms())

    def can_leave_record(self) -> bool:
        return all(form.confirm_leave() for form in self._forms())

    def show_record(self, record_id: uuid.UUID, row: int) -> None:
        self.creating = False
        values = service.load_host(self.database, record_id)
        self.form.load(record_id, values, values.get("name", ""))
        self._set_host(record_id)

    def open_existing(self, host_id: uuid.UUID) -> None:
        """Show *host_id* (raises :class:`RecordNotFound` when it is not live)."""
        self._shown_id = host_id
        self.show_record(host_id, -1)
        self.select_record(host_id)

    def restore_draft(self, draft: drafts.Draft) -> bool:
        """Open the draft's host or mentor (a new one when it has none) with its changes.

        The form is left with unsaved changes. False when the user kept the record being
        edited; raises :class:`RecordNotFound` when the record (or the mentor's host) was
        deleted meanwhile.
        """
        if draft.kind == drafts.MENTOR:
            return self._restore_mentor(draft)
        if draft.record_id is not None and draft.record_id == self.form.record_id:
            # The host is shown already (its mentor's draft was restored first).
            if not self.form.confirm_leave():
                return False
        else:
            if not self.can_leave_record():
                return False
            if draft.record_id is None:
                self.new_record()
            else:
                self.open_existing(draft.record_id)
        self.tabs.setCurrentIndex(0)
        self.form.apply_values(draft.values)
        return True

    def _restore_mentor(self, draft: drafts.Draft) -> bool:
        if draft.owner_id is None:  # not written by this version: no host to open
            raise RecordNotFound("host", uuid.UUID(int=0))
        if draft.owner_id != self.form.record_id:
            if not self.can_leave_record():
                return False
            self.open_existing(draft.owner_id)
        elif not self.mentors.form.confirm_leave():
            return False
        self.tabs.setCurrentIndex(1)
        self.mentors.restore_draft(draft)
        return True

    def _set_host(self, host_id: uuid.UUID | None) -> None:
        self.quota.show_host(host_id)
        self.mentors.reload()
        self.plans.reload()

    def new_record(self) -> None:
        if not self.can_leave_record():
            return
        self._shown_id = None
        self.creating = True
        self.table.clearSelection()
        self.tabs.setCurrentIndex(0)
        self.form.load(None, {}, self.tr("New host"))
        self._set_host(None)
        self.focus_detail()

    def focus_detail(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.form.editors["name"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- history -------------------------------------------------------------------------------
    def _refresh_history_buttons(self) -> None:
        self.history_button.setEnabled(self.form.record_id is not None)
        self.mentors.history_button.setEnabled(self.mentors.form.record_id is not None)

    def show_history(self) -> AuditHistoryDialog | None:
        """Open the History dialog of the shown host (its training plans included)."""
        return open_form_history(
            self, self.database, "host", self.form, language=self.model.query.language
        )

    def show_mentor_history(self) -> AuditHistoryDialog | None:
        """Open the History dialog of the mentor shown in the Mentors tab."""
        return open_form_history(
            self, self.database, "mentor", self.mentors.form, language=self.model.query.language
        )

    # -- language -------------------------------------------------------------------------------
    def retranslate_view(self) -> None:
        self.new_button.setText(self.tr("&New host"))
        self.history_button.setText(self.tr("&History…"))
        self.new_button.setToolTip(self.tr("Add a new host company (Ctrl+N)"))
        self.history_button.setToolTip(self.tr("Who changed what, and when (the audit trail)"))
        self.mentors.retranslate()
        self.plans.retranslate()
        self.tabs.setTabText(0, self.tr("Company"))
        self.tabs.setTabText(1, self.tr("Mentors"))
        self.tabs.setTabText(2, self.tr("Training policy plans"))
        if self.form.record_id is not None:
            self.plans.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "new_button"):
            self.retranslate_view()
        super().changeEvent(event)
