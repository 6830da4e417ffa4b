"""The intern form driven with the keyboard: inline validation, save, undo, duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from consultant_app.domain.identifiers import make_niss
from consultant_app.store.models import Intern


def _type(qtbot, form, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ASCII *text* into a field (QTest types ASCII only) after selecting its content."""
    widget = form.editors[key].widget
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def _choose(form, key: str, value: str) -> None:  # type: ignore[no-untyped-def]
    combo = form.editors[key].widget
    combo.setCurrentIndex(combo.findData(value))


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Intern))


def _new_intern(qtbot, view, *, first="Lotte", last="Vermeulen", birth="14/03/2003") -> None:  # type: ignore[no-untyped-def]
    view.new_record()
    form = view.form
    _type(qtbot, form, "first_name", first)
    _type(qtbot, form, "last_name", last)
    _type(qtbot, form, "birth_date", birth)
    _choose(form, "gender", "F")
    _choose(form, "language", "NL")


def test_bad_values_are_flagged_inline_and_block_saving(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    _new_intern(qtbot, view)
    form = view.form
    _type(qtbot, form, "national_number", "03.03.14-123.45")
    _type(qtbot, form, "email", "lotte@")
    _type(qtbot, form, "postcode", "999")
    form.validate_now()
    errors = form.error_texts()
    assert set(errors) >= {"national_number", "email", "postcode"}
    assert "check digits" in errors["national_number"]
    assert not form.save_button.isEnabled()


def test_a_valid_intern_is_saved_and_listed(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    view = window.show_view("interns")
    before = _count(demo_db)
    _new_intern(qtbot, view, first="Zoe", last="Quaghebeur")
    form = view.form
    _type(qtbot, form, "national_number", make_niss(date(2003, 3, 14), 124))
    _type(qtbot, form, "phone", "0470 12 34 56")
    form.validate_now()
    assert form.error_texts() == {}
    assert form.save_button.isEnabled()
    qtbot.keyClick(form.editors["phone"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _count(demo_db) == before + 1
    assert not form.is_dirty()
    view.search.setText("quaghebeur")
    view._apply_search()
    assert view.model.rowCount() == 1
    with demo_db.unit_of_work() as uow:
        saved = uow.session.scalars(select(Intern).where(Intern.last_name == "Quaghebeur")).one()
        assert saved.phone == "+32470123456"


def test_ctrl_z_undoes_edits_field_by_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.table.selectRow(0)
    form = view.form
    original_last = form.values()["last_name"]
    original_city = form.values()["municipality"]
    _type(qtbot, form, "municipality", "Mechelen")
    _type(qtbot, form, "last_name", "Changed")
    assert form.is_dirty()
    widget = form.editors["last_name"].widget
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.values()["last_name"] == original_last
    assert widget.text() == original_last
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.values()["municipality"] == original_city
    assert not form.is_dirty()


def test_leaving_unsaved_changes_asks_first(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.table.selectRow(0)
    first_id = view.form.record_id
    _type(qtbot, view.form, "municipality", "Hasselt")
    asked = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    view.table.selectRow(1)
    assert asked and view.form.record_id == first_id
    assert view.form.values()["municipality"] == "Hasselt"
    window.show_view("hosts")
    assert window.current_view_name() == "interns"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    view.table.selectRow(1)
    assert view.form.record_id != first_id


def test_duplicate_national_number_offers_the_existing_record(
    qtbot, window, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with demo_db.unit_of_work() as uow:
        existing = uow.session.scalars(
            select(Intern).where(Intern.national_number.is_not(None)).limit(1)
        ).one()
        niss, existing_id = existing.national_number, existing.id
        birth = existing.birth_date.strftime("%d/%m/%Y")
        gender = existing.gender.value
    view = window.show_view("interns")
    view.new_record()
    form = view.form
    _type(qtbot, form, "first_name", "Copy")
    _type(qtbot, form, "last_name", "Cat")
    _type(qtbot, form, "birth_date", birth)
    _choose(form, "gender", gender)
    _choose(form, "language", "FR")
    _type(qtbot, form, "national_number", niss)
    before = _count(demo_db)

    def choose_open(box) -> int:  # type: ignore[no-untyped-def]
        assert "already registered" in box.text()
        next(b for b in box.buttons() if b.text() == "Open the existing record").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_open)
    assert not form.save()
    assert _count(demo_db) == before
    assert form.record_id == existing_id


def test_a_birth_date_typed_with_dots_and_a_short_year_is_read_day_first(
    qtbot, window, demo_db
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    view = window.show_view("interns")
    _new_intern(qtbot, view, first="Noor", last="Dedeyne", birth="14.3.03")
    form = view.form
    qtbot.keyClick(form.editors["birth_date"].widget, Qt.Key.Key_Tab)
    assert form.editors["birth_date"].widget.text() == "14/03/2003"
    _type(qtbot, form, "national_number", make_niss(date(2003, 3, 14), 126))
    form.validate_now()
    assert form.error_texts() == {}
    assert form.save()
    with demo_db.unit_of_work() as uow:
        saved = uow.session.scalars(select(Intern).where(Intern.last_name == "Dedeyne")).one()
        assert saved.birth_date == date(2003, 3, 14)
