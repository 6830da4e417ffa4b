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


def test_a_new_internship_is_selected_in_the_list_and_announced(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from PySide6.QtWidgets import QWizard

    from consultant_app.services.lists import SOURCES, ListQuery

    view = window.show_view("internships")
    view.set_filter("status", "completed")  # the new draft is not among these
    settle(qtbot)
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    interns = SOURCES["interns"](demo_db)
    keys = [c.key for c in interns.columns]
    query = ListQuery(filters={"eligibility": "eligible"}, today=monday)
    intern = next(
        values
        for row in interns.fetch(query, 0, 500)
        if not (values := dict(zip(keys, row.values, strict=True)))["internships"]
        and str(values["last_name"]).isascii()
    )
    hosts = SOURCES["hosts"](demo_db)
    host_keys = [c.key for c in hosts.columns]
    host = next(
        values
        for row in hosts.fetch(ListQuery(), 0, 200)
        if (values := dict(zip(host_keys, row.values, strict=True)))["mentors"]
        and str(values["name"]).isascii()
    )
    wizard = view.new_internship()
    for picker, text in (
        (wizard.intern_picker, intern["last_name"]),
        (wizard.host_picker, host["name"]),
    ):
        picker.search.setFocus()
        qtbot.keyClicks(picker.search, str(text))
        picker.search_now()
        assert picker.pick_current()
    wizard.mentor_combo.setCurrentIndex(1)
    wizard.consultant_combo.setCurrentIndex(1)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.function_combo.setCurrentIndex(1)
    for edit, day in (
        (wizard.start_edit, monday),
        (wizard.end_edit, monday + timedelta(weeks=8, days=4)),
    ):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, day.strftime("%d/%m/%Y"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.declaration.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    created = wizard.created_id
    assert created is not None
    assert_kept(qtbot, view, created)
    assert view.filters["status"].currentData() == ""
    assert status_text(window) == f"Internship {view.panel.detail.reference} created"


def test_an_import_says_what_it_did_in_the_status_bar(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    source = tmp_path / "history.csv"
    source.write_text(
        "reference,intern_first_name,intern_last_name,intern_birth_date,intern_gender,"
        "intern_language,host_name,host_enterprise_number,host_joint_committee,host_language,"
        "function,start_date,end_date\n"
        "SM-2019-901,Lena,Peeters,2001-04-02,F,NL,Studio Noord & Zonen,0403.170.701,CP 227,NL,"
        "Production assistant,2019-03-04,2019-05-24\n",
        encoding="utf-8",
    )
    reports = window.show_view("reports")
    dialog = ImportDialog(reports.database, source, parent=reports)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported
    assert status_text(window) == "Imported: 1 new and 0 updated internships."


def test_saving_and_removing_a_visit_keeps_the_internship_selected(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    from datetime import timedelta

    view = window.show_view("internships")
    view.set_filter("status", "running")
    settle(qtbot)
    record_id = click_row(qtbot, view, min(3, view.model.rowCount() - 1))
    panel = view.panel
    tab = panel.visits_tab
    panel.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    day = panel.detail.start_date + timedelta(days=20)
    field = tab.form.editors["planned_on"].widget
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, day.strftime("%d/%m/%Y"))
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert_kept(qtbot, view, record_id)
    assert status_text(window) == f"{panel.detail.reference}: Visits updated"
    assert day in [visit.planned_on for visit in tab.visits]  # read day first
    count = len(tab.visits)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    window.statusBar().clearMessage()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert_kept(qtbot, view, record_id)
    assert status_text(window) == f"{panel.detail.reference}: Visits updated"
    assert len(tab.visits) == count - 1
