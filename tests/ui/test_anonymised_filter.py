"""The Interns list and the intern picker hide anonymised people; "Show anonymised" shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from consultant_app.services.privacy.anonymise import anonymise_intern, anonymised_name
from consultant_app.store.database import Database
from consultant_app.store.models import Intern
from consultant_app.ui.widgets.record_picker import RecordPicker


def _column(view, column: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _someone(database: Database) -> str:
    with database.session_factory() as session:
        intern = session.scalars(select(Intern).order_by(Intern.last_name)).first()
        assert intern is not None
        anonymise_intern(database, intern.id)
        return anonymised_name(intern.id)


def test_the_interns_list_hides_anonymised_people_until_asked(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    before = window.show_view("interns").model.rowCount()
    hidden = _someone(demo_db)
    view = window.show_view("interns")
    view.model.reload()
    box = view.show_anonymised
    assert box is not None and box.isVisible() and box.text() == "Show anonymised"
    assert not box.isChecked()
    assert view.model.rowCount() == before - 1
    assert hidden not in _column(view)

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)

    assert box.isChecked()
    assert view.model.rowCount() == before
    names = _column(view)
    assert names[-1] == hidden and names[0] != hidden
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(view)[-1] == hidden

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert hidden not in _column(view)


def test_the_intern_picker_does_not_offer_anonymised_people(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    hidden = _someone(demo_db)
    picker = RecordPicker.for_interns(demo_db)
    qtbot.addWidget(picker)
    picker.search.setText(hidden.lower())
    picker.search_now()
    assert picker.results.count() == 0
    picker.search.setText("")
    picker.search_now()
    assert all(hidden not in picker.results.item(i).text() for i in range(picker.results.count()))
