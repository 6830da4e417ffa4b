"""The panel's stored actions: refusals said in a message, the status buttons, the tab pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from consultant_app.domain.enums import InternshipStatus
from consultant_app.domain.errors import InvalidValue
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.internship_actions import ReasonDialog
from consultant_app.ui.forms.rule_messages import rule_sentence
from consultant_app.ui.status import announce
from consultant_app.ui.views.roadmap.common import roadmap_problem_text

if TYPE_CHECKING:
    from consultant_app.services.internships.detail import InternshipDetail

_S = InternshipStatus


def action_label(target: InternshipStatus) -> str:
    """The button that moves an internship to *target*."""
    return {
        _S.AWAITING_SIGNATURES: QCoreApplication.translate(
            "InternshipPanel", "Send for si&gnature"
        ),
        _S.SIGNED: QCoreApplication.translate("InternshipPanel", "Mark as si&gned"),
        _S.RUNNING: QCoreApplication.translate("InternshipPanel", "S&tart"),
        _S.COMPLETED: QCoreApplication.translate("InternshipPanel", "Co&mplete"),
        _S.TERMINATED: QCoreApplication.translate("InternshipPanel", "Terminate &early…"),
        _S.CANCELLED: QCoreApplication.translate("InternshipPanel", "Ca&ncel…"),
        _S.DRAFT: QCoreApplication.translate("InternshipPanel", "Back to &draft"),
    }[target]


def action_tip(target: InternshipStatus) -> str:
    """What the button that moves an internship to *target* does, in a tooltip."""
    return {
        _S.AWAITING_SIGNATURES: QCoreApplication.translate(
            "InternshipPanel", "Freeze the convention and wait for the three signatures"
        ),
        _S.SIGNED: QCoreApplication.translate(
            "InternshipPanel", "Every party signed: the internship may start"
        ),
        _S.RUNNING: QCoreApplication.translate("InternshipPanel", "The internship has begun"),
        _S.COMPLETED: QCoreApplication.translate(
            "InternshipPanel", "The internship ended as planned, after the final interview"
        ),
        _S.TERMINATED: QCoreApplication.translate(
            "InternshipPanel", "End the internship before its planned end, with a reason"
        ),
        _S.CANCELLED: QCoreApplication.translate(
            "InternshipPanel", "The internship will not take place; it never counts"
        ),
        _S.DRAFT: QCoreApplication.translate(
            "InternshipPanel", "Make the convention editable again (signatures are lost)"
        ),
    }[target]


def status_done(target: InternshipStatus) -> str:
    """What the status bar says once an internship was moved to *target* (with ``{ref}``)."""
    return {
        _S.AWAITING_SIGNATURES: QCoreApplication.translate(
            "InternshipPanel", "Convention {ref} sent for signature"
        ),
        _S.SIGNED: QCoreApplication.translate(
            "InternshipPanel", "Convention {ref} marked as signed"
        ),
        _S.RUNNING: QCoreApplication.translate("InternshipPanel", "Internship {ref} started"),
        _S.COMPLETED: QCoreApplication.translate("InternshipPanel", "Internship {ref} completed"),
        _S.TERMINATED: QCoreApplication.translate(
            "InternshipPanel", "Internship {ref} terminated early"
        ),
        _S.CANCELLED: QCoreApplication.translate("InternshipPanel", "Internship {ref} cancelled"),
        _S.DRAFT: QCoreApplication.translate("InternshipPanel", "Internship {ref} back to draft"),
    }[target]


def ask_end_reason(
    parent: QWidget, detail: InternshipDetail, target: InternshipStatus
) -> tuple[str, date | None] | None:
    """Ask why (and, when terminated, on which last day) an internship ends; None if not."""
    terminated = target == _S.TERMINATED
    dialog = ReasonDialog(
        action_label(target).replace("&", "").rstrip("…"),
        QCoreApplication.translate("InternshipPanel", "The internship's days stop on its last day.")
        if terminated
        else QCoreApplication.translate(
            "InternshipPanel", "A cancelled internship never counts in the figures."
        ),
        parent,
        day=min(max(date.today(), detail.start_date), detail.planned_end_date)
        if terminated
        else None,
        day_label=QCoreApplication.translate("InternshipPanel", "&Last day"),
    )
    if dialog.exec() != ReasonDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def not_possible(parent: QWidget, text: str) -> None:
    """Say why what the user asked could not be done."""
    QMessageBox.warning(parent, QCoreApplication.translate("InternshipPanel", "Not possible"), text)


def refuse(parent: QWidget, problem: InvalidValue) -> None:
    """Say why a change was refused, with the failed rules when there are."""
    text = roadmap_problem_text(problem.code, problem.message, problem.params)
    details = getattr(problem, "results", ())
    if details:
        text += "\n\n" + "\n".join(f"✘ {rule_sentence(r)}" for r in details)
    not_possible(parent, text)


def run_action(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run a service call; refusals and file problems become a message; True when done."""
    try:
        action()
    except InvalidValue as problem:
        refuse(parent, problem)
        return False
    except OSError as problem:
        not_possible(parent, str(problem))
        return False
    return True


class ActionPage(QWidget):
    """A tab of the panel: a list or table of the internship above a row of buttons.

    ``stored`` after one of its actions stored a change: the panel shows the internship again.
    """

    stored = Signal()

    def __init__(self, database: Database, actor: str | None) -> None:
        super().__init__()
        self.database = database
        self.actor = actor
        self.detail: InternshipDetail | None = None

    def lay_out(self, main: QWidget, *buttons: QPushButton) -> None:
        """*main* fills the page; the *buttons* sit in a row under it, on the right."""
        column = QVBoxLayout(self)
        column.addWidget(main, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column.addLayout(row)

    def show_detail(self, detail: InternshipDetail | None) -> None:
        """Show *detail*; None forgets the internship (the panel is cleared)."""
        self.detail = detail
        if detail is not None:
            self.fill()

    def fill(self) -> None:
        """Fill the page from :attr:`detail`."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the texts of the buttons and headers in the interface language."""
        raise NotImplementedError

    def run(self, action: Callable[[], object], done: str = "") -> bool:
        """Run a service call (see :func:`run_action`); ``stored`` when it is done, and
        *done* (what happened) said in the window's status bar."""
        if not run_action(self, action):
            return False
        if done:
            announce(self, done)
        self.stored.emit()
        return True

    def done_text(self, text: str, **values: str) -> str:
        """*text* (a translated sentence with ``{ref}``) about the internship shown."""
        return text.format(ref=self.detail.reference if self.detail else "", **values)
