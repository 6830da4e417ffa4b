"""What a user sees cut on screen: widgets narrower or lower than their text needs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

#: The laptop screen every view and dialog must fit (issue 17): width, height in pixels.
LAPTOP = (1280, 800)


def _text(widget: QWidget) -> str:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def cut_widgets(root: QWidget) -> list[str]:
    """The visible buttons, choices and labels under *root* whose text does not fit.

    A button, a combo box or a one-line label narrower than its size hint shows its text
    cut; a word-wrapped label lower than the height its width needs loses its last lines.
    The scroll buttons of a tab bar are left out: they are arrows, not text.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("Scroll"):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.text() and widget.height() < widget.heightForWidth(widget.width()) - 2:
                found.append(
                    f"label {widget.text()[:60]!r} is {widget.height()} px high, needs "
                    f"{widget.heightForWidth(widget.width())}"
                )
            continue
        if not isinstance(widget, QAbstractButton | QComboBox | QLabel) or not _text(widget):
            continue
        hint = widget.sizeHint()
        if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 4:
            found.append(
                f"{type(widget).__name__} {_text(widget)!r} is {widget.width()}x"
                f"{widget.height()}, needs {hint.width()}x{hint.height()}"
            )
    return found
