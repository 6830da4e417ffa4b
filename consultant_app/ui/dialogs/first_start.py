"""First start: the fund's identity and the consultant's profile, printed on every document."""

from __future__ import annotations

from PySide6.QtWidgets import (
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


class FirstStartDialog(QDialog):
    """Asks once for what documents print; "Later" leaves it for Settings."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Conventions and reports print the fund's identity and your contact details. "
                "Fill them in once; you can change them later in Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        self.fund_form = fund_form(database)
        self.consultant_form = consultant_form(database)
        for form in (self.fund_form, self.consultant_form):
            form.save_button.hide()
            form.revert_button.hide()
            columns.addWidget(form, 1)
        layout.addLayout(columns)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save and continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

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
