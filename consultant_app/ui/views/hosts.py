"""Hosts: the list and, for the selected host, its company form with the weeks quota,
its mentors and its yearly training policy plans."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.enums import JointCommittee, LanguageRole, TrainingPlanStatus
from consultant_app.services.forms import drafts
from consultant_app.services.forms.parsing import FieldError, RecordNotFound
from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.services.people import hosts as service
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.audit_history import AuditHistoryDialog, open_form_history
from consultant_app.ui.forms.drafts import FormDraftKeeper, name_title, person_title
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, SaveCancelled, Section
from consultant_app.ui.views.record_list import RecordListView


def _coded(members: type) -> list[tuple[str, str]]:
    return [(m.value, labels.value(m.value)) for m in members]  # type: ignore[attr-defined]


HOST_SPECS = [
    FieldSpec("name", required=True),
    FieldSpec("enterprise_number", required=True, placeholder=lambda: "0123.456.749"),
    FieldSpec("legal_form"),
    FieldSpec("joint_committee", "choice", True, choices=lambda: _coded(JointCommittee)),
    FieldSpec("joint_committee_other"),
    FieldSpec("language_role", "choice", True, choices=lambda: _coded(LanguageRole)),
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
        lambda: QCoreApplication.translate("HostsView", "Mentor"),
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
PLAN_SPECS = [
    FieldSpec("year", required=True),
    FieldSpec("status", "choice", True, choices=lambda: _coded(TrainingPlanStatus)),
    FieldSpec(
        "received_on",
        "date",
        placeholder=lambda: QCoreApplication.translate("RecordForm", "dd/mm/yyyy"),
    ),
    FieldSpec("training_budget"),
    FieldSpec("mentors_trained"),
    FieldSpec("coaching_new_staff", "multiline"),
    FieldSpec("talent_policy", "multiline"),
    FieldSpec("comments", "multiline"),
]
PLAN_SECTIONS = [
    Section(
        lambda: QCoreApplication.translate("HostsView", "Training policy plan"),
        (
            "year",
            "status",
            "received_on",
            "training_budget",
            "mentors_trained",
            "coaching_new_staff",
            "talent_policy",
            "comments",
        ),
    ),
]


def _errors(result: tuple[dict[str, object], list[FieldError]]) -> list[FieldError]:
    return result[1]


class QuotaBox(QGroupBox):
    """Internship weeks available, used and left for the host in one year."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.host_id: uuid.UUID | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.figures = QLabel()
        self.figures.setObjectName("quotaFigures")
        row = QHBoxLayout(self)
        row.addWidget(self.year_label)
        row.addWidget(self.year)
        row.addWidget(self.figures, 1)
        self.retranslate()

    def show_host(self, host_id: uuid.UUID | None) -> None:
        self.host_id = host_id
        self.setVisible(host_id is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.host_id is None:
            return
        quota = service.host_quota(self.database, self.host_id, self.year.value())
        locale = QLocale()
        text = self.tr("{available} weeks available, {used} used, {left} left").format(
            available=quota.available,
            used=locale.toString(float(quota.used), "f", 1),
            left=locale.toString(float(quota.left), "f", 1),
        )
        if quota.exceeded:
            text += " — " + self.tr("quota exceeded")
        self.figures.setText(text)
        self.figures.setStyleSheet("color:#b3261e;font-weight:bold" if quota.exceeded else "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Internship weeks quota"))
        self.year_label.setText(self.tr("&Year"))
        self.refresh()


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
        self.form = RecordForm(HOST_SPECS, HOST_SECTIONS, self._validate_host, self._save_host)
        self.history_button = QPushButton()
        self.history_button.setObjectName("hostHistory")
        self.history_button.clicked.connect(self.show_history)
        company_layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        company_layout.addWidget(self.quota)
        company_layout.addWidget(self.form)
        self.tabs.addTab(self._scrolled(company), "")

        mentors = QWidget()
        mentors_layout = QVBoxLayout(mentors)
        self.mentor_list = QListWidget()
        self.mentor_list.setFixedHeight(110)
        self.mentor_list.currentItemChanged.connect(self._mentor_chosen)
        self.new_mentor_button = QPushButton()
        self.new_mentor_button.clicked.connect(self.new_mentor)
        self.mentor_form = RecordForm(
            MENTOR_SPECS,
            MENTOR_SECTIONS,
            lambda values: _errors(service.validate_mentor(values)),
            self._save_mentor,
        )
        self.mentor_history_button = QPushButton()
        self.mentor_history_button.setObjectName("mentorHistory")
        self.mentor_history_button.clicked.connect(self.show_mentor_history)
        mentor_buttons = QHBoxLayout()
        mentor_buttons.addWidget(self.new_mentor_button)
        mentor_buttons.addWidget(self.mentor_history_button)
        mentor_buttons.addStretch(1)
        mentors_layout.addWidget(self.mentor_list)
        mentors_layout.addLayout(mentor_buttons)
        mentors_layout.addWidget(self.mentor_form)
        self.tabs.addTab(self._scrolled(mentors), "")

        plans = QWidget()
        plans_layout = QVBoxLayout(plans)
        self.plan_list = QListWidget()
        self.plan_list.setFixedHeight(90)
        self.plan_list.currentItemChanged.connect(self._plan_chosen)
        self.new_plan_button = QPushButton()
        self.new_plan_button.clicked.connect(self.new_plan)
        self.plan_form = RecordForm(
            PLAN_SPECS,
            PLAN_SECTIONS,
            lambda values: _errors(service.validate_training_plan(values)),
            self._save_plan,
        )
        plans_layout.addWidget(self.plan_list)
        plans_layout.addWidget(self.new_plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        plans_layout.addWidget(self.plan_form)
        self.tabs.addTab(self._scrolled(plans), "")

        super().__init__(
            source, "hosts", language=language, query=ListQuery(language=language), detail=self.tabs
        )
        self.setObjectName("hostsView")
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.layout().itemAt(0).layout().insertWidget(1, self.new_button)  # type: ignore[union-attr]
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_record)
        self.form.saved.connect(self._host_saved)
        self.drafts = FormDraftKeeper(self.form, database, drafts.HOST, title=name_title)
        self.mentor_drafts = FormDraftKeeper(
            self.mentor_form,
            database,
            drafts.MENTOR,
            title=person_title,
            owner=lambda: self.form.record_id,
        )
        self.mentor_form.saved.connect(lambda _id: self._load_mentors())
        self.plan_form.saved.connect(lambda _id: self._load_plans())
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
        return (self.form, self.mentor_form, self.plan_form)

    # -- the host --------------------------------------------------------------------------
    def _validate_host(self, values: Mapping[str, str]) -> list[FieldError]:
        return _errors(service.validate_host(values))

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
        self.creating = False
        self.model.reload()
        self.select_record(record_id)
        self._shown_id = record_id
        self._set_host(record_id)

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
        elif not self.mentor_form.confirm_leave():
            return False
        self.tabs.setCurrentIndex(1)
        if draft.record_id is None:
            self.new_mentor()
        else:
            values = service.load_mentor(self.database, draft.record_id)
            self.mentor_list.blockSignals(True)
            for row in range(self.mentor_list.count()):
                item = self.mentor_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == draft.record_id:
                    self.mentor_list.setCurrentItem(item)
            self.mentor_list.blockSignals(False)
            heading = person_title(values)
            self.mentor_form.load(draft.record_id, values, heading)
        self.mentor_form.apply_values(draft.values)
        return True

    def _set_host(self, host_id: uuid.UUID | None) -> None:
        self.quota.show_host(host_id)
        for widget in (
            self.mentor_list,
            self.new_mentor_button,
            self.plan_list,
            self.new_plan_button,
        ):
            widget.setEnabled(host_id is not None)
        self._load_mentors()
        self._load_plans()

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

    # -- mentors ------------------------------------------------------------------------------
    def _load_mentors(self) -> None:
        host_id = self.form.record_id
        current = self.mentor_form.record_id
        self.mentor_list.blockSignals(True)
        self.mentor_list.clear()
        mentors = service.mentors_of(self.database, host_id) if host_id else []
        for mentor_id, name, job_title in mentors:
            item = QListWidgetItem(f"{name} — {job_title}" if job_title else name)
            item.setData(Qt.ItemDataRole.UserRole, mentor_id)
            self.mentor_list.addItem(item)
            if mentor_id == current:
                self.mentor_list.setCurrentItem(item)
        self.mentor_list.blockSignals(False)
        if current not in {m[0] for m in mentors}:
            self.mentor_form.clear()
        self.mentor_form.setEnabled(host_id is not None)

    def _mentor_chosen(
        self, item: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if item is None:
            return
        if not self.mentor_form.confirm_leave():
            self.mentor_list.blockSignals(True)
            self.mentor_list.setCurrentItem(previous)
            self.mentor_list.blockSignals(False)
            return
        mentor_id = item.data(Qt.ItemDataRole.UserRole)
        self.mentor_form.load(mentor_id, service.load_mentor(self.database, mentor_id), item.text())

    def new_mentor(self) -> None:
        if self.form.record_id is None or not self.mentor_form.confirm_leave():
            return
        self.mentor_list.clearSelection()
        self.mentor_form.load(None, {}, self.tr("New mentor"))
        self.mentor_form.editors["first_name"].widget.setFocus()

    def _save_mentor(self, values: Mapping[str, str], mentor_id: uuid.UUID | None) -> uuid.UUID:
        assert self.form.record_id is not None
        return service.save_mentor(
            self.database, self.form.record_id, values, mentor_id=mentor_id, actor=self.actor
        )

    # -- training plans -------------------------------------------------------------------------
    def _load_plans(self) -> None:
        host_id = self.form.record_id
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        self._plans = service.training_plans_of(self.database, host_id) if host_id else []
        for plan in self._plans:
            item = QListWidgetItem(f"{plan['year']} — {labels.value(plan['status'])}")
            item.setData(Qt.ItemDataRole.UserRole, plan["id"])
            self.plan_list.addItem(item)
        self.plan_list.blockSignals(False)
        if not self.plan_form.is_dirty():
            self.plan_form.clear()
        self.plan_form.setEnabled(host_id is not None)

    def _plan_chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self.plan_form.confirm_leave():
            self.plan_list.blockSignals(True)
            self.plan_list.setCurrentItem(previous)
            self.plan_list.blockSignals(False)
            return
        plan = next(p for p in self._plans if p["id"] == item.data(Qt.ItemDataRole.UserRole))
        self.plan_form.load(uuid.UUID(plan["id"]), plan, item.text())

    def new_plan(self) -> None:
        if self.form.record_id is None or not self.plan_form.confirm_leave():
            return
        self.plan_list.clearSelection()
        defaults = {"year": str(date.today().year), "status": TrainingPlanStatus.REQUESTED.value}
        self.plan_form.load(None, defaults, self.tr("New training policy plan"))
        self.plan_form.editors["year"].widget.setFocus()

    def _save_plan(self, values: Mapping[str, str], _plan_id: uuid.UUID | None) -> uuid.UUID:
        assert self.form.record_id is not None
        return service.save_training_plan(
            self.database, self.form.record_id, values, actor=self.actor
        )

    # -- history -------------------------------------------------------------------------------
    def _refresh_history_buttons(self) -> None:
        self.history_button.setEnabled(self.form.record_id is not None)
        self.mentor_history_button.setEnabled(self.mentor_form.record_id is not None)

    def show_history(self) -> AuditHistoryDialog | None:
        """Open the History dialog of the shown host (its training plans included)."""
        return open_form_history(
            self, self.database, "host", self.form, language=self.model.query.language
        )

    def show_mentor_history(self) -> AuditHistoryDialog | None:
        """Open the History dialog of the mentor shown in the Mentors tab."""
        return open_form_history(
            self, self.database, "mentor", self.mentor_form, language=self.model.query.language
        )

    # -- language -------------------------------------------------------------------------------
    def retranslate_view(self) -> None:
        self.new_button.setText(self.tr("&New host"))
        self.new_mentor_button.setText(self.tr("New &mentor"))
        self.new_plan_button.setText(self.tr("New &plan"))
        self.history_button.setText(self.tr("&History…"))
        self.mentor_history_button.setText(self.tr("Mentor &history…"))
        self.tabs.setTabText(0, self.tr("Company"))
        self.tabs.setTabText(1, self.tr("Mentors"))
        self.tabs.setTabText(2, self.tr("Training policy plans"))
        if self.form.record_id is not None:
            self._load_plans()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "new_button"):
            self.retranslate_view()
        super().changeEvent(event)
