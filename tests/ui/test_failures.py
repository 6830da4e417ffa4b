"""A failure no view handles (a full or failing disk, anything unexpected) is shown as a
message that says what was not written, where, and that nothing saved before was lost."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from consultant_app.ui.failures import install_failure_hook


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_failure_hook(lambda: Path("/data/fund.db"))
    return messages


def _raise(error: BaseException) -> None:
    try:
        raise error
    except BaseException as raised:  # handed to the hook as Qt would
        sys.excepthook(type(raised), raised, raised.__traceback__)


def test_a_full_disk_names_the_file_and_says_nothing_was_lost(qtbot, shown) -> None:
    _raise(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/out/SM-2026-014.pdf"))
    assert "disk is full" in shown[0] and "/out/SM-2026-014.pdf" in shown[0]
    assert "Nothing was lost" in shown[0]


def test_a_database_on_a_full_disk_names_the_database(qtbot, shown) -> None:
    import sqlite3

    _raise(
        OperationalError("UPDATE intern", {}, sqlite3.OperationalError("database or disk is full"))
    )
    assert "/data/fund.db" in shown[0] and "not saved" in shown[0]
    assert "as it was before" in shown[0]


def test_anything_else_is_shown_not_swallowed(qtbot, shown) -> None:
    _raise(RuntimeError("boom"))
    assert "RuntimeError: boom" in shown[0] and "unchanged" in shown[0]
