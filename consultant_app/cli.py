"""Command line: ``consultant-app [--db PATH] COMMAND ...``.

Heavy modules (Qt, SQLAlchemy, reportlab) are imported inside the commands
that need them, so that ``--help`` and the window start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

VIEWS = (
    "dashboard",
    "internships",
    "interns",
    "hosts",
    "mentors",
    "visits",
    "reports",
    "settings",
)
LANGUAGES = ("nl", "fr", "en")


class CommandError(Exception):
    """A command failed in a way the user can fix; the message says how."""


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="database file (default: consultant.db in your data folder)",
    )
    return parent


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--view", choices=VIEWS, help="the view to show first")
    parser.add_argument(
        "--lang", choices=LANGUAGES, type=str.lower, help="interface language (nl, fr, en)"
    )


def _print_options(commands: Any, db: argparse.ArgumentParser) -> None:
    printing = commands.add_parser(
        "print", parents=[db], help="print a convention or an amendment as PDF"
    )
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    convention = documents.add_parser(
        "convention",
        parents=[db],
        help="the convention of one internship, or of every internship of a year",
        description="Print the current version of a convention: REFERENCE -o FILE.pdf, "
        "or every internship starting in a year: --all --year YYYY -o FOLDER.",
    )
    convention.add_argument("reference", nargs="?", metavar="REFERENCE", help="e.g. SM-2026-014")
    convention.add_argument(
        "--all", action="store_true", help="every live, non-cancelled internship of --year"
    )
    convention.add_argument("--year", type=int, metavar="YYYY", help="start year (with --all)")
    amendment = documents.add_parser(
        "amendment", parents=[db], help="an amendment (new version) of a convention"
    )
    amendment.add_argument("reference", metavar="REFERENCE", help="e.g. SM-2026-014")
    amendment.add_argument(
        "--version",
        type=int,
        required=True,
        metavar="N",
        help="the convention version the amendment made (amendment 1 makes version 2)",
    )
    for parser in (convention, amendment):
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            type=str.lower,
            help="document language (default: the convention language)",
        )
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            metavar="FILE.pdf" if parser is amendment else "FILE.pdf|FOLDER",
            help="the PDF file to write (a folder with --all)",
        )


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="consultant-app",
        description="Media internships: conventions, roadmaps and yearly figures, offline.",
        parents=[db],
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", parents=[db], help="open the window (the default)")
    _window_options(run)
    run.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)

    demo = commands.add_parser("demo", parents=[db], help="write realistic demo data")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--size", choices=("small", "large"), default="small")

    shot = commands.add_parser(
        "screenshot", parents=[db], help="render the window offscreen to a PNG file"
    )
    _window_options(shot)
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")

    _print_options(commands, db)
    commands.add_parser("info", parents=[db], help="show the database file, schema and counts")
    commands.add_parser(
        "migrate", parents=[db], help="bring the database to the latest schema (after a copy)"
    )
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    path = getattr(args, "db", None)
    if path is not None:
        return Path(path)
    from consultant_app.paths import default_database_path

    default = default_database_path()
    default.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return default


def _open(args: argparse.Namespace, *, create: bool = True):  # type: ignore[no-untyped-def]
    """The database of *args*; with ``create=False`` a mistyped path is an error, not a new file."""
    from consultant_app.store.database import open_database

    return open_database(_database_path(args), create=create)


def cmd_demo(args: argparse.Namespace) -> int:
    from consultant_app.services.demo import DemoError, generate_demo

    database = _open(args)
    try:
        summary = generate_demo(
            database,
            seed=args.seed,
            size=args.size,
            progress=lambda message: print(message, file=sys.stderr),
        )
    except DemoError as error:
        raise CommandError(str(error)) from error
    finally:
        database.close()
    print(f"Demo data written to {database.path}")
    for table, count in summary.counts.items():
        print(f"  {table:24} {count:>9,}")
    print(f"  {'total':24} {summary.total:>9,}  in {summary.seconds:.1f} s")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from consultant_app.services.overview import table_counts

    database = _open(args, create=False)
    try:
        print(f"Database: {database.path}")
        print(f"Schema:   {database.revision}")
        for table, count in table_counts(database).items():
            print(f"  {table:24} {count:>9,}")
    finally:
        database.close()
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    database = _open(args, create=False)
    database.close()
    if database.backup_path:
        print(f"Migrated to {database.revision}; the previous file was copied to")
        print(f"  {database.backup_path}")
    else:
        print(f"{database.path} is at the latest schema ({database.revision}).")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from consultant_app.app import run_window

    return run_window(
        db_path=_database_path(args),
        view=getattr(args, "view", None),
        language=getattr(args, "lang", None),
        quit_after_paint=getattr(args, "quit_after_paint", False),
    )


def cmd_screenshot(args: argparse.Namespace) -> int:
    from consultant_app.app import take_screenshot

    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise CommandError(
            f"The screenshot is written as PNG: give a file ending in .png, not {output}."
        )
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the name of the PNG file to write.")
    db_path = _database_path(args)
    if not db_path.exists():
        raise CommandError(f"There is no database at {db_path}.")
    take_screenshot(
        db_path=db_path,
        output=output,
        view=args.view or "internships",
        language=args.lang,
    )
    print(f"Screenshot written to {output}")
    return 0


def _writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise CommandError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"The folder {folder} cannot be written (permission denied).")


def _check_output_file(output: Path) -> None:
    """Refuse, before anything is printed, a PDF file that could not be written."""
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the name of the PDF file to write.")
    _writable_folder(output.parent)
    if output.exists() and not os.access(output, os.W_OK):
        raise CommandError(f"{output} cannot be replaced (permission denied).")


def _check_output_folder(folder: Path) -> None:
    """Refuse a folder that could not receive the files; a missing last level is created later."""
    if folder.exists():
        if not folder.is_dir():
            raise CommandError(f"{folder} is a file; give a folder to write the conventions into.")
        _writable_folder(folder)
    else:
        _writable_folder(folder.parent)


def _print_convention(args: argparse.Namespace) -> int:
    from consultant_app.services.conventions import (
        InternshipNotFound,
        issue_convention,
        issue_conventions_of_year,
        write_private_file,
    )

    output: Path = args.output
    if args.all:
        if args.reference:
            raise CommandError(
                f"Give either a REFERENCE or --all, not both (got {args.reference} and --all)."
            )
        if args.year is None:
            raise CommandError("--all prints the conventions of one year: add --year YYYY.")
        if not 1900 <= args.year <= 2999:
            raise CommandError(f"The year must be between 1900 and 2999; got {args.year}.")
        _check_output_folder(output)
    else:
        if not args.reference:
            raise CommandError(
                "Give the REFERENCE of an internship, or --all --year YYYY for a whole year."
            )
        if args.year is not None:
            raise CommandError("--year goes with --all; leave it out to print one convention.")
        _check_output_file(output)
    database = _open(args, create=False)
    try:
        if args.all:
            files = issue_conventions_of_year(database, args.year, output, language=args.lang)
        else:
            try:
                issued = issue_convention(database, args.reference, language=args.lang)
            except InternshipNotFound as error:
                raise CommandError(str(error)) from error
            write_private_file(output, issued.content)
    finally:
        database.close()
    if args.all:
        if files:
            print(f"{len(files)} conventions of {args.year} written to {output}")
        else:
            print(f"No internship starts in {args.year}: nothing written.")
    else:
        print(
            f"Convention {args.reference} version {issued.version} ({issued.language}) "
            f"written to {output} ({_pages(issued.pages)})"
        )
    return 0


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def _print_amendment(args: argparse.Namespace) -> int:
    from consultant_app.services.conventions import (
        AmendmentNotFound,
        InternshipNotFound,
        issue_amendment,
        write_private_file,
    )

    output: Path = args.output
    _check_output_file(output)
    database = _open(args, create=False)
    try:
        try:
            issued = issue_amendment(database, args.reference, args.version, language=args.lang)
        except (InternshipNotFound, AmendmentNotFound) as error:
            raise CommandError(str(error)) from error
        write_private_file(output, issued.content)
    finally:
        database.close()
    print(
        f"Amendment {issued.version - 1} (version {issued.version}) of {args.reference} "
        f"({issued.language}) "
        f"written to {output} ({_pages(issued.pages)})"
    )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    if args.document == "amendment":
        return _print_amendment(args)
    return _print_convention(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "demo": cmd_demo,
    "screenshot": cmd_screenshot,
    "info": cmd_info,
    "migrate": cmd_migrate,
    "print": cmd_print,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = COMMANDS[args.command or "run"]
    from consultant_app.store.errors import StoreError

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
