"""Internships: the list, the selected internship's panel, and the new-internship wizard."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget, QWizard

from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.store.database import Database
from consultant_app.ui.status import announce
from consultant_app.ui.views.record_list import RecordListView

if TYPE_CHECKING:
    from consultant_app.services.forms.drafts import Draft
    from consultant_app.ui.views.internship.panel import InternshipPanel

#: The list keeps at least this width beside the panel (reference, intern and host columns).
MIN_LIST_WIDTH = 480


class InternshipsView(RecordListView):
    """The Internships list with the selected internship beside it."""

    def __init__(
        self, source: ListSource, database: Database, language: str, actor: str | None = None
    ) -> None:
        self.database = database
        self.actor = actor
        self.language = language
        # The panel (many tabs and forms) is built when a first internship is shown, after
        # the list has been painted: opening the window stays fast.
        self._panel: InternshipPanel | None = None
        self.holder = QStackedWidget()
        self.holder.addWidget(QWidget())
        self.holder.setMinimumWidth(480)
        super().__init__(
            source,
            "internships",
            language=language,
            query=ListQuery(language=language),
            detail=self.holder,
        )
        self.setObjectName("internshipsView")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newInternship")
        self.new_button.clicked.connect(self.new_internship)
        self.layout().itemAt(0).layout().insertWidget(1, self.new_button)  # type: ignore[union-attr]
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_internship)
        self.wizard: QWizard | None = None
        self.retranslate_view()

    @property
    def panel(self) -> InternshipPanel:
        """The selected internship's panel, built on first use."""
        if self._panel is None:
            from consultant_app.ui.views.internship.panel import InternshipPanel

            self._panel = InternshipPanel(self.database, self.language, self.actor)
            self._panel.changed.connect(self._after_change)
            self.holder.addWidget(self._panel)
            # From now on the panel's own minimum holds: its buttons and tabs are never cut.
            self.holder.setMinimumWidth(0)
            self.holder.setCurrentWidget(self._panel)
        return self._panel

    def show_record(self, record_id: uuid.UUID, row: int) -> None:
        self.panel.show_internship(record_id)
        self.fit_panel()

    def fit_panel(self) -> None:
        """Give the panel the room its buttons and tabs need (the list keeps the rest)."""
        list_width, panel_width = self.splitter.sizes()
        total = list_width + panel_width
        needed = self.holder.minimumSizeHint().width()
        wanted = max(needed, min(self.holder.sizeHint().width(), total - MIN_LIST_WIDTH))
        if panel_width < wanted:
            self.splitter.setSizes([max(total - wanted, 0), wanted])

    def has_unsaved_work(self) -> bool:
        return self._panel is not None and self._panel.has_unsaved_work()

    def can_leave_record(self) -> bool:
        return self._panel is None or self._panel.confirm_leave()

    def focus_detail(self) -> None:
        self.panel.tabs.setFocus()

    def _after_change(self, internship_id: uuid.UUID) -> None:
        self.model.reload()
        self._shown_id = internship_id
        self.select_record(internship_id)

    def new_internship(self, draft: Mapping[str, str] | None = None) -> QWizard | None:
        """Open the wizard (filled in from a recovered form *draft*); the new draft
        internship is selected when it is created."""
        from consultant_app.ui.dialogs.internship_wizard import InternshipWizard

        if not self.can_leave_record():
            return None
        wizard = InternshipWizard(
            self.database, self.model.query.language, actor=self.actor, draft=draft, parent=self
        )
        wizard.finished.connect(lambda result: self._wizard_done(wizard, result))
        self.wizard = wizard
        wizard.open()
        return wizard

    def restore_draft(self, draft: Draft) -> bool:
        """Reopen the new-internship wizard filled in from a recovered form draft."""
        return self.new_internship(draft.values) is not None

    def _wizard_done(self, wizard: QWizard, result: int) -> None:
        created = getattr(wizard, "created_id", None)
        self.wizard = None
        if result and created is not None:
            self.panel.show_internship(created)
            self.model.reload()
            self._shown_id = created
            self.select_record(created)
            if self.panel.detail is not None:
                announce(
                    self,
                    self.tr("Internship {ref} created").format(ref=self.panel.detail.reference),
                )

    def retranslate_view(self) -> None:
        self.new_button.setText(self.tr("&New internship"))
        self.new_button.setToolTip(
            self.tr("Draft a new internship with the wizard ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.New).toString()
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "new_button"):
            self.retranslate_view()
        super().changeEvent(event)
