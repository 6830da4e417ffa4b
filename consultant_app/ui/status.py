"""What just happened, said in the main window's status bar for a few seconds."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

#: How long a message stays in the status bar.
STATUS_MS = 5000


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window holding *widget* (through the dialogs it opened), or None."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


def announce(widget: QWidget | None, text: str) -> None:
    """Say *text* in the status bar of the window of *widget* for :data:`STATUS_MS`."""
    window = main_window_of(widget)
    if window is not None:
        window.statusBar().showMessage(text, STATUS_MS)
