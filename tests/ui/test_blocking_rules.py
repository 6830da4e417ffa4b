"""Failed rules: listed in full with Override… beside each, red with an icon, one click away."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from consultant_app.domain.enums import InternshipStatus
from consultant_app.store.models import Internship
from consultant_app.ui.dialogs.internship_actions import ReasonDialog
from consultant_app.ui.forms.rule_messages import ERROR_COLOUR, rule_sentence
from consultant_app.ui.views.internship.blocking_rules import BlockingRulesDialog
from consultant_app.ui.views.internship.panel import InternshipPanel

_S = InternshipStatus


@pytest.fixture
def panel(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = InternshipPanel(demo_db, "en")
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    return shown


def blocked_draft(panel: InternshipPanel, database) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A draft internship that some programme rule stops."""
    with database.unit_of_work() as uow:
        drafts = uow.session.scalars(
            select(Internship.id)
            .where(Internship.status == _S.DRAFT, Internship.deleted_at.is_(None))
            .order_by(Internship.reference)
        ).all()
    for internship_id in drafts:
        panel.show_internship(internship_id)
        if any(line.blocking for line in panel.detail.rules):
            return internship_id
    raise AssertionError("no blocked draft in the demo database")


def test_the_header_opens_the_rules_tab_in_one_click(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    blocked_draft(panel, demo_db)
    blocking = sum(1 for line in panel.detail.rules if line.blocking)
    link = panel.rules_link
    assert link.isVisible()
    assert link.text() == f"Rules ✘{blocking}"
    assert ERROR_COLOUR in link.styleSheet()
    assert link.toolTip()
    panel.tabs.setCurrentIndex(0)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert panel.tabs.currentWidget() is panel.rules_page


def test_failed_verdicts_are_red_with_an_icon_and_whole(qtbot, panel, demo_db) -> None:  # type: ignore[no-untyped-def]
    blocked_draft(panel, demo_db)
    for row, line in enumerate(panel.detail.rules):
        title, verdict = panel.rules.item(row, 0), panel.rules.item(row, 1)
        assert not title.icon().isNull()
        assert verdict.text().startswith(rule_sentence(line))
        if line.blocking:
            assert title.foreground().color().name() == ERROR_COLOUR
            assert verdict.foreground().color().name() == ERROR_COLOUR
            # the row is as high as its wrapped sentence: nothing cut
            needed = panel.rules.sizeHintForRow(row)
            assert panel.rules.rowHeight(row) >= needed


def test_the_blocking_dialog_lists_each_rule_with_override_and_goes_ahead(  # type: ignore[no-untyped-def]
    qtbot, panel, demo_db, monkeypatch, warnings
) -> None:
    internship_id = blocked_draft(panel, demo_db)
    blocking = [line for line in panel.detail.rules if line.blocking]
    seen: list[BlockingRulesDialog] = []

    def reason(dialog: ReasonDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.reason.setPlainText("Too short")
        assert not ok.isEnabled()  # a reason is required
        dialog.reason.setPlainText("Agreed with the fund's director on 12 May.")
        assert ok.isEnabled()
        return ReasonDialog.DialogCode.Accepted

    def answer(dialog: BlockingRulesDialog) -> int:
        seen.append(dialog)
        dialog.show()
        assert [line.rule for line in dialog.lines] == [line.rule for line in blocking]
        assert not dialog.retry_button.isEnabled()
        for line in blocking:
            sentence = dialog.sentences[line.rule]
            assert rule_sentence(line) in sentence.text()  # in full
            assert sentence.wordWrap()
            assert ERROR_COLOUR in sentence.styleSheet()
            button = dialog.findChild(QPushButton, f"override_{line.rule}")
            assert button.isVisible()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert not button.isEnabled()
            assert "Overridden: Agreed" in sentence.text()
        assert dialog.retry_button.isEnabled()
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", reason)
    monkeypatch.setattr(BlockingRulesDialog, "exec", answer)
    button = panel.findChild(QPushButton, f"to_{_S.AWAITING_SIGNATURES.value}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1, warnings
    assert panel.detail.id == internship_id
    assert panel.detail.status == _S.AWAITING_SIGNATURES, warnings
    assert all(
        line.overridden for line in panel.detail.rules if not line.ok and line.severity != "warning"
    )


def test_closing_the_blocking_dialog_changes_nothing(qtbot, panel, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocked_draft(panel, demo_db)
    monkeypatch.setattr(BlockingRulesDialog, "exec", lambda dialog: 0)
    button = panel.findChild(QPushButton, f"to_{_S.AWAITING_SIGNATURES.value}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.detail.status == _S.DRAFT
