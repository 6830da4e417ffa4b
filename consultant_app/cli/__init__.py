"""Command line: ``consultant-app [--db PATH] COMMAND ...``.

Heavy modules (Qt, SQLAlchemy, reportlab) are imported inside the commands
that need them, and the module of a command only when that command runs,
so that ``--help`` and the window start fast.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path

from consultant_app.cli.arguments import build_parser
from consultant_app.cli.common import CommandError

#: Each command and where its function lives in this package: ``module:function``.
COMMANDS = {
    "run": "window:cmd_run",
    "demo": "demo:cmd_demo",
    "screenshot": "window:cmd_screenshot",
    "info": "safety:cmd_info",
    "migrate": "safety:cmd_migrate",
    "print": "printing:cmd_print",
    "report": "report:cmd_report",
    "import": "exchange:cmd_import",
    "export": "exchange:cmd_export",
    "backup": "safety:cmd_backup",
    "restore": "safety:cmd_restore",
    "check": "safety:cmd_check",
    "anonymise": "privacy:cmd_anonymise",
    "edit": "edit:cmd_edit",
    "team": "team:cmd_team",
    "sync": "team:cmd_sync",
    "conflicts": "team:cmd_conflicts",
}


def command_function(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs the command *name*, its module imported now."""
    module, function = COMMANDS[name].split(":")
    command: Callable[[argparse.Namespace], int] = getattr(
        import_module(f"{__name__}.{module}"), function
    )
    return command


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = command_function(args.command or "run")
    from consultant_app.log_privacy import configure_logging
    from consultant_app.store.errors import DamagedDatabaseError, StoreError

    configure_logging()

    try:
        return command(args)
    except (CommandError, StoreError) as error:
        way_out = _way_out(error.path) if isinstance(error, DamagedDatabaseError) else ""
        print(f"consultant-app: error: {error}{way_out}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into a command that stopped reading (| head)
        sys.stderr.close()
        return 0
    except OSError as error:
        print(f"consultant-app: error: {_os_failure(error, args)}", file=sys.stderr)
        return 2
    except Exception as error:
        message = _database_failure(error, args)
        if message is None:
            raise
        print(f"consultant-app: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _way_out(path: Path) -> str:
    """The newest sound backup of the damaged database *path*, as the way out."""
    from consultant_app.services.safety import load_key, newest_good_backup
    from consultant_app.store.keys import environment_key

    try:
        found = newest_good_backup(path.absolute(), environment_key() or load_key(path))
    except Exception:
        found = None
    if found is None:
        return " No sound backup was found beside it: keep the file and ask for help."
    return (
        f" The newest sound backup was taken {found.taken:%Y-%m-%d %H:%M}; restore it with:"
        f" consultant-app --db {path} restore {found.path}"
    )


def _target(args: argparse.Namespace) -> str:
    """What the command was writing: its output, else its database."""
    output = getattr(args, "output", None)
    if output:
        return str(output)
    from consultant_app.cli.common import database_path

    return str(database_path(args))


def _os_failure(error: OSError, args: argparse.Namespace) -> str:
    """A failed read or write in words, with the path concerned (never a traceback)."""
    where = error.filename or _target(args)
    if error.errno == errno.ENOSPC:
        return (
            f"the disk is full: {where} could not be written. "
            "Free some space, then run the command again."
        )
    return f"{error.strerror or error}: {where}"


def _database_failure(error: Exception, args: argparse.Namespace) -> str | None:
    """A failure of the database engine in words (None: not one, let it show)."""
    from sqlalchemy.exc import DBAPIError

    from consultant_app.store.sqlcipher import DatabaseError

    if isinstance(error, DBAPIError):
        reason = str(error.orig)
    elif isinstance(error, DatabaseError):
        reason = str(error)
    else:
        return None
    from consultant_app.cli.common import database_path

    where = database_path(args)
    if "disk is full" in reason or "disk I/O error" in reason:
        return (
            f"the disk holding {where} is full or failing: the change was not written and "
            "the database is as it was. Free some space, then run the command again."
        )
    if "malformed" in reason or "not a database" in reason:
        return (
            f"{where} is damaged: a part of it cannot be read ({reason}). Nothing was changed. "
            f"Run 'consultant-app check' to see the damage.{_way_out(Path(where))}"
        )
    if "locked" in reason or "busy" in reason:
        return f"{where} is busy (another program is writing to it); try again in a moment."
    return f"{where} could not be read or written ({reason}); the database is as it was."
