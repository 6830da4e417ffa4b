"""The wizard's last page: the internship as it will be drafted and the verdicts of the rules."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from consultant_app.services.internships.records import RuleLine
from consultant_app.ui.dialogs.internship_wizard.fields import ERROR_STYLE, WizardFields
from consultant_app.ui.dialogs.internship_wizard.page import FormPage
from consultant_app.ui.forms.rule_messages import ERROR_COLOUR, rule_sentence, rule_symbol


class CheckPage(FormPage):
    """The summary of the other pages, the programme rules and why Finish failed, if it did."""

    #: The page is shown: the wizard fills it in.
    entered = Signal()

    def __init__(self, fields: WizardFields) -> None:
        super().__init__(fields, ())
        #: The verdicts shown, and (symbol, sentence) of each.
        self.rule_lines: tuple[RuleLine, ...] = ()
        self.rule_rows: list[tuple[str, str]] = []
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.rules_heading = QLabel()
        self.rules_heading.setStyleSheet("font-weight:bold;padding-top:8px")
        self.rules_view = QLabel()
        self.rules_view.setObjectName("rules")
        self.rules_view.setWordWrap(True)
        self.rules_view.setTextFormat(Qt.TextFormat.RichText)
        self.rules_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.rules_heading)
        body_layout.addWidget(self.rules_view)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        self.rules_note = QLabel()
        self.rules_note.setObjectName("rulesNote")
        self.rules_note.setWordWrap(True)
        self.failure = QLabel()
        self.failure.setObjectName("failure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet(ERROR_STYLE)
        self.failure.hide()
        self.tail.addWidget(scroll, 1)
        self.tail.addWidget(self.rules_note)
        self.tail.addWidget(self.failure)

    def initializePage(self) -> None:
        self.entered.emit()

    def show_summary(self, rows: Sequence[tuple[str, str]]) -> None:
        """A table of (caption, text) rows."""
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{html.escape(caption)}</td>"
            f"<td>{html.escape(text)}</td></tr>"
            for caption, text in rows
        )
        self.summary.setText(f"<table cellspacing='2'>{cells}</table>")

    def show_rules(self, lines: Sequence[RuleLine]) -> None:
        """The verdict of every rule, and a note on what a failing rule means for the draft."""
        self.rule_lines = tuple(lines)
        self.rule_rows = []
        parts = []
        for line in self.rule_lines:
            symbol, colour = rule_symbol(line)
            sentence = rule_sentence(line)
            if line.overridden and line.override_reason:
                sentence += " " + self.tr("(overridden: {reason})").format(
                    reason=line.override_reason
                )
            self.rule_rows.append((symbol, sentence))
            parts.append(
                f"<tr><td style='color:{colour};font-weight:bold;padding-right:6px'>{symbol}</td>"
                f"<td>{html.escape(sentence)}</td></tr>"
            )
        self.rules_view.setText(f"<table cellspacing='3'>{''.join(parts)}</table>")
        blocking = sum(1 for line in self.rule_lines if line.blocking)
        if not self.rule_lines:
            note = self.tr("The rules cannot be checked until every page is filled in.")
        elif blocking:
            note = self.tr(
                "The rules marked ✘ are not met. You can still create the draft: the rules "
                "are enforced when the convention is sent for signature, where each must be "
                "met or overridden with a written reason."
            )
        else:
            note = self.tr(
                "No rule blocks this internship. The rules are checked again when the "
                "convention is sent for signature."
            )
        self.rules_note.setText(note)
        self.rules_note.setStyleSheet(f"color:{ERROR_COLOUR}" if blocking else "")

    def show_failure(self, lines: Sequence[str]) -> None:
        """Why the store refused the draft, a line a field."""
        self.failure.setText(self.tr("The draft was not created:") + "\n" + "\n".join(lines))
        self.failure.show()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr("The internship as it will be drafted, and the rules of the programme.")
        )
        self.rules_heading.setText(self.tr("Programme rules"))
