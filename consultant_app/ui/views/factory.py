"""Create a view of the main window by name (views are created when first shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from consultant_app.services.lists import SOURCES, ListQuery

if TYPE_CHECKING:
    from consultant_app.ui.main_window import MainWindow

LIST_VIEWS = ("internships", "interns", "hosts", "mentors", "visits")


def create_view(name: str, window: MainWindow) -> QWidget:
    if name == "interns":
        from consultant_app.ui.views.interns import InternsView

        return InternsView(SOURCES[name](window.database), window.database, window.language)
    if name == "hosts":
        from consultant_app.ui.views.hosts import HostsView

        return HostsView(SOURCES[name](window.database), window.database, window.language)
    if name == "internships":
        from consultant_app.ui.views.internships import InternshipsView

        return InternshipsView(SOURCES[name](window.database), window.database, window.language)
    if name in LIST_VIEWS:
        from consultant_app.ui.views.record_list import RecordListView

        source = SOURCES[name](window.database)
        query = ListQuery(language=window.language)
        view = RecordListView(source, name, language=window.language, query=query)
        view.setObjectName(f"{name}View")
        return view
    if name == "dashboard":
        from consultant_app.ui.views.dashboard import DashboardView

        return DashboardView(window)
    if name == "reports":
        from consultant_app.ui.views.reports import ReportsView

        return ReportsView(window.database, language=window.language)
    if name == "settings":
        from consultant_app.ui.views.settings import SettingsView

        settings = SettingsView(window)
        settings.restore_requested.connect(window.restore_requested)
        return settings
    raise ValueError(f"Unknown view {name!r}")
