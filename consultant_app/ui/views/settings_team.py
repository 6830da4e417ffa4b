"""Settings → Team: this database's team hub, a sync on demand, making a hub, leaving it.

A database outside a team can become a new hub's first copy (the hub's address and the
password of its administrator role; the password goes to the keyring). In a team the page
shows the hub, the last sync, the changes waiting and the open conflicts. The work runs
off the GUI thread; an unreachable hub is said plainly, nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_app.services.settings import team
from consultant_app.store.database import Database
from consultant_app.ui.tasks import run_task


class TeamPage(QWidget):
    """The "Team" tab of Settings."""

    #: The team state changed (joined a hub, synced, left): the status bar refreshes.
    changed = Signal()
    #: A team was joined into this new database file: the window opens it.
    joined = Signal(Path)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self.database = database
        self.status_box = QGroupBox()
        self.status_form = QFormLayout(self.status_box)
        self.sync_button = QPushButton()
        self.leave_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.leave_button.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        self.status_form.addRow(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("teamMessage")

        self.init_box = QGroupBox()
        init_form = QFormLayout(self.init_box)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://role@host/database")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.init_button = QPushButton()
        self.init_button.clicked.connect(self.make_hub)
        self.url_label = QLabel()
        self.password_label = QLabel()
        init_form.addRow(self.intro)
        init_form.addRow(self.url_label, self.url)
        init_form.addRow(self.password_label, self.password)
        init_form.addRow(self.init_button)

        self.join_box = QGroupBox()
        join_form = QFormLayout(self.join_box)
        self.join_intro = QLabel()
        self.join_intro.setWordWrap(True)
        self.join_url = QLineEdit()
        self.join_url.setPlaceholderText("postgresql://role@host/database")
        self.join_password = QLineEdit()
        self.join_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self.join)
        self.join_url_label = QLabel()
        self.join_password_label = QLabel()
        join_form.addRow(self.join_intro)
        join_form.addRow(self.join_url_label, self.join_url)
        join_form.addRow(self.join_password_label, self.join_password)
        join_form.addRow(self.join_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addWidget(self.init_box)
        layout.addWidget(self.join_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        status = team.team_status(self.database)
        in_team = status.hub is not None
        self.status_box.setVisible(in_team)
        self.init_box.setVisible(not in_team)
        self.join_box.setVisible(not in_team)
        while self.status_form.rowCount() > 1:
            self.status_form.removeRow(0)
        if in_team:
            rows = [
                (self.tr("Hub"), status.hub or ""),
                (self.tr("Last sync"), status.last_sync or self.tr("never")),
                (self.tr("Changes waiting"), str(status.pending)),
                (self.tr("Open conflicts"), str(status.conflicts)),
            ]
            for number, (label, value) in enumerate(rows):
                self.status_form.insertRow(number, label, QLabel(value))
        self.retranslate()

    def retranslate(self) -> None:
        self.status_box.setTitle(self.tr("Team"))
        self.sync_button.setText(self.tr("Sync now"))
        self.leave_button.setText(self.tr("Leave the team…"))
        self.init_box.setTitle(self.tr("Work as a team"))
        self.intro.setText(
            self.tr(
                "Share this database with colleagues through a PostgreSQL database (the hub). "
                "This database becomes the hub's first copy; colleagues then join it."
            )
        )
        self.url_label.setText(self.tr("Hub address"))
        self.password_label.setText(self.tr("Password"))
        self.init_button.setText(self.tr("Make this database the team's first copy"))
        self.join_box.setTitle(self.tr("Join a team"))
        self.join_intro.setText(
            self.tr(
                "Work on a team's data: a new database is made on this computer from the "
                "hub, and the window opens it. This database stays as it is."
            )
        )
        self.join_url_label.setText(self.tr("Hub address"))
        self.join_password_label.setText(self.tr("Password"))
        self.join_button.setText(self.tr("Join…"))

    def _address(
        self, url_field: QLineEdit | None = None, password_field: QLineEdit | None = None
    ) -> str:
        url = (url_field or self.url).text().strip()
        password = (password_field or self.password).text()
        if password and "@" in url and "://" in url:
            scheme, rest = url.split("://", 1)
            user, host = rest.split("@", 1)
            if ":" not in user:
                from urllib.parse import quote

                url = f"{scheme}://{user}:{quote(password, safe='')}@{host}"
        return url

    def make_hub(self) -> None:
        url = self._address()
        if not url:
            self.message.setText(self.tr("Give the hub's address."))
            return
        database = self.database
        self.message.setText(self.tr("Sending this database to the hub…"))
        run_task(
            lambda: team.init_hub(database, url),
            self._done,
            self._failed,
            owner=self,
            busy=[self.init_button],
        )

    def join(self) -> None:
        """Ask where the team's database goes, make it from the hub, then let the window open it."""
        url = self._address(self.join_url, self.join_password)
        if not url:
            self.message.setText(self.tr("Give the hub's address."))
            return
        suggested = self.database.path.with_name("team.db")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("The team's database on this computer"), str(suggested), "*.db"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.exists() and path.stat().st_size:
            self.message.setText(
                self.tr("{path} already exists: joining makes a new database.").format(path=path)
            )
            return
        self.message.setText(self.tr("Copying the team's data from the hub…"))

        def work() -> Path:
            database, _outcome = team.join_hub(path, url)
            database.close()
            return path

        def done(joined: Path) -> None:
            self.join_password.clear()
            self.message.setText(self.tr("Joined: {path} opens now.").format(path=joined))
            self.joined.emit(joined)

        run_task(work, done, self._failed, owner=self, busy=[self.join_button])

    def sync_now(self) -> None:
        database = self.database
        self.message.setText(self.tr("Syncing…"))
        run_task(
            lambda: team.sync(database), self._done, self._failed, owner=self,
            busy=[self.sync_button],
        )  # fmt: skip

    def _done(self, outcome: object) -> None:
        self.password.clear()
        sent, received = getattr(outcome, "pushed", 0), getattr(outcome, "pulled", 0)
        self.message.setText(self.tr("Sent {0} change(s), received {1}.").format(sent, received))
        self.reload()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, team.HubError | team.TeamError | team.SchemaMismatch):
            raise error
        self.message.setText(str(error))
        self.reload()
        self.changed.emit()

    def leave(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Leave the team"),
            self.tr(
                "This database stops syncing with the hub. Its data stays on this computer; "
                "changes not sent yet are not sent. Leave the team?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        team.leave_team(self.database)
        self.message.setText(self.tr("This database no longer syncs with the team."))
        self.reload()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.reload()
        super().changeEvent(event)
