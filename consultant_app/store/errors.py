"""Errors of the store, each with a message a consultant can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database cannot be opened or used; ``str(error)`` is the user-facing message."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class NotADatabaseError(StoreError):
    pass


class ForeignDatabaseError(StoreError):
    """An SQLite file that does not belong to this application."""


class ReadOnlyDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class MigrationError(StoreError):
    pass


class KeyRequiredError(StoreError):
    """The database is (or is to be) encrypted and no key is at hand: ask for a passphrase.

    ``new`` is True when the passphrase is to be chosen (a new database, or
    one still to be encrypted), False when an existing one must be typed.
    """

    def __init__(self, path: Path | str, message: str, *, new: bool) -> None:
        super().__init__(path, message)
        self.new = new


class WrongKeyError(StoreError):
    """The key or passphrase given does not open the database."""


class DamagedDatabaseError(WrongKeyError):
    """The key this computer keeps for this very file no longer opens it: the file is
    damaged (the key is not wrong). The file is left untouched; a backup is the way out."""
