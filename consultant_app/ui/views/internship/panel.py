"""The selected internship: its convention, roadmap, status, rules, signatures, interruptions,
documents."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.enums import InternshipStatus, Language, SignatoryParty
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import FieldError, RecordNotFound
from consultant_app.services.internships import records as service
from consultant_app.services.internships.form import FORM_KEYS, HOUR_KEYS
from consultant_app.services.people.hosts import mentors_of
from consultant_app.services.people.interns import function_options
from consultant_app.services.printing import conventions
from consultant_app.services.privacy.private_files import write_private_file
from consultant_app.services.settings.consultants import consultant_choices
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.audit_history import AuditHistoryDialog, open_history
from consultant_app.ui.dialogs.internship_actions import (
    InterruptionDialog,
    ReasonDialog,
    SignatureDialog,
)
from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog
from consultant_app.ui.forms.record_form import FieldSpec, RecordForm, SaveCancelled, Section
from consultant_app.ui.forms.rule_messages import rule_marker, rule_sentence, rule_title
from consultant_app.ui.models.paged_table_model import format_date
from consultant_app.ui.views.roadmap import (
    EvaluationTab,
    PlanTab,
    RiskTab,
    RoadmapTab,
    ScanTab,
    VisitsTab,
    WorkplaceTab,
)
from consultant_app.ui.views.roadmap.common import roadmap_problem_text

_S = InternshipStatus
#: Fields of the convention form (the intern and the host are fixed once created).
CONVENTION_KEYS = tuple(key for key in FORM_KEYS if key not in ("intern_id", "host_id"))
_STATUS_COLOURS = {
    _S.DRAFT: "#6b6b6b",
    _S.AWAITING_SIGNATURES: "#b26a00",
    _S.SIGNED: "#1d5fa8",
    _S.RUNNING: "#2e7d32",
    _S.COMPLETED: "#2f4f4f",
    _S.TERMINATED: "#8e3b00",
    _S.CANCELLED: "#b3261e",
}


def action_label(target: InternshipStatus) -> str:
    """The button that moves an internship to *target*."""
    return {
        _S.AWAITING_SIGNATURES: QCoreApplication.translate(
            "InternshipPanel", "Send for si&gnature"
        ),
        _S.SIGNED: QCoreApplication.translate("InternshipPanel", "Mark as si&gned"),
        _S.RUNNING: QCoreApplication.translate("InternshipPanel", "S&tart"),
        _S.COMPLETED: QCoreApplication.translate("InternshipPanel", "Co&mplete"),
        _S.TERMINATED: QCoreApplication.translate("InternshipPanel", "Terminate &early…"),
        _S.CANCELLED: QCoreApplication.translate("InternshipPanel", "Ca&ncel…"),
        _S.DRAFT: QCoreApplication.translate("InternshipPanel", "Back to &draft"),
    }[target]


def convention_specs(database: Database, language: str, host: Callable[[], str]) -> list[FieldSpec]:
    def date_spec(key: str) -> FieldSpec:
        return FieldSpec(
            key,
            "date",
            True,
            placeholder=lambda: QCoreApplication.translate("RecordForm", "dd/mm/yyyy"),
        )

    def mentors() -> list[tuple[str, str]]:
        host_id = host()
        if not host_id:
            return []
        return [(str(m[0]), m[1]) for m in mentors_of(database, uuid.UUID(host_id))]

    return [
        FieldSpec(
            "function_id", "choice", True, choices=lambda: function_options(database, language)
        ),
        FieldSpec("mentor_id", "choice", choices=mentors),
        FieldSpec("consultant_id", "choice", choices=lambda: consultant_choices(database)),
        date_spec("start_date"),
        date_spec("planned_end_date"),
        *(FieldSpec(key, placeholder=lambda: "0") for key in HOUR_KEYS),
        FieldSpec("schedule_note"),
        FieldSpec("workplace", "multiline"),
        FieldSpec("objectives", "multiline"),
        FieldSpec("expenses", "multiline"),
        FieldSpec("no_replacement_declared", "bool"),
        FieldSpec(
            "convention_language",
            "choice",
            True,
            choices=lambda: [
                (code.value, labels.value(code.value)) for code in (Language.NL, Language.FR)
            ],
        ),
    ]


def convention_sections() -> list[Section]:
    return [
        Section(
            lambda: QCoreApplication.translate("InternshipPanel", "Function and people"),
            ("function_id", "mentor_id", "consultant_id"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternshipPanel", "Dates and weekly hours"),
            ("start_date", "planned_end_date", *HOUR_KEYS, "schedule_note"),
        ),
        Section(
            lambda: QCoreApplication.translate("InternshipPanel", "Convention"),
            (
                "workplace",
                "objectives",
                "expenses",
                "no_replacement_declared",
                "convention_language",
            ),
        ),
    ]


class InternshipPanel(QWidget):
    """Everything about one internship; ``changed`` after any stored change."""

    changed = Signal(object)  # the internship's uuid

    def __init__(
        self,
        database: Database,
        language: str,
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("internshipPanel")
        self.database = database
        self.language = language
        self.actor = actor
        self.detail: service.InternshipDetail | None = None
        self._fixed: dict[str, str] = {}
        self.amending = False

        self.heading = QLabel()
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions = QHBoxLayout()
        self.print_row = QHBoxLayout()
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewConvention")
        self.preview_button.clicked.connect(self.preview_convention)
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self.start_amendment)
        self.sheets_button = QPushButton()
        self.sheets_button.setObjectName("printSheets")
        self.sheets_menu = QMenu(self.sheets_button)
        self.sheets_button.setMenu(self.sheets_menu)
        self.print_row.addWidget(self.preview_button)
        self.print_row.addWidget(self.sheets_button)
        self.print_row.addWidget(self.amend_button)
        self.print_row.addStretch(1)
        self.history_button = QPushButton()
        self.history_button.setObjectName("internshipHistory")
        self.history_button.clicked.connect(self.show_history)
        self.print_row.addWidget(self.history_button)

        self.form = RecordForm(
            convention_specs(database, language, lambda: self._fixed.get("host_id", "")),
            convention_sections(),
            self._validate,
            self._save,
        )
        self.form.setObjectName("conventionForm")
        convention_page = QScrollArea()
        convention_page.setWidgetResizable(True)
        convention_page.setWidget(self.form)

        self.rules = QTableWidget(0, 2)
        self.rules.setObjectName("rulesTable")
        self.rules.setWordWrap(True)
        self.rules.verticalHeader().hide()
        self.rules.horizontalHeader().setStretchLastSection(True)
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules.horizontalHeader().sectionResized.connect(
            lambda *_a: self.rules.resizeRowsToContents()
        )
        self.override_button = QPushButton()
        self.override_button.setObjectName("overrideButton")
        self.override_button.clicked.connect(self.override_selected_rule)
        self.rules.itemSelectionChanged.connect(self._refresh_rule_buttons)
        rules_page = self._page(self.rules, self.override_button)

        self.signatures = QTreeWidget()
        self.signatures.setObjectName("signaturesTree")
        self.signatures.setColumnCount(4)
        self.signatures.setRootIsDecorated(False)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("recordSignature")
        self.sign_button.clicked.connect(self.record_signature)
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("attachScan")
        self.scan_button.clicked.connect(self.attach_scan)
        signatures_page = self._page(self.signatures, self.sign_button, self.scan_button)

        self.interruptions = QTreeWidget()
        self.interruptions.setObjectName("interruptionsTree")
        self.interruptions.setColumnCount(4)
        self.interruptions.setRootIsDecorated(False)
        self.add_break_button = QPushButton()
        self.add_break_button.setObjectName("addInterruption")
        self.add_break_button.clicked.connect(self.add_interruption)
        self.remove_break_button = QPushButton()
        self.remove_break_button.setObjectName("removeInterruption")
        self.remove_break_button.clicked.connect(self.remove_interruption)
        breaks_page = self._page(
            self.interruptions, self.add_break_button, self.remove_break_button
        )

        self.documents = QListWidget()
        self.documents.setObjectName("documentsList")
        self.documents.itemActivated.connect(self._open_document_item)
        self.open_document_button = QPushButton()
        self.open_document_button.clicked.connect(
            lambda: self._open_document_item(self.documents.currentItem())
        )
        documents_page = self._page(self.documents, self.open_document_button)

        self.risk_tab = RiskTab(database, language, actor)
        self.plan_tab = PlanTab(database, language, actor)
        self.visits_tab = VisitsTab(database, language, actor)
        self.evaluation_tab = EvaluationTab(database, language, actor)
        self.workplace_tab = WorkplaceTab(database, language, actor)
        self.scan_tab = ScanTab(database, language, actor)
        self.roadmap_tabs: tuple[RoadmapTab, ...] = (
            self.risk_tab,
            self.plan_tab,
            self.visits_tab,
            self.evaluation_tab,
            self.workplace_tab,
            self.scan_tab,
        )
        for tab in self.roadmap_tabs:
            tab.changed.connect(self.changed.emit)
            tab.badge_changed.connect(self._title_tabs)
        self.rules_page = rules_page

        self.tabs = QTabWidget()
        self.tabs.setObjectName("internshipTabs")
        self.tabs.setUsesScrollButtons(True)
        for page in (
            convention_page,
            *self.roadmap_tabs,
            rules_page,
            signatures_page,
            breaks_page,
            documents_page,
        ):
            self.tabs.addTab(page, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.actions)
        layout.addLayout(self.print_row)
        layout.addWidget(self.tabs, 1)
        self.form.saved.connect(lambda _id: self._after_change())
        self.retranslate()
        self.clear()

    @staticmethod
    def _page(main: QWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(main, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column.addLayout(row)
        return page

    # -- showing -----------------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self._fixed = {}
        self.amending = False
        self.heading.setText("")
        self.summary.setText("")
        self.status_badge.setText("")
        self.status_badge.setStyleSheet("")
        self.form.load(None, {})
        for tab in self.roadmap_tabs:
            tab.clear()
        self.setEnabled(False)

    def show_internship(self, internship_id: uuid.UUID) -> None:
        try:
            detail = service.load_internship(self.database, internship_id, language=self.language)
            values = service.load_internship_values(self.database, internship_id)
        except RecordNotFound:
            self.clear()
            return
        self.setEnabled(True)
        self.detail = detail
        self.amending = False
        self._fixed = {key: values.get(key, "") for key in ("intern_id", "host_id")}
        self.form.load(detail.id, values, "")
        self.form.refresh_choices(("mentor_id",))
        self._show_detail()
        for tab in self.roadmap_tabs:
            tab.set_internship(detail.id, detail.status)
        self._title_tabs()

    def reload(self) -> None:
        if self.detail is not None:
            self.show_internship(self.detail.id)

    def _show_detail(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.heading.setText(f"{detail.reference} — {detail.intern_name}")
        version = QCoreApplication.translate("InternshipPanel", "version {n}").format(
            n=detail.version
        )
        self.status_badge.setText(f"{labels.value(detail.status.value)} · {version}")
        colour = _STATUS_COLOURS.get(detail.status, "#6b6b6b")
        self.status_badge.setStyleSheet(
            f"background:{colour};color:white;padding:3px 10px;border-radius:4px"
        )
        locale = QLocale()
        weeks = locale.toString(detail.weeks, "f", 1)
        summary = f"{detail.host_name} · {detail.function_name}\n"
        summary += QCoreApplication.translate(
            "InternshipPanel", "{start} to {end}: {days} working days = {weeks} weeks"
        ).format(
            start=format_date(detail.start_date),
            end=format_date(detail.end_date),
            days=detail.working_days,
            weeks=weeks,
        )
        if detail.hours_per_week:
            summary += " · " + QCoreApplication.translate(
                "InternshipPanel", "{hours} h a week"
            ).format(hours=locale.toString(float(detail.hours_per_week), "g", 4))
        if detail.status == _S.TERMINATED and detail.termination_reason:
            summary += "\n" + QCoreApplication.translate(
                "InternshipPanel", "Terminated: {reason}"
            ).format(reason=detail.termination_reason)
        if detail.status == _S.CANCELLED and detail.cancellation_reason:
            summary += "\n" + QCoreApplication.translate(
                "InternshipPanel", "Cancelled: {reason}"
            ).format(reason=detail.cancellation_reason)
        self.summary.setText(summary)
        self._fill_actions()
        self._fill_rules()
        self._fill_signatures()
        self._fill_interruptions()
        self._fill_documents()
        self._set_editable()

    def _set_editable(self) -> None:
        detail = self.detail
        editable = detail is not None and (
            detail.status == _S.DRAFT
            or (self.amending and detail.status in (_S.SIGNED, _S.RUNNING))
        )
        for editor in self.form.editors.values():
            editor.widget.setEnabled(editable)
        self.form.save_button.setVisible(editable)
        self.form.revert_button.setVisible(editable)
        can_amend = detail is not None and detail.status in (_S.SIGNED, _S.RUNNING)
        self.amend_button.setVisible(can_amend and not self.amending)
        if detail is not None and detail.status == _S.AWAITING_SIGNATURES:
            self.form.status.setText(
                QCoreApplication.translate(
                    "InternshipPanel",
                    "Awaiting signatures: go back to draft to change the convention.",
                )
            )
        elif self.amending:
            self.form.status.setText(
                QCoreApplication.translate(
                    "InternshipPanel",
                    "Amendment: change the convention, then save; you will be asked the reason.",
                )
            )

    def _fill_actions(self) -> None:
        while self.actions.count():
            item = self.actions.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if self.detail is None:
            return
        for target in self.detail.allowed_targets:
            button = QPushButton(action_label(target))
            button.setObjectName(f"to_{target.value}")
            button.clicked.connect(lambda _c=False, t=target: self.change_status(t))
            self.actions.addWidget(button)
        self.actions.addStretch(1)

    def _fill_rules(self) -> None:
        assert self.detail is not None
        self.rules.setRowCount(len(self.detail.rules))
        for row, line in enumerate(self.detail.rules):
            text = rule_sentence(line)
            if line.overridden and line.override_reason:
                text += "\n" + QCoreApplication.translate(
                    "InternshipPanel", "Overridden: {reason}"
                ).format(reason=line.override_reason)
            title = QTableWidgetItem(
                f"{rule_marker(line.ok, line.severity, line.overridden)} {rule_title(line.rule)}"
            )
            title.setData(Qt.ItemDataRole.UserRole, line.rule)
            verdict = QTableWidgetItem(text)
            verdict.setToolTip(text)
            self.rules.setItem(row, 0, title)
            self.rules.setItem(row, 1, verdict)
        self.rules.resizeColumnToContents(0)
        self.rules.resizeRowsToContents()
        blocking = sum(1 for line in self.detail.rules if line.blocking)
        title = QCoreApplication.translate("InternshipPanel", "Rules")
        self.tabs.setTabText(
            self.tabs.indexOf(self.rules_page), f"{title} ✘{blocking}" if blocking else title
        )
        self._refresh_rule_buttons()

    def _selected_rule(self) -> service.RuleLine | None:
        rows = self.rules.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return None
        rule = self.rules.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((line for line in self.detail.rules if line.rule == rule), None)

    def _refresh_rule_buttons(self) -> None:
        line = self._selected_rule()
        self.override_button.setEnabled(line is not None and not line.ok)

    def _fill_signatures(self) -> None:
        self.signatures.clear()
        assert self.detail is not None
        for party in SignatoryParty:
            shown = [
                s
                for s in self.detail.signatures
                if s.party == party and s.version == self.detail.version
            ]
            if shown:
                signature = shown[-1]
                row = [
                    labels.value(party.value),
                    signature.signer_name,
                    format_date(signature.signed_on),
                    signature.place or "",
                ]
            else:
                row = [
                    labels.value(party.value),
                    QCoreApplication.translate("InternshipPanel", "not signed yet"),
                    "",
                    "",
                ]
            self.signatures.addTopLevelItem(QTreeWidgetItem(row))
        for column in range(3):
            self.signatures.resizeColumnToContents(column)
        status = self.detail.status
        self.sign_button.setEnabled(
            status == _S.AWAITING_SIGNATURES
            or (status in (_S.SIGNED, _S.RUNNING) and self.detail.version > 1)
        )
        self.scan_button.setEnabled(status != _S.CANCELLED)

    def _fill_interruptions(self) -> None:
        self.interruptions.clear()
        assert self.detail is not None
        for line in self.detail.interruptions:
            item = QTreeWidgetItem(
                [
                    labels.value(line.kind.value),
                    f"{format_date(line.start_date)} – {format_date(line.end_date)}",
                    str(line.days),
                    line.note or "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, line.id)
            self.interruptions.addTopLevelItem(item)
        for column in range(3):
            self.interruptions.resizeColumnToContents(column)
        self.add_break_button.setEnabled(self.detail.status != _S.CANCELLED)
        self.remove_break_button.setEnabled(bool(self.detail.interruptions))

    def _fill_documents(self) -> None:
        self.documents.clear()
        assert self.detail is not None
        for amendment in self.detail.amendments:
            text = QCoreApplication.translate(
                "InternshipPanel", "Amendment {n} (version {version}) of {date}"
            ).format(
                n=amendment.version - 1,
                version=amendment.version,
                date=format_date(amendment.decided_on),
            )
            changed = ", ".join(labels.field(change[0]) for change in amendment.changes)
            item = QListWidgetItem(
                f"{text}: {changed}" + (f" — {amendment.reason}" if amendment.reason else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, ("amendment", amendment.version))
            self.documents.addItem(item)
        for document in self.detail.documents:
            kind = {
                "convention": QCoreApplication.translate("InternshipPanel", "Convention"),
                "amendment": QCoreApplication.translate("InternshipPanel", "Amendment"),
                "signed_scan": QCoreApplication.translate("InternshipPanel", "Signed copy (scan)"),
                "roadmap": QCoreApplication.translate("InternshipPanel", "Roadmap"),
                "evaluation_midterm": QCoreApplication.translate(
                    "InternshipPanel", "Mid-term evaluation"
                ),
                "evaluation_midterm_blank": QCoreApplication.translate(
                    "InternshipPanel", "Mid-term evaluation (blank)"
                ),
                "evaluation_final": QCoreApplication.translate(
                    "InternshipPanel", "Final evaluation"
                ),
                "evaluation_final_blank": QCoreApplication.translate(
                    "InternshipPanel", "Final evaluation (blank)"
                ),
                "workplace_evaluation": QCoreApplication.translate(
                    "InternshipPanel", "Workplace evaluation"
                ),
                "workplace_evaluation_blank": QCoreApplication.translate(
                    "InternshipPanel", "Workplace evaluation (blank)"
                ),
                "competence_scan": QCoreApplication.translate("InternshipPanel", "Competence scan"),
                "internship_report": QCoreApplication.translate(
                    "InternshipPanel", "End-of-internship report"
                ),
            }.get(document.kind, document.kind)
            moment = QLocale().toString(document.issued_at.date(), "dd/MM/yyyy")
            item = QListWidgetItem(f"{kind} · {document.filename} · {moment}")
            item.setData(Qt.ItemDataRole.UserRole, ("document", document.id))
            self.documents.addItem(item)

    # -- editing -----------------------------------------------------------------------
    def _values(self, values: Mapping[str, str]) -> dict[str, str]:
        return {**self._fixed, **values}

    def _validate(self, values: Mapping[str, str]) -> list[FieldError]:
        return service.validate_internship(self._values(values))[1]

    def _save(self, values: Mapping[str, str], record_id: uuid.UUID | None) -> uuid.UUID:
        assert record_id is not None
        try:
            if self.amending:
                dialog = ReasonDialog(
                    QCoreApplication.translate("InternshipPanel", "Amendment"),
                    QCoreApplication.translate(
                        "InternshipPanel",
                        "Why is the signed convention changed? The amendment is printed with it.",
                    ),
                    self,
                    day=date.today(),
                    day_label=QCoreApplication.translate("InternshipPanel", "&Decided on"),
                )
                if dialog.exec() != ReasonDialog.DialogCode.Accepted:
                    raise SaveCancelled
                reason, decided_on = dialog.values()
                service.amend_internship(
                    self.database,
                    record_id,
                    self._values(values),
                    reason=reason,
                    decided_on=decided_on or date.today(),
                    actor=self.actor,
                )
            else:
                service.update_internship(
                    self.database, record_id, self._values(values), actor=self.actor
                )
        except InvalidValue as problem:
            self._refuse(problem)
            raise SaveCancelled from None
        return record_id

    def start_amendment(self) -> None:
        self.amending = True
        self._set_editable()
        self.tabs.setCurrentIndex(0)
        self.form.editors["planned_end_date"].widget.setFocus()

    def _after_change(self) -> None:
        if self.detail is not None:
            internship_id = self.detail.id
            self.show_internship(internship_id)
            self.changed.emit(internship_id)

    def _refuse(self, problem: InvalidValue) -> None:
        text = roadmap_problem_text(problem.code, problem.message, problem.params)
        details = getattr(problem, "results", ())
        if details:
            text += "\n\n" + "\n".join(f"✘ {rule_sentence(r)}" for r in details)
        QMessageBox.warning(
            self, QCoreApplication.translate("InternshipPanel", "Not possible"), text
        )

    def _run(self, action: Callable[[], object]) -> bool:
        """Run a service call; refusals become a message; True when done."""
        try:
            action()
        except InvalidValue as problem:
            self._refuse(problem)
            return False
        except OSError as problem:
            QMessageBox.warning(
                self, QCoreApplication.translate("InternshipPanel", "Not possible"), str(problem)
            )
            return False
        self._after_change()
        return True

    def has_unsaved_work(self) -> bool:
        # The evaluations and scans save themselves: store what is pending now.
        for tab in self.roadmap_tabs:
            tab.flush()
        return self.form.is_dirty() or any(tab.has_unsaved_work() for tab in self.roadmap_tabs)

    def confirm_leave(self) -> bool:
        return self.form.confirm_leave() and all(tab.confirm_leave() for tab in self.roadmap_tabs)

    # -- actions -----------------------------------------------------------------------
    def change_status(self, target: InternshipStatus) -> bool:
        if self.detail is None or not self.form.confirm_leave():
            return False
        detail = self.detail
        reason: str | None = None
        on: date | None = None
        if target in (_S.TERMINATED, _S.CANCELLED):
            terminated = target == _S.TERMINATED
            dialog = ReasonDialog(
                action_label(target).replace("&", "").rstrip("…"),
                QCoreApplication.translate(
                    "InternshipPanel", "The internship's days stop on its last day."
                )
                if terminated
                else QCoreApplication.translate(
                    "InternshipPanel", "A cancelled internship never counts in the figures."
                ),
                self,
                day=min(max(date.today(), detail.start_date), detail.planned_end_date)
                if terminated
                else None,
                day_label=QCoreApplication.translate("InternshipPanel", "&Last day"),
            )
            if dialog.exec() != ReasonDialog.DialogCode.Accepted:
                return False
            reason, on = dialog.values()
        return self._run(
            lambda: service.change_status(
                self.database, detail.id, target, on=on, reason=reason, actor=self.actor
            )
        )

    def override_selected_rule(self) -> bool:
        line = self._selected_rule()
        if line is None or self.detail is None:
            return False
        detail = self.detail
        dialog = ReasonDialog(
            QCoreApplication.translate("InternshipPanel", "Override a rule"),
            rule_sentence(line)
            + "\n\n"
            + QCoreApplication.translate(
                "InternshipPanel",
                "Write why this internship may go ahead anyway. "
                "The reason is kept in the audit trail.",
            ),
            self,
            min_length=10,
        )
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return False
        reason, _day = dialog.values()
        return self._run(
            lambda: service.override_rule(
                self.database, detail.id, line.rule, reason, actor=self.actor
            )
        )

    def record_signature(self) -> bool:
        if self.detail is None:
            return False
        detail = self.detail
        missing = detail.missing_signatures[0] if detail.missing_signatures else None
        defaults = {
            SignatoryParty.INTERN: detail.intern_name,
        }
        dialog = SignatureDialog(defaults, "", self, missing)
        if dialog.exec() != SignatureDialog.DialogCode.Accepted:
            return False
        given = dialog.values()
        return self._run(
            lambda: service.record_signature(
                self.database,
                detail.id,
                given.party,
                given.signer_name,
                given.signed_on,
                given.place or None,
                actor=self.actor,
            )
        )

    def attach_scan(self, path: str | None = None) -> bool:
        if self.detail is None:
            return False
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("InternshipPanel", "Signed copy"),
                "",
                QCoreApplication.translate("InternshipPanel", "Scans (*.pdf *.png *.jpg *.jpeg)"),
            )
        if not path:
            return False
        detail = self.detail
        return self._run(
            lambda: service.attach_scan(self.database, detail.id, Path(path), actor=self.actor)
        )

    def add_interruption(self) -> bool:
        if self.detail is None:
            return False
        detail = self.detail
        dialog = InterruptionDialog(detail.start_date, detail.end_date, self)
        if dialog.exec() != InterruptionDialog.DialogCode.Accepted:
            return False
        given = dialog.values()
        return self._run(
            lambda: service.add_interruption(
                self.database,
                detail.id,
                given.kind,
                given.start_date,
                given.end_date,
                given.note or None,
                actor=self.actor,
            )
        )

    def remove_interruption(self) -> bool:
        item = self.interruptions.currentItem()
        if item is None:
            return False
        interruption_id = item.data(0, Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("InternshipPanel", "Remove interruption"),
            QCoreApplication.translate(
                "InternshipPanel", "Remove this interruption? Its days count again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(
            lambda: service.remove_interruption(self.database, interruption_id, actor=self.actor)
        )

    def show_history(self) -> AuditHistoryDialog | None:
        """Open the History dialog of the internship, its roadmap and documents included."""
        if self.detail is None:
            return None
        return open_history(
            self,
            self.database,
            "internship",
            self.detail.id,
            f"{self.detail.reference} — {self.detail.intern_name}",
            language=self.language,
        )

    # -- documents ---------------------------------------------------------------------
    def _preview(self, content: bytes, filename: str, title: str) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(content, filename, title, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def preview_convention(self, language: str | None = None) -> PdfPreviewDialog | None:
        if self.detail is None:
            return None
        detail = self.detail
        try:
            issued = conventions.issue_convention(
                self.database, detail.id, language=language, actor=self.actor
            )
        except (InvalidValue, LookupError, OSError) as problem:
            QMessageBox.warning(
                self, QCoreApplication.translate("InternshipPanel", "Not possible"), str(problem)
            )
            return None
        self._after_change()
        return self._preview(
            issued.content,
            issued.filename,
            QCoreApplication.translate("InternshipPanel", "Convention {ref}").format(
                ref=detail.reference
            ),
        )

    def _sheet_entries(self) -> list[tuple[str, str, str | None, bool]]:
        """(menu text, sheet, stage, blank) of the roadmap's printed sheets."""
        return [
            (
                QCoreApplication.translate("InternshipPanel", "The whole roadmap"),
                "roadmap",
                None,
                False,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Mid-term evaluation, blank"),
                "evaluation-sheet",
                "midterm",
                True,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Mid-term evaluation, filled"),
                "evaluation-sheet",
                "midterm",
                False,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Final evaluation, blank"),
                "evaluation-sheet",
                "final",
                True,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Final evaluation, filled"),
                "evaluation-sheet",
                "final",
                False,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Workplace evaluation, blank"),
                "workplace-sheet",
                None,
                True,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Workplace evaluation, filled"),
                "workplace-sheet",
                None,
                False,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "Competence scan (radar chart)"),
                "scan",
                None,
                False,
            ),
            (
                QCoreApplication.translate("InternshipPanel", "End-of-internship report"),
                "report",
                None,
                False,
            ),
        ]

    def _fill_sheets_menu(self) -> None:
        self.sheets_menu.clear()
        for text, sheet, stage, blank in self._sheet_entries():
            action = self.sheets_menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, a=sheet, b=stage, c=blank: self.preview_sheet(a, stage=b, blank=c)
            )

    def preview_sheet(
        self, sheet: str, *, stage: str | None = None, blank: bool = False
    ) -> PdfPreviewDialog | None:
        """Print one of the roadmap's sheets into the preview (it is kept with the documents)."""
        from consultant_app.services.printing.sheets import issue_sheet

        if self.detail is None or not self.confirm_leave():
            return None
        detail = self.detail
        try:
            issued = issue_sheet(
                self.database, detail.id, sheet, stage=stage, blank=blank, actor=self.actor
            )
        except (InvalidValue, LookupError, ValueError, OSError) as problem:
            QMessageBox.warning(
                self, QCoreApplication.translate("InternshipPanel", "Not possible"), str(problem)
            )
            return None
        self._after_change()
        return self._preview(issued.content, issued.filename, issued.filename)

    def _open_document_item(self, item: QListWidgetItem | None) -> PdfPreviewDialog | None:
        if item is None or self.detail is None:
            return None
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        if kind == "amendment":
            issued = conventions.issue_amendment(
                self.database, self.detail.id, key, actor=self.actor
            )
            self._after_change()
            return self._preview(issued.content, issued.filename, issued.filename)
        filename, media_type, content = conventions.document_content(self.database, key)
        if media_type == "application/pdf":
            return self._preview(content, filename, filename)
        target, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("InternshipPanel", "Save a copy"), filename
        )
        if target:
            write_private_file(Path(target), content)
        return None

    # -- language ----------------------------------------------------------------------
    def _tab_titles(self) -> list[str]:
        """The titles of the tabs, in their order (the rules' title is set by _fill_rules)."""
        return [
            QCoreApplication.translate("InternshipPanel", "Convention"),
            QCoreApplication.translate("InternshipPanel", "Workstation && risks"),
            QCoreApplication.translate("InternshipPanel", "Tasks && competences"),
            QCoreApplication.translate("InternshipPanel", "Visits"),
            QCoreApplication.translate("InternshipPanel", "Evaluation"),
            QCoreApplication.translate("InternshipPanel", "Workplace"),
            QCoreApplication.translate("InternshipPanel", "Scan"),
            QCoreApplication.translate("InternshipPanel", "Rules"),
            QCoreApplication.translate("InternshipPanel", "Signatures"),
            QCoreApplication.translate("InternshipPanel", "Interruptions"),
            QCoreApplication.translate("InternshipPanel", "Documents"),
        ]

    def _title_tabs(self) -> None:
        titles = self._tab_titles()
        for index, title in enumerate(titles):
            page = self.tabs.widget(index)
            if page is self.rules_page and self.detail is not None:
                continue
            badge = page.badge() if isinstance(page, RoadmapTab) else ""
            self.tabs.setTabText(index, title + badge)

    def retranslate(self) -> None:
        self._title_tabs()
        self.sheets_button.setText(QCoreApplication.translate("InternshipPanel", "Roadmap s&heets"))
        self._fill_sheets_menu()
        self.preview_button.setText(
            QCoreApplication.translate("InternshipPanel", "&Print preview…")
        )
        self.amend_button.setText(QCoreApplication.translate("InternshipPanel", "&Amend…"))
        self.history_button.setText(QCoreApplication.translate("InternshipPanel", "H&istory…"))
        self.override_button.setText(
            QCoreApplication.translate("InternshipPanel", "&Override with a reason…")
        )
        self.sign_button.setText(
            QCoreApplication.translate("InternshipPanel", "Record a &signature…")
        )
        self.scan_button.setText(
            QCoreApplication.translate("InternshipPanel", "Attach the signed &copy…")
        )
        self.add_break_button.setText(QCoreApplication.translate("InternshipPanel", "&Add…"))
        self.remove_break_button.setText(QCoreApplication.translate("InternshipPanel", "&Remove"))
        self.open_document_button.setText(QCoreApplication.translate("InternshipPanel", "&Open"))
        self.rules.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("InternshipPanel", "Rule"),
                QCoreApplication.translate("InternshipPanel", "Verdict"),
            ]
        )
        self.signatures.setHeaderLabels(
            [
                QCoreApplication.translate("InternshipPanel", "Party"),
                QCoreApplication.translate("InternshipPanel", "Signed by"),
                QCoreApplication.translate("InternshipPanel", "Date"),
                QCoreApplication.translate("InternshipPanel", "Place"),
            ]
        )
        self.interruptions.setHeaderLabels(
            [
                QCoreApplication.translate("InternshipPanel", "Kind"),
                QCoreApplication.translate("InternshipPanel", "Period"),
                QCoreApplication.translate("InternshipPanel", "Working days"),
                QCoreApplication.translate("InternshipPanel", "Note"),
            ]
        )
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
