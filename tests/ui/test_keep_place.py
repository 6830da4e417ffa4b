"""After an action the acted record stays selected and in view, and the status bar says
what happened (for five seconds)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from consultant_app.domain.enums import InternshipStatus
from consultant_app.ui.dialogs.internship_actions import InterruptionDialog, ReasonDialog
from consultant_app.ui.status import STATUS_MS

_S = InternshipStatus


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def status_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.statusBar().currentMessage()


def selected_id(view) -> uuid.UUID | None:  # type: ignore[no-untyped-def]
    rows = view.table.selectionModel().selectedRows()
    return view.model.record_id(rows[0].row()) if rows else None


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the timers queued by a reload run (the list once selected its first row there)."""
    qtbot.wait(30)


def click_row(qtbot, view, row: int) -> uuid.UUID:  # type: ignore[no-untyped-def]
    view.table.scrollTo(view.model.index(row, 0))
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    record_id = selected_id(view)
    assert record_id is not None and record_id == view.model.record_id(row)
    return record_id


def assert_kept(qtbot, view, record_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot)
    assert selected_id(view) == record_id
    row = view.model.locate(record_id)
    assert view.table.visualRect(view.model.index(row, 0)).intersects(view.table.viewport().rect())


def test_saving_an_internship_keeps_it_selected_and_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("internships")
    view.set_filter("status", "draft")
    settle(qtbot)
    record_id = click_row(qtbot, view, min(8, view.model.rowCount() - 1))
    panel = view.panel
    note = panel.form.editors["schedule_note"].widget
    note.setFocus()
    note.selectAll()
    qtbot.keyClicks(note, "Mornings only")
    qtbot.mouseClick(panel.form.save_button, Qt.MouseButton.LeftButton)
    assert_kept(qtbot, view, record_id)
    assert status_text(window) == f"Internship {panel.detail.reference} saved"


def test_sending_for_signature_keeps_the_place_even_out_of_the_filter(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, warnings
) -> None:
    view = window.show_view("internships")
    view.set_filter("status", "draft")
    settle(qtbot)
    record_id = click_row(qtbot, view, min(4, view.model.rowCount() - 1))
    panel = view.panel
    answered: list[str] = []

    def answer(dialog: ReasonDialog) -> int:
        dialog.reason.setPlainText("Agreed with the fund's director on 12 May.")
        answered.append(dialog.windowTitle())
        return ReasonDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", answer)
    for index in range(panel.rules.rowCount()):
        panel.rules.selectRow(index)
        line = panel.rules_page.selected_rule()
        if line is not None and line.blocking:
            qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
            assert_kept(qtbot, view, record_id)
            assert status_text(window).startswith(f"Rule overridden on {panel.detail.reference}")
    button = panel.findChild(QPushButton, f"to_{_S.AWAITING_SIGNATURES.value}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.detail.status == _S.AWAITING_SIGNATURES, warnings
    # No longer a draft: the filter is lifted so that the internship stays in sight.
    assert_kept(qtbot, view, record_id)
    assert view.filters["status"].currentData() == ""
    assert status_text(window) == f"Convention {panel.detail.reference} sent for signature"


def test_printing_keeps_the_place_and_names_the_document(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: None)
    view = window.show_view("internships")
    settle(qtbot)
    record_id = click_row(qtbot, view, 6)
    panel = view.panel
    qtbot.mouseClick(panel.printing.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_preview is not None)
    assert_kept(qtbot, view, record_id)
    assert status_text(window).startswith(f"{panel.detail.reference}: Convention printed (")


def test_adding_and_removing_an_interruption_keeps_the_place(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, warnings
) -> None:
    view = window.show_view("internships")
    view.set_filter("status", "running")
    settle(qtbot)
    record_id = click_row(qtbot, view, min(5, view.model.rowCount() - 1))
    panel = view.panel
    monkeypatch.setattr(InterruptionDialog, "exec", lambda dialog: 1)
    assert panel.add_interruption(), warnings
    assert_kept(qtbot, view, record_id)
    assert status_text(window) == f"Interruption added to {panel.detail.reference}"
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    panel.interruptions.setCurrentItem(panel.interruptions.topLevelItem(0))
    qtbot.mouseClick(panel.interruptions_page.remove_button, Qt.MouseButton.LeftButton)
    assert_kept(qtbot, view, record_id)
    assert status_text(window) == f"Interruption removed from {panel.detail.reference}"


def test_saving_an_intern_keeps_it_selected_and_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("interns")
    settle(qtbot)
    record_id = click_row(qtbot, view, 7)
    form = view.form
    phone = form.editors["phone"].widget
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "0470 12 34 99")
    qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert_kept(qtbot, view, record_id)
    values = form.values()
    assert status_text(window) == f"Intern {values['first_name']} {values['last_name']} saved"


def test_saving_a_host_keeps_it_selected_and_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("hosts")
    settle(qtbot)
    record_id = click_row(qtbot, view, 5)
    form = view.form
    website = form.editors["website"].widget
    website.setFocus()
    website.selectAll()
    qtbot.keyClicks(website, "https://example.be")
    qtbot.keyClick(website, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert_kept(qtbot, view, record_id)
    assert status_text(window) == f"Host {form.values()['name']} saved"


def test_the_status_message_goes_after_a_while(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui import status

    assert STATUS_MS == 5000
    monkeypatch.setattr(status, "STATUS_MS", 40)
    status.announce(window.show_view("interns"), "Done")
    assert status_text(window) == "Done"
    qtbot.waitUntil(lambda: status_text(window) == "", timeout=1000)
