"""A page of the wizard: captioned rows of form fields, each caption with a mnemonic of its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from consultant_app.services.internships.records import REQUIRED_FORM_KEYS
from consultant_app.ui import labels
from consultant_app.ui.dialogs.internship_wizard.fields import WizardFields, label_key


def mnemonic_of(text: str) -> str | None:
    """The letter after the ``&`` of *text* (lower case), if any."""
    index = text.replace("&&", "").find("&")
    rest = text.replace("&&", "")[index + 1 :] if index >= 0 else ""
    return rest[:1].casefold() or None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """*text* with ``&`` before its first letter not in *taken* (which it then joins)."""
    for index, char in enumerate(text):
        letter = char.casefold()
        if char.isalpha() and letter not in taken:
            taken.add(letter)
            return f"{text[:index]}&{text[index:]}"
    return text


def field_caption(key: str) -> Callable[[], tuple[str, str]]:
    """The label of form key *key*, and a star when the form requires it."""
    star = " *" if key in REQUIRED_FORM_KEYS else ""
    return lambda: (labels.field(label_key(key)), star)


class FormPage(QWizardPage):
    """A page whose fields are the form keys *keys*; complete when none is wrong."""

    def __init__(self, fields: WizardFields, keys: Sequence[str]) -> None:
        super().__init__()
        self.fields = fields
        self.keys = tuple(keys)
        #: Widgets named with a mnemonic, and the text each shows (with " *" when required).
        self.captions: list[tuple[QLabel | QCheckBox, Callable[[], tuple[str, str]]]] = []
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.tail = layout

    def isComplete(self) -> bool:
        return not self.fields.errors_of(self.keys)

    def validatePage(self) -> bool:
        return self.isComplete()

    def add_row(self, key: str, editor: QWidget, *extra: QWidget) -> None:
        """The caption of form key *key*, its editor, extra lines and its error under them."""
        caption = QLabel()
        caption.setBuddy(editor)
        self.add_captioned(caption, field_caption(key), key, editor, *extra)

    def add_captioned(
        self,
        caption: QLabel,
        text: Callable[[], tuple[str, str]],
        error_key: str,
        *lines: QWidget,
    ) -> None:
        """A row of *lines* under each other, the error of *error_key* last, named *caption*."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in lines:
            column.addWidget(widget)
        column.addWidget(self.fields.error_label(error_key))
        self.captions.append((caption, text))
        self.form.addRow(caption, holder)

    def name_captions(self, buttons: set[str]) -> None:
        """Caption every field, each with a mnemonic letter of its own on the page.

        *buttons* are the letters of the wizard's buttons, left to them.
        """
        taken = set(buttons)
        for widget, text in self.captions:
            words, suffix = text()
            widget.setText(with_mnemonic(words, taken) + suffix)
