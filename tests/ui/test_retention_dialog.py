"""The daily retention run asks in a dialog: anonymise now, review the list or postpone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consultant_app.services.people.interns import save_intern
from consultant_app.services.privacy.anonymise import ANONYMISED, retention_plan
from consultant_app.services.privacy.retention import (
    AUTOMATIC,
    RetentionReview,
    daily_retention,
    last_retention_run,
    postponed_until,
    set_retention_mode,
)
from consultant_app.store.database import Database
from consultant_app.store.models import Intern
from consultant_app.ui import startup_safety
from consultant_app.ui.dialogs import retention_review
from consultant_app.ui.dialogs.retention_review import Answer, RetentionDialog


def _old_intern(database: Database) -> None:
    values = {
        "first_name": "Old",
        "last_name": "Timer",
        "birth_date": "1970-03-04",
        "gender": "F",
        "language": "NL",
        "registered_on": "2010-01-10",
    }
    save_intern(database, values, today=date(2010, 1, 10))


def _anonymised(database: Database) -> int:
    with database.session_factory() as session:
        return session.query(Intern).filter(Intern.first_name == ANONYMISED).count()


def _press(name: str, seen: list[RetentionDialog]) -> None:
    """Once the dialog shows, note it and press its button *name*."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RetentionDialog):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog)
        if name == "close":
            dialog.reject()
            return
        button = dialog.findChild(QWidget, name)
        assert button is not None
        button.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, press)


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(startup_safety, "daily_backup_or_warn", lambda *a, **k: None)
    return said


def test_a_first_start_on_a_fresh_demo_anonymises_nobody_without_confirmation(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, quiet: list[str]
) -> None:
    _old_intern(demo_db)  # at least one person to ask about
    due = retention_plan(demo_db).total
    assert due > 0
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[RetentionDialog] = []
    _press("close", seen)

    startup_safety.daily_upkeep(demo_db, window)

    (dialog,) = seen
    assert dialog.review.total == due
    assert str(due) in dialog.summary.text()
    assert _anonymised(demo_db) == 0
    assert retention_plan(demo_db).total == due
    assert last_retention_run(demo_db) == date.today()


def test_anonymise_now_anonymises_the_list(qtbot, db: Database, quiet: list[str]) -> None:  # type: ignore[no-untyped-def]
    _old_intern(db)
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[RetentionDialog] = []
    _press("anonymiseNow", seen)

    startup_safety.daily_upkeep(db, window)

    assert seen and _anonymised(db) == 1
    assert quiet == ["1 record anonymised."]


def test_postpone_stores_the_day_and_anonymises_nobody(  # type: ignore[no-untyped-def]
    qtbot, db: Database, quiet: list[str]
) -> None:
    _old_intern(db)
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[RetentionDialog] = []
    _press("postpone", seen)

    startup_safety.daily_upkeep(db, window)

    assert seen and _anonymised(db) == 0
    assert postponed_until(db) == date.today() + timedelta(days=30)
    assert daily_retention(db, today=date.today() + timedelta(days=1)) is None


def test_review_the_list_shows_who_and_why_and_waits_for_an_answer(  # type: ignore[no-untyped-def]
    qtbot, db: Database
) -> None:
    _old_intern(db)
    review = daily_retention(db)
    assert isinstance(review, RetentionReview)
    dialog = RetentionDialog(review)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.table.isVisible()

    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.table.isVisible()
    assert dialog.answer is Answer.LATER
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Timer Old"
    assert "registered on" in dialog.table.item(0, 3).text()
    assert _anonymised(db) == 0


def test_the_automatic_setting_asks_nothing(  # type: ignore[no-untyped-def]
    qtbot, db: Database, quiet: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_intern(db)
    set_retention_mode(db, AUTOMATIC)
    asked: list[object] = []
    monkeypatch.setattr(retention_review, "ask_about_retention", lambda *a: asked.append(a))
    window = QWidget()
    qtbot.addWidget(window)

    startup_safety.daily_upkeep(db, window)

    assert asked == [] and _anonymised(db) == 1


def test_the_automatic_setting_is_kept_in_the_database(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.services.privacy.retention import ASK, retention_mode
    from consultant_app.ui.views.safety.retention_box import RetentionBox

    box = RetentionBox(db)
    qtbot.addWidget(box)
    box.show()
    assert not box.automatic.isChecked() and retention_mode(db) == ASK
    assert "asks first" in box.retention_text.text()

    qtbot.mouseClick(box.automatic, Qt.MouseButton.LeftButton)

    assert retention_mode(db) == AUTOMATIC
    again = RetentionBox(db)
    qtbot.addWidget(again)
    assert again.automatic.isChecked()
    qtbot.mouseClick(box.automatic, Qt.MouseButton.LeftButton)
    assert retention_mode(db) == ASK


def test_the_open_list_drops_the_people_anonymised_from_the_question(  # type: ignore[no-untyped-def]
    qtbot, window, demo_db: Database, quiet: list[str]
) -> None:
    view = window.show_view("interns")
    before = view.model.rowCount()
    due = len(retention_plan(demo_db).interns)
    assert due > 0
    seen: list[RetentionDialog] = []
    _press("anonymiseNow", seen)

    startup_safety.daily_upkeep(demo_db, window)

    assert seen and _anonymised(demo_db) == due
    assert view.model.rowCount() == before - due
