"""When programme rules stop a change: each failed rule in full, with Override… beside it.

:func:`run_past_rules` runs a change of an internship (send for signature, an
amendment...); when rules stop it, :class:`BlockingRulesDialog` lists them. Each
may be overridden there with a written reason (kept in the audit trail); once
none is left, "Try again" runs the change again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.errors import InvalidValue
from consultant_app.services.internships import records as service
from consultant_app.store.database import Database
from consultant_app.ui.dialogs.internship_actions import ReasonDialog
from consultant_app.ui.forms.rule_messages import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    rule_sentence,
    rule_title,
)
from consultant_app.ui.views.internship.actions import refuse, run_action

#: The shortest reason an override is given with.
MIN_REASON = 10


class BlockingRulesDialog(QDialog):
    """The rules that stop the change of one internship, each with its Override… button."""

    def __init__(
        self,
        database: Database,
        internship_id: uuid.UUID,
        reference: str,
        lines: Sequence[service.RuleLine],
        actor: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("blockingRules")
        self.database = database
        self.internship_id = internship_id
        self.actor = actor
        self.lines = tuple(lines)
        #: The rules overridden in this dialog.
        self.overridden: list[str] = []
        self.setWindowTitle(self.tr("Rules not met"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{ref} cannot go ahead: the programme rules below are not met. Change the "
                "convention, or override a rule with a written reason (kept in the audit trail)."
            ).format(ref=reference)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.sentences: dict[str, QLabel] = {}
        self.override_buttons: dict[str, QPushButton] = {}
        for row, line in enumerate(self.lines):
            mark = QLabel()
            mark.setPixmap(icon.pixmap(20, 20))
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            sentence = QLabel()
            sentence.setObjectName(f"rule_{line.rule}")
            sentence.setWordWrap(True)
            sentence.setTextFormat(Qt.TextFormat.PlainText)
            sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            sentence.setText(f"✘ {rule_title(line.rule)}\n{rule_sentence(line)}")
            sentence.setStyleSheet(f"color:{ERROR_COLOUR}")
            button = QPushButton(self.tr("Override…"))
            button.setObjectName(f"override_{line.rule}")
            button.setToolTip(self.tr("Let the internship go ahead anyway, with a written reason"))
            button.clicked.connect(lambda _c=False, chosen=line: self.override(chosen))
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(sentence, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.sentences[line.rule] = sentence
            self.override_buttons[line.rule] = button
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_button = self.buttons.addButton(
            self.tr("&Try again"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.retry_button.setObjectName("retryAfterOverrides")
        self.retry_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def override(self, line: service.RuleLine) -> bool:
        """Ask the reason and override *line*'s rule; True when it is overridden."""
        dialog = ReasonDialog(
            self.tr("Override a rule"),
            rule_sentence(line)
            + "\n\n"
            + self.tr(
                "Write why this internship may go ahead anyway (at least {n} characters). "
                "The reason is kept in the audit trail."
            ).format(n=MIN_REASON),
            self,
            min_length=MIN_REASON,
        )
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return False
        reason, _day = dialog.values()
        try:
            service.override_rule(
                self.database, self.internship_id, line.rule, reason, actor=self.actor
            )
        except InvalidValue as problem:
            refuse(self, problem)
            return False
        self.overridden.append(line.rule)
        sentence = self.sentences[line.rule]
        sentence.setText(
            f"⤼ {rule_title(line.rule)}\n{rule_sentence(line)}\n"
            + self.tr("Overridden: {reason}").format(reason=reason)
        )
        sentence.setStyleSheet(f"color:{WARNING_COLOUR}")
        self.override_buttons[line.rule].setEnabled(False)
        self.retry_button.setEnabled(len(self.overridden) == len(self.lines))
        if self.retry_button.isEnabled():
            self.retry_button.setDefault(True)
            self.retry_button.setFocus()
        return True


def run_past_rules(
    parent: QWidget,
    database: Database,
    internship_id: uuid.UUID,
    reference: str,
    actor: str | None,
    action: Callable[[], object],
    overridden: Callable[[], None],
) -> bool:
    """Run *action*; when rules stop it, show them with their Override… buttons and try
    again once they are all overridden. *overridden* is called after a rule was
    overridden (the panel shows it). True when the action was done."""
    blocked: list[service.RulesNotMet] = []

    def attempt() -> None:
        try:
            action()
        except service.RulesNotMet as problem:
            blocked.append(problem)

    while True:
        blocked.clear()
        if not run_action(parent, attempt):
            return False
        if not blocked:
            return True
        dialog = BlockingRulesDialog(
            database, internship_id, reference, blocked[0].results, actor, parent
        )
        answer = dialog.exec()
        if dialog.overridden:
            overridden()
        if answer != QDialog.DialogCode.Accepted:
            return False
