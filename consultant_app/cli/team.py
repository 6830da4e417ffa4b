"""``team init|join|status``, ``sync`` and ``conflicts list|resolve``: working as a team.

``sync`` exits 0 when it completed (the conflicts it found are reported, they are not
errors) and 2 with the reason when the hub cannot be reached or refuses.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from consultant_app.cli.common import database_path, opened_database, reported

URL_HELP = "postgresql://ROLE[:PASSWORD]@HOST[:PORT]/DATABASE (the password goes to the keyring)"


def add_arguments(commands: Any, db: argparse.ArgumentParser) -> None:
    """The team's commands, added to the parser of ``consultant-app``."""
    team = commands.add_parser("team", parents=[db], help="share the data with a team hub")
    actions = team.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", parents=[db], help="make this database the first copy of a new team hub"
    )
    join = actions.add_parser(
        "join", parents=[db], help="create a new database (--db) from a team hub"
    )
    for parser in (init, join):
        parser.add_argument("url", metavar="URL", help=URL_HELP)
    actions.add_parser("status", parents=[db], help="the hub, last sync, pending changes")
    commands.add_parser("sync", parents=[db], help="send and fetch the team's changes now")
    conflicts = commands.add_parser(
        "conflicts", parents=[db], help="the changes a sync could not merge"
    )
    conflict_actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    conflict_actions.add_parser("list", parents=[db], help="one open conflict a line")
    resolve = conflict_actions.add_parser(
        "resolve", parents=[db], help="settle a conflict: keep --mine or --theirs"
    )
    resolve.add_argument("id", type=int, metavar="ID", help="the conflict's id (conflicts list)")
    side = resolve.add_mutually_exclusive_group(required=True)
    side.add_argument(
        "--mine", dest="keep", action="store_const", const="mine", help="keep this laptop's value"
    )
    side.add_argument(
        "--theirs", dest="keep", action="store_const", const="theirs", help="take the hub's value"
    )


def _errors() -> tuple[type[Exception], ...]:
    from consultant_app.services.settings import team

    return (team.TeamError, team.HubError, team.SchemaMismatch, team.ConflictNotFound)


def _report(outcome: Any) -> None:
    print(f"Sent {outcome.pushed} change(s), received {outcome.pulled}.")
    if outcome.conflicts:
        print(f"{outcome.conflicts} conflict(s) to settle: see 'consultant-app conflicts list'.")
    if outcome.refused:
        print(f"{outcome.refused} change(s) wait for the next sync (the hub moved on meanwhile).")


def _password_notice(url: str) -> None:
    from consultant_app.services.settings import team

    if not team.password_kept(url):
        print(
            "This computer has no keyring: the hub's password was not kept. "
            f"Set {team.PASSWORD_ENV} for the next syncs.",
            file=sys.stderr,
        )


def cmd_team(args: argparse.Namespace) -> int:
    from consultant_app.services.settings import team

    if args.action == "join":
        with reported(*_errors()):
            database, outcome = team.join_hub(database_path(args), args.url)
        database.close()
        _password_notice(args.url)
        print(f"Joined {team.HubAddress.parse(args.url).safe_url} in {database.path}.")
        _report(outcome)
        return 0
    with opened_database(args, create=False) as database, reported(*_errors()):
        if args.action == "init":
            outcome = team.init_hub(database, args.url)
            _password_notice(args.url)
            hub = team.hub_address(database).safe_url
            print(f"{database.path} is now the first copy of the hub {hub}.")
            _report(outcome)
            return 0
        status = team.team_status(database)
    if status.hub is None:
        print("Not part of a team (team init URL, or team join URL).")
        return 0
    print(f"hub: {status.hub}")
    print(f"last sync: {status.last_sync or 'never'}")
    print(f"pending changes: {status.pending}")
    print(f"open conflicts: {status.conflicts}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from consultant_app.services.settings import team

    with opened_database(args, create=False) as database, reported(*_errors()):
        outcome = team.sync(database)
    _report(outcome)
    return 0


def _value(value: Any) -> str:
    return "(empty)" if value in (None, "") else str(value)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from consultant_app.services.settings import team

    with opened_database(args, create=False) as database, reported(*_errors()):
        if args.action == "resolve":
            conflict = team.resolve_conflict(database, args.id, args.keep)
            print(f"Conflict {conflict.id} settled: {args.keep} kept; sync to send it.")
            return 0
        conflicts = team.list_conflicts(database)
    for conflict in conflicts:
        for name in conflict.fields:
            print(
                f"{conflict.id}\t{conflict.entity} {conflict.row_id}\t{name}\t"
                f"mine: {_value(conflict.values(conflict.mine, name))}\t"
                f"theirs ({conflict.theirs_author}): "
                f"{_value(conflict.values(conflict.theirs, name))}\t"
                f"base: {_value(conflict.values(conflict.base, name))}"
            )
    sys.stdout.flush()
    return 0
