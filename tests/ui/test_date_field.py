"""The one date field: typed day first any Belgian way, shown in the language's format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from consultant_app.ui.i18n import install_language
from consultant_app.ui.widgets.date_field import DateField


@pytest.fixture
def fields(qtbot) -> Iterator[tuple[DateField, QLineEdit]]:  # type: ignore[no-untyped-def]
    holder = QWidget()
    field = DateField(holder)
    after = QLineEdit(holder)
    after.move(0, 40)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    yield field, after
    install_language("en")


def type_into(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("language", "shown"), [("en", "06/09/2026"), ("fr", "06/09/2026"), ("nl", "06-09-2026")]
)
@pytest.mark.parametrize("typed", ["6/9/2026", "06-09-2026", "6.9.26", "2026-09-06"])
def test_a_date_typed_any_way_is_shown_in_the_language_format(  # type: ignore[no-untyped-def]
    qtbot, fields, language, shown, typed
) -> None:
    install_language(language)
    field, after = fields
    type_into(qtbot, field, typed)
    assert field.value() == "2026-09-06"
    assert field.date() == date(2026, 9, 6)
    assert field.text() == shown
    assert after.text() == ""  # nothing typed spilled into the next field


def test_text_that_is_no_date_is_kept_as_typed(qtbot, fields) -> None:  # type: ignore[no-untyped-def]
    field, _after = fields
    type_into(qtbot, field, "31/02/2026")
    assert field.text() == "31/02/2026"
    assert field.value() == "31/02/2026"
    assert field.date() is None
    assert not field.is_valid()


def test_the_calendar_puts_the_day_clicked_in_the_field(qtbot, fields) -> None:  # type: ignore[no-untyped-def]
    field, _after = fields
    field.set_date(date(2026, 9, 6))
    calendar = field.open_calendar()
    assert calendar.selectedDate().toPython() == date(2026, 9, 6)
    with qtbot.waitSignal(field.value_changed):
        calendar.activated.emit(calendar.selectedDate().addDays(3))
    assert field.date() == date(2026, 9, 9)


def test_the_shown_date_follows_the_interface_language(qtbot, fields) -> None:  # type: ignore[no-untyped-def]
    field, _after = fields
    field.set_date(date(2026, 9, 6))
    install_language("nl")
    assert field.text() == "06-09-2026"
    install_language("en")
    assert field.text() == "06/09/2026"
