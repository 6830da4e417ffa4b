"""One window per database, with real processes: a second start exits at once, code 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from consultant_app.store.database import open_database
from consultant_app.ui.single_instance import server_name

#: Seconds a window may take to start listening (a busy machine).
START_TIMEOUT_S = 30.0
#: Seconds a second start may take to hand over and exit.
HANDOVER_LIMIT_S = 10.0


def _listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(200)
    probe.abort()
    return connected


def _window(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "consultant_app", "--db", str(db), "run", *extra]


def test_a_second_window_on_the_same_database_hands_over_and_exits(
    qapp, tmp_path: Path, app_home: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "office.db"
    open_database(db).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULTANT_APP_HOME=str(app_home))
    name = server_name(db)
    first = subprocess.Popen(
        _window(db), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _listening(name):
            assert first.poll() is None, first.stderr.read().decode()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.1)

        started = time.monotonic()
        second = subprocess.run(
            _window(db, "--view", "hosts"),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        elapsed = time.monotonic() - started

        assert second.returncode == 0, second.stderr
        assert "already open in another window" in second.stderr
        assert str(db) in second.stderr
        assert elapsed < HANDOVER_LIMIT_S
        assert first.poll() is None  # the first window is still there

        # Another database opens a window of its own beside it.
        other = tmp_path / "other.db"
        third = subprocess.run(
            _window(other, "--quit-after-paint"),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert third.returncode == 0, third.stderr
        assert "painted" in third.stdout
        # The command line tools do not take part: they run beside the window.
        info = subprocess.run(
            [sys.executable, "-m", "consultant_app", "--db", str(db), "info"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert info.returncode == 0, info.stderr
    finally:
        first.terminate()
        try:
            first.wait(timeout=10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
        QLocalServer.removeServer(name)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a killed window's socket file (Unix)")
def test_a_window_starts_after_the_previous_one_was_killed(
    qapp, tmp_path: Path, app_home: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "office.db"
    open_database(db).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULTANT_APP_HOME=str(app_home))
    name = server_name(db)
    crashed = subprocess.Popen(
        _window(db), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _listening(name):
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.1)
    finally:
        crashed.kill()  # SIGKILL: its socket file stays behind
        crashed.wait()
    assert not _listening(name)
    again = subprocess.run(
        _window(db, "--quit-after-paint"), env=env, capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 0, again.stderr
    assert "painted" in again.stdout
    assert "already open" not in again.stderr
    QLocalServer.removeServer(name)
