"""One window per database: a second start brings the first window to the front and stops.

The first window of a database listens on a local socket (a Unix domain
socket, a named pipe on Windows) whose name is derived from a hash of the
database's resolved path and the user's name: two databases can be open side
by side, two users of one machine never meet, and the name stays short. A
second start on the same database connects to it, asks it to come to the front
and exits without opening the database.

When a window crashed, its Unix socket file stays behind: nobody answers a
connection to it, so it is removed and the new window listens in its place.
The command line tools do not take part: they may run beside the window.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: What a second start sends to the first window.
ACTIVATE = b"activate\n"
#: Milliseconds a second start waits to connect and to hand over its message.
CONNECT_TIMEOUT_MS = 500
WRITE_TIMEOUT_MS = 1000
PREFIX = "consultant-app-"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container): the numeric id where there is one
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def server_name(db_path: Path | str, user: str | None = None) -> str:
    """The local server name of the window on *db_path* for *user* (default: the current one).

    ``consultant-app-`` and 20 hex digits of a SHA-256: short enough for every
    platform's limit on socket paths and pipe names.
    """
    resolved = Path(db_path).expanduser().resolve()
    key = f"{user if user is not None else _user()}\0{os.path.normcase(str(resolved))}"
    return PREFIX + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def notify_running(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Ask the window listening on *name* to come to the front; whether one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(WRITE_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WRITE_TIMEOUT_MS)
    return True


class SingleInstance(QObject):
    """The listening side: emits :attr:`activation_requested` when another start asks."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        # On Unix the socket file is made for the user only.
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen on the name; False when it is taken (or cannot be used)."""
        if self.server.listen(self.name):
            return True
        log.info("Cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def name_in_use(self) -> bool:
        """Whether the last :meth:`listen` failed because the name exists already."""
        return self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError

    def error(self) -> str:
        return self.server.errorString()

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        data = bytes(connection.readAll().data())
        if ACTIVATE.strip() in data:
            self.activation_requested.emit()


def claim(db_path: Path | str) -> SingleInstance | None:
    """Become the window of *db_path*; None when another window has it (and was told to show).

    A window that cannot listen (an odd file system) still opens: the check is a
    convenience against mistakes, SQLite itself keeps the data consistent.
    """
    name = server_name(db_path)
    if notify_running(name):
        return None
    instance = SingleInstance(name)
    if instance.listen():
        return instance
    if instance.name_in_use():
        # Either another start began listening since our attempt (it answers now),
        # or a crashed window left its socket file behind (nobody answers): remove it.
        if notify_running(name):
            return None
        log.info("Removing the stale local socket %s", name)
        QLocalServer.removeServer(name)
        if instance.listen():
            return instance
    log.warning("Another window on %s will not be noticed: %s", db_path, instance.error())
    return instance


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, raise and activate *window* (the window manager may only flash it)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
