"""The passphrase asked at start when the database's key is not in a keyring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.safety import (
    MIN_PASSPHRASE,
    PASSPHRASE_ENV,
    DatabaseKey,
    KeySource,
    WrongKeyError,
    key_from_secret,
    passphrase_problem,
)
from consultant_app.store.database import Database

Opener = Callable[[DatabaseKey], Database]


class UnlockDialog(QDialog):
    """Asks for the passphrase (or recovery key) of *path*, or a new passphrase (*new*).

    *opener* opens the database with a key; a wrong key keeps the dialog open
    with a message (the file is untouched), any other error closes it and
    goes to the caller. On acceptance :attr:`database` is the open database.
    """

    def __init__(
        self, path: Path, *, new: bool, opener: Opener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.new = new
        self.opener = opener
        self.database: Database | None = None
        self.error: Exception | None = None
        layout = QVBoxLayout(self)
        if new:
            self.setWindowTitle(self.tr("Protect the database"))
            text = self.tr(
                "This computer has no keyring to keep the key of the database\n{path}\n\n"
                "Choose a passphrase to encrypt it ({minimum} characters or more). It is asked at "
                "every start; without it nobody, you included, can read the data. On the command "
                "line, set it in {variable}."
            ).format(path=path, minimum=MIN_PASSPHRASE, variable=PASSPHRASE_ENV)
        else:
            self.setWindowTitle(self.tr("Unlock the database"))
            text = self.tr(
                "The database\n{path}\nis encrypted and its key is not in this computer's "
                "keyring. Type its passphrase, or its recovery key."
            ).format(path=path)
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)
        layout.addWidget(intro)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("&Passphrase:") if new else self.tr("&Passphrase or recovery key:"), self.secret
        )
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("&Again:"), self.confirm)
        self.show_secret = QCheckBox(self.tr("&Show what I type"))
        self.show_secret.toggled.connect(self._show)
        form.addRow("", self.show_secret)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("&Encrypt and open") if new else self.tr("&Open"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def _say(self, text: str) -> None:
        """Show *text* under the fields; the dialog grows so that no line of it is cut."""
        self.message.setText(text)
        layout = self.layout()
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _problem(self, secret: str) -> str | None:
        if not secret:
            return self.tr("Type the passphrase.")
        if not self.new:
            return None
        if passphrase_problem(secret) is not None:
            return self.tr("A passphrase has at least {minimum} characters.").format(
                minimum=MIN_PASSPHRASE
            )
        if secret != self.confirm.text():
            return self.tr("The two passphrases differ.")
        return None

    def accept(self) -> None:
        secret = self.secret.text()
        problem = self._problem(secret)
        if problem is not None:
            self._say(problem)
            self.secret.setFocus()
            return
        key = key_from_secret(secret, KeySource.PASSPHRASE)
        try:
            self.database = self.opener(key)
        except WrongKeyError:
            self._say(
                self.tr("This passphrase does not open the database. The file was left untouched.")
            )
            self.secret.selectAll()
            self.secret.setFocus()
            return
        except Exception as error:  # the caller explains it
            self.error = error
            super().reject()
            return
        super().accept()
