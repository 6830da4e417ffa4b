"""Starting from an empty database: the wizard adds the intern and the host it needs, and the
Mentors view leads to where mentors are added."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from consultant_app.services.lists import SOURCES, ListQuery
from consultant_app.ui.dialogs.internship_wizard import InternshipWizard
from consultant_app.ui.dialogs.quick_record import QuickRecordDialog


@pytest.fixture
def wizard(qtbot, db) -> Iterator[InternshipWizard]:  # type: ignore[no-untyped-def]
    dialog = InternshipWizard(db, "en", actor="tester")
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()
    dialog.deleteLater()


def _fill(qtbot, dialog: QuickRecordDialog, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for key, text in values.items():
        widget = dialog.form.editors[key].widget
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(text))
        else:
            line = widget.focusProxy() or widget
            qtbot.keyClicks(line, text)


def _answer_with(monkeypatch, answer: Callable[[QuickRecordDialog], None]) -> list:  # type: ignore[no-untyped-def]
    """Run *answer* on the dialog when it opens, as the user would, then end it."""
    opened: list[QuickRecordDialog] = []

    def exec_(dialog: QuickRecordDialog) -> int:
        opened.append(dialog)
        dialog.show()
        answer(dialog)
        return int(dialog.result())

    monkeypatch.setattr(QuickRecordDialog, "exec", exec_)
    return opened


def _save(qtbot, dialog: QuickRecordDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_wizard_adds_a_new_intern_and_chooses_them(qtbot, wizard, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = wizard.parties
    assert page.new_intern_button.text() == "New intern…" and page.new_intern_button.isVisible()
    assert page.intern_picker.status.text() == "The list is empty for now."

    def answer(dialog: QuickRecordDialog) -> None:
        _fill(
            qtbot,
            dialog,
            {
                "first_name": "Lotte",
                "last_name": "Peeters",
                "birth_date": "2004-05-06",
                "gender": "F",
                "language": "NL",
            },
        )
        _save(qtbot, dialog)

    opened = _answer_with(monkeypatch, answer)
    qtbot.mouseClick(page.new_intern_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].record_id is not None
    assert page.intern_picker.record_label() == "Lotte Peeters"
    assert wizard.fields.get("intern_id") == str(opened[0].record_id)
    assert SOURCES["interns"](db).count(ListQuery()) == 1


def test_a_new_intern_with_missing_fields_stays_open_and_says_which(
    qtbot, wizard, db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: QuickRecordDialog) -> None:
        _fill(qtbot, dialog, {"first_name": "Lotte"})
        _save(qtbot, dialog)
        assert dialog.isVisible()  # nothing is lost: the dialog waits for the rest
        assert "last_name" in dialog.form.error_texts()
        dialog.reject()

    opened = _answer_with(monkeypatch, answer)
    qtbot.mouseClick(wizard.parties.new_intern_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].record_id is None
    assert wizard.fields.get("intern_id") == ""
    assert SOURCES["interns"](db).count(ListQuery()) == 0


def test_the_wizard_adds_a_new_host_and_chooses_it(qtbot, wizard, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = wizard.parties

    def answer(dialog: QuickRecordDialog) -> None:
        _fill(
            qtbot,
            dialog,
            {
                "name": "Studio Noord",
                "enterprise_number": "0403.170.701",
                "joint_committee": "227",
                "language_role": "NL",
            },
        )
        _save(qtbot, dialog)

    opened = _answer_with(monkeypatch, answer)
    qtbot.mouseClick(page.new_host_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].record_id is not None
    assert page.host_picker.record_label() == "Studio Noord"
    assert wizard.fields.get("host_id") == str(opened[0].record_id)
    assert page.mentor_combo.isEnabled()  # the new host's mentors can be chosen next


def test_the_mentors_view_says_where_mentors_are_added_and_goes_there(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mentors = window.show_view("mentors")
    assert "added and edited in Hosts" in mentors.where.text() and mentors.where.isVisible()
    mentors.table.selectRow(0)
    host_name = mentors.model.row(0).values[2]
    qtbot.mouseClick(mentors.edit_button, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "hosts"
    hosts = window.stack.currentWidget()
    assert hosts.tabs.currentWidget().isAncestorOf(hosts.mentors)
    assert hosts.form.values()["name"] == host_name


def test_a_new_intern_already_registered_is_chosen_instead(qtbot, wizard, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    values = {
        "first_name": "Lotte",
        "last_name": "Peeters",
        "birth_date": "2004-05-06",
        "gender": "F",
        "language": "NL",
    }
    opened = _answer_with(
        monkeypatch, lambda dialog: (_fill(qtbot, dialog, values), _save(qtbot, dialog))
    )
    qtbot.mouseClick(wizard.parties.new_intern_button, Qt.MouseButton.LeftButton)
    first = opened[0].record_id
    asked: list[str] = []

    def choose_existing(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", choose_existing)
    qtbot.mouseClick(wizard.parties.new_intern_button, Qt.MouseButton.LeftButton)
    assert asked and "Lotte Peeters is already registered" in asked[0]
    assert opened[1].record_id == first  # the same intern, chosen again
    assert SOURCES["interns"](db).count(ListQuery()) == 1  # nothing new written
