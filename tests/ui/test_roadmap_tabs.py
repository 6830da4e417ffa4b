"""The roadmap tabs of the internship panel: the workstation sheet and its risks, tasks and
competences, visits and the follow-up log, and how the panel shows and leaves them."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus, Phase, VisitKind, VisitMode
from consultant_app.domain.errors import InvalidValue
from consultant_app.services import roadmap
from consultant_app.services.internships import records as internship_service
from consultant_app.store.models import Internship
from consultant_app.ui.i18n import install_language
from consultant_app.ui.views.internship.panel import InternshipPanel
from consultant_app.ui.views.roadmap.plan_tab import PlanItemDialog
from consultant_app.ui.views.roadmap.risk_dialog import RiskItemDialog

_S = InternshipStatus


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = InternshipPanel(demo_db, "en")
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    return widget


def _internship(database, status: InternshipStatus) -> uuid.UUID | None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        return uow.session.scalars(
            select(Internship.id)
            .where(Internship.status == status, Internship.deleted_at.is_(None))
            .order_by(Internship.reference)
        ).first()


def _new_draft(database) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A new draft with the convention of a demo draft (and no roadmap filled in yet)."""
    model_id = _internship(database, _S.DRAFT)
    assert model_id is not None
    values = internship_service.load_internship_values(database, model_id)
    return internship_service.create_internship(database, values)


def _exec_with(monkeypatch, dialog_class, fill) -> None:  # type: ignore[no-untyped-def]
    """Replace the dialog's exec: *fill* sets its widgets and says whether it is accepted."""

    def answer(dialog) -> int:  # type: ignore[no-untyped-def]
        accepted = fill(dialog)
        return QDialog.DialogCode.Accepted if accepted is not False else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", answer)


# --- the panel ------------------------------------------------------------------------


def test_the_roadmap_tabs_follow_the_convention(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    panel.show_internship(_internship(demo_db, _S.RUNNING))
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles[0] == "Convention"
    assert titles[1].startswith("Workstation && risks")
    assert titles[2:7] == ["Tasks && competences", "Visits", "Evaluation", "Workplace", "Scan"]
    assert panel.tabs.widget(1) is panel.risk_tab
    assert panel.tabs.widget(6) is panel.scan_tab
    rules = panel.tabs.indexOf(panel.rules_page)
    assert rules == 7
    assert titles[rules].startswith("Rules")
    assert titles[rules + 1 :] == ["Signatures", "Interruptions", "Documents"]


def test_the_tabs_are_retranslated(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    panel.show_internship(_internship(demo_db, _S.RUNNING))
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
    install_language("fr")
    install_language("nl")
    install_language("en")
    assert panel.tabs.tabText(4) == "Evaluation"
    assert panel.evaluation_tab.complete_button.text() == "Complete the e&valuation"


def test_a_cancelled_internship_shows_its_roadmap_read_only(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    cancelled = _internship(demo_db, _S.CANCELLED)
    if cancelled is None:
        pytest.skip("the demo has no cancelled internship")
    panel.show_internship(cancelled)
    for tab in panel.roadmap_tabs:
        panel.tabs.setCurrentWidget(tab)
    assert not panel.risk_tab.add_catalogue_button.isEnabled()
    assert not panel.plan_tab.task_list.add_button.isEnabled()
    assert not panel.visits_tab.new_button.isEnabled()
    assert not panel.evaluation_tab.complete_button.isEnabled()
    assert all(not row.selector.isEnabled() for row in panel.evaluation_tab.rows)
    assert all(not s.isEnabled() for s in panel.workplace_tab.selectors.values())


def test_an_incomplete_sheet_refusal_names_the_fields(qtbot, panel, demo_db, warnings) -> None:  # type: ignore[no-untyped-def]
    panel.show_internship(_internship(demo_db, _S.DRAFT))
    panel._refuse(
        InvalidValue("incomplete", "risk_sheet.incomplete", {"missing": ("post_name", "items")})
    )
    assert "Name of the post" in warnings[-1]
    assert "at least one risk" in warnings[-1]


# --- workstation sheet and risks ----------------------------------------------------------


def test_the_workstation_sheet_is_filled_in_and_its_risks_listed(
    qtbot, panel, demo_db, monkeypatch, warnings, answer_yes
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_draft(demo_db)
    panel.show_internship(internship_id)
    tab = panel.risk_tab
    panel.tabs.setCurrentWidget(tab)
    assert "Still missing" in tab.missing.text()
    assert "Name of the post" in tab.missing.text()
    assert "✘" in panel.tabs.tabText(1)

    values = {
        "post_name": "Production assistant",
        "post_description": "Helps the production manager <b>",
        "place": "Studio 2, Brussels",
        "work_equipment": "Laptop, phone, van",
        "protective_equipment": "Safety shoes on the set",
        "prevention_advisor": "Els Peeters",
        "first_aid_person": "Karim Benali",
        "drawn_up_on": "02/03/2026",
        "drawn_up_by": "The consultant",
    }
    for key, value in values.items():
        tab.form.set_value(key, value)
    assert panel.has_unsaved_work()
    assert tab.form.save(), tab.form.error_texts()
    stored = roadmap.load_risk_sheet(demo_db, internship_id)
    assert stored.values["post_name"] == "Production assistant"
    assert stored.values["drawn_up_on"] == "2026-03-02"
    assert stored.missing == ("items",)
    assert "at least one risk" in tab.missing.text()

    # A risk forbidden to young workers, from the catalogue: a justification is needed.
    catalogue = roadmap.risk_catalogue(demo_db, "en")
    forbidden = next(risk for risk in catalogue if risk[2])

    def choose(dialog: RiskItemDialog) -> bool:
        assert dialog.catalogue is not None
        index = dialog.catalogue.findData(forbidden[0])
        assert dialog.catalogue.itemText(index).startswith("⚠")
        dialog.catalogue.setCurrentIndex(index)
        return True

    _exec_with(monkeypatch, RiskItemDialog, choose)
    assert tab.add_from_catalogue(), warnings
    assert [line.catalogue_risk_id for line in tab.sheet.items] == [uuid.UUID(forbidden[0])]
    assert tab.sheet.items[0].forbidden_for_young_workers
    assert tab.risks.rowCount() == 1
    assert tab.risks.item(0, 0).text().startswith("⚠")
    assert "Justification of the forbidden work" in tab.missing.text()

    # The same risk again is shown as already listed and cannot be chosen.
    def already(dialog: RiskItemDialog) -> bool:
        assert dialog.catalogue is not None
        index = dialog.catalogue.findData(forbidden[0])
        model = dialog.catalogue.model()
        assert isinstance(model, QStandardItemModel)
        assert not model.item(index).isEnabled()
        assert dialog.catalogue.currentData() != forbidden[0]
        return False

    _exec_with(monkeypatch, RiskItemDialog, already)
    assert not tab.add_from_catalogue()

    # A risk written in, then edited and removed.
    def other(dialog: RiskItemDialog) -> bool:
        dialog.description.setText("Night shoots")
        dialog.measures.setPlainText("A taxi home after midnight")
        return True

    _exec_with(monkeypatch, RiskItemDialog, other)
    assert tab.add_other()
    assert [line.description for line in tab.sheet.items][1] == "Night shoots"
    tab.risks.selectRow(1)
    assert tab.edit_button.isEnabled()

    def edited(dialog: RiskItemDialog) -> bool:
        assert dialog.description.text() == "Night shoots"
        dialog.description.setText("Night and weekend shoots")
        return True

    _exec_with(monkeypatch, RiskItemDialog, edited)
    assert tab.edit_risk()
    assert roadmap.load_risk_sheet(demo_db, internship_id).items[1].description == (
        "Night and weekend shoots"
    )
    tab.risks.selectRow(1)
    assert tab.remove_risk()
    assert len(roadmap.load_risk_sheet(demo_db, internship_id).items) == 1

    tab.form.set_value("forbidden_work_justification", "Supervised, never alone, max 2 h.")
    assert tab.form.save()
    assert roadmap.load_risk_sheet(demo_db, internship_id).missing == ()
    assert "complete" in tab.missing.text()
    assert "✘" not in panel.tabs.tabText(1)
    assert not warnings


def test_a_wrong_date_in_the_sheet_is_shown_inline(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    panel.show_internship(_new_draft(demo_db))
    tab = panel.risk_tab
    panel.tabs.setCurrentWidget(tab)
    tab.form.set_value("drawn_up_on", "31/02/2026")
    tab.form.validate_now()
    assert "drawn_up_on" in tab.form.error_texts()
    assert not tab.form.save_button.isEnabled()


# --- tasks and competences ----------------------------------------------------------------


def test_tasks_and_competences_are_added_edited_moved_and_removed(
    qtbot, panel, demo_db, monkeypatch, warnings, answer_yes
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_draft(demo_db)
    panel.show_internship(internship_id)
    tab = panel.plan_tab
    panel.tabs.setCurrentWidget(tab)
    tasks_before, competences_before = roadmap.load_plan(demo_db, internship_id)
    assert tab.task_list.tree.topLevelItemCount() == len(Phase)

    def task(text: str, phase: Phase):  # type: ignore[no-untyped-def]
        def fill(dialog: PlanItemDialog) -> bool:
            assert not dialog.competence
            dialog.text.setPlainText(text)
            dialog.phase.setCurrentIndex(dialog.phase.findData(phase.value))
            return True

        return fill

    _exec_with(monkeypatch, PlanItemDialog, task("Log the rushes", Phase.MIDTERM))
    assert tab.add_task(), warnings
    _exec_with(monkeypatch, PlanItemDialog, task("Book the crew's trains", Phase.MIDTERM))
    assert tab.add_task()
    tasks, _competences = roadmap.load_plan(demo_db, internship_id)
    midterm = [t.text for t in tasks if t.phase == Phase.MIDTERM]
    assert midterm[-2:] == ["Log the rushes", "Book the crew's trains"]
    # The new task is selected, under its phase.
    assert tab.task_list.tree.currentItem().text(0) == "Book the crew's trains"
    assert tab.task_list.tree.currentItem().parent().text(0) == "Up to mid-term"

    # Ctrl+Up moves it before the other.
    tab.task_list.tree.setFocus()
    qtbot.keyClick(tab.task_list.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    tasks, _competences = roadmap.load_plan(demo_db, internship_id)
    midterm = [t.text for t in tasks if t.phase == Phase.MIDTERM]
    assert midterm[-2:] == ["Book the crew's trains", "Log the rushes"]

    _exec_with(monkeypatch, PlanItemDialog, task("Book trains and hotels", Phase.END))
    assert tab.edit_task()
    tasks, _competences = roadmap.load_plan(demo_db, internship_id)
    assert ("Book trains and hotels", Phase.END) in [(t.text, t.phase) for t in tasks]

    qtbot.keyClick(tab.task_list.tree, Qt.Key.Key_Delete)  # asks, then removes
    tasks, _competences = roadmap.load_plan(demo_db, internship_id)
    assert "Book trains and hotels" not in [t.text for t in tasks]
    assert len(tasks) == len(tasks_before) + 1

    def competence(dialog: PlanItemDialog) -> bool:
        assert dialog.competence
        dialog.text.setPlainText("Read a call sheet")
        dialog.objective.setPlainText("Prepares the next day alone")
        dialog.target.setCurrentIndex(dialog.target.findData(4))
        return True

    _exec_with(monkeypatch, PlanItemDialog, competence)
    assert tab.add_competence()
    _tasks, competences = roadmap.load_plan(demo_db, internship_id)
    added = next(c for c in competences if c.text == "Read a call sheet")
    assert (added.objective, added.target_level, added.phase) == (
        "Prepares the next day alone",
        4,
        Phase.START,
    )
    item = tab.competence_list.tree.currentItem()
    assert [item.text(0), item.text(2)] == ["Read a call sheet", "4 · excellent"]

    def no_target(dialog: PlanItemDialog) -> bool:
        dialog.target.setCurrentIndex(0)
        return True

    _exec_with(monkeypatch, PlanItemDialog, no_target)
    assert tab.edit_competence()
    _tasks, competences = roadmap.load_plan(demo_db, internship_id)
    assert next(c for c in competences if c.id == added.id).target_level is None
    assert tab.remove_competence()
    assert len(roadmap.load_plan(demo_db, internship_id)[1]) == len(competences_before)
    assert not warnings


def test_an_empty_text_cannot_be_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.ui.views.roadmap.plan_tab import PlanValues

    dialog = PlanItemDialog("Add", True, PlanValues("", Phase.START))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.text.setPlainText("  ")
    assert not ok.isEnabled()
    dialog.text.setPlainText("Interview a guest")
    assert ok.isEnabled()


# --- visits and the log -------------------------------------------------------------------


def test_visits_are_planned_reported_and_removed(
    qtbot, panel, demo_db, monkeypatch, warnings, answer_yes
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_draft(demo_db)
    panel.show_internship(internship_id)
    tab = panel.visits_tab
    panel.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 0
    assert tab.form.record_id is None
    assert tab.form.values()["kind"] == VisitKind.KICKOFF.value

    tab.form.set_value("planned_on", "14/09/2026")
    tab.form.set_value("attendees", "Intern, mentor & consultant")
    with qtbot.waitSignal(panel.changed):
        assert tab.form.save(), tab.form.error_texts()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Kick-off meeting"

    assert tab.new_visit()
    assert tab.form.values()["kind"] == VisitKind.MIDTERM.value
    tab.form.set_value("planned_on", "23/10/2026")
    tab.form.set_value("mode", VisitMode.VIDEO.value)
    tab.form.set_value("done_on", "01/01/2099")  # in the future: refused inline
    tab.form.validate_now()
    assert "done_on" in tab.form.error_texts()
    assert not tab.form.save()
    tab.form.set_value("done_on", "")
    tab.form.set_value("notes", "Going well; more editing work wanted.")
    assert tab.form.save()
    visits = roadmap.load_visits(demo_db, internship_id)
    assert [(v.kind, v.mode) for v in visits] == [
        (VisitKind.KICKOFF, VisitMode.ON_SITE),
        (VisitKind.MIDTERM, VisitMode.VIDEO),
    ]
    assert visits[1].notes == "Going well; more editing work wanted."

    # Another visit is chosen in the table; unsaved changes are asked about first.
    tab.form.set_value("action_points", "Ask for a second camera day")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    tab.table.selectRow(0)
    assert tab.form.record_id == visits[0].id
    assert tab.form.values()["attendees"] == "Intern, mentor & consultant"
    assert roadmap.load_visits(demo_db, internship_id)[1].action_points == ""

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.remove_visit()
    assert [v.kind for v in roadmap.load_visits(demo_db, internship_id)] == [VisitKind.MIDTERM]
    assert tab.table.rowCount() == 1
    assert not warnings


def test_the_log_keeps_conflicts_and_mediation(qtbot, panel, demo_db, warnings) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_draft(demo_db)
    panel.show_internship(internship_id)
    tab = panel.visits_tab
    panel.tabs.setCurrentWidget(tab)
    assert not tab.add_log_button.isEnabled()
    tab.log_kind.setCurrentIndex(tab.log_kind.findData("conflict"))
    tab.log_text.setPlainText("The intern was left alone on set twice.")
    assert tab.add_log_button.isEnabled()
    tab.add_log_button.click()
    tab.log_kind.setCurrentIndex(tab.log_kind.findData("mediation"))
    tab.log_text.setPlainText("Agreed: the mentor stays reachable by phone.")
    tab.log_text.setFocus()
    qtbot.keyClick(tab.log_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    log = roadmap.load_log(demo_db, internship_id)
    assert [(line.kind, line.text) for line in log] == [
        ("mediation", "Agreed: the mentor stays reachable by phone."),
        ("conflict", "The intern was left alone on set twice."),
    ]
    assert tab.log.topLevelItemCount() == 2
    assert tab.log.topLevelItem(0).text(2) == "Mediation"
    assert tab.log_text.toPlainText() == ""
    assert not warnings
