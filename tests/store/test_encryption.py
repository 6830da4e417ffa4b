"""Encryption at rest: keyring keys, passphrases, recovery keys, conversion of plain files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from consultant_app.services.people.interns import save_intern
from consultant_app.store import encryption, keys
from consultant_app.store.backups import backup_database, check_database, restore_database
from consultant_app.store.database import open_database
from consultant_app.store.errors import KeyRequiredError, MigrationError, WrongKeyError
from consultant_app.store.files import SQLITE_HEADER
from consultant_app.store.keys import (
    DatabaseKey,
    KeySource,
    key_from_secret,
    load_key,
    parse_recovery,
    recovery_text,
)
from consultant_app.store.sqlcipher import connect, table_counts
from tests.support.db import connect_raw
from tests.support.keyring_backend import FileKeyring

NAME = "Zyxwendolyn"
FAMILY = "Quackenbusch"


def _intern_values(**changes: str) -> dict[str, str]:
    values = {
        "first_name": NAME,
        "last_name": FAMILY,
        "birth_date": "2003-04-05",
        "gender": "F",
        "language": "FR",
        "national_number": "",
        "email": "zyx@example.org",
        "street": "Rue Haute",
        "house_number": "1",
        "postcode": "1000",
        "municipality": "Bruxelles",
        "registered_on": "2024-01-10",
        "consent_on": "2024-01-10",
    }
    values.update(changes)
    return values


def _add_intern(database, **changes: str) -> None:  # type: ignore[no-untyped-def]
    save_intern(database, _intern_values(**changes), today=date(2024, 2, 1))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _disk_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log, as a thief would read them."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without a keyring (keyring's fail backend, as on a headless machine)."""
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(FileKeyring())


def test_a_new_database_is_encrypted_and_names_are_not_in_clear(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        _add_intern(database)
        assert not db_path.read_bytes().startswith(SQLITE_HEADER)
        on_disk = _disk_bytes(db_path)
        assert NAME.encode() not in on_disk and FAMILY.encode() not in on_disk
        assert NAME.encode("utf-16-le") not in on_disk
    finally:
        database.close()
    assert db_path.stat().st_mode & 0o077 == 0
    assert NAME.encode() not in db_path.read_bytes()


def test_the_key_lives_in_the_keyring_and_a_recovery_key_is_given_once(db_path: Path) -> None:
    database = open_database(db_path)
    first_key, recovery = database.key, database.recovery_key
    database.close()
    assert first_key is not None and first_key.source is KeySource.KEYRING
    assert recovery is not None and parse_recovery(recovery) == first_key.raw
    assert load_key(db_path) == first_key
    again = open_database(db_path)
    try:
        assert again.recovery_key is None  # shown once only
        assert again.key == first_key
    finally:
        again.close()
    # No secret is written beside the database.
    assert first_key.raw is not None
    for item in db_path.parent.rglob("*"):
        if item.is_file():
            content = item.read_bytes()
            assert first_key.raw.hex().encode() not in content
            assert recovery.encode() not in content


def test_the_recovery_key_opens_the_database_once_the_keyring_has_lost_it(db_path: Path) -> None:
    database = open_database(db_path)
    _add_intern(database)
    recovery = database.recovery_key
    database.close()
    assert recovery is not None
    keys.forget_key(db_path)
    with pytest.raises(KeyRequiredError) as raised:
        open_database(db_path)
    assert raised.value.new is False
    assert "passphrase or recovery key" in str(raised.value)
    # Typed with spaces and in lower case, as people copy it.
    typed = recovery.replace("-", " ").lower()
    reopened = open_database(db_path, key=key_from_secret(typed, KeySource.PASSPHRASE))
    try:
        assert reopened.key is not None and reopened.key.source is KeySource.RECOVERY
    finally:
        reopened.close()
    assert load_key(db_path) is not None  # kept in the keyring again: the next start asks nothing


def test_a_wrong_key_is_refused_clearly_and_leaves_the_file_untouched(
    db_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    _add_intern(database)
    database.close()
    before = _digest(db_path)
    wrong = DatabaseKey(raw=bytes(32), source=KeySource.RECOVERY)
    with pytest.raises(WrongKeyError, match="does not open"):
        open_database(db_path, key=wrong)
    with pytest.raises(WrongKeyError):
        open_database(db_path, key=key_from_secret("not the passphrase", KeySource.PASSPHRASE))
    assert _digest(db_path) == before
    captured = capfd.readouterr()
    assert "ERROR" not in captured.err and "hmac" not in captured.err  # SQLCipher's log is silent


def test_without_a_keyring_a_passphrase_is_asked_for_then_used(
    db_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not keys.keyring_available()
    with pytest.raises(KeyRequiredError) as raised:
        open_database(db_path)
    assert raised.value.new is True
    assert not db_path.exists()  # nothing written before a key is chosen
    secret = "correct horse battery staple"
    database = open_database(db_path, key=key_from_secret(secret, KeySource.PASSPHRASE))
    try:
        assert database.recovery_key is None
        _add_intern(database)
    finally:
        database.close()
    assert not db_path.read_bytes().startswith(SQLITE_HEADER)
    with pytest.raises(KeyRequiredError):
        open_database(db_path)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, secret)
    reopened = open_database(db_path)
    try:
        assert reopened.key is not None and reopened.key.source is KeySource.ENVIRONMENT
    finally:
        reopened.close()
    for item in db_path.parent.rglob("*"):
        if item.is_file():
            assert secret.encode() not in item.read_bytes()


def test_a_passphrase_is_derived_once_per_process(db_path: Path, no_keyring: None) -> None:
    key = key_from_secret("a passphrase long enough", KeySource.PASSPHRASE)
    open_database(db_path, key=key).close()
    keys._derive.cache_clear()
    for _ in range(5):
        connect(db_path, key).close()
    assert keys._derive.cache_info().misses == 1


def _plain_legacy_copy(source: Path, key: DatabaseKey, target: Path) -> None:
    """Write *source* as a plain SQLite file, as the first version of the application did."""
    connection = connect(source, key)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()


def test_a_plain_database_of_an_earlier_version_is_encrypted_with_nothing_lost(
    tmp_path: Path,
) -> None:
    seed = tmp_path / "seed.db"
    database = open_database(seed)
    _add_intern(database)
    _add_intern(database, first_name="Other", national_number="")
    assert database.key is not None
    seed_key = database.key
    database.close()
    plain = tmp_path / "plain.db"
    _plain_legacy_copy(seed, seed_key, plain)
    assert plain.read_bytes().startswith(SQLITE_HEADER)
    with connect_raw(plain) as connection:
        counts = table_counts(connection)
    # An automatic backup of the plain file, as the first version took them.
    old_backup = backup_database(plain)
    assert old_backup.read_bytes().startswith(SQLITE_HEADER)

    converted = open_database(plain)
    try:
        assert converted.converted and converted.recovery_key is not None
    finally:
        converted.close()
    assert not plain.read_bytes().startswith(SQLITE_HEADER)
    assert NAME.encode() not in _disk_bytes(plain)
    connection = connect_raw(plain)
    try:
        assert table_counts(connection) == counts
    finally:
        connection.close()
    # The backup taken before and the older plain backups are encrypted too.
    assert encryption.plain_copies(plain) == []
    assert not old_backup.read_bytes().startswith(SQLITE_HEADER)
    assert list(tmp_path.glob("plain.before-encryption-*.bak"))
    assert check_database(old_backup) == []


def test_a_failed_conversion_leaves_the_plain_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = tmp_path / "seed.db"
    database = open_database(seed)
    _add_intern(database)
    assert database.key is not None
    seed_key = database.key
    database.close()
    plain = tmp_path / "plain.db"
    _plain_legacy_copy(seed, seed_key, plain)
    before = _digest(plain)

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(encryption, "export_encrypted", broken)
    with pytest.raises(MigrationError, match="left untouched"):
        open_database(plain)
    assert _digest(plain) == before
    assert not list(tmp_path.glob(".plain.db.encrypting-*"))


def test_backups_are_encrypted_and_restore_with_the_key_of_their_database(db_path: Path) -> None:
    database = open_database(db_path)
    _add_intern(database)
    backup = backup_database(database)
    database.close()
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    assert NAME.encode() not in backup.read_bytes()
    assert backup.stat().st_mode & 0o077 == 0
    assert check_database(backup) == []  # its key is the key of its database
    restore_database(backup, db_path)
    reopened = open_database(db_path)
    reopened.close()


def test_a_foreign_file_is_not_taken_for_an_encrypted_database(db_path: Path) -> None:
    db_path.write_text("these are notes, not a database\n")
    from consultant_app.store.errors import NotADatabaseError

    with pytest.raises(NotADatabaseError, match="not a database of this application"):
        open_database(db_path)


def test_recovery_key_text_round_trips_and_rejects_other_text() -> None:
    key = keys.new_key()
    text = recovery_text(key)
    assert len(text.split("-")) == 13
    assert parse_recovery(text) == key.raw
    assert parse_recovery("correct horse battery staple") is None
    assert key_from_secret("correct horse battery staple", KeySource.PASSPHRASE).passphrase
    assert "raw" not in repr(key) or (key.raw is not None and key.raw.hex() not in repr(key))
    assert keys.passphrase_problem("short") is not None
    assert keys.passphrase_problem("long enough passphrase") is None
