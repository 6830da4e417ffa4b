"""The wizard's third page: the clauses printed in the convention."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_wizard.fields import WizardFields
from consultant_app.ui.dialogs.internship_wizard.page import FormPage, field_caption

CONVENTION_KEYS = (
    "workplace",
    "objectives",
    "expenses",
    "no_replacement_declared",
    "convention_language",
)


class ConventionPage(FormPage):
    """The workplace, the objectives, the expenses, the declaration and the language."""

    def __init__(self, fields: WizardFields) -> None:
        super().__init__(fields, CONVENTION_KEYS)
        self.workplace_edit = fields.line("workplace")
        self.add_row("workplace", self.workplace_edit)
        self.objectives_edit = fields.text("objectives", 90)
        self.add_row("objectives", self.objectives_edit)
        self.expenses_edit = fields.text("expenses", 70)
        self.add_row("expenses", self.expenses_edit)
        self.declaration = QCheckBox()
        self.declaration.setObjectName("field_no_replacement_declared")
        self.declaration.toggled.connect(
            lambda on: fields.change("no_replacement_declared", "1" if on else "0")
        )
        fields.bind(
            "no_replacement_declared",
            lambda value: self.declaration.setChecked(
                value.strip().lower() in ("1", "true", "yes")
            ),
        )
        self.captions.append((self.declaration, field_caption("no_replacement_declared")))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.declaration)
        column.addWidget(fields.error_label("no_replacement_declared"))
        self.form.addRow("", holder)
        self.language_combo = fields.combo("convention_language")
        self.add_row("convention_language", self.language_combo)
        self.tail.addStretch(1)

    def fill_languages(self) -> None:
        self.fields.refill(
            "convention_language",
            self.language_combo,
            [(labels.value(code), code) for code in ("NL", "FR")],
        )

    def summary_rows(self) -> list[tuple[str, str]]:
        """Caption and text of the clauses, for the Check page."""
        declared = self.fields.get("no_replacement_declared") == "1"
        return [
            (labels.field("workplace"), self.fields.get("workplace") or "—"),
            (
                labels.field("convention_language"),
                labels.value(self.fields.get("convention_language")),
            ),
            (self.tr("Replaces no employee"), labels.yes_no(declared)),
        ]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Convention"))
        self.setSubTitle(self.tr("The clauses printed in the convention."))
        self.fill_languages()
