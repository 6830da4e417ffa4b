"""Command line: ``consultant-app [--db PATH] COMMAND ...``.

Heavy modules (Qt, SQLAlchemy, reportlab) are imported inside the commands
that need them, so that ``--help`` and the window start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
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
REPORT_FORMATS = ("pdf", "csv", "json")
ANONYMISE_KINDS = ("intern", "mentor", "host")
CSV_EXPORT_KINDS = ("interns", "hosts", "internships")
SUBJECT_ACCESS = "subject-access"
EXPORT_KINDS = (*CSV_EXPORT_KINDS, SUBJECT_ACCESS)


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
        "print",
        parents=[db],
        help="print a convention, an amendment or a roadmap sheet as PDF",
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
    _sheet_options(documents, db)


#: The roadmap sheets ``print`` knows, and what each one is.
ROADMAP_SHEETS = {
    "roadmap": "the whole roadmap: workstation sheet, tasks and competences, evaluations",
    "evaluation-sheet": "the mentor's evaluation of a --stage, filled or --blank",
    "workplace-sheet": "the intern's evaluation of the workplace, filled or --blank",
    "scan": "the competence scan chart: start, end and the mentor's final scores",
    "report": "the end-of-internship report for the intern",
}


def _sheet_options(documents: Any, db: argparse.ArgumentParser) -> None:
    for name, summary in ROADMAP_SHEETS.items():
        sheet = documents.add_parser(name, parents=[db], help=summary, description=summary + ".")
        sheet.add_argument("reference", metavar="REFERENCE", help="e.g. SM-2026-014")
        sheet.add_argument(
            "--stage",
            choices=("midterm", "final"),
            type=str.lower,
            help="the evaluation's stage (evaluation-sheet only)",
        )
        sheet.add_argument(
            "--blank",
            action="store_true",
            help="the empty form to fill in by hand (evaluation-sheet, workplace-sheet)",
        )
        sheet.add_argument(
            "--lang",
            choices=LANGUAGES,
            type=str.lower,
            help="document language (default: the convention language)",
        )
        sheet.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write"
        )


def _import_export_options(commands: Any, db: argparse.ArgumentParser) -> None:
    importing = commands.add_parser(
        "import",
        parents=[db],
        help="import historical internships from a CSV file",
        description="Check a CSV file with one internship per row, then import it in one "
        "transaction. Nothing is written when a row has an error, unless --skip-invalid.",
    )
    importing.add_argument("kind", choices=("internships",), help="what the file holds")
    importing.add_argument("file", type=Path, metavar="FILE.csv", help="UTF-8, comma or semicolon")
    importing.add_argument(
        "--dry-run", action="store_true", help="check the file and show what would change"
    )
    importing.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and write the others to FILE.rejects.csv",
    )
    exporting = commands.add_parser(
        "export",
        parents=[db],
        help="write interns, hosts or internships to a CSV file, or one intern's personal data",
        description="Write every intern, host or internship to a CSV file: KIND -o FILE.csv; "
        "or everything held about one intern (right of access) as JSON and PDF: "
        "subject-access INTERN -o FOLDER [--lang nl|fr|en].",
    )
    exporting.add_argument(
        "kind", choices=EXPORT_KINDS, metavar="KIND", help=", ".join(EXPORT_KINDS)
    )
    exporting.add_argument(
        "intern",
        nargs="?",
        metavar="INTERN",
        help="with subject-access: the intern's id or national register number",
    )
    exporting.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.csv|FOLDER",
        help="the CSV file to write; with subject-access, the folder to write the files into",
    )
    exporting.add_argument(
        "--lang",
        choices=LANGUAGES,
        type=str.lower,
        help="with subject-access: the language of the PDF (default: the intern's language)",
    )


def _report_options(commands: Any, db: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report", parents=[db], help="the yearly figures of the fund as PDF, CSV or JSON"
    )
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    annual = reports.add_parser(
        "annual",
        parents=[db],
        help="conventions, days, weeks and FTE of a year or of any period",
        description="The figures of a calendar year (--year, default this year) or of "
        "the days --from FIRST --to LAST, with the several-years table of the year and "
        "those before it. The format follows --format, else the FILE's extension.",
    )
    annual.add_argument("--year", type=int, metavar="YYYY", help="a calendar year")
    annual.add_argument("--from", dest="first_day", metavar="YYYY-MM-DD", help="first day")
    annual.add_argument("--to", dest="last_day", metavar="YYYY-MM-DD", help="last day")
    annual.add_argument("--format", choices=REPORT_FORMATS, type=str.lower, help="pdf, csv or json")
    annual.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the file to write"
    )
    annual.add_argument(
        "--lang",
        choices=LANGUAGES,
        type=str.lower,
        help="language of the PDF and of the cluster names (default: the interface language)",
    )
    annual.add_argument(
        "--years",
        type=int,
        default=3,
        metavar="N",
        help="years in the several-years table (default 3)",
    )


def _backup_options(commands: Any, db: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[db], help="copy the database to a backup file (safe while it is open)"
    )
    backup.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help="backup folder (default: backups next to the database)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[db],
        help="put a backup in place of the database (the current file is kept aside)",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    commands.add_parser("check", parents=[db], help="check the database file for damage")


def _anonymise_options(commands: Any, db: argparse.ArgumentParser) -> None:
    anonymise = commands.add_parser(
        "anonymise",
        parents=[db],
        help="anonymise one person's data, or everyone's past the retention period",
        description="Anonymise one record: intern|mentor|host ID (a host: its contact "
        "person), or every record whose retention period is over: --retention.",
    )
    anonymise.add_argument("kind", nargs="?", choices=ANONYMISE_KINDS, help="the kind of record")
    anonymise.add_argument("id", nargs="?", metavar="ID", help="the record's id")
    anonymise.add_argument(
        "--retention", action="store_true", help="everyone past the retention period"
    )
    anonymise.add_argument(
        "--dry-run", action="store_true", help="with --retention: only count, change nothing"
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
    _import_export_options(commands, db)
    _report_options(commands, db)
    _backup_options(commands, db)
    _anonymise_options(commands, db)
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

    database = open_database(_database_path(args), create=create)
    if database.converted:
        print(f"{database.path} was encrypted (a database of an earlier version).", file=sys.stderr)
    if database.recovery_key:
        print(
            f"The key of the new database {database.path} is kept in this computer's keyring.\n"
            f"Its recovery key, shown this once, opens it anywhere else; keep it safe:\n"
            f"    {database.recovery_key}",
            file=sys.stderr,
        )
    return database


def cmd_demo(args: argparse.Namespace) -> int:
    from consultant_app.demo import DemoError, generate_demo

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
    from consultant_app.services.settings.overview import table_counts
    from consultant_app.store.keys import key_location

    database = _open(args, create=False)
    try:
        print(f"Database: {database.path}")
        print(f"Schema:   {database.revision}")
        print(f"Key:      {key_location(database.path, database.key)}")
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
    from consultant_app.services.printing.conventions import (
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
    from consultant_app.services.printing.conventions import (
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


def _print_sheet(args: argparse.Namespace) -> int:
    from consultant_app.services.printing.conventions import InternshipNotFound, write_private_file
    from consultant_app.services.printing.sheets import (
        SheetNotAvailable,
        SheetOptionError,
        document_kind,
        issue_sheet,
    )

    try:
        document_kind(args.document, args.stage, args.blank)
    except SheetOptionError as error:
        raise CommandError(str(error)) from error
    output: Path = args.output
    _check_output_file(output)
    database = _open(args, create=False)
    try:
        try:
            issued = issue_sheet(
                database,
                args.reference,
                args.document,
                stage=args.stage,
                blank=args.blank,
                language=args.lang,
            )
        except (InternshipNotFound, SheetOptionError, SheetNotAvailable) as error:
            raise CommandError(str(error)) from error
        write_private_file(output, issued.content)
    finally:
        database.close()
    what = " ".join(
        part for part in (args.stage, "blank" if args.blank else "", args.document) if part
    )
    print(
        f"{what.capitalize()} of {args.reference} ({issued.language}) "
        f"written to {output} ({_pages(issued.pages)})"
    )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    if args.document in ROADMAP_SHEETS:
        return _print_sheet(args)
    if args.document == "amendment":
        return _print_amendment(args)
    return _print_convention(args)


def _print_problems(title: str, problems: Sequence[Any]) -> None:
    if not problems:
        return
    print(f"{title} ({len(problems):,}):")
    for problem in problems:
        where = f"line {problem.line}" + (f", {problem.column}" if problem.column else "")
        print(f"  {where}: {problem.message} [{problem.code}]")


def _print_counts(counts: dict[str, dict[str, int]]) -> None:
    print(f"  {'':12} {'create':>9} {'update':>9} {'unchanged':>9}")
    for entity, actions in counts.items():
        numbers = " ".join(f"{actions[action]:>9,}" for action in ("create", "update", "unchanged"))
        print(f"  {entity:12} {numbers}")


def cmd_import(args: argparse.Namespace) -> int:
    from consultant_app.services.exchange.imports import (
        ImportFileError,
        ImportRefused,
        apply_import,
        plan_import,
        rejects_path,
        write_rejects,
    )

    source: Path = args.file
    if not source.is_file():
        raise CommandError(f"There is no file {source} to import.")
    database = _open(args, create=not args.dry_run)
    try:
        try:
            plan = plan_import(database, source)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        print(
            f"{source}: {plan.total_rows:,} rows (delimiter {plan.delimiter!r}), "
            f"{len(plan.rows):,} valid, {len(plan.rejected):,} with errors."
        )
        _print_problems("Warnings (these rows are imported all the same)", plan.warnings)
        _print_problems("Errors", plan.problems)
        rejected = len(plan.rejected)
        if plan.problems and not args.skip_invalid:
            raise CommandError(
                f"Nothing {'would be' if args.dry_run else 'was'} imported: {rejected:,} "
                f"row{'s' if rejected != 1 else ''} {'have' if rejected != 1 else 'has'} errors "
                "(listed above). Correct them, or add --skip-invalid to import the valid rows "
                f"and write the others to {rejects_path(plan)}."
            )
        if args.dry_run:
            print("Dry run, nothing written. The import would do:")
            _print_counts(plan.counts)
            if rejected:
                print(f"It would skip {rejected:,} rows, written to {rejects_path(plan)}.")
            return 0
        try:
            result = apply_import(database, plan, skip_invalid=args.skip_invalid)
        except ImportRefused as error:
            _print_problems("Errors", error.problems)
            raise CommandError(str(error)) from error
    finally:
        database.close()
    print(f"Imported into {database.path}:")
    _print_counts(result.counts)
    if rejected:
        path = write_rejects(plan)
        print(f"{result.skipped:,} rows with errors were skipped and written to {path}")
    return 0


def _export_subject_access(args: argparse.Namespace) -> int:
    """``export subject-access INTERN -o FOLDER``: everything held about one intern."""
    from consultant_app.services.privacy.subject_access import (
        InternNotFound,
        export_subject_access,
        find_intern,
    )

    if not args.intern:
        raise CommandError(
            "Give the intern: export subject-access INTERN -o FOLDER, where INTERN is the "
            "intern's id or national register number."
        )
    folder: Path = args.output
    if folder.exists():
        if not folder.is_dir():
            raise CommandError(f"{folder} is a file; give a folder to write the export into.")
        _writable_folder(folder)
    else:
        _writable_folder(folder.parent)
    database = _open(args, create=False)
    try:
        try:
            intern_id = find_intern(database, args.intern)
        except InternNotFound as error:
            raise CommandError(str(error)) from error
        folder.mkdir(mode=0o700, exist_ok=True)
        files = export_subject_access(database, intern_id, folder, language=args.lang)
    finally:
        database.close()
    print(files.json_path)
    print(files.pdf_path)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from consultant_app.services.exchange.exports import export_csv

    if args.kind == SUBJECT_ACCESS:
        return _export_subject_access(args)
    if args.intern or args.lang:
        raise CommandError(f"INTERN and --lang go with {SUBJECT_ACCESS}, not with {args.kind}.")
    output: Path = args.output
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the name of the CSV file to write.")
    _writable_folder(output.parent)
    database = _open(args, create=False)
    try:
        count = export_csv(database, args.kind, output)
    finally:
        database.close()
    print(f"{count:,} {args.kind} written to {output}")
    return 0


def _report_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"{option} {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2021-03-31."
        ) from None


def _report_period(args: argparse.Namespace) -> Any:
    from consultant_app.domain.period import Period

    first, last = args.first_day, args.last_day
    if args.year is not None and (first or last):
        raise CommandError("Give either --year or --from and --to, not both.")
    if first is None and last is None:
        year = date.today().year if args.year is None else args.year
        if not 1900 <= year <= 2999:
            raise CommandError(f"The year must be between 1900 and 2999; got {year}.")
        return Period.year(year)
    if first is None or last is None:
        given, missing = ("--from", "--to") if last is None else ("--to", "--from")
        raise CommandError(f"{given} needs {missing}: give the first and the last day.")
    start, end = _report_day(first, "--from"), _report_day(last, "--to")
    if end < start:
        raise CommandError(
            f"The period ends ({end.isoformat()}) before it starts ({start.isoformat()})."
        )
    return Period(start, end)


def _report_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix in REPORT_FORMATS:
        return suffix
    raise CommandError(
        f"Give --format pdf, csv or json, or a FILE ending in .pdf, .csv or .json "
        f"(not {args.output.name})."
    )


def cmd_report(args: argparse.Namespace) -> int:
    """``report annual``: the figures of a period written to a PDF, CSV or JSON file."""
    import json

    from consultant_app.preferences import Preferences
    from consultant_app.services.figures.annual import annual_figures, as_json, csv_text
    from consultant_app.services.privacy.private_files import write_private_file

    period = _report_period(args)
    kind = _report_format(args)
    if not 1 <= args.years <= 50:
        raise CommandError(f"--years must be between 1 and 50; got {args.years}.")
    output: Path = args.output
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the name of the file to write.")
    _writable_folder(output.parent)
    if output.exists() and not os.access(output, os.W_OK):
        raise CommandError(f"{output} cannot be replaced (permission denied).")
    language = args.lang or Preferences.load().language or "en"
    database = _open(args, create=False)
    try:
        figures = annual_figures(database, period, years=args.years, language=language)
        if kind == "pdf":
            content = _annual_pdf(database, figures)
        elif kind == "csv":
            content = csv_text(figures).encode("utf-8")
        else:
            text = json.dumps(as_json(figures), ensure_ascii=False, indent=2)
            content = (text + "\n").encode("utf-8")
        write_private_file(output, content)
    finally:
        database.close()
    totals = figures.totals
    print(
        f"Figures {period.start.isoformat()} to {period.end.isoformat()}: "
        f"{totals.conventions:,} conventions, {totals.days:,} days, {totals.fte} FTE; "
        f"{kind.upper()} written to {output}"
    )
    return 0


def _annual_pdf(database: Any, figures: Any) -> bytes:
    from consultant_app.services.figures.annual import issue_annual_report

    try:
        return issue_annual_report(database, figures.period, figures.language, figures=figures)
    except ImportError as error:
        raise CommandError(
            f"The PDF annual report cannot be printed ({error}); use --format csv or json."
        ) from error


def _existing_database(args: argparse.Namespace) -> Path:
    path = _database_path(args)
    if not path.exists():
        raise CommandError(f"There is no database at {path}.")
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    from consultant_app.store.backups import backup_database

    path = _existing_database(args)
    folder: Path | None = args.to
    if folder is not None:
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder} is a file; give a folder to write the backup into.")
        _writable_folder(folder if folder.exists() else folder.parent)
    try:
        backup = backup_database(path, folder)
    except ValueError as error:
        raise CommandError(str(error)) from error
    print(f"Backup written to {backup}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from consultant_app.store.backups import restore_database

    path = _database_path(args)
    try:
        aside = restore_database(args.file, path)
    except ValueError as error:
        raise CommandError(str(error)) from error
    print(f"Restored {path} from {args.file}")
    if aside is not None:
        print(f"The previous file was kept aside as {aside}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from consultant_app.store.backups import check_database

    path = _existing_database(args)
    try:
        problems = check_database(path)
    except ValueError as error:
        raise CommandError(str(error)) from error
    if not problems:
        print("ok")
        return 0
    print(f"{path} has {len(problems)} problem(s):")
    for problem in problems:
        print(f"  {problem}")
    return 1


def _anonymise_retention(args: argparse.Namespace) -> int:
    from consultant_app.services.privacy.anonymise import apply_retention, retention_plan

    database = _open(args, create=False)
    try:
        plan = retention_plan(database)
        counts = f"{len(plan.interns)} intern(s), {len(plan.mentors)} mentor(s), " + (
            f"{len(plan.hosts)} host contact(s)"
        )
        if args.dry_run:
            print(f"Would anonymise {counts} (retention ended before {plan.cutoff}).")
            return 0
        done = apply_retention(database)
    finally:
        database.close()
    print(f"Anonymised {done} record(s): {counts}.")
    return 0


def cmd_anonymise(args: argparse.Namespace) -> int:
    import uuid

    if args.retention:
        if args.kind or args.id:
            raise CommandError("Give either --retention or a kind and an id, not both.")
        return _anonymise_retention(args)
    if args.dry_run:
        raise CommandError("--dry-run goes with --retention.")
    if not args.kind or not args.id:
        raise CommandError("Give what to anonymise: intern|mentor|host ID, or --retention.")
    try:
        record_id = uuid.UUID(args.id)
    except ValueError:
        raise CommandError(f"{args.id!r} is not a record id.") from None
    from consultant_app.services.forms.parsing import RecordNotFound
    from consultant_app.services.privacy import anonymise as privacy

    anonymise = {
        "intern": privacy.anonymise_intern,
        "mentor": privacy.anonymise_mentor,
        "host": privacy.anonymise_host_contact,
    }[args.kind]
    database = _open(args, create=False)
    try:
        anonymise(database, record_id)
    except RecordNotFound as error:
        raise CommandError(str(error)) from error
    finally:
        database.close()
    print(f"Anonymised {args.kind} {record_id}.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "demo": cmd_demo,
    "screenshot": cmd_screenshot,
    "info": cmd_info,
    "migrate": cmd_migrate,
    "print": cmd_print,
    "report": cmd_report,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "anonymise": cmd_anonymise,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = COMMANDS[args.command or "run"]
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
