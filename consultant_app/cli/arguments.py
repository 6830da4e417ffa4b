"""The arguments of every command: the parser of ``consultant-app`` and the choices it offers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from consultant_app import __version__
from consultant_app.cli import team

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
CSV_EXPORT_KINDS = ("interns", "hosts", "mentors", "internships")
SUBJECT_ACCESS = "subject-access"
EXPORT_KINDS = (*CSV_EXPORT_KINDS, SUBJECT_ACCESS)
DOCUMENT_LANGUAGE = "document language (default: the convention language)"


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


def _language_option(parser: argparse.ArgumentParser, help: str) -> None:
    """``--lang nl|fr|en``, in any case."""
    parser.add_argument("--lang", choices=LANGUAGES, type=str.lower, help=help)


def window_size(text: str) -> tuple[int, int]:
    """``1280x800`` as (1280, 800): a width and a height in pixels."""
    width, separator, height = text.strip().lower().partition("x")
    if separator and width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
        return int(width), int(height)
    raise argparse.ArgumentTypeError(
        f"give the size as WIDTHxHEIGHT in pixels, e.g. 1280x800, not {text!r}"
    )


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--view", choices=VIEWS, help="the view to show first")
    _language_option(parser, "interface language (nl, fr, en)")


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
        _language_option(parser, DOCUMENT_LANGUAGE)
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
    "scan": "the competence scan chart: start, end and the mentor's final scores; or --blank",
    "report": "the end-of-internship report for the intern",
}


def _sheet_options(documents: Any, db: argparse.ArgumentParser) -> None:
    for name, summary in ROADMAP_SHEETS.items():
        sheet = documents.add_parser(name, parents=[db], help=summary, description=summary + ".")
        sheet.add_argument("reference", metavar="REFERENCE", help="e.g. SM-2026-014")
        sheet.add_argument(
            "--stage",
            choices=("midterm", "final", "start", "end"),
            type=str.lower,
            help="the evaluation's stage: midterm or final (evaluation-sheet); start or end "
            "(a blank scan)",
        )
        sheet.add_argument(
            "--blank",
            action="store_true",
            help="the empty form to fill in by hand (evaluation-sheet, workplace-sheet, scan)",
        )
        _language_option(sheet, DOCUMENT_LANGUAGE)
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
    importing.add_argument(
        "--yes",
        action="store_true",
        help="confirm the updates of existing records the import makes (see --dry-run)",
    )
    exporting = commands.add_parser(
        "export",
        parents=[db],
        help="write interns, hosts, mentors or internships to CSV, or one intern's personal data",
        description="Write every intern, host, mentor or internship to a CSV file (the id first): "
        "KIND -o FILE.csv; "
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
    _language_option(
        exporting, "with subject-access: the language of the PDF (default: the intern's language)"
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
    _language_option(
        annual, "language of the PDF and of the cluster names (default: the interface language)"
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
    restore.add_argument(
        "--force", action="store_true", help="restore even a copy of another database"
    )
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


def _edit_options(commands: Any, db: argparse.ArgumentParser) -> None:
    edit = commands.add_parser(
        "edit",
        parents=[db],
        help="change fields of an intern, mentor, host or internship (as the window does)",
        description="Change fields of one record, typed as in the window: dates YYYY-MM-DD "
        "or DD/MM/YYYY, choices by their code; FIELD= empties a field. The window's checks "
        "apply; a refused change writes nothing. An unknown FIELD lists the fields.",
    )
    edit.add_argument("kind", choices=("intern", "mentor", "host", "internship"))
    edit.add_argument("record", metavar="ID|REFERENCE", help="an id, or an internship reference")
    edit.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    edit.add_argument(
        "--dry-run", action="store_true", help="show what would change, write nothing"
    )


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="consultant-app",
        description="Media internships: conventions, roadmaps and yearly figures, offline.",
        parents=[db],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    shot.add_argument(
        "--size",
        type=window_size,
        default=(1280, 800),
        metavar="WxH",
        help="window size in pixels, e.g. 1280x800 (default); the PNG is exactly this size",
    )
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")

    _print_options(commands, db)
    _import_export_options(commands, db)
    _report_options(commands, db)
    _backup_options(commands, db)
    _anonymise_options(commands, db)
    _edit_options(commands, db)
    team.add_arguments(commands, db)
    commands.add_parser("info", parents=[db], help="show the database file, schema and counts")
    commands.add_parser(
        "migrate", parents=[db], help="bring the database to the latest schema (after a copy)"
    )
    return parser
