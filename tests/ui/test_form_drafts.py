"""Form drafts in the window: kept a moment after typing, offered back at the next start.

A "crash" is a first window left as it is while a second window opens on the
same database file, as the next start would.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from consultant_app.preferences import Preferences
from consultant_app.services.forms import drafts
from consultant_app.store.database import Database, open_database
from consultant_app.store.models import Intern
from consultant_app.ui.dialogs.draft_recovery import (
    DraftRecoveryDialog,
    recover_drafts,
    recovery_dialog,
)
from consultant_app.ui.forms import drafts as form_drafts
from consultant_app.ui.main_window import MainWindow


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _open_first(view) -> uuid.UUID:  # type: ignore[no-untyped-def]
    view.table.selectRow(0)
    record_id = view.form.record_id
    assert record_id is not None
    return record_id


def _discarding_close(window: MainWindow) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
        )
        window.close()
    window.deleteLater()


@pytest.fixture
def next_start(qtbot, demo_db_path) -> Iterator:  # type: ignore[no-untyped-def]
    """Open a fresh window on the same file, as the next start after a crash would."""
    opened: list[tuple[MainWindow, Database]] = []

    def start() -> MainWindow:
        database = open_database(demo_db_path)
        window = MainWindow(database, Preferences(), "en")
        window.show_view("dashboard")
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, database))
        return window

    yield start
    for window, database in opened:
        for dialog in window.findChildren(DraftRecoveryDialog):
            dialog.close()
        _discarding_close(window)
        database.close()


def _only_row(dialog: DraftRecoveryDialog):  # type: ignore[no-untyped-def]
    assert len(dialog.rows) == 1
    return next(iter(dialog.rows.values()))


def test_typing_keeps_a_draft_two_seconds_after_the_last_change(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    intern_id = _open_first(view)
    started = time.monotonic()
    _type(qtbot, view.form.editors["municipality"].widget, "Hasselt")
    assert view.drafts.timer.isActive()
    assert drafts.load_draft(demo_db, drafts.INTERN, intern_id) is None  # not at each key
    qtbot.waitUntil(
        lambda: drafts.load_draft(demo_db, drafts.INTERN, intern_id) is not None, timeout=6000
    )
    assert time.monotonic() - started >= form_drafts.DRAFT_DELAY_MS / 1000 - 0.1
    draft = drafts.load_draft(demo_db, drafts.INTERN, intern_id)
    assert draft is not None
    assert draft.values == {"municipality": "Hasselt"}  # only what was changed
    values = view.form.values()
    assert draft.title == f"{values['first_name']} {values['last_name']}"


def test_a_draft_is_offered_at_the_next_start_and_restore_fills_the_form(
    qtbot, window, demo_db, next_start
) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    intern_id = _open_first(view)
    name = view.form.heading.text()
    _type(qtbot, view.form.editors["municipality"].widget, "Hasselt")
    _type(qtbot, view.form.editors["street"].widget, "Kerkstraat")
    assert view.drafts.flush()

    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None
    row = _only_row(dialog)
    assert row.text.text().startswith(f"Unsaved changes to the intern {name} from ")
    assert row.text.text().endswith(" were recovered.")

    row.restore_button.click()

    assert later.current_view_name() == "interns"
    form = later.view("interns").form
    assert form.record_id == intern_id
    assert form.is_dirty()
    assert form.values()["municipality"] == "Hasselt"
    assert form.editors["street"].widget.text() == "Kerkstraat"
    assert form.save_button.isEnabled()
    assert dialog.result() == dialog.DialogCode.Accepted  # nothing left to decide
    # Ctrl+Z takes the whole recovered change back at once.
    form.undo_stack.undo()
    assert not form.is_dirty()
    assert drafts.load_draft(demo_db, drafts.INTERN, intern_id) is None
    form.undo_stack.redo()
    assert form.is_dirty()

    assert form.save()
    assert drafts.load_draft(demo_db, drafts.INTERN, intern_id) is None
    with demo_db.unit_of_work() as uow:
        intern = uow.session.get(Intern, intern_id)
        assert intern is not None and intern.municipality == "Hasselt"


def test_saving_reverting_or_undoing_everything_deletes_the_draft(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    intern_id = _open_first(view)
    widget = view.form.editors["municipality"].widget
    original = widget.text()

    def kept() -> bool:
        return drafts.load_draft(demo_db, drafts.INTERN, intern_id) is not None

    _type(qtbot, widget, "Hasselt")
    assert view.drafts.flush() and kept()
    view.form.revert()
    assert not kept() and not view.drafts.timer.isActive()

    _type(qtbot, widget, "Hasselt")
    assert view.drafts.flush() and kept()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.text() == original and not view.form.is_dirty()
    assert not kept()

    _type(qtbot, widget, "Hasselt")
    assert view.drafts.flush() and kept()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.form.is_dirty()
    assert not kept()

    # Leaving with Discard also drops it.
    _type(qtbot, widget, "Mechelen")
    assert view.drafts.flush() and kept()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        view.table.selectRow(1)
    assert not kept()
    assert not view.drafts.flush()  # nothing unsaved: nothing written


def test_a_new_intern_draft_restores_into_a_new_record(qtbot, window, demo_db, next_start) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.new_record()
    _type(qtbot, view.form.editors["first_name"].widget, "Lotte")
    _type(qtbot, view.form.editors["last_name"].widget, "Quaghebeur")
    assert view.drafts.flush()

    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None
    assert "a new intern (Lotte Quaghebeur)" in _only_row(dialog).text.text()
    assert dialog.restore(_only_row(dialog).draft.id)
    form = later.view("interns").form
    assert form.record_id is None and form.is_dirty()
    assert form.values()["last_name"] == "Quaghebeur"
    assert form.values()["registered_on"]  # the new record's defaults are there too


def test_host_and_mentor_drafts_are_restored_together(qtbot, window, demo_db, next_start) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("hosts")
    host_id = _open_first(view)
    view.tabs.setCurrentIndex(1)
    assert view.mentor_list.count() > 0
    view.mentor_list.setCurrentRow(0)
    mentor_id = view.mentor_form.record_id
    assert mentor_id is not None
    _type(qtbot, view.mentor_form.editors["job_title"].widget, "Head of post-production")
    assert view.mentor_drafts.flush()
    view.tabs.setCurrentIndex(0)
    _type(qtbot, view.form.editors["website"].widget, "https://example.be")
    assert view.drafts.flush()
    mentor_draft = drafts.load_draft(demo_db, drafts.MENTOR, mentor_id)
    assert mentor_draft is not None and mentor_draft.owner_id == host_id

    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None and len(dialog.rows) == 2
    texts = sorted(row.text.text() for row in dialog.rows.values())
    assert texts[0].startswith("Unsaved changes to the host ")
    assert texts[1].startswith("Unsaved changes to the mentor ")
    assert dialog.restore_all_button.isVisibleTo(dialog)

    dialog.restore_all_button.click()

    hosts = later.view("hosts")
    assert later.current_view_name() == "hosts"
    assert hosts.form.record_id == host_id and hosts.form.is_dirty()
    assert hosts.form.values()["website"] == "https://example.be"
    assert hosts.mentor_form.record_id == mentor_id and hosts.mentor_form.is_dirty()
    assert hosts.mentor_form.values()["job_title"] == "Head of post-production"
    assert not dialog.rows


def test_discard_deletes_a_draft_and_later_keeps_it(qtbot, window, demo_db, next_start) -> None:  # type: ignore[no-untyped-def]
    drafts.save_draft(demo_db, drafts.HOST, None, {"name": "Studio Nord"}, title="Studio Nord")
    drafts.save_draft(demo_db, drafts.INTERN, None, {"first_name": "Jo"}, title="Jo")
    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None and len(dialog.rows) == 2
    dialog.later_button.click()
    assert len(drafts.pending_drafts(demo_db)) == 2  # offered again at the next start

    dialog = recovery_dialog(later)
    assert dialog is not None
    host_row = next(r for r in dialog.rows.values() if r.draft.kind == drafts.HOST)
    host_row.discard_button.click()
    assert [d.kind for d in drafts.pending_drafts(demo_db)] == [drafts.INTERN]
    assert len(dialog.rows) == 1 and not dialog.restore_all_button.isVisibleTo(dialog)
    dialog.discard_all_button.click()  # hidden with one row left, but does what it says
    assert drafts.pending_drafts(demo_db) == []
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_draft_of_a_deleted_record_is_discarded_with_a_note(
    qtbot, window, demo_db, next_start
) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    intern_id = _open_first(view)
    name = view.form.heading.text()
    _type(qtbot, view.form.editors["municipality"].widget, "Hasselt")
    assert view.drafts.flush()
    with demo_db.unit_of_work() as uow:
        uow.session.get(Intern, intern_id).soft_delete()  # type: ignore[union-attr]
        uow.commit()

    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None
    assert not dialog.rows
    assert dialog.notes.text() == (
        f"The unsaved changes to the intern {name} were discarded: "
        "the record was deleted meanwhile."
    )
    assert dialog.later_button.text() == "&Close"
    assert drafts.pending_drafts(demo_db) == []


def test_a_record_deleted_while_the_dialog_is_open_is_noted(
    qtbot, window, demo_db, next_start
) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    intern_id = _open_first(view)
    _type(qtbot, view.form.editors["municipality"].widget, "Hasselt")
    assert view.drafts.flush()
    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None
    with demo_db.unit_of_work() as uow:
        uow.session.get(Intern, intern_id).soft_delete()  # type: ignore[union-attr]
        uow.commit()
    assert not dialog.restore(_only_row(dialog).draft.id)
    assert not dialog.rows and "deleted meanwhile" in dialog.notes.text()
    assert drafts.pending_drafts(demo_db) == []


def test_no_dialog_without_drafts_and_it_waits_for_another_dialog(
    qtbot, window, demo_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert recovery_dialog(window) is None
    assert recover_drafts(window) is None
    drafts.save_draft(demo_db, drafts.INTERN, None, {"first_name": "Jo"}, title="Jo")
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: window))
    assert recover_drafts(window) is None  # asked again a moment later
    monkeypatch.undo()
    qtbot.waitUntil(lambda: bool(window.findChildren(DraftRecoveryDialog)), timeout=3000)
    dialog = window.findChildren(DraftRecoveryDialog)[0]
    assert dialog.isVisible()
    dialog.later_button.click()
    assert not dialog.isVisible()


def test_the_wizard_keeps_a_draft_and_cancel_discards_it(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("internships")
    wizard = view.new_internship()
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert not wizard.flush_draft()  # nothing typed yet
    wizard.objectives_edit.setPlainText("Learn to run a film set.")
    assert wizard.draft_timer.isActive()
    qtbot.waitUntil(
        lambda: drafts.load_draft(demo_db, drafts.INTERNSHIP, None) is not None, timeout=6000
    )
    draft = drafts.load_draft(demo_db, drafts.INTERNSHIP, None)
    assert draft is not None
    assert draft.values == {"objectives": "Learn to run a film set."}
    wizard.reject()
    assert drafts.load_draft(demo_db, drafts.INTERNSHIP, None) is None


def test_a_wizard_draft_reopens_the_wizard_filled_in(qtbot, window, demo_db, next_start) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.services.lists import SOURCES, ListQuery

    intern_id = SOURCES["interns"](demo_db).fetch(ListQuery(), 0, 1)[0].id
    drafts.save_draft(
        demo_db,
        drafts.INTERNSHIP,
        None,
        {
            "intern_id": str(intern_id),
            "objectives": "Learn to run a film set.",
            "workplace": "Studio 4, Brussels",
        },
        title="Somebody — Somewhere",
    )
    later = next_start()
    dialog = recovery_dialog(later)
    assert dialog is not None
    assert "a new internship (Somebody — Somewhere)" in _only_row(dialog).text.text()
    dialog.restore_all_button.click()  # hidden with one draft; the same as its Restore
    assert later.current_view_name() == "internships"
    wizard = later.view("internships").wizard
    assert wizard is not None
    assert wizard.values()["objectives"] == "Learn to run a film set."
    assert wizard.workplace_edit.text() == "Studio 4, Brussels"
    assert wizard.intern_picker.record_id() == intern_id
    assert wizard.values()["intern_id"] == str(intern_id)
    # Finishing or cancelling gives the draft up; until then it stays.
    assert drafts.load_draft(demo_db, drafts.INTERNSHIP, None) is not None
    wizard.reject()
    assert drafts.load_draft(demo_db, drafts.INTERNSHIP, None) is None
