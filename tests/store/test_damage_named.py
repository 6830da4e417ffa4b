"""Damage is named as damage: the file's own key that no longer opens it means a damaged
file, not a wrong key; a wrong key is still called a wrong key."""

from __future__ import annotations

from pathlib import Path

import pytest

from consultant_app.cli import main
from consultant_app.store.database import open_database
from consultant_app.store.errors import DamagedDatabaseError, WrongKeyError
from consultant_app.store.keys import new_key


def _damage(path: Path) -> bytes:
    """Change two bytes of the first page after its salt (as a failing disk would)."""
    content = bytearray(path.read_bytes())
    original = bytes(content)
    content[200] ^= 0xFF
    content[201] ^= 0xFF
    path.write_bytes(bytes(content))
    return original


def test_two_changed_bytes_are_called_damage_with_the_way_out(db_path: Path) -> None:
    open_database(db_path).close()
    _damage(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(db_path)
    message = str(raised.value)
    assert "damaged" in message and "backup" in message and "wrong" not in message
    assert db_path.read_bytes() == damaged  # left untouched


def test_a_wrong_key_is_still_a_wrong_key(db_path: Path) -> None:
    open_database(db_path).close()
    with pytest.raises(WrongKeyError) as raised:
        open_database(db_path, key=new_key())
    assert not isinstance(raised.value, DamagedDatabaseError)
    assert "does not open" in str(raised.value)


def test_the_command_line_says_damaged(db_path: Path, capsys: pytest.CaptureFixture) -> None:
    open_database(db_path).close()
    _damage(db_path)
    assert main(["--db", str(db_path), "info"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "restore" in err and "Traceback" not in err
