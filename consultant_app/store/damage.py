"""What a check found: a database found damaged stays marked so, beside it, until a restore
replaces it or a later check finds it sound. A marked database opens read-only.

The mark is a small file ``NAME-damaged`` (the damaged file itself is never written to):
when, what the check found, and the file's identity on its disk then, so that a file
put in its place (a restore renames another file over it) is not taken for the damaged one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from consultant_app.store.errors import DamagedDatabaseError
from consultant_app.store.integrity import summarise_problems


class MarkedDamagedError(DamagedDatabaseError):
    """The database was found damaged by a check: it opens read-only until restored."""


@dataclass(frozen=True)
class DamageMark:
    found_at: datetime
    problems: tuple[str, ...]


def mark_path(database: Path) -> Path:
    return database.with_name(f"{database.name}-damaged")


def _fingerprint(database: Path) -> list[int]:
    """The file's identity on its disk: a restore (a rename over it) makes another one."""
    stat = database.stat()
    return [stat.st_dev, stat.st_ino]


def mark_damaged(database: Path, problems: list[str]) -> None:
    """Remember that *database* was found damaged (the *problems* a check found)."""
    record = {
        "found_at": datetime.now().isoformat(timespec="seconds"),
        "problems": summarise_problems(problems)[:5],
        "file": _fingerprint(database),
    }
    target = mark_path(database)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    old_umask = os.umask(0o077)
    try:
        temporary.write_text(json.dumps(record), encoding="utf-8")
        os.replace(temporary, target)
    finally:
        os.umask(old_umask)


def clear_damage(database: Path) -> None:
    mark_path(database).unlink(missing_ok=True)


def damage_mark(database: Path) -> DamageMark | None:
    """The mark of *database*, if a check found this very file damaged."""
    try:
        record = json.loads(mark_path(database).read_text(encoding="utf-8"))
        if record["file"] != _fingerprint(database):
            return None  # the file was replaced since: the mark speaks of another one
        return DamageMark(datetime.fromisoformat(record["found_at"]), tuple(record["problems"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def refuse_if_marked(database: Path) -> None:
    """Raise :class:`MarkedDamagedError` when *database* is marked damaged."""
    mark = damage_mark(database)
    if mark is None:
        return
    raise MarkedDamagedError(
        database,
        f"{database} was found damaged on {mark.found_at:%Y-%m-%d %H:%M} "
        f"({'; '.join(mark.problems[:2]) or 'integrity check failed'}). It opens read-only: "
        "nothing can be changed in it. Restore its newest sound backup (Settings → Data "
        "safety, or 'consultant-app restore BACKUP'); the damaged file is kept aside.",
    )
