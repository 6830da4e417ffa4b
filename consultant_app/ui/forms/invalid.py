"""How a field in error looks: its message in red under it, and a red border around it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#b3261e"
#: The style of the line under a field that says what is wrong with it.
ERROR_TEXT_STYLE = f"color:{ERROR_COLOUR}"
_BORDER = f'*[invalid="true"] {{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; }}'


def error_label(name: str = "fieldError") -> QLabel:
    """The (hidden) line under a field for its error: red, wrapped, never cut."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_TEXT_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Give *widget* (or the editor it hands the focus to) a red border while *invalid*."""
    target = widget.focusProxy() or widget
    if bool(target.property("invalid")) == invalid:
        return
    target.setProperty("invalid", invalid)
    target.setStyleSheet(_BORDER if invalid else "")


def is_marked_invalid(widget: QWidget) -> bool:
    target = widget.focusProxy() or widget
    return bool(target.property("invalid"))
