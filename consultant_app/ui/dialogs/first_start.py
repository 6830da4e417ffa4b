"""First start: the interface language, then the fund's identity and the consultant's
profile, printed on every document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from consultant_app.store.database import Database
from consultant_app.ui.forms.identity_forms import consultant_form, fund_form
from consultant_app.ui.i18n import LANGUAGE_NAMES

#: Wide enough for a fund's name, a street with its number and an e-mail address.
DIALOG_WIDTH = 720


class FirstStartDialog(QDialog):
    """Asks once for the language and what documents print; "Later" leaves it for Settings.

    *choose_language* switches the whole interface (the window's ``set_language``); the
    dialog speaks the chosen language at once.
    """

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        choose_language: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setMinimumWidth(DIALOG_WIDTH)
        self._choose_language = choose_language
        layout = QVBoxLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("firstStartLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        first = QHBoxLayout()
        first.addWidget(self.language_label)
        first.addWidget(self.language)
        first.addStretch(1)
        layout.addLayout(first)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.fund_form = fund_form(database)
        self.consultant_form = consultant_form(database)
        for form in (self.fund_form, self.consultant_form):
            form.save_button.hide()
            form.revert_button.hide()
            layout.addWidget(form)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and self._choose_language is not None:
            self._choose_language(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.language_label.setText(self.tr("&Language"))
        self.intro.setText(
            self.tr(
                "Conventions and reports print the fund's identity and your contact details. "
                "Fill them in once; you can change them later in Settings."
            )
        )
        self.save_button.setText(self.tr("&Save and continue"))
        self.later_button.setText(self.tr("&Later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Save both forms; stay open on the first one that is not valid."""
        for form in (self.fund_form, self.consultant_form):
            if form.validate_now():
                form.setFocus()
                QMessageBox.warning(
                    self, self.windowTitle(), self.tr("Correct the fields marked in red to save.")
                )
                return
        for form in (self.fund_form, self.consultant_form):
            if form.is_dirty() and not form.save():
                return
        super().accept()
