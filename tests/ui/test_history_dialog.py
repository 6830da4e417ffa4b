"""The History dialog of interns, hosts, mentors and internships, and the export of an
intern's personal data — driven through the real widgets."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus, InterruptionKind
from consultant_app.services.internships.lifecycle import add_interruption
from consultant_app.services.people.interns import load_intern, save_intern
from consultant_app.store.models import Intern, Internship
from consultant_app.ui.dialogs.audit_history import (
    ACTION,
    AFTER,
    BEFORE,
    BY,
    FIELD,
    RECORD,
    AuditHistoryDialog,
)
from consultant_app.ui.views.internship.panel import InternshipPanel


def _type(qtbot, form, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = form.editors[key].widget
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _save(qtbot, form, key: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(form.editors[key].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()


def _dialog(qtbot, parent) -> AuditHistoryDialog:  # type: ignore[no-untyped-def]
    (dialog,) = [d for d in parent.findChildren(AuditHistoryDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def _close_with_escape(qtbot, dialog: AuditHistoryDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_intern_history_lists_the_saved_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.table.selectRow(0)
    form = view.form
    old_school = form.values()["school"]
    _type(qtbot, form, "school", "RITCS")
    _type(qtbot, form, "interests", "sound design")
    _save(qtbot, form, "interests")

    assert view.history_button.isEnabled()
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, view)

    assert dialog.isModal() and dialog.focusWidget() is dialog.table
    assert "2 changes, newest first" in dialog.summary.text()
    assert dialog.table.isColumnHidden(RECORD)
    rows = {row[FIELD]: row for row in dialog.rows()}
    assert set(rows) == {"School", "Interests"}
    assert (rows["School"][BEFORE], rows["School"][AFTER]) == (old_school, "RITCS")
    assert rows["School"][ACTION] == "Changed" and rows["School"][BY]
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers

    header = dialog.table.horizontalHeader()
    on_field = QPoint(header.sectionViewportPosition(FIELD) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=on_field)
    fields = [row[FIELD] for row in dialog.rows()]
    assert sorted(fields) == ["Interests", "School"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=on_field)
    assert [row[FIELD] for row in dialog.rows()] == list(reversed(fields))
    _close_with_escape(qtbot, dialog)


def test_a_new_intern_has_no_history_nor_export(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    view.table.selectRow(0)
    assert view.history_button.isEnabled() and view.export_button.isEnabled()
    view.new_record()
    assert not view.history_button.isEnabled()
    assert not view.export_button.isEnabled()
    assert view.show_history() is None and view.export_personal_data() is None


def test_internship_history_shows_its_rows_by_record(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as session:
        internship = session.scalars(
            select(Internship)
            .where(Internship.status == InternshipStatus.RUNNING)
            .order_by(Internship.reference)
        ).first()
        internship_id, start = internship.id, internship.start_date
    add_interruption(
        demo_db,
        internship_id,
        InterruptionKind.SICKNESS,
        start + timedelta(days=7),
        start + timedelta(days=8),
        "Flu",
        actor="anne",
    )
    panel = InternshipPanel(demo_db, "en")
    qtbot.addWidget(panel)
    panel.show_internship(internship_id)
    panel.show()

    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, panel)

    assert not dialog.table.isColumnHidden(RECORD)
    (row,) = dialog.rows()
    assert row[ACTION] == "Created" and row[BY] == "anne"
    assert row[RECORD].startswith("Interruption: Sickness · ")
    assert dialog.windowTitle().startswith("History — SM-")
    _close_with_escape(qtbot, dialog)


def test_host_and_mentor_history(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("hosts")
    view.table.selectRow(0)
    _type(qtbot, view.form, "website", "https://studio.example.org")
    _save(qtbot, view.form, "website")

    view.show_history()
    dialog = _dialog(qtbot, view)
    (row,) = dialog.rows()
    assert (row[FIELD], row[AFTER]) == ("Website", "https://studio.example.org")
    dialog.close()

    view.tabs.setCurrentIndex(1)
    assert not view.mentor_history_button.isEnabled()
    view.mentor_list.setCurrentRow(0)
    assert view.mentor_history_button.isEnabled()
    qtbot.mouseClick(view.mentor_history_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, view)
    assert dialog.rows() == []
    assert "No change" in dialog.summary.text()
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    shown: dict[str, list[str]] = {"information": [], "warning": []}
    for kind in shown:
        monkeypatch.setattr(
            QMessageBox, kind, lambda *args, k=kind, **_kw: shown[k].append(args[2])
        )
    return shown


def test_export_personal_data_into_a_chosen_folder(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch, messages
) -> None:
    folder = tmp_path / "access"
    folder.mkdir()
    asked: list[str] = []

    def choose(parent, caption, start):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    view = window.show_view("interns")
    view.table.selectRow(0)
    intern_id: uuid.UUID = view.form.record_id

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    stem = f"subject-access-{intern_id.hex[:8]}"
    data = json.loads((folder / f"{stem}.json").read_text("utf-8"))
    assert data["intern"]["id"] == str(intern_id)
    assert (folder / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    assert asked == ["Export personal data"]
    (text,) = messages["information"]
    assert str(folder / f"{stem}.json") in text and str(folder / f"{stem}.pdf") in text
    assert messages["warning"] == []


def test_export_errors_are_shown_and_cancel_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch, messages
) -> None:
    view = window.show_view("interns")
    view.table.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")
    assert view.export_personal_data() is None
    assert messages == {"information": [], "warning": []}

    missing = tmp_path / "gone"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(missing))
    assert view.export_personal_data() is None
    (text,) = messages["warning"]
    assert "could not be exported" in text
    assert messages["information"] == [] and not missing.exists()


def test_older_changes_are_read_a_page_at_a_time(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as session:
        intern_id = session.scalars(select(Intern.id).order_by(Intern.id)).first()
    for school in ("First school", "Second school", "Third school"):
        values = load_intern(demo_db, intern_id)
        values["school"] = school
        save_intern(demo_db, values, intern_id=intern_id, actor="anne")

    dialog = AuditHistoryDialog(demo_db, "intern", intern_id, "Intern", page_size=2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [row[AFTER] for row in dialog.rows()] == ["Third school", "Second school"]
    assert "2 of 3" in dialog.summary.text() and dialog.more_button.isVisible()

    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)

    assert [row[AFTER] for row in dialog.rows()] == [
        "Third school",
        "Second school",
        "First school",
    ]
    assert "3 changes, newest first" in dialog.summary.text() and not dialog.more_button.isVisible()
    dialog.table.selectRow(0)
    dialog.copy_current()
    assert "Third school" in QApplication.clipboard().text()
    dialog.close()
