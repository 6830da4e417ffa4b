"""The job-seeker registration in the Rules tab: shown, blocking, overridden with a reason."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.store.models import Intern, Internship
from consultant_app.ui.dialogs.internship_actions import ReasonDialog
from consultant_app.ui.i18n import install_language
from consultant_app.ui.views.internship.blocking_rules import BlockingRulesDialog
from consultant_app.ui.views.internship.panel import InternshipPanel

NOT_REGISTERED = (
    "The intern is not registered as a job seeker (with VDAB, Actiris, Forem, ADG), as required."
)


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = InternshipPanel(demo_db, "en")
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def _unregistered_draft(database) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """The first demo draft, its intern's job-seeker registration removed."""
    with database.unit_of_work() as uow:
        internship = uow.session.scalars(
            select(Internship)
            .where(Internship.status == InternshipStatus.DRAFT, Internship.deleted_at.is_(None))
            .order_by(Internship.reference)
        ).first()
        intern = uow.session.get(Intern, internship.intern_id)
        intern.jobseeker_agency = None
        intern.jobseeker_number = None
        intern.jobseeker_since = None
        uow.commit()
        return internship.id


def _row(panel: InternshipPanel) -> int:
    for row in range(panel.rules.rowCount()):
        if panel.rules.item(row, 0).data(Qt.ItemDataRole.UserRole) == "jobseeker":
            return row
    raise AssertionError("no job-seeker row in the Rules tab")


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def answer(dialog: ReasonDialog) -> int:
        dialog.reason.setPlainText(text)
        return ReasonDialog.DialogCode.Accepted if dialog.is_complete() else 0

    monkeypatch.setattr(ReasonDialog, "exec", answer)


def test_the_rules_tab_shows_and_blocks_an_unregistered_intern(  # type: ignore[no-untyped-def]
    qtbot, panel, demo_db, monkeypatch, warnings
) -> None:
    internship_id = _unregistered_draft(demo_db)
    panel.show_internship(internship_id)
    row = _row(panel)
    assert panel.rules.item(row, 0).text() == "✘ Job-seeker registration"
    assert panel.rules.item(row, 1).text() == NOT_REGISTERED
    assert "✘" in panel.rules_page.title()

    # Every other blocking rule is overridden: the registration alone still blocks.
    _answer(monkeypatch, "Agreed with the fund's director on 12 May.")
    for index in range(panel.rules.rowCount()):
        panel.rules.selectRow(index)
        line = panel._selected_rule()
        if line is not None and line.blocking and line.rule != "jobseeker":
            assert panel.override_selected_rule()
    # Sending lists the rule that still blocks, in full, with its Override… button.
    blocked: list[str] = []

    def closed(dialog: BlockingRulesDialog) -> int:
        blocked.extend(label.text() for label in dialog.sentences.values())
        assert list(dialog.override_buttons) == ["jobseeker"]
        return 0

    monkeypatch.setattr(BlockingRulesDialog, "exec", closed)
    send = panel.findChild(QPushButton, "to_awaiting_signatures")
    send.click()
    assert panel.detail.status == InternshipStatus.DRAFT
    assert blocked and NOT_REGISTERED in blocked[-1]

    panel.rules.selectRow(_row(panel))
    _answer(monkeypatch, "too short")
    assert not panel.override_selected_rule()
    _answer(monkeypatch, "Registration with Actiris confirmed by phone on 3 March.")
    assert panel.override_selected_rule()
    row = _row(panel)
    assert panel.rules.item(row, 0).text() == "⤼ Job-seeker registration"
    assert "Registration with Actiris confirmed" in panel.rules.item(row, 1).text()
    send.click()
    assert panel.detail.status == InternshipStatus.AWAITING_SIGNATURES, warnings


@pytest.mark.parametrize(
    ("language", "title", "sentence"),
    [
        (
            "nl",
            "Inschrijving als werkzoekende",
            "De stagiair is niet ingeschreven als werkzoekende (bij VDAB, Actiris, Forem, ADG)",
        ),
        (
            "fr",
            "Inscription comme demandeur d'emploi",
            "Le stagiaire n'est pas inscrit comme demandeur d'emploi (auprès de VDAB, Actiris",
        ),
    ],
)
def test_the_rule_speaks_dutch_and_french(  # type: ignore[no-untyped-def]
    qtbot, panel, demo_db, language: str, title: str, sentence: str
) -> None:
    internship_id = _unregistered_draft(demo_db)
    try:
        assert install_language(language)
        panel.show_internship(internship_id)
        row = _row(panel)
        assert panel.rules.item(row, 0).text() == f"✘ {title}"
        assert panel.rules.item(row, 1).text().startswith(sentence)
    finally:
        install_language("en")
