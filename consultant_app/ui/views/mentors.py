"""Mentors: every host's mentors in one list. A mentor belongs to a host and is added and
edited on that host's Mentors tab, which this view opens in one click."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel

from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.lists import ListQuery, ListSource
from consultant_app.services.people.hosts import host_of_mentor
from consultant_app.store.database import Database
from consultant_app.ui.views.record_list import RecordListView


class MentorsView(RecordListView):
    """The list of mentors; "Add or edit in Hosts…" (Ctrl+N) opens the host's Mentors tab."""

    #: Open the Hosts view on this host's Mentors tab (None: the Hosts view as it is).
    host_requested = Signal(object)

    def __init__(self, source: ListSource, database: Database, language: str) -> None:
        super().__init__(source, "mentors", language=language, query=ListQuery(language=language))
        self.setObjectName("mentorsView")
        self.database = database
        self.edit_button = self.add_new_button(self.open_in_hosts)
        self.edit_button.setObjectName("mentorsInHosts")
        self.where = QLabel()
        self.where.setObjectName("mentorsWhere")
        self.where.setWordWrap(True)
        self.layout().insertWidget(1, self.where)
        self.retranslate_view()

    def open_in_hosts(self) -> None:
        """The selected mentor's host (or the Hosts view), on its Mentors tab."""
        mentor_id = self.current_id()
        host_id: uuid.UUID | None = None
        if mentor_id is not None:
            try:
                host_id = host_of_mentor(self.database, mentor_id)
            except RecordNotFound:
                host_id = None  # removed meanwhile: the Hosts view still opens
        self.host_requested.emit(host_id)

    def retranslate_view(self) -> None:
        self.edit_button.setText(self.tr("Add or edit in Hosts…"))
        self.edit_button.setToolTip(
            self.tr("Open the host of the selected mentor on its Mentors tab (Ctrl+N)")
        )
        self.where.setText(
            self.tr(
                "A mentor belongs to a host: mentors are added and edited in Hosts, on the "
                "host's Mentors tab."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "edit_button"):
            self.retranslate_view()
        super().changeEvent(event)
