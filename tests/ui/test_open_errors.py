"""A database that cannot be opened is explained in a dialog, and the file is left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from consultant_app.app import run_window
from tests.support.db import connect_raw


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def critical(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_text_file_is_explained_and_untouched(qapp, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "minutes.db"
    path.write_text("Minutes of the kick-off meeting")
    assert run_window(path) == 2
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Cannot open the database"
    assert "not a database" in text and str(path) in text
    assert path.read_text() == "Minutes of the kick-off meeting"


def test_read_only_file_is_explained(qapp, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.store.database import open_database

    path = tmp_path / "ro.db"
    open_database(path).close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        assert run_window(path) == 2
    finally:
        path.chmod(0o600)
    assert "read-only" in dialogs[0][1]
    assert path.read_bytes() == before


def test_newer_schema_is_explained(qapp, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    from consultant_app.store.database import open_database

    path = tmp_path / "future.db"
    open_database(path).close()
    connection = connect_raw(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042_future'")
    connection.commit()
    connection.close()
    assert run_window(path) == 2
    assert "newer version" in dialogs[0][1]
