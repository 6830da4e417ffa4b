"""Create a view of the main window by name (views are created when first shown)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from consultant_app.services.forms.parsing import RecordNotFound
from consultant_app.services.lists import SOURCES, ListQuery

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from consultant_app.store.database import Database

LIST_VIEWS = ("internships", "interns", "hosts", "mentors", "visits")


class ViewHost(Protocol):
    """What the views ask of the window that shows them (the main window is one).

    The views never import the window: they are given its database and language, and
    their requests (open a list, switch the language, restore a backup) are connected
    here to the window's slots.
    """

    database: Database
    language: str
    restore_requested: SignalInstance

    def open_list(self, name: str, filters: dict[str, str]) -> None: ...

    def set_language(self, language: str) -> None: ...

    def show_view(self, name: str) -> QWidget: ...


def create_view(name: str, host: ViewHost) -> QWidget:
    database, language = host.database, host.language
    if name == "interns":
        from consultant_app.ui.views.interns import InternsView

        return InternsView(SOURCES[name](database), database, language)
    if name == "hosts":
        from consultant_app.ui.views.hosts import HostsView

        return HostsView(SOURCES[name](database), database, language)
    if name == "internships":
        from consultant_app.ui.views.internships import InternshipsView

        return InternshipsView(SOURCES[name](database), database, language)
    if name == "mentors":
        from consultant_app.ui.views.mentors import MentorsView

        mentors = MentorsView(SOURCES[name](database), database, language)
        mentors.host_requested.connect(lambda host_id: _open_host_mentors(host, host_id))
        return mentors
    if name in LIST_VIEWS:
        from consultant_app.ui.views.record_list import RecordListView

        source = SOURCES[name](database)
        query = ListQuery(language=language)
        view = RecordListView(source, name, language=language, query=query)
        view.setObjectName(f"{name}View")
        if name == "visits":
            view.set_filter("state", "due")  # opens on what is due, nearest first
        return view
    if name == "dashboard":
        from consultant_app.ui.views.dashboard import DashboardView

        dashboard = DashboardView(database)
        dashboard.list_requested.connect(host.open_list)
        return dashboard
    if name == "reports":
        from consultant_app.ui.views.reports import ReportsView

        return ReportsView(database, language=language)
    if name == "settings":
        from consultant_app.ui.views.settings import SettingsView

        settings = SettingsView(database, language)
        settings.language_chosen.connect(host.set_language)
        settings.restore_requested.connect(host.restore_requested)
        opener = getattr(host, "open_requested", None)
        if opener is not None:
            settings.open_requested.connect(opener)
        indicator = getattr(host, "sync_indicator", None)
        if indicator is not None:  # the status bar follows Settings → Team
            settings.team.changed.connect(indicator.refresh)
        return settings
    raise ValueError(f"Unknown view {name!r}")


def _open_host_mentors(host: ViewHost, host_id: uuid.UUID | None) -> None:
    """The Hosts view on *host_id*'s Mentors tab, where its mentors are added and edited."""
    from consultant_app.ui.views.hosts import HostsView

    hosts = host.show_view("hosts")
    if not isinstance(hosts, HostsView):
        return  # the user stayed to finish unsaved work in the current view
    if host_id is not None:
        try:
            hosts.open_existing(host_id)
        except RecordNotFound:
            return  # removed meanwhile: the Hosts view is shown as it is
    tabs = hosts.tabs
    for index in range(tabs.count()):
        if tabs.widget(index).isAncestorOf(hosts.mentors):
            tabs.setCurrentIndex(index)
