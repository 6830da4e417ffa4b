"""A window killed with SIGKILL while a record is being edited: its draft is in the file."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from consultant_app.services.forms import drafts
from consultant_app.services.people.interns import save_intern
from consultant_app.store.database import open_database
from tests.support.db import connect_raw

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

TYPIST = Path(__file__).with_name("draft_typist.py")
#: Seconds the window may take to start, type and write its draft (a busy machine).
LINE_TIMEOUT_S = 60.0


def _read_line(process: subprocess.Popen[bytes], timeout: float) -> str:
    assert process.stdout is not None
    fd = process.stdout.fileno()
    buffer = b""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while b"\n" not in buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                raise AssertionError(f"the window wrote no draft within {timeout} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
    return buffer.decode().split("\n")[0]


def test_the_draft_of_a_killed_window_is_found_at_the_next_start(
    tmp_path: Path, app_home: Path
) -> None:
    path = tmp_path / "office.db"
    database = open_database(path)
    try:
        intern_id = save_intern(
            database,
            {
                "first_name": "Lotte",
                "last_name": "Vermeulen",
                "birth_date": "2003-03-14",
                "gender": "F",
                "language": "NL",
                "municipality": "Gent",
            },
        )
    finally:
        database.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULTANT_APP_HOME=str(app_home))
    log = tmp_path / "typist.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(TYPIST), str(path), "Hasselt"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
        )
    try:
        line = _read_line(process, LINE_TIMEOUT_S)
        assert process.poll() is None, log.read_text()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=LINE_TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    assert line == f"draft {intern_id}", log.read_text()

    connection = connect_raw(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    database = open_database(path)
    try:
        pending = drafts.pending_drafts(database)
        assert [(d.kind, d.record_id) for d in pending] == [(drafts.INTERN, intern_id)]
        assert pending[0].values == {"municipality": "Hasselt"}  # only what was changed
        assert pending[0].title == "Lotte Vermeulen"
        assert isinstance(pending[0].id, uuid.UUID)
    finally:
        database.close()
