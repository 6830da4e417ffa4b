"""Is a file a sound database: SQLite's checks, their findings made readable."""

from __future__ import annotations

import os
import re
from pathlib import Path

from consultant_app.store.files import has_sqlite_header
from consultant_app.store.keys import DatabaseKey, existing_key
from consultant_app.store.sqlcipher import DatabaseError, connect


def require_sqlite_file(path: Path, what: str) -> None:
    if not path.exists():
        raise ValueError(f"There is no {what} at {path}.")
    if not path.is_file():
        raise ValueError(f"{path} is a folder, not a {what} file.")
    if not os.access(path, os.R_OK):
        raise ValueError(f"{path} cannot be read: permission denied.")
    size = path.stat().st_size
    if not size or (not has_sqlite_header(path) and size % 512):
        raise ValueError(f"{path} is not a database of this application (not an SQLite file).")


def key_of(path: Path, key: DatabaseKey | None) -> DatabaseKey | None:
    """The key of the file *path*: None if it is plain, else *key* or the one at hand.

    Raises :class:`~consultant_app.store.errors.KeyRequiredError` when an
    encrypted file's key is neither given nor in the environment or keyring.
    """
    if has_sqlite_header(path):
        return None
    if key is not None:
        return key
    return existing_key(path)


def check_database(
    path: Path | str, *, quick: bool = False, key: DatabaseKey | None = None
) -> list[str]:
    """The problems SQLite finds in the database *path*; [] when it is sound.

    Runs ``PRAGMA integrity_check`` (``quick_check`` with *quick*) and
    ``PRAGMA foreign_key_check`` on a read-only connection. Raises
    :class:`ValueError` when *path* is missing or not an SQLite file.
    """
    source = Path(path).expanduser().absolute()
    require_sqlite_file(source, "database")
    key = key_of(source, key)
    problems: list[str] = []
    try:
        connection = connect(source, key, read_only=True, immutable_without_wal=True)
    except DatabaseError as error:
        return [f"cannot be opened: {error}"]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        problems += [str(row[0]) for row in rows if row[0] != "ok"]
        for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    except DatabaseError as error:
        problems.append(f"cannot be read: {error}")
    finally:
        connection.close()
    return problems


_BROKEN_PAGE = re.compile(r"^Tree \d+ page (\d+)|^On tree page (\d+)|^Page (\d+)")


def summarise_problems(problems: list[str], shown: int = 12) -> list[str]:
    """SQLite's integrity-check lines made readable: broken pages named once, in order."""
    pages: set[int] = set()
    unused = 0
    others: list[str] = []
    for problem in problems:
        for text in problem.strip().splitlines():
            match = _BROKEN_PAGE.match(text)
            if match and "never used" in text:
                unused += 1
            elif match:
                pages.add(int(next(group for group in match.groups() if group)))
            elif text.strip() and not text.startswith("*** in database"):
                others.append(text.strip())
    summary: list[str] = []
    if pages:
        listed = ", ".join(str(page) for page in sorted(pages)[:shown])
        more = f" and {len(pages) - shown} more" if len(pages) > shown else ""
        summary.append(f"{len(pages)} page(s) cannot be read: {listed}{more}")
    if unused:
        summary.append(f"{unused} page(s) no longer reachable (lost with the broken ones)")
    return summary + others
