"""``info``, ``migrate``, ``backup``, ``restore``, ``check``: the database file and its safety."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultant_app.cli.common import (
    check_output_folder,
    database_path,
    existing_database,
    open_database,
    opened_database,
    reported,
)


def cmd_info(args: argparse.Namespace) -> int:
    from consultant_app.services.settings.overview import table_counts
    from consultant_app.store.keys import key_location

    with opened_database(args, create=False, read_only=True) as database:
        print(f"Database: {database.path}")
        print(f"Schema:   {database.revision}")
        print(f"Key:      {key_location(database.path, database.key)}")
        for table, count in table_counts(database).items():
            print(f"  {table:24} {count:>9,}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    database = open_database(args, create=False)  # opening migrates
    database.close()
    if database.backup_path:
        print(f"Migrated to {database.revision}; the previous file was copied to")
        print(f"  {database.backup_path}")
    else:
        print(f"{database.path} is at the latest schema ({database.revision}).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from consultant_app.store.backups import backup_database

    path = existing_database(args)
    folder: Path | None = args.to
    if folder is not None:
        check_output_folder(folder, "backup")
    with reported(ValueError):
        backup = backup_database(path, folder)
    print(f"Backup written to {backup}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from consultant_app.store.backups import restore_database

    path = database_path(args)
    with reported(ValueError):
        aside = restore_database(args.file, path, force=args.force)
    print(f"Restored {path} from {args.file}")
    if aside is not None:
        print(f"The previous file was kept aside as {aside}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from consultant_app.store.backups import check_database, summarise_problems
    from consultant_app.store.damage import clear_damage, mark_damaged

    path = existing_database(args)
    with reported(ValueError):
        problems = check_database(path)
    if not problems:
        clear_damage(path.absolute())
        print("ok")
        return 0
    mark_damaged(path.absolute(), problems)
    summary = summarise_problems(problems)
    print(f"{path} is damaged ({len(summary)} problem(s)):")
    for problem in summary:
        print(f"  {problem}")
    print(
        "Until a sound backup is restored ('consultant-app restore BACKUP'), it opens "
        "read-only: imports and edits are refused. The file itself was not changed."
    )
    return 1
