"""What the commands share: the error they report, the database they open, the files they write."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consultant_app.store.database import Database


class CommandError(Exception):
    """A command failed in a way the user can fix; the message says how."""


@contextmanager
def reported(*errors: type[Exception]) -> Iterator[None]:
    """Turn the *errors* raised inside into a CommandError: their message is for the user."""
    try:
        yield
    except errors as error:
        raise CommandError(str(error)) from error


def database_path(args: argparse.Namespace) -> Path:
    path = getattr(args, "db", None)
    if path is not None:
        return Path(path)
    from consultant_app.paths import default_database_path

    default = default_database_path()
    default.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return default


def open_database(
    args: argparse.Namespace, *, create: bool = True, read_only: bool = False
) -> Database:
    """The database of *args*; with ``create=False`` a mistyped path is an error, not a new file.

    A *read_only* opening (the commands that only read) writes nothing at all.
    """
    from consultant_app.store.database import open_database

    database = open_database(database_path(args), create=create, read_only=read_only)
    if database.converted:
        print(f"{database.path} was encrypted (a database of an earlier version).", file=sys.stderr)
    if database.recovery_key:
        print(
            f"The key of the new database {database.path} is kept in this computer's keyring.\n"
            f"Its recovery key, shown this once, opens it anywhere else; keep it safe:\n"
            f"    {database.recovery_key}",
            file=sys.stderr,
        )
    return database


@contextmanager
def opened_database(
    args: argparse.Namespace, *, create: bool = True, read_only: bool = False
) -> Iterator[Database]:
    """The database of *args*, open inside the ``with`` block and closed after it."""
    database = open_database(args, create=create, read_only=read_only)
    try:
        yield database
    finally:
        database.close()


def existing_database(args: argparse.Namespace) -> Path:
    """The path of the database of *args*, which must exist."""
    path = database_path(args)
    if not path.exists():
        raise CommandError(f"There is no database at {path}.")
    return path


def check_year(year: int) -> None:
    if not 1900 <= year <= 2999:
        raise CommandError(f"The year must be between 1900 and 2999; got {year}.")


def writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise CommandError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"The folder {folder} cannot be written (permission denied).")


def check_output_file(output: Path, what: str, *, replacing: bool = True) -> None:
    """Refuse, before any work, a file (a *what*: "PDF file") that could not be written.

    With ``replacing=False`` a read-only file already there is left for the writing to refuse.
    """
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the name of the {what} to write.")
    writable_folder(output.parent)
    if replacing and output.exists() and not os.access(output, os.W_OK):
        raise CommandError(f"{output} cannot be replaced (permission denied).")


def check_output_folder(folder: Path, what: str) -> None:
    """Refuse a folder that could not receive the *what*; a missing last level is created later."""
    if folder.exists():
        if not folder.is_dir():
            raise CommandError(f"{folder} is a file; give a folder to write the {what} into.")
        writable_folder(folder)
    else:
        writable_folder(folder.parent)
