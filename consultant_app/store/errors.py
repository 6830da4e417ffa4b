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
