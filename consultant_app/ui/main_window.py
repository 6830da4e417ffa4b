"""The main window: navigation on the left, one view at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from consultant_app.preferences import Preferences
from consultant_app.store.database import Database
from consultant_app.ui.widgets.sync_indicator import SyncIndicator

VIEW_NAMES = (
    "dashboard",
    "internships",
    "interns",
    "hosts",
    "mentors",
    "visits",
    "reports",
    "settings",
)


class MainWindow(QMainWindow):
    """The views (Dashboard, lists, Reports, Settings) with navigation on the left."""

    view_changed = Signal(str)
    #: The user confirmed restoring this backup file over the open database (Settings →
    #: Data safety). The window session closes the database, restores the file (through
    #: :mod:`consultant_app.services.safety`) off the GUI thread and opens it again.
    restore_requested = Signal(Path)
    #: Open another database in this window (the new copy of a team joined in Settings).
    open_requested = Signal(Path)

    def __init__(
        self,
        database: Database,
        preferences: Preferences,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.preferences = preferences
        self.language = language
        self.remember_preferences = True
        self._views: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        for name in VIEW_NAMES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(lambda row: self.show_view(VIEW_NAMES[row]))

        self._build_menus()
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.statusBar().showMessage(str(database.path))
        self.sync_indicator = SyncIndicator(database, self)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=self.sync_indicator.sync_now)
        self.resize(1280, 800)
        self.retranslate()

    # -- menus ------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_actions: dict[str, QAction] = {}
        for number, name in enumerate(VIEW_NAMES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(self._show_view_callback(name))
            self.view_menu.addAction(action)
            self.view_actions[name] = action
        self.help_menu = self.menuBar().addMenu("")
        self.help_action = QAction(self)
        self.help_action.setObjectName("helpAction")
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        self.help_menu.addAction(self.help_action)
        self.addAction(self.help_action)  # F1 also while the menu bar is hidden
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_window: QWidget | None = None
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _show_view_callback(self, name: str) -> Callable[[], None]:
        return lambda: self.show_view(name)

    # -- views -------------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view *name*, created the first time it is needed."""
        widget = self._views.get(name)
        if widget is None:
            from consultant_app.ui.views.factory import create_view

            widget = create_view(name, self)
            self._views[name] = widget
            self.stack.addWidget(widget)
        return widget

    def show_view(self, name: str) -> QWidget:
        if name not in VIEW_NAMES:
            raise ValueError(f"Unknown view {name!r}; choose one of {', '.join(VIEW_NAMES)}.")
        current = self.stack.currentWidget()
        leaving = current is not None and current is not self._views.get(name)
        if leaving and not self.may_leave_view():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(VIEW_NAMES.index(self.current_view_name()))
            self.nav.blockSignals(False)
            return current
        widget = self.view(name)
        self.stack.setCurrentWidget(widget)
        row = VIEW_NAMES.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        if self.preferences.last_view != name:
            self.preferences.last_view = name
        self.view_changed.emit(name)
        return widget

    def current_view_name(self) -> str:
        for name, widget in self._views.items():
            if widget is self.stack.currentWidget():
                return name
        return ""

    def open_list(self, name: str, filters: dict[str, str]) -> None:
        """Show the list *name* with *filters* set (used by the dashboard's numbers)."""
        widget = self.show_view(name)
        if widget is not self._views.get(name):
            return  # the user stayed to finish unsaved work
        for key, value in filters.items():
            set_filter = getattr(widget, "set_filter", None)
            if set_filter is not None:
                set_filter(key, value)

    def focus_search(self) -> None:
        focus = getattr(self.stack.currentWidget(), "focus_search", None)
        if focus is not None:
            focus()

    # -- language -----------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        from consultant_app.ui.i18n import install_language

        self.language = language
        self.preferences.language = language
        if self.remember_preferences:
            self.preferences.save()
        install_language(language)
        for widget in self._views.values():
            set_language = getattr(widget, "set_language", None)
            if set_language is not None:
                set_language(language)

    def retranslate(self) -> None:
        title = self.tr("Media internships — consultant")
        if getattr(self.database, "read_only", False):
            title += " — " + self.tr("read-only (damaged database)")
        self.setWindowTitle(title)
        titles = {
            "dashboard": self.tr("Dashboard"),
            "internships": self.tr("Internships"),
            "interns": self.tr("Interns"),
            "hosts": self.tr("Hosts"),
            "mentors": self.tr("Mentors"),
            "visits": self.tr("Visits"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        purposes = {
            "dashboard": self.tr("What needs you today"),
            "internships": self.tr(
                "Every internship: its convention, roadmap, rules and signatures"
            ),
            "interns": self.tr("The candidates and their eligibility"),
            "hosts": self.tr("The host companies, their quota, mentors and training plans"),
            "mentors": self.tr("Every mentor of every host (added in Hosts)"),
            "visits": self.tr("The planned and done visits of all internships"),
            "reports": self.tr("The figures of a year or a period; import and export"),
            "settings": self.tr("Language, programme rules, catalogue and data safety"),
        }
        for row, name in enumerate(VIEW_NAMES):
            self.nav.item(row).setText(titles[name])
            shortcut = (
                self.view_actions[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.nav.item(row).setToolTip(f"{purposes[name]} ({shortcut})")
            self.view_actions[name].setText(titles[name])
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        self.help_action.setText(self.tr("&Help on this view"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_help(self) -> QWidget:
        """The user guide at the section of the view shown (F1)."""
        from consultant_app.ui.dialogs.help_window import HelpWindow

        section = self.current_view_name()
        if self.help_window is None:
            self.help_window = HelpWindow(self.language, section, self)
        else:
            self.help_window.show_section(self.language, section)  # type: ignore[attr-defined]
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def show_shortcuts(self) -> QWidget:
        from consultant_app.ui.dialogs.help_window import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from consultant_app.ui.dialogs.about import AboutDialog

        self.about_dialog = AboutDialog(self.database.path, self)
        self.about_dialog.open()

    def may_leave_view(self) -> bool:
        """Ask about unsaved work in the current view; True when it may be left."""
        current = self.stack.currentWidget()
        unsaved = getattr(current, "has_unsaved_work", None)
        if unsaved is not None and unsaved():
            return bool(current.can_leave_record())
        return True

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self.may_leave_view():
            event.ignore()
            return
        if self.remember_preferences:
            self.preferences.save()
        super().closeEvent(event)
