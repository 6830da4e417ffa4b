"""The one date-entry widget of the interface: a line that reads any Belgian way of typing.

:class:`DateField` reads what is typed with the domain's rule
(:func:`~consultant_app.domain.dates.read_typed_date`): ``6/9/2026``,
``06-09-2026``, ``6.9.26`` and ``2026-09-06`` are the same day. When the user
leaves the field, a date is shown again in the interface language's short
format (``06/09/2026``, ``06-09-2026``). Typing never leaves the field: every
key stays in it, so no other field is ever changed by what is typed here.

Its :meth:`DateField.value` is the ISO date (``2026-09-06``), ``""`` when
empty, or the text as typed when it is no date (the form then says why; the
text is kept, never lost).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from consultant_app.domain.dates import read_typed_date
from consultant_app.domain.errors import InvalidValue
from consultant_app.ui.locale_format import format_date


def shown_date(day: date) -> str:
    """*day* in the interface language's short format."""
    return format_date(day)


def typed_date(text: str) -> date | None:
    """The date *text* names, or None when it is empty or no date."""
    try:
        return read_typed_date(text)
    except InvalidValue:
        return None


def calendar_icon() -> QIcon:
    """A small calendar page: a coloured band over a grid of days."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor("white"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#1f5f8b"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + 4 * column, 8 + 3 * row, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A date typed as text, read day first; ``value_changed`` with the new :meth:`value`."""

    value_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        self.calendar_action = self.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setMinimumWidth(130)
        self.retranslate()

    # -- the value -----------------------------------------------------------------------
    def value(self) -> str:
        """The ISO date, "" when empty, or the typed text when it is no date."""
        day = typed_date(self.text())
        return day.isoformat() if day else self.text().strip()

    def date(self) -> date | None:
        """The date typed, or None when the field is empty or holds no date."""
        return typed_date(self.text())

    def is_valid(self) -> bool:
        return not self.text().strip() or self.date() is not None

    def set_value(self, text: str) -> None:
        """Show *text* (a date written any accepted way, or anything else kept as it is)."""
        day = typed_date(text)
        self.setText(shown_date(day) if day else text)
        self.setCursorPosition(0)
        self._commit(day.isoformat() if day else text.strip())

    def set_date(self, day: date | None) -> None:
        self.set_value(day.isoformat() if day else "")

    def setDate(self, day: date | QDate | None) -> None:
        """Like :meth:`set_date`; also takes a QDate, as a QDateEdit does."""
        self.set_date(day.toPython() if isinstance(day, QDate) else day)  # type: ignore[arg-type]

    def _commit(self, value: str) -> None:
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    def _typed(self, text: str) -> None:
        day = typed_date(text)
        self._commit(day.isoformat() if day else text.strip())

    def _finished(self) -> None:
        """Leaving the field shows its date in the interface language's format."""
        day = typed_date(self.text())
        if day is not None and self.text() != shown_date(day):
            self.setText(shown_date(day))

    # -- the calendar ------------------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        """A calendar under the field; the day clicked is put in the field."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("dateCalendar")
        day = self.date() or date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.clicked.connect(lambda chosen: self._chosen(calendar, chosen))
        calendar.activated.connect(lambda chosen: self._chosen(calendar, chosen))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        self._calendar = calendar
        return calendar

    def _chosen(self, calendar: QCalendarWidget, chosen: QDate) -> None:
        calendar.close()
        calendar.deleteLater()
        self._calendar = None
        self.set_date(chosen.toPython())  # type: ignore[arg-type]
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        self.calendar_action.setToolTip(QCoreApplication.translate("DateField", "Calendar"))
        self.setToolTip(
            QCoreApplication.translate(
                "DateField", "Day first: 6/9/2026, 06-09-2026, 6.9.26 or 2026-09-06"
            )
        )
        day = self.date()
        if day is not None:
            self.setText(shown_date(day))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
