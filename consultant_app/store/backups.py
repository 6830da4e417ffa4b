"""Backups of the database file: take, rotate, check and restore.

A backup is a consistent single-file copy made with SQLite's online backup
API from a read-only connection, so it can be taken while the window has
the database open (write-ahead log included). Backups are named
``<db stem>-YYYYMMDD-HHMMSS-<label>.db`` and live, by default, in a
``backups`` folder next to the database. The copy taken before a migration
or an encryption (``<stem>.<label>-YYYYMMDD-HHMMSS<suffix>.bak``) sits beside
the database itself. Every file written here is for the user only (mode
0600), because the database holds personal data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from consultant_app.store.damage import clear_damage, mark_damaged
from consultant_app.store.errors import StoreError
from consultant_app.store.files import fsync_dir, has_sqlite_header
from consultant_app.store.identity import same_database
from consultant_app.store.integrity import (
    check_database,
    key_of,
    require_sqlite_file,
    summarise_problems,
)
from consultant_app.store.keys import (
    DatabaseKey,
    environment_key,
    forget_key,
    load_key,
)
from consultant_app.store.leftovers import temporary_name
from consultant_app.store.locks import share, take_exclusive
from consultant_app.store.schema import HEAD, REVISIONS, read_state
from consultant_app.store.sqlcipher import DatabaseError, connect, copy_database

BACKUP_FOLDER = "backups"
DAILY = "daily"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_LABEL = re.compile(r"[a-z][a-z0-9]*")


@dataclass(frozen=True, order=True)
class BackupFile:
    """One backup of a database, as read from its file name."""

    taken: datetime
    counter: int
    written: int  # st_mtime_ns: orders two backups taken in the same second
    path: Path
    label: str

    @property
    def day(self) -> date:
        return self.taken.date()

    @property
    def week(self) -> tuple[int, int]:
        iso = self.taken.isocalendar()
        return iso.year, iso.week


def default_backup_dir(db_path: Path | str) -> Path:
    """The folder of the automatic backups: ``backups`` next to the database."""
    return Path(db_path).expanduser().absolute().parent / BACKUP_FOLDER


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        re.escape(stem) + r"-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z][a-z0-9]*)(?:-(?P<n>\d+))?\.db"
    )


def list_backups(directory: Path | str, stem: str) -> list[BackupFile]:
    """The backups of the database *stem* in *directory*, oldest first."""
    folder = Path(directory)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(stem)
    found = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match is None or entry.is_symlink() or not entry.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:
            continue
        written = entry.stat().st_mtime_ns
        found.append(BackupFile(taken, int(match["n"] or 1), written, entry, match["label"]))
    return sorted(found)


def _copy_single_file(
    source: Path,
    target: Path,
    key: DatabaseKey | None,
    target_key: DatabaseKey | None = None,
    *,
    verify: bool = False,
) -> list[str]:
    """Copy the database *source* (with its write-ahead log) to the new file *target*.

    The copy is encrypted with *target_key* (by default the key of *source*,
    *key*). It is written under a temporary name in the folder of *target*,
    made a single file (rollback journal, no -wal), flushed, then renamed.
    With *verify* the copy is quick-checked first; its problems are returned
    (and it is then renamed to its damaged name, see :func:`damaged_name`).
    """
    problems: list[str] = []
    target_key = target_key if target_key is not None else key
    temporary = temporary_name(target)
    old_umask = os.umask(0o077)
    try:
        try:
            copy_database(source, key, temporary, target_key)
            writer = connect(temporary, target_key)
            try:
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        except DatabaseError as error:
            if is_disk_failure(error):  # a full or failing disk where the copy goes
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target)) from error
            raise
        os.chmod(temporary, 0o600)
        if verify:
            problems = check_database(temporary, quick=True, key=target_key)
            if problems:
                target = damaged_name(target)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_dir(target.parent)
    finally:
        os.umask(old_umask)
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return problems


def is_disk_failure(error: BaseException) -> bool:
    """Whether the engine's *error* is a full or failing disk."""
    text = str(error)
    return "disk is full" in text or "disk I/O error" in text


def damaged_name(backup: Path) -> Path:
    """Where the copy of a damaged database goes: a name outside the rotation's pattern, so
    that it never counts as a backup nor pushes a sound one out."""
    return backup.with_name(f"{backup.stem}.damaged{backup.suffix}")


class DamagedCopyError(ValueError):
    """The database copied is damaged: the copy was kept outside the rotation."""


def backup_copy(path: Path, label: str, key: DatabaseKey | None = None) -> Path:
    """Copy *path* aside with SQLite's online backup (safe with a WAL), for the user only.

    The copy is written under a temporary name and renamed once complete: a copy under
    its final name is always a whole one.
    """
    stamp = datetime.now().strftime(STAMP_FORMAT)
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}.bak")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}.bak")
        counter += 1
    _copy_single_file(path, target, key)
    return target


def restore_copy(backup: Path, path: Path, key: DatabaseKey | None = None) -> None:
    """Put the copy *backup* back in place of *path* (after a failed migration)."""
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    copy_database(backup, key, path, key)


def backup_database(
    database_or_path: Any,
    directory: Path | str | None = None,
    *,
    label: str = "manual",
    now: datetime | None = None,
    key: DatabaseKey | None = None,
    verify: bool = True,
) -> Path:
    """Write a backup of a database (an open ``Database`` or a path); return its path.

    The backup is encrypted with the key of the database. With *verify* (unless the
    caller has just checked the database) the copy is quick-checked before it counts.
    """
    source = Path(getattr(database_or_path, "path", database_or_path)).expanduser().absolute()
    key = key or getattr(database_or_path, "key", None)
    if not _LABEL.fullmatch(label):
        raise ValueError(f"A backup label is lowercase letters and digits, not {label!r}.")
    require_sqlite_file(source, "database")
    key = key_of(source, key)
    folder = Path(directory) if directory is not None else default_backup_dir(source)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    target = folder / f"{source.stem}-{stamp}-{label}.db"
    counter = 2
    while target.exists():
        target = folder / f"{source.stem}-{stamp}-{label}-{counter}.db"
        counter += 1
    try:
        with share(source):  # a restore cannot swap the file under the copy
            problems = _copy_single_file(source, target, key, verify=verify)
    except DatabaseError as error:
        raise ValueError(f"{source} cannot be copied as a database ({error}).") from error
    if problems:
        mark_damaged(source, problems)
        raise DamagedCopyError(
            f"{source} is damaged ({'; '.join(summarise_problems(problems)[:2])}). Its copy "
            f"was kept as {damaged_name(target)}, outside the backups' rotation: no sound "
            "backup was replaced. Restore the newest sound backup."
        )
    return target


def rotate_backups(
    directory: Path | str,
    stem: str,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 8,
    now: datetime | None = None,
) -> list[Path]:
    """Remove the old backups of *stem*; return the removed files.

    Kept: the newest backup of each of the last *keep_daily* days that have
    one, and the newest of each of the last *keep_weekly* ISO weeks that have
    one. Backups stamped after *now* (a clock set back) are always kept.
    Only files named like a backup of *stem* are ever touched.
    """
    moment = now or datetime.now()
    backups = list_backups(directory, stem)
    past = [backup for backup in backups if backup.taken <= moment]
    keep = {backup.path for backup in backups if backup.taken > moment}
    keep |= _newest_of_each(past, lambda backup: backup.day, keep_daily)
    keep |= _newest_of_each(past, lambda backup: backup.week, keep_weekly)
    removed = []
    for backup in past:
        if backup.path not in keep:
            forget_key(backup.path)  # its keyring entry goes with it
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _newest_of_each(backups: Iterable[BackupFile], period: Any, count: int) -> set[Path]:
    newest: dict[Any, BackupFile] = {}
    for backup in backups:  # oldest first: the last one seen in a period is its newest
        newest[period(backup)] = backup
    latest = sorted(newest)[-count:] if count > 0 else []
    return {newest[key].path for key in latest}


def daily_backup_due(directory: Path | str, stem: str, now: datetime) -> bool:
    """True when no automatic (daily) backup of *stem* was taken on the day of *now*."""
    today = now.date()
    return not any(
        backup.label == DAILY and backup.day == today for backup in list_backups(directory, stem)
    )


def backup_if_due(
    path: Path | str,
    now: datetime | None = None,
    *,
    key: DatabaseKey | None = None,
    verify: bool = True,
) -> Path | None:
    """Take the day's automatic backup of *path* and rotate, unless already taken today."""
    source = Path(path).expanduser().absolute()
    moment = now or datetime.now()
    folder = default_backup_dir(source)
    if not daily_backup_due(folder, source.stem, moment):
        return None
    backup = backup_database(source, folder, label=DAILY, now=moment, key=key, verify=verify)
    rotate_backups(folder, source.stem, now=moment)
    return backup


def daily_backup_or_warn(
    path: Path | str, key: DatabaseKey | None = None, *, verify: bool = True
) -> Path | None:
    """:func:`backup_if_due`, whose failure is only a warning on stderr (at window start)."""
    try:
        return backup_if_due(path, key=key, verify=verify)
    except Exception as error:
        print(f"consultant-app: warning: the daily backup failed: {error}", file=sys.stderr)
        return None


def _require_our_backup(backup: Path, key: DatabaseKey | None) -> None:
    require_sqlite_file(backup, "backup")
    try:
        revision, tables = read_state(backup, key)
    except DatabaseError as error:
        raise ValueError(f"{backup} cannot be read as a database ({error}).") from error
    if revision is None:
        raise ValueError(
            f"{backup} is not a database of this application ({tables} tables, none of ours)."
        )
    if revision not in REVISIONS:
        raise ValueError(
            f"{backup} was written by a newer version of the application (schema {revision}); "
            f"this version knows schemas up to {HEAD}."
        )
    problems = check_database(backup, key=key)
    if problems:
        raise ValueError(f"{backup} is damaged and was not restored: {'; '.join(problems[:5])}")


def _keep_aside(target: Path, stamp: str, key: DatabaseKey | None) -> Path:
    """Copy *target* (with its write-ahead log) next to it; return the copy."""
    aside = target.with_name(f"{target.name}.before-restore-{stamp}.db")
    counter = 2
    while aside.exists():
        aside = target.with_name(f"{target.name}.before-restore-{stamp}-{counter}.db")
        counter += 1
    try:
        _copy_single_file(target, aside, key)
    except (DatabaseError, StoreError):
        # A damaged or foreign file: keep its bytes as they are, log included.
        old_umask = os.umask(0o077)
        try:
            for suffix in ("", "-wal"):
                side = target.with_name(target.name + suffix)
                if side.exists():
                    kept = aside.with_name(aside.name + suffix)
                    temporary = temporary_name(kept)
                    try:
                        shutil.copyfile(side, temporary)
                        os.chmod(temporary, 0o600)
                        os.replace(temporary, kept)
                    finally:
                        temporary.unlink(missing_ok=True)
        finally:
            os.umask(old_umask)
    if not aside.is_file():
        raise OSError(f"Could not keep {target} aside; nothing was restored.")
    return aside


def restore_database(
    backup: Path | str,
    target: Path | str,
    *,
    key: DatabaseKey | None = None,
    force: bool = False,
) -> Path | None:
    """Put *backup* in place of the database *target*; return where the old file was kept.

    The backup must be a sound database of this application (else
    :class:`ValueError`), and a copy of *target* itself unless *force*. The
    current *target*, if any, is first copied to
    ``<name>.before-restore-<stamp>.db`` beside it; None is returned when
    there was no file to keep. Nobody may have *target* open meanwhile: the
    restore takes its exclusive lock, and is refused
    (:class:`~consultant_app.store.locks.DatabaseInUseError`) while a window,
    an import, a backup or a sync has it open. *key* is the key of the
    database (and of its backups); a plain backup of an earlier version is
    encrypted on its way in.
    """
    source = Path(backup).expanduser().absolute()
    destination = Path(target).expanduser().absolute()
    if key is None and destination.is_file():
        key = key_of(destination, None)
    if key is None:
        key = environment_key() or load_key(destination)
    require_sqlite_file(source, "backup")
    source_key = key_of(source, key)
    _require_our_backup(source, source_key)
    if source == destination:
        raise ValueError(f"{source} is the database itself; choose a backup file.")
    if not destination.parent.is_dir():
        raise ValueError(f"The folder {destination.parent} does not exist.")
    if destination.is_dir():
        raise ValueError(f"{destination} is a folder, not a database file.")
    with take_exclusive(destination, "restore again"):
        current_key = None
        if destination.exists():
            current_key = None if has_sqlite_header(destination) else key
            if not force and destination.stat().st_size:
                _require_same_database(source, source_key, destination, current_key)
        stamp = datetime.now().strftime(STAMP_FORMAT)
        aside = _keep_aside(destination, stamp, current_key) if destination.exists() else None
        incoming = temporary_name(destination)
        try:
            _copy_single_file(source, incoming, source_key, key)
        except BaseException:
            if aside is not None:  # nothing was restored: the copy aside has no purpose
                for suffix in ("", "-wal"):
                    aside.with_name(aside.name + suffix).unlink(missing_ok=True)
            raise
        try:
            for suffix in ("-wal", "-shm", "-journal"):
                destination.with_name(destination.name + suffix).unlink(missing_ok=True)
            os.replace(incoming, destination)
            fsync_dir(destination.parent)
        finally:
            incoming.unlink(missing_ok=True)
        clear_damage(destination)
    return aside


def _require_same_database(
    source: Path, source_key: DatabaseKey | None, target: Path, target_key: DatabaseKey | None
) -> None:
    if same_database(source, source_key, target, target_key) is False:
        raise ValueError(
            f"{source} is not a backup of {target}: it is a copy of another database. "
            "Nothing was changed. To put it in place anyway, restore it with --force "
            "(the current file is then kept aside)."
        )


#: The stamp in the name of a copy kept aside (``…-YYYYMMDD-HHMMSS…``).
_STAMP = re.compile(r"(\d{8}-\d{6})")


def side_copies(path: Path | str) -> list[Path]:
    """The copies kept beside the database *path*: before a migration or an encryption
    (``.bak``) and before a restore (``.before-restore-….db``)."""
    path = Path(path).expanduser().absolute()
    found = [
        *path.parent.glob(f"{path.stem}.*.bak"),
        *path.parent.glob(f"{path.name}.before-restore-*.db"),
        *default_backup_dir(path).glob(f"{path.stem}-*.damaged.db"),
    ]
    return sorted(item for item in found if item.is_file())


def _taken(copy: Path) -> date:
    match = _STAMP.search(copy.name)
    if match is not None:
        with contextlib.suppress(ValueError):
            return datetime.strptime(match.group(1), STAMP_FORMAT).date()
    return datetime.fromtimestamp(copy.stat().st_mtime).date()


def remove_copies_taken_before(path: Path | str, cutoff: date) -> list[Path]:
    """Remove the side copies and backups of *path* taken before *cutoff* (the retention
    period's start: they hold the data of people who must be forgotten); return them."""
    path = Path(path).expanduser().absolute()
    old = [copy for copy in side_copies(path) if _taken(copy) < cutoff]
    old += [
        backup.path
        for backup in list_backups(default_backup_dir(path), path.stem)
        if backup.taken.date() < cutoff
    ]
    removed = []
    for copy in old:
        forget_key(copy)
        for suffix in ("-wal", "-shm", "-journal", ""):
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)
        removed.append(copy)
    return removed
