"""The mentor's evaluation, the workplace evaluation and the competence scan filled in with
the keyboard alone (key clicks only, no mouse), saved by themselves as they are typed."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from sqlalchemy import select

from consultant_app.domain.enums import (
    EvaluationStage,
    InternshipStatus,
    Recommendation,
    ScanMoment,
)
from consultant_app.domain.roadmap import WORKPLACE_CRITERIA
from consultant_app.services import roadmap
from consultant_app.services.internships import records as internship_service
from consultant_app.store.models import Internship
from consultant_app.ui.views.internship.panel import InternshipPanel
from consultant_app.ui.views.roadmap.scores import ScoreSelector, ScoreSlider

COMPETENCES = 15


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def _new_internship(database, competences: int = COMPETENCES) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A new draft (a copy of a demo draft's convention) with exactly *competences*."""
    with database.unit_of_work() as uow:
        model_id = uow.session.scalars(
            select(Internship.id)
            .where(Internship.status == InternshipStatus.DRAFT, Internship.deleted_at.is_(None))
            .order_by(Internship.reference)
        ).first()
    values = internship_service.load_internship_values(database, model_id)
    internship_id = internship_service.create_internship(database, values)
    _tasks, present = roadmap.load_plan(database, internship_id)
    for line in present[competences:]:
        roadmap.remove_competence(database, line.id)
    for number in range(len(present), competences):
        roadmap.add_competence(
            database,
            internship_id,
            f"Competence {number + 1}",
            objective=f"Objective {number + 1}",
            target_level=3,
        )
    assert len(roadmap.load_plan(database, internship_id)[1]) == competences
    return internship_id


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = InternshipPanel(demo_db, "en")
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def go_to_tab(qtbot, panel: InternshipPanel, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    """From the tab bar, Left/Right arrows until *page* is shown."""
    panel.tabs.tabBar().setFocus()
    wanted = panel.tabs.indexOf(page)
    for _step in range(panel.tabs.count()):
        if panel.tabs.currentIndex() == wanted:
            return
        press(qtbot, Qt.Key.Key_Right if panel.tabs.currentIndex() < wanted else Qt.Key.Key_Left)
    assert panel.tabs.currentWidget() is page


def tab_until(qtbot, wanted, limit: int = 12) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab until the focus is on a widget accepted by *wanted*."""
    for _step in range(limit):
        if wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    assert wanted(focused()), focused()
    return focused()


def test_a_mentor_fills_in_fifteen_competences_with_the_keyboard_alone(
    qtbot, panel, demo_db, warnings
) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db)
    panel.show_internship(internship_id)
    tab = panel.evaluation_tab
    go_to_tab(qtbot, panel, tab)
    assert tab.stage == EvaluationStage.MIDTERM
    assert len(tab.rows) == COMPETENCES

    # Tab from the tab bar into the page: the stage, then the first competence.
    first = tab_until(qtbot, lambda w: isinstance(w, ScoreSelector))
    assert first is tab.rows[0].selector

    expected: dict[int, int] = {}
    for index, row in enumerate(tab.rows):
        assert focused() is row.selector, (index, focused())
        if index == 3:
            press(qtbot, Qt.Key.Key_N)  # not observed
            expected[index] = 0
        elif index == 5:
            press(qtbot, Qt.Key.Key_2)
            press(qtbot, Qt.Key.Key_Right)  # 3
            press(qtbot, Qt.Key.Key_Right)  # 4
            press(qtbot, Qt.Key.Key_Right)  # stays 4
            press(qtbot, Qt.Key.Key_Left)  # 3
            expected[index] = 3
        elif index == 7:
            press(qtbot, Qt.Key.Key_Right)  # an unscored row starts at 1
            expected[index] = 1
        elif index == 9:
            press(qtbot, Qt.Key.Key_0)  # not observed too
            expected[index] = 0
        else:
            score = index % 4 + 1
            press(qtbot, getattr(Qt.Key, f"Key_{score}"))
            expected[index] = score
        assert row.selector.score() == expected[index]
        if index == 1:
            # Up and Down move between competences, keeping the scores.
            press(qtbot, Qt.Key.Key_Up)
            assert focused() is tab.rows[0].selector
            press(qtbot, Qt.Key.Key_Down)
            assert focused() is row.selector
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is row.comment
        type_text(qtbot, f"Remark {index + 1}: on time, curious")
        press(qtbot, Qt.Key.Key_Tab)

    # After the last comment: the overall appreciation, the recommendation, the comments.
    assert focused() is tab.overall
    type_text(qtbot, "A reliable intern who learnt fast.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.recommendation
    press(qtbot, Qt.Key.Key_Down)  # Yes
    press(qtbot, Qt.Key.Key_Down)  # With reservations
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.general
    type_text(qtbot, "Seen with the mentor on site.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.complete_button
    press(qtbot, Qt.Key.Key_Space)

    assert not warnings, warnings
    stored = roadmap.load_evaluation(demo_db, internship_id, EvaluationStage.MIDTERM)
    assert stored.complete
    assert stored.evaluated_on == date.today()
    assert [row.score for row in stored.rows] == [expected[i] for i in range(COMPETENCES)]
    assert [row.comment for row in stored.rows] == [
        f"Remark {i + 1}: on time, curious" for i in range(COMPETENCES)
    ]
    assert stored.overall_appreciation == "A reliable intern who learnt fast."
    assert stored.recommendation == Recommendation.WITH_RESERVATIONS
    assert stored.comments == "Seen with the mentor on site."
    assert "Completed on" in tab.state.text()


def test_completing_too_early_lists_what_is_missing(qtbot, panel, demo_db, warnings) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db, 4)
    panel.show_internship(internship_id)
    tab = panel.evaluation_tab
    go_to_tab(qtbot, panel, tab)
    tab_until(qtbot, lambda w: w is tab.rows[0].selector)
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_4)
    assert not tab.complete()
    assert warnings
    for row in tab.rows[2:]:
        assert row.text in warnings[-1]
    assert "overall appreciation" in warnings[-1]
    # The focus goes to the first competence without a score, marked.
    assert focused() is tab.rows[2].selector
    assert tab.rows[2].property("missing")
    stored = roadmap.load_evaluation(demo_db, internship_id, EvaluationStage.MIDTERM)
    assert not stored.complete
    assert [row.score for row in stored.rows[:2]] == [3, 4]


def test_changes_are_saved_by_themselves(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db, 3)
    panel.show_internship(internship_id)
    tab = panel.evaluation_tab
    go_to_tab(qtbot, panel, tab)
    tab_until(qtbot, lambda w: w is tab.rows[0].selector)

    def stored_scores() -> list[int | None]:
        form = roadmap.load_evaluation(demo_db, internship_id, EvaluationStage.MIDTERM)
        return [row.score for row in form.rows]

    # A moment after a change, without leaving the row: the timer saves it.
    press(qtbot, Qt.Key.Key_2)
    assert stored_scores() == [None, None, None]
    qtbot.waitUntil(lambda: stored_scores() == [2, None, None], timeout=5000)
    assert tab.saved_label.text().startswith("Saved ")

    # Switching to another tab saves at once.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentWidget() is not tab
    assert stored_scores() == [2, 4, None]

    # Showing another internship saves what was typed for the first one.
    go_to_tab(qtbot, panel, tab)
    tab.rows[2].selector.setFocus()
    press(qtbot, Qt.Key.Key_1)
    other = _new_internship(demo_db, 2)
    panel.show_internship(other)
    assert stored_scores() == [2, 4, 1]
    assert len(tab.rows) == 2

    # Leaving the panel (closing the window, another view) saves too.
    panel.show_internship(internship_id)
    tab.rows[0].selector.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # cleared: not scored yet
    assert tab.rows[0].selector.score() is None
    assert not panel.has_unsaved_work()
    assert stored_scores() == [None, 4, 1]


def test_the_final_stage_is_chosen_with_the_keyboard(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db, 2)
    panel.show_internship(internship_id)
    tab = panel.evaluation_tab
    go_to_tab(qtbot, panel, tab)
    stage = tab_until(qtbot, lambda w: w is tab.stage_box)
    qtbot.keyClick(stage, Qt.Key.Key_Down)
    assert tab.stage == EvaluationStage.FINAL
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.rows[0].selector
    press(qtbot, Qt.Key.Key_4)
    tab.flush()
    final = roadmap.load_evaluation(demo_db, internship_id, EvaluationStage.FINAL)
    midterm = roadmap.load_evaluation(demo_db, internship_id, EvaluationStage.MIDTERM)
    assert final.rows[0].score == 4
    assert midterm.rows[0].score is None


def test_the_workplace_evaluation_with_the_keyboard(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db, 2)
    panel.show_internship(internship_id)
    tab = panel.workplace_tab
    go_to_tab(qtbot, panel, tab)
    selectors = list(tab.selectors.values())
    tab_until(qtbot, lambda w: w is selectors[0])
    for index, selector in enumerate(selectors):
        assert focused() is selector
        press(qtbot, getattr(Qt.Key, f"Key_{index % 4 + 1}"))
        if index == 2:
            press(qtbot, Qt.Key.Key_Left)  # 3 → 2
            press(qtbot, Qt.Key.Key_N)  # no "not observed" here: ignored
        last = index == len(selectors) - 1
        press(qtbot, Qt.Key.Key_Down if index % 2 and not last else Qt.Key.Key_Tab)
    assert focused() is tab.recommend
    press(qtbot, Qt.Key.Key_Down)  # yes
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QPlainTextEdit)
    type_text(qtbot, "Friendly team, much to learn.")
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QLineEdit)
    type_text(qtbot, "03/03/2025")
    tab.flush()
    stored = roadmap.load_workplace_evaluation(demo_db, internship_id)
    assert [stored[key] for key in WORKPLACE_CRITERIA] == ["1", "2", "2", "4", "1", "2"]
    assert stored["would_recommend"] == "1"
    assert stored["comments"] == "Friendly team, much to learn."
    assert stored["completed_on"] == "2025-03-03"


def test_a_wrong_date_is_not_saved_and_said(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db, 1)
    panel.show_internship(internship_id)
    tab = panel.workplace_tab
    go_to_tab(qtbot, panel, tab)
    tab_until(qtbot, lambda w: w is tab.completed_on, limit=20)
    type_text(qtbot, "31/02/2025")
    assert not tab.flush()
    assert "Not saved" in tab.saved_label.text()
    press(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClick(tab.completed_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "28/02/2025")
    assert tab.flush()
    assert roadmap.load_workplace_evaluation(demo_db, internship_id)["completed_on"] == "2025-02-28"


def test_the_scan_sliders_with_the_keyboard(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    internship_id = _new_internship(demo_db, 5)
    panel.show_internship(internship_id)
    tab = panel.scan_tab
    go_to_tab(qtbot, panel, tab)
    assert tab.moment == ScanMoment.START
    sliders = [row.slider for row in tab.rows]
    assert all(slider.score() is None for slider in sliders)
    tab_until(qtbot, lambda w: w is sliders[0], limit=20)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Right)  # 3
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is sliders[1]
    press(qtbot, Qt.Key.Key_Left)  # unanswered: 0
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is sliders[2]
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is sliders[0]
    press(qtbot, Qt.Key.Key_Left)  # 2
    assert "2" in tab.rows[0].value.text()
    assert isinstance(sliders[0], ScoreSlider)
    tab.flush()
    _completed, rows = roadmap.load_scan(demo_db, internship_id, ScanMoment.START)
    assert [row.score for row in rows] == [2, 0, 4, None, None]
    curve = roadmap.learning_curve(demo_db, internship_id)
    assert [point.start for point in curve] == [2, 0, 4, None, None]
    assert tab.curve.points == curve
