"""Leftovers of interrupted runs: the temporary files a killed backup, restore or migration
left beside the database or among its backups, swept at the next opening.

Every copy the application writes goes first to a hidden temporary name that carries the
writing process's id (``.NAME.PID.tmp``, and SQLite's ``-journal``, ``-wal`` and ``-shm`` of
it), then is renamed.
A temporary file whose process no longer runs is a leftover: half a copy, never a backup.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: ``.NAME.PID.tmp`` and SQLite's side files of it (journal, write-ahead log, shared memory).
_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)\.tmp(?:-journal|-wal|-shm)?$")
#: Where the process cannot be asked (Windows), a temporary file this old is a leftover.
_STALE_SECONDS = 24 * 3600


def temporary_name(target: Path) -> Path:
    """The hidden temporary name a copy to *target* is written under before its rename."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _process_runs(pid: int) -> bool | None:
    """Whether process *pid* runs (None where this cannot be told)."""
    if pid == os.getpid():
        return True
    if sys.platform.startswith("win"):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    except OSError:
        return None
    return True


def sweep_leftovers(*folders: Path) -> list[Path]:
    """Remove the temporary files of finished or killed runs in *folders*; return them."""
    removed: list[Path] = []
    now = time.time()
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            match = _TEMPORARY.match(entry.name)
            if match is None or not entry.is_file():
                continue
            runs = _process_runs(int(match["pid"]))
            if runs is None:
                try:
                    runs = now - entry.stat().st_mtime < _STALE_SECONDS
                except OSError:
                    continue
            if runs:
                continue
            try:
                entry.unlink()
            except OSError as error:
                log.warning("Could not remove a leftover temporary file: %s", error.strerror)
                continue
            removed.append(entry)
    if removed:
        log.info("Removed %d temporary file(s) left by an interrupted run", len(removed))
    return removed
