"""Who has a database open: a lock file beside it, shared by every opening, exclusive for restore.

Every process that opens the database (a window, an import, a backup, a sync) holds a
shared lock on ``NAME-lock`` for as long as it has the file open. Replacing the file
(restore) or rewriting it whole (a migration, the encryption of a plain file) needs the
exclusive lock: it is refused while anyone else has the database open, and nobody can
open it while it is being replaced. The lock is the operating system's (``flock`` on
macOS and Linux, byte-range locks on Windows): a killed process releases it.
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import time
from pathlib import Path
from typing import IO

from consultant_app.store.errors import StoreError

#: Seconds an opening waits for a restore or a migration elsewhere to finish.
OPEN_WAIT_S = 10.0
#: Windows: the shared lock is one byte among these; the exclusive lock takes them all.
_SLOTS = 4096


class DatabaseInUseError(StoreError):
    """The database is open elsewhere (or being replaced): the operation was not started."""


def lock_path(database: Path) -> Path:
    return database.with_name(f"{database.name}-lock")


class DatabaseLock:
    """The lock one opening of a database holds; :meth:`release` (or garbage) lets it go."""

    def __init__(self, database: Path, handle: IO[bytes], exclusive: bool, slot: int) -> None:
        self.database = database
        self._handle: IO[bytes] | None = handle
        self.exclusive = exclusive
        self._slot = slot

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle, self.exclusive, self._slot)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten opening must not keep others out forever
        with contextlib.suppress(Exception):  # nothing can be done at collection time
            self.release()


def _open_handle(database: Path) -> IO[bytes] | None:
    """The lock file, opened (created if need be); None where the folder cannot be written."""
    path = lock_path(database)
    old_umask = os.umask(0o077)
    try:
        return open(path, "a+b")
    except OSError:
        return None  # a read-only folder: nobody can replace the database there either
    finally:
        os.umask(old_umask)


if sys.platform.startswith("win"):  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(handle: IO[bytes], exclusive: bool) -> int | None:
        fd = handle.fileno()
        if exclusive:
            os.lseek(fd, 1, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, _SLOTS)
            except OSError:
                return None
            return 0
        for slot in random.sample(range(1, _SLOTS + 1), 64):
            os.lseek(fd, slot, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                continue
            return slot
        return None

    def _unlock(handle: IO[bytes], exclusive: bool, slot: int) -> None:
        fd = handle.fileno()
        os.lseek(fd, 1 if exclusive else slot, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, _SLOTS if exclusive else 1)

    def _share_held(handle: IO[bytes]) -> int:
        _unlock(handle, True, 0)
        slot = _try(handle, False)
        return slot or 1

else:
    import fcntl

    def _try(handle: IO[bytes], exclusive: bool) -> int | None:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return 0

    def _unlock(handle: IO[bytes], _exclusive: bool, _slot: int) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _share_held(handle: IO[bytes]) -> int:
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH)  # converted in place, never let go
        return 0


class _Unlocked(DatabaseLock):
    """Where no lock file can be made (a read-only folder): nothing to hold."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._handle = None
        self.exclusive = False
        self._slot = 0

    @property
    def held(self) -> bool:
        return False


def _acquire(database: Path, exclusive: bool, wait_s: float, busy: str) -> DatabaseLock:
    handle = _open_handle(database)
    if handle is None:
        return _Unlocked(database)
    deadline = time.monotonic() + wait_s
    delay = 0.02
    while True:
        slot = _try(handle, exclusive)
        if slot is not None:
            return DatabaseLock(database, handle, exclusive, slot)
        if time.monotonic() >= deadline:
            handle.close()
            raise DatabaseInUseError(database, busy)
        time.sleep(delay)
        delay = min(delay * 2, 0.25)


def share(database: Path, wait_s: float | None = None) -> DatabaseLock:
    """The shared lock of an opening; waits *wait_s* for a restore or migration to end."""
    return _acquire(
        database,
        False,
        OPEN_WAIT_S if wait_s is None else wait_s,
        f"{database} is being restored or migrated by another program; "
        "try again when it has finished. Nothing was changed.",
    )


def take_exclusive(database: Path, doing: str, wait_s: float = 0.0) -> DatabaseLock:
    """The exclusive lock needed for *doing* (e.g. "restore it"); refused while open elsewhere."""
    return _acquire(
        database,
        True,
        wait_s,
        f"{database} is open in another window or program (an import, a backup or a sync): "
        f"close it there, then {doing}. Nothing was changed.",
    )


def downgrade(lock: DatabaseLock) -> DatabaseLock:
    """Turn an exclusive *lock* back into a shared one (after a migration, to work on)."""
    if not lock.held or not lock.exclusive:
        return lock
    database, handle = lock.database, lock._handle
    assert handle is not None
    lock._handle = None  # the handle moves to the shared lock
    slot = _share_held(handle)
    return DatabaseLock(database, handle, False, slot)
