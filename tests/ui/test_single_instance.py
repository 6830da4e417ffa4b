"""One window per database: a second start hands over to the first, in one process."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMainWindow

from consultant_app.ui import single_instance
from consultant_app.ui.single_instance import (
    SingleInstance,
    bring_to_front,
    claim,
    notify_running,
    server_name,
)


@pytest.fixture
def instances() -> Iterator[list[SingleInstance]]:
    """The instances a test made; closed (their socket removed) afterwards."""
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()
        QLocalServer.removeServer(instance.name)


def test_the_name_depends_on_the_resolved_file_and_the_user(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.db"
    name = server_name(db)
    assert name.startswith("consultant-app-") and len(name) <= 40
    assert name.replace("-", "").isalnum()
    monkeypatch.chdir(tmp_path)
    assert server_name(Path("a.db")) == name
    assert server_name(tmp_path / "sub" / ".." / "a.db") == name
    if hasattr(os, "symlink"):
        (tmp_path / "link.db").symlink_to(db)
        assert server_name(tmp_path / "link.db") == name
    assert server_name(tmp_path / "b.db") != name
    assert server_name(db, user="someone-else") != name
    assert server_name(db, user="someone-else") == server_name(db, user="someone-else")


def test_a_second_instance_activates_the_first_window(qtbot, tmp_path: Path, instances) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.db"
    first = claim(db)
    assert first is not None
    instances.append(first)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.isMinimized()
    first.activation_requested.connect(lambda: bring_to_front(window))

    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert claim(db) is None  # the second start: the database is taken

    assert not window.isMinimized()
    assert window.isVisible()
    # Another database has a window of its own.
    other = claim(tmp_path / "b.db")
    assert other is not None
    instances.append(other)
    window.close()


def test_a_connection_without_the_message_activates_nothing(
    qtbot, tmp_path: Path, instances
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtNetwork import QLocalSocket

    first = claim(tmp_path / "a.db")
    assert first is not None
    instances.append(first)
    seen: list[bool] = []
    first.activation_requested.connect(lambda: seen.append(True))
    probe = QLocalSocket()
    probe.connectToServer(first.name)
    assert probe.waitForConnected(1000)
    probe.write(b"hello\n")
    probe.flush()
    probe.disconnectFromServer()
    qtbot.wait(200)
    assert seen == []
    assert notify_running(first.name)
    qtbot.waitUntil(lambda: seen == [True], timeout=3000)


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file left by a crash")
def test_a_socket_left_by_a_crashed_window_is_taken_over(qtbot, tmp_path: Path, instances) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "a.db"
    name = server_name(db)
    path = Path(QDir.tempPath()) / name
    path.unlink(missing_ok=True)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))  # bound, then gone without removing its file: nobody listens
    crashed.close()
    assert path.exists()
    assert not notify_running(name)

    first = claim(db)

    assert first is not None
    instances.append(first)
    assert first.server.isListening()
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert notify_running(name)


def test_run_window_hands_over_before_opening_the_database(
    qtbot, tmp_path: Path, instances, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from consultant_app import app

    db = tmp_path / "a.db"
    first = claim(db)
    assert first is not None
    instances.append(first)

    def no_open(_path: Path, interactive: bool = True) -> None:
        raise AssertionError("the second start must not open the database")

    from consultant_app.ui import startup_safety

    monkeypatch.setattr(startup_safety, "open_store", no_open)
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert app.run_window(db) == 0
    assert "already open in another window" in capsys.readouterr().err
    assert not db.exists()


def test_a_window_that_cannot_listen_still_opens(tmp_path: Path, monkeypatch, instances) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(SingleInstance, "listen", lambda self: False)
    monkeypatch.setattr(SingleInstance, "name_in_use", lambda self: False)
    instance = claim(tmp_path / "a.db")
    assert instance is not None
    instances.append(instance)
    assert single_instance.notify_running(instance.name) is False
