"""Database files on the disk: the SQLite header that tells a plain file, flushing to the disk."""

from __future__ import annotations

import os
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def fsync_dir(folder: Path) -> None:
    """Flush the entries of *folder* (a rename in it) to the disk, where the system allows."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def fsync_file(path: Path) -> None:
    """Flush the file *path* and the entry of its folder to the disk."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    fsync_dir(path.parent)
