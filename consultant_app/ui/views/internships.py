"""Internships: the list, the selected internship's panel, and the new-internship wizard."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWizard

from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.store.database import Database
from consultant_app.ui.views.internship_panel import InternshipPanel
from consultant_app.ui.views.record_list import RecordListView


class InternshipsView(RecordListView):
    """The Internships list with the selected internship beside it."""

    def __init__(
        self, source: ListSource, database: Database, language: str, actor: str | None = None
    ) -> None:
        self.database = database
        self.actor = actor
        self.panel = InternshipPanel(database, language, actor)
        self.panel.setMinimumWidth(480)
        super().__init__(
            source,
            "internships",
            language=language,
            query=ListQuery(language=language),
            detail=self.panel,
        )
        self.setObjectName("internshipsView")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newInternship")
        self.new_button.clicked.connect(self.new_internship)
        self.layout().itemAt(0).layout().insertWidget(1, self.new_button)  # type: ignore[union-attr]
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_internship)
        self.panel.changed.connect(self._after_change)
        self.wizard: QWizard | None = None
        self.retranslate_view()

    def show_record(self, record_id: uuid.UUID, row: int) -> None:
        self.panel.show_internship(record_id)

    def has_unsaved_work(self) -> bool:
        return self.panel.has_unsaved_work()

    def can_leave_record(self) -> bool:
        return self.panel.confirm_leave()

    def focus_detail(self) -> None:
        self.panel.tabs.setFocus()

    def _after_change(self, internship_id: uuid.UUID) -> None:
        self._shown_id = internship_id
        self.model.reload()
        self.select_record(internship_id)

    def new_internship(self) -> QWizard | None:
        """Open the wizard; the new draft is selected when it is created."""
        from consultant_app.ui.dialogs.internship_wizard import InternshipWizard

        if not self.panel.confirm_leave():
            return None
        wizard = InternshipWizard(
            self.database, self.model.query.language, actor=self.actor, parent=self
        )
        wizard.finished.connect(lambda result: self._wizard_done(wizard, result))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_done(self, wizard: QWizard, result: int) -> None:
        created = getattr(wizard, "created_id", None)
        self.wizard = None
        if result and created is not None:
            self.search.clear()
            self._apply_search()
            self._shown_id = created
            self.panel.show_internship(created)
            self.model.reload()
            self.select_record(created)

    def retranslate_view(self) -> None:
        self.new_button.setText(self.tr("&New internship"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "new_button"):
            self.retranslate_view()
        super().changeEvent(event)
