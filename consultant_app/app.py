"""The one place that wires things: Qt application, fonts, translators, store and main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from consultant_app.paths import FONTS_DIR, ICON_FILE
from consultant_app.preferences import Preferences

if TYPE_CHECKING:
    from consultant_app.ui.main_window import MainWindow
    from consultant_app.ui.window_session import WindowSession

STYLE = """
QLabel#viewTitle { font-size: 17pt; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#detailTitle { font-size: 13pt; font-weight: bold; padding-bottom: 6px; }
QLabel#fieldCaption { color: #555; }
QListWidget#navigation { font-size: 11pt; border: none; background: #eef2f6; padding-top: 8px; }
QListWidget#navigation::item { padding: 9px 14px; }
QListWidget#navigation::item:selected { background: #1f5f8b; color: white; }
QPushButton#dashboardCard { font-size: 12pt; text-align: left; padding: 10px 16px;
    border: 1px solid #c9d3dd; border-radius: 6px; background: #f7f9fb; }
QPushButton#dashboardCard:hover { background: #e6eef5; }
QPushButton#dashboardCard:focus { border: 2px solid #1f5f8b; }
"""


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("mediastages")
    app.setApplicationName("consultant-app")
    app.setWindowIcon(QIcon(str(ICON_FILE)))
    register_fonts(app)
    app.setStyleSheet(STYLE)
    return app


def register_fonts(app: QApplication) -> None:
    """Use the bundled DejaVu Sans, so that every machine renders the same glyphs."""
    families = set()
    for font in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if "DejaVu Sans" in families:
        app.setFont(QFont("DejaVu Sans", 10))


def choose_language(
    requested: str | None, preferences: Preferences, *, remember: bool = True
) -> str:
    from consultant_app.ui.i18n import install_language, system_language

    language = requested or preferences.language or system_language()
    if remember and requested and requested != preferences.language:
        preferences.language = requested
        preferences.save()
    install_language(language)
    return language


def build_window(database, view: str | None, language: str, preferences: Preferences):  # type: ignore[no-untyped-def]
    """The main window on an open *database*."""
    from consultant_app.ui.main_window import VIEW_NAMES, MainWindow

    window = MainWindow(database, preferences, language)
    first = view or preferences.last_view
    window.show_view(first if first in VIEW_NAMES else "dashboard")
    return window


class _FirstPaint(QObject):
    """Quit the application once the watched widget has been painted (start-up benchmark)."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            elapsed = time.perf_counter() - self.started
            QTimer.singleShot(0, lambda: self._done(elapsed))
        return False

    def _done(self, elapsed: float) -> None:
        print(f"painted {elapsed:.3f} at {time.time():.6f}", flush=True)
        QApplication.quit()


def ask_identity(window: MainWindow) -> None:
    """On the first start with a database, ask for the fund's identity and the profile."""
    from consultant_app.services.settings.identity import mark_identity_asked, should_ask_identity
    from consultant_app.ui.dialogs.first_start import FirstStartDialog

    if not should_ask_identity(window.database):
        return
    mark_identity_asked(window.database)
    FirstStartDialog(
        window.database, window, language=window.language, choose_language=window.set_language
    ).exec()


def _recover_drafts(window: MainWindow) -> None:
    """Offer back the unsaved changes of forms a crash left behind, if any."""
    from consultant_app.ui.dialogs.draft_recovery import recover_drafts

    recover_drafts(window)


def _after_show(session: WindowSession) -> None:
    """What follows the first paint: recovery key, identity, drafts, then the safety checks."""
    from consultant_app.ui.startup_safety import check_in_background, show_recovery_key

    window = session.window
    show_recovery_key(window, window.database)
    ask_identity(window)
    _recover_drafts(window)
    # The quick check, then the day's backup and retention run, once the window is on screen.
    QTimer.singleShot(500, lambda: check_in_background(window, window.database, session.reopen))


def run_window(
    db_path: Path,
    view: str | None = None,
    language: str | None = None,
    quit_after_paint: bool = False,
) -> int:
    started = time.perf_counter()
    app = create_application()
    from consultant_app.ui.single_instance import bring_to_front, claim

    # One window per database: before opening it, hand over to a window already on it.
    instance = claim(db_path)
    if instance is None:
        print(
            f"consultant-app: {db_path} is already open in another window; "
            "that window was brought to the front.",
            file=sys.stderr,
        )
        return 0
    preferences = Preferences.load()
    chosen = choose_language(language, preferences)
    from consultant_app.ui.startup_safety import open_store

    # A window that quits once painted runs unattended: it asks nothing.
    database = open_store(db_path, interactive=not quit_after_paint)
    if database is None:
        return 2
    window = build_window(database, view, chosen, preferences)
    from consultant_app.ui.failures import install_failure_hook
    from consultant_app.ui.window_session import WindowSession

    install_failure_hook(lambda: database.path)
    session = WindowSession(
        database.path, window, lambda opened: build_window(opened, None, chosen, preferences)
    )
    instance.activation_requested.connect(lambda: bring_to_front(session.window))
    if quit_after_paint:
        probe = _FirstPaint(started)
        current = window.stack.currentWidget()
        target = getattr(current, "table", current)
        target = getattr(target, "viewport", lambda: target)()
        target.installEventFilter(probe)
    window.show()
    if not quit_after_paint:
        QTimer.singleShot(0, lambda: _after_show(session))
    try:
        return app.exec()
    finally:
        from consultant_app.ui.tasks import wait_for_tasks

        wait_for_tasks()  # a print or an import still running ends before the file closes
        session.window.database.close()
        instance.close()


class WindowTooSmallError(Exception):
    """The window cannot shrink to the size asked for: its views need more room."""


def take_screenshot(
    db_path: Path,
    output: Path,
    view: str,
    language: str | None,
    size: tuple[int, int] = (1280, 800),
) -> None:
    """Render the main window at *size* (width, height) offscreen and save it as PNG.

    A window that cannot shrink to *size* is an error (WindowTooSmallError names the size
    it needs): the PNG is always exactly the size asked for.
    """
    from consultant_app.store.database import open_database

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    database = open_database(db_path, create=False)
    app = create_application()
    preferences = Preferences.load()
    chosen = choose_language(language, preferences, remember=False)
    window = build_window(database, view, chosen, preferences)
    window.remember_preferences = False  # a screenshot leaves the user's settings alone
    window.resize(*size)
    window.show()
    from consultant_app.ui.tasks import wait_for_tasks

    for _ in range(3):
        app.processEvents()
        wait_for_tasks()  # the view's figures, computed off the GUI thread, are in
    app.processEvents()
    try:
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        width, height = max(needed.width(), size[0]), max(needed.height(), size[1])
        if (width, height) != size:
            raise WindowTooSmallError(
                f"The window cannot shrink to {size[0]}x{size[1]}: the {view} view needs "
                f"{width}x{height}."
            )
        if not window.grab().save(str(output), "PNG"):
            raise OSError(f"Could not write {output}")
    finally:
        window.database.close()
        window.close()
