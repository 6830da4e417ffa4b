"""Start-up safety in the window: unlock, recovery key, damaged database, background check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from consultant_app.store.backups import backup_database, list_backups
from consultant_app.store.database import open_database
from consultant_app.store.errors import KeyRequiredError
from consultant_app.store.keys import KeySource, key_from_secret, load_key, parse_recovery
from consultant_app.ui import startup_safety
from consultant_app.ui.dialogs.recovery_key import RecoveryKeyDialog
from consultant_app.ui.dialogs.unlock import UnlockDialog
from tests.support.keyring_backend import FileKeyring

SECRET = "a long enough passphrase"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(FileKeyring())


def _opener(path: Path):  # type: ignore[no-untyped-def]
    return lambda key: open_database(path, key=key)


def test_a_new_passphrase_must_be_long_and_typed_twice(qtbot, db_path: Path, no_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(db_path, new=True, opener=_opener(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.secret, "short")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert "at least" in dialog.message.text()
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, SECRET)
    qtbot.keyClicks(dialog.confirm, SECRET + "x")
    dialog.accept()
    assert "differ" in dialog.message.text() and not db_path.exists()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, SECRET)
    dialog.accept()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.database is not None and dialog.database.key is not None
    assert dialog.database.key.source is KeySource.PASSPHRASE
    dialog.database.close()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_a_wrong_passphrase_keeps_the_dialog_open_and_the_file_untouched(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, no_keyring
) -> None:
    open_database(db_path, key=key_from_secret(SECRET, KeySource.PASSPHRASE)).close()
    before = db_path.read_bytes()
    with pytest.raises(KeyRequiredError) as raised:
        open_database(db_path)
    dialog = UnlockDialog(db_path, new=raised.value.new, opener=_opener(db_path))
    qtbot.addWidget(dialog)
    assert not dialog.confirm.isVisible()
    qtbot.keyClicks(dialog.secret, "not the right one")
    dialog.accept()
    assert "does not open" in dialog.message.text()
    assert dialog.result() != UnlockDialog.DialogCode.Accepted
    assert db_path.read_bytes() == before
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, SECRET)
    dialog.accept()
    assert dialog.database is not None
    dialog.database.close()


def test_an_unattended_window_asks_nothing_and_says_why_it_cannot_open(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, no_keyring, monkeypatch, capsys
) -> None:
    open_database(db_path, key=key_from_secret(SECRET, KeySource.PASSPHRASE)).close()
    before = db_path.read_bytes()

    def no_dialog(*_args: object) -> int:
        raise AssertionError("an unattended start must not wait for an answer")

    monkeypatch.setattr(UnlockDialog, "exec", no_dialog)
    monkeypatch.setattr(QMessageBox, "critical", no_dialog)
    assert startup_safety.open_store(db_path, interactive=False) is None
    assert "CONSULTANT_APP_PASSPHRASE" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_the_recovery_key_is_shown_once_and_must_be_acknowledged(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    database = open_database(db_path)
    recovery = database.recovery_key
    assert recovery is not None
    dialog = RecoveryKeyDialog(db_path, recovery, "test keyring")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_label.text() == recovery
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc does not lose the key unseen
    target = tmp_path / "recovery.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    assert recovery in target.read_text() and target.stat().st_mode & 0o077 == 0
    assert parse_recovery(recovery) == load_key(db_path).raw  # type: ignore[union-attr]
    assert recovery in dialog.document().toPlainText()
    dialog.kept.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    database.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 600] = b"\x5a" * 500
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_replaced_by_its_newest_good_backup(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, monkeypatch
) -> None:
    database = open_database(db_path)
    backup_database(database, label="daily")
    key = database.key
    database.close()
    _damage(db_path)
    damaged = db_path.read_bytes()
    problems = startup_safety.check_database(db_path, quick=True, key=key)
    assert problems
    assert startup_safety.newest_good_backup(db_path, key) is not None
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    assert startup_safety.offer_restore(None, db_path, key, problems)
    assert "kept aside" in asked[0]
    kept = list(db_path.parent.glob(f"{db_path.name}.before-restore-*.db"))
    assert kept and kept[0].read_bytes() == damaged  # the damaged file is never overwritten
    assert startup_safety.check_database(db_path, key=key) == []
    open_database(db_path).close()


def test_without_a_sound_backup_the_damaged_file_is_left_alone(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, monkeypatch
) -> None:
    database = open_database(db_path)
    key = database.key
    database.close()
    _damage(db_path)
    assert not list_backups(db_path.parent / "backups", db_path.stem)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert not startup_safety.offer_restore(None, db_path, key, ["page 3 is damaged"])
    assert "No sound backup" in shown[0]


def test_the_quick_check_runs_in_the_background(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(db_path)
    check = startup_safety.IntegrityCheck(database.path, database.key)
    with qtbot.waitSignal(check.finished, timeout=10_000) as blocker:
        check.start()
    assert blocker.args == [[]]
    database.close()
