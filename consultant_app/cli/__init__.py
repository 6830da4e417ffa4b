"""Command line: ``consultant-app [--db PATH] COMMAND ...``.

Heavy modules (Qt, SQLAlchemy, reportlab) are imported inside the commands
that need them, and the module of a command only when that command runs,
so that ``--help`` and the window start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

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
    from consultant_app.store.errors import StoreError

    configure_logging()

    try:
        return command(args)
    except (CommandError, StoreError) as error:
        print(f"consultant-app: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into a command that stopped reading (| head)
        sys.stderr.close()
        return 0
    except OSError as error:
        print(
            f"consultant-app: error: {error.strerror or error}: {error.filename or ''}",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        return 130
