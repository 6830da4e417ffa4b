"""Field errors: red text under the field and a red border, shown once the field was changed
or Save was asked (never on a form just opened), wrapped and never cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from consultant_app.store.models import Intern
from consultant_app.ui.forms.invalid import ERROR_COLOUR, is_marked_invalid


def _type(qtbot, form, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = form.editors[key].widget
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Intern)) or 0)


def test_a_new_record_opens_without_any_error_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.new_record()
    form = view.form
    _type(qtbot, form, "first_name", "Lotte")
    form.validate_now()
    assert form.error_texts() == {}  # last name, birth date... are required, but untouched
    assert not any(is_marked_invalid(editor.widget) for editor in form.editors.values())


def test_a_bad_value_is_red_text_and_a_red_border_and_goes_when_fixed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.new_record()
    form = view.form
    _type(qtbot, form, "email", "lotte@")
    form.validate_now()
    editor = form.editors["email"]
    assert "email" in form.error_texts()
    assert ERROR_COLOUR in editor.error.styleSheet()
    assert editor.error.isVisible() and editor.error.wordWrap()
    assert is_marked_invalid(editor.widget)
    assert ERROR_COLOUR in editor.widget.styleSheet()
    _type(qtbot, form, "email", "lotte@example.be")
    form.validate_now()
    assert "email" not in form.error_texts()
    assert not is_marked_invalid(editor.widget)
    assert not editor.error.isVisible()


def test_save_shows_the_errors_of_untouched_fields_and_keeps_everything(  # type: ignore[no-untyped-def]
    qtbot, window, demo_db
) -> None:
    view = window.show_view("interns")
    view.new_record()
    form = view.form
    before = _count(demo_db)
    _type(qtbot, form, "first_name", "Lotte")
    form.validate_now()
    assert form.save_button.isEnabled()  # nothing shown yet: Save says what is missing
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    errors = form.error_texts()
    assert {"last_name", "birth_date"} <= set(errors)
    assert all(is_marked_invalid(form.editors[key].widget) for key in errors)
    assert _count(demo_db) == before
    assert form.values()["first_name"] == "Lotte"  # nothing typed is lost
    assert not form.save_button.isEnabled()
    first_wrong = next(key for key in form.editors if key in errors)
    assert form.editors[first_wrong].widget.hasFocus()


def test_a_long_error_wraps_and_is_never_cut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.new_record()
    form = view.form
    _type(qtbot, form, "national_number", "03.03.14-123.45")
    form.validate_now()
    qtbot.wait(20)
    label = form.editors["national_number"].error
    assert label.text()
    assert label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() <= form.width()


def test_the_wizard_marks_a_wrong_field_with_a_red_border(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from consultant_app.ui.dialogs.internship_wizard import InternshipWizard

    wizard = InternshipWizard(demo_db, "en", actor="tester")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.fields.change("start_date", (date.today() + timedelta(days=30)).isoformat())
    assert not is_marked_invalid(wizard.end_edit)
    wizard.end_edit.setFocus()
    wizard.end_edit.selectAll()
    qtbot.keyClicks(wizard.end_edit, date.today().strftime("%d/%m/%Y"))
    error = wizard.findChild(type(wizard.days_line), "error_planned_end_date")
    assert error.text() == "The planned end is before the start."
    assert ERROR_COLOUR in error.styleSheet()
    assert is_marked_invalid(wizard.end_edit)
