"""The selected internship: its header (status, summary, actions) above the tabs of its
convention, roadmap, rules, signatures, interruptions and documents."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.errors import InvalidValue
from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.internships import records as service
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.dialogs.audit_history import AuditHistoryDialog, open_history
from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog
from consultant_app.ui.forms.rule_messages import ERROR_COLOUR
from consultant_app.ui.locale_format import (
    format_date,
    format_number,
    format_weeks,
    format_working_days,
)
from consultant_app.ui.status import announce
from consultant_app.ui.views.internship.actions import (
    ActionPage,
    action_label,
    action_tip,
    ask_end_reason,
    refuse,
    status_done,
)
from consultant_app.ui.views.internship.blocking_rules import run_past_rules
from consultant_app.ui.views.internship.convention import ConventionPage
from consultant_app.ui.views.internship.documents_tab import DocumentsPage, document_kind
from consultant_app.ui.views.internship.interruptions_tab import InterruptionsPage
from consultant_app.ui.views.internship.printing import InternshipPrinting
from consultant_app.ui.views.internship.rules_tab import RulesPage
from consultant_app.ui.views.internship.signatures_tab import SignaturesPage
from consultant_app.ui.views.roadmap import (
    EvaluationTab,
    PlanTab,
    RiskTab,
    RoadmapTab,
    ScanTab,
    VisitsTab,
    WorkplaceTab,
)

_S = InternshipStatus
_STATUS_COLOURS = {
    _S.DRAFT: "#6b6b6b",
    _S.AWAITING_SIGNATURES: "#b26a00",
    _S.SIGNED: "#1d5fa8",
    _S.RUNNING: "#2e7d32",
    _S.COMPLETED: "#2f4f4f",
    _S.TERMINATED: "#8e3b00",
    _S.CANCELLED: "#b3261e",
}


def summary_text(detail: service.InternshipDetail) -> str:
    """The host, function, dates, working days and hours of an internship; why it ended."""
    summary = f"{detail.host_name} · {detail.function_name}\n"
    summary += QCoreApplication.translate(
        "InternshipPanel", "{start} to {end}: {days} = {weeks}"
    ).format(
        start=format_date(detail.start_date),
        end=format_date(detail.end_date),
        days=format_working_days(detail.working_days),
        weeks=format_weeks(float(detail.weeks)),
    )
    if detail.hours_per_week:
        hours = float(detail.hours_per_week)
        summary += " · " + QCoreApplication.translate("InternshipPanel", "{hours} h a week").format(
            hours=format_number(hours, 0 if hours.is_integer() else 1)
        )
    if detail.status == _S.TERMINATED and detail.termination_reason:
        summary += "\n" + QCoreApplication.translate(
            "InternshipPanel", "Terminated: {reason}"
        ).format(reason=detail.termination_reason)
    if detail.status == _S.CANCELLED and detail.cancellation_reason:
        summary += "\n" + QCoreApplication.translate(
            "InternshipPanel", "Cancelled: {reason}"
        ).format(reason=detail.cancellation_reason)
    return summary


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

        self.heading = QLabel()
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        #: One click from the header to the Rules tab, saying how many rules block.
        self.rules_link = QPushButton()
        self.rules_link.setObjectName("rulesLink")
        self.rules_link.setFlat(True)
        self.rules_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.rules_link.clicked.connect(self.show_rules)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions = QHBoxLayout()
        self.printing = InternshipPrinting(
            database, actor, self, self.confirm_leave, lambda: self.language
        )
        self.printing.printed.connect(self._after_print)
        self.sheets_menu = self.printing.sheets_menu
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self.start_amendment)
        self.history_button = QPushButton()
        self.history_button.setObjectName("internshipHistory")
        self.history_button.clicked.connect(self.show_history)
        self.print_row = QHBoxLayout()
        self.print_row.addWidget(self.printing.preview_button)
        self.print_row.addWidget(self.printing.sheets_button)
        self.print_row.addWidget(self.amend_button)
        self.print_row.addStretch(1)
        self.print_row.addWidget(self.history_button)

        self.convention = ConventionPage(database, language, actor)
        self.form = self.convention.form
        self.rules_page = RulesPage(database, actor)
        self.signatures_page = SignaturesPage(database, actor)
        self.interruptions_page = InterruptionsPage(database, actor)
        self.documents_page = DocumentsPage(database, actor)
        self.documents_page.open_requested.connect(self.printing.open_document)
        self.pages: tuple[ActionPage, ...] = (
            self.rules_page,
            self.signatures_page,
            self.interruptions_page,
            self.documents_page,
        )
        for page in self.pages:
            page.stored.connect(self._after_change)
        # The widgets the list view and the tests reach through the panel.
        self.rules = self.rules_page.table
        self.override_button = self.rules_page.override_button
        self.signatures = self.signatures_page.tree
        self.sign_button = self.signatures_page.sign_button
        self.interruptions = self.interruptions_page.tree
        self.documents = self.documents_page.list

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
            tab.changed.connect(lambda internship_id, t=tab: self._roadmap_saved(internship_id, t))
            tab.badge_changed.connect(self._title_tabs)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("internshipTabs")
        self.tabs.setUsesScrollButtons(True)
        for page in (self.convention, *self.roadmap_tabs, *self.pages):
            self.tabs.addTab(page, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.rules_link, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.actions)
        layout.addLayout(self.print_row)
        layout.addWidget(self.tabs, 1)
        self.form.saved.connect(lambda _id: self._after_save())
        self.retranslate()
        self.clear()

    # -- showing -----------------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self._show_in_pages(None)
        self.convention.clear()
        self.heading.setText("")
        self.summary.setText("")
        self.status_badge.setText("")
        self.status_badge.setStyleSheet("")
        self.rules_link.setText("")
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
        self.convention.load(detail, values)
        self._show_detail()
        for tab in self.roadmap_tabs:
            tab.set_internship(detail.id, detail.status)
        self._title_tabs()

    def reload(self) -> None:
        if self.detail is not None:
            self.show_internship(self.detail.id)

    def _show_in_pages(self, detail: service.InternshipDetail | None) -> None:
        self.printing.detail = detail
        for page in self.pages:
            page.show_detail(detail)

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
        self.summary.setText(summary_text(detail))
        self._fill_actions()
        self._show_in_pages(detail)
        self.tabs.setTabText(self.tabs.indexOf(self.rules_page), self.rules_page.title())
        self._show_rules_link()
        self._set_editable()

    def _show_rules_link(self) -> None:
        detail = self.detail
        blocking = sum(1 for line in detail.rules if line.blocking) if detail else 0
        self.rules_link.setText(self.rules_page.title())
        self.rules_link.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if blocking
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
        )
        self.rules_link.setStyleSheet(f"color:{ERROR_COLOUR};font-weight:bold" if blocking else "")
        self.rules_link.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Show the programme rules and their verdicts (Rules tab)"
            )
        )

    def show_rules(self) -> None:
        """Open the Rules tab (the header's rules button)."""
        self.tabs.setCurrentWidget(self.rules_page)
        self.rules.setFocus()

    def _set_editable(self) -> None:
        self.convention.set_editable()
        self.amend_button.setVisible(self.convention.can_amend())

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
            button.setToolTip(action_tip(target))
            button.clicked.connect(lambda _c=False, t=target: self.change_status(t))
            self.actions.addWidget(button)
        self.actions.addStretch(1)

    # -- editing -----------------------------------------------------------------------
    def _after_change(self) -> None:
        if self.detail is not None:
            internship_id = self.detail.id
            self.show_internship(internship_id)
            self.changed.emit(internship_id)

    def _after_save(self) -> None:
        self._after_change()
        if self.detail is not None:
            announce(self, self.tr("Internship {ref} saved").format(ref=self.detail.reference))

    def _roadmap_saved(self, internship_id: uuid.UUID, tab: RoadmapTab) -> None:
        if self.detail is not None:
            title = self._tab_titles()[self.tabs.indexOf(tab)].replace("&&", "&")
            announce(
                self,
                self.tr("{ref}: {part} updated").format(ref=self.detail.reference, part=title),
            )
        self.changed.emit(internship_id)

    def _after_print(self, detail: service.InternshipDetail) -> None:
        """A print adds a document and changes nothing else: show the detail read with it."""
        if self.detail is not None and self.detail.id == detail.id:
            self.detail = detail
            self._show_detail()
            if detail.documents:
                newest = max(detail.documents, key=lambda document: document.issued_at)
                announce(
                    self,
                    self.tr("{ref}: {document} printed ({file})").format(
                        ref=detail.reference,
                        document=document_kind(newest.kind),
                        file=newest.filename,
                    ),
                )
            self.changed.emit(detail.id)

    def _refuse(self, problem: InvalidValue) -> None:
        refuse(self, problem)

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
            answer = ask_end_reason(self, detail, target)
            if answer is None:
                return False
            reason, on = answer
        done = run_past_rules(
            self,
            self.database,
            detail.id,
            detail.reference,
            self.actor,
            lambda: service.change_status(
                self.database, detail.id, target, on=on, reason=reason, actor=self.actor
            ),
            self._after_change,
        )
        if done:
            self._after_change()
            announce(self, status_done(target).format(ref=detail.reference))
        return done

    def start_amendment(self) -> None:
        self.convention.start_amendment()
        self.amend_button.setVisible(self.convention.can_amend())
        self.tabs.setCurrentWidget(self.convention)
        self.form.editors["planned_end_date"].widget.setFocus()

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

    # The actions of the tabs and of the printing, on the panel.
    def _selected_rule(self) -> service.RuleLine | None:
        return self.rules_page.selected_rule()

    def override_selected_rule(self) -> bool:
        return self.rules_page.override_selected_rule()

    def record_signature(self) -> bool:
        return self.signatures_page.record_signature()

    def attach_scan(self, path: str | None = None) -> bool:
        return self.signatures_page.attach_scan(path)

    def add_interruption(self) -> bool:
        return self.interruptions_page.add_interruption()

    def remove_interruption(self) -> bool:
        return self.interruptions_page.remove_interruption()

    def _sheet_entries(self) -> list[tuple[str, str, str | None, bool]]:
        return self.printing.sheet_entries()

    def preview_convention(self, language: str | None = None) -> None:
        """Print the convention off the GUI thread into the preview (``last_preview``)."""
        self.printing.preview_convention(language)

    def preview_sheet(self, sheet: str, *, stage: str | None = None, blank: bool = False) -> None:
        """Print a roadmap sheet off the GUI thread into the preview (``last_preview``)."""
        self.printing.preview_sheet(sheet, stage=stage, blank=blank)

    @property
    def last_preview(self) -> PdfPreviewDialog | None:
        """The preview of the document printed last, once it is issued."""
        return self.printing.last_preview

    # -- language ----------------------------------------------------------------------
    def _tab_titles(self) -> list[str]:
        """The titles of the tabs, in their order (the rules' title is the rules page's)."""
        return [
            QCoreApplication.translate("InternshipPanel", "Convention"),
            QCoreApplication.translate("InternshipPanel", "Workstation && risks"),
            QCoreApplication.translate("InternshipPanel", "Tasks && competences"),
            QCoreApplication.translate("InternshipPanel", "Visits"),
            QCoreApplication.translate("InternshipPanel", "Evaluation"),
            QCoreApplication.translate("InternshipPanel", "Workplace"),
            QCoreApplication.translate("InternshipPanel", "Scan"),
            self.rules_page.title(),
            QCoreApplication.translate("InternshipPanel", "Signatures"),
            QCoreApplication.translate("InternshipPanel", "Interruptions"),
            QCoreApplication.translate("InternshipPanel", "Documents"),
        ]

    def _title_tabs(self) -> None:
        for index, title in enumerate(self._tab_titles()):
            page = self.tabs.widget(index)
            badge = page.badge() if isinstance(page, RoadmapTab) else ""
            self.tabs.setTabText(index, title + badge)

    def retranslate(self) -> None:
        self._title_tabs()
        self.printing.retranslate()
        self.amend_button.setText(QCoreApplication.translate("InternshipPanel", "&Amend…"))
        self.history_button.setText(QCoreApplication.translate("InternshipPanel", "H&istory…"))
        self.amend_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Change the signed convention: the change becomes an amendment"
            )
        )
        self.history_button.setToolTip(
            QCoreApplication.translate(
                "InternshipPanel", "Who changed what, and when (the audit trail)"
            )
        )
        for page in self.pages:
            page.retranslate()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
