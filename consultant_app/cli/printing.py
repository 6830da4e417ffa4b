"""``print``: a convention, an amendment or a roadmap sheet as PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consultant_app.cli.arguments import ROADMAP_SHEETS
from consultant_app.cli.common import (
    CommandError,
    check_output_file,
    check_output_folder,
    check_year,
    opened_database,
    reported,
)
from consultant_app.cli.progress import Progress

if TYPE_CHECKING:
    from consultant_app.store.database import Database


def cmd_print(args: argparse.Namespace) -> int:
    if args.document in ROADMAP_SHEETS:
        return _print_sheet(args)
    if args.document == "amendment":
        return _print_amendment(args)
    return _print_convention(args)


def _write_issued(
    args: argparse.Namespace,
    issue: Callable[[Database, Path], Any],
    errors: tuple[type[Exception], ...],
) -> Any:
    """Issue one document from the database of *args*, written to ``--output``.

    The output file is checked before the database is opened; *issue* gets the
    database and the output path, and records the document only once the file is
    completely written. The *errors* of *issue* are reported to the user, and so
    is a file that cannot be written ("No space left on device: PATH").
    Returns what *issue* returned.
    """
    from consultant_app.services.privacy.private_files import FileNotWritten

    output: Path = args.output
    check_output_file(output, "PDF file")
    with opened_database(args, create=False) as database, reported(*errors, FileNotWritten):
        return issue(database, output)


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def _print_convention(args: argparse.Namespace) -> int:
    from consultant_app.services.printing.conventions import (
        InternshipNotFound,
        issue_convention,
        issue_conventions_of_year,
    )
    from consultant_app.services.privacy.private_files import FileNotWritten

    output: Path = args.output
    if args.all:
        if args.reference:
            raise CommandError(
                f"Give either a REFERENCE or --all, not both (got {args.reference} and --all)."
            )
        if args.year is None:
            raise CommandError("--all prints the conventions of one year: add --year YYYY.")
        check_year(args.year)
        check_output_folder(output, "conventions")
        with opened_database(args, create=False) as database, reported(FileNotWritten):
            files = issue_conventions_of_year(
                database,
                args.year,
                output,
                language=args.lang,
                progress=Progress(f"Printing the conventions of {args.year}"),
            )
        if files:
            print(f"{len(files)} conventions of {args.year} written to {output}")
        else:
            print(f"No internship starts in {args.year}: nothing written.")
        return 0
    if not args.reference:
        raise CommandError(
            "Give the REFERENCE of an internship, or --all --year YYYY for a whole year."
        )
    if args.year is not None:
        raise CommandError("--year goes with --all; leave it out to print one convention.")
    issued = _write_issued(
        args,
        lambda database, output: issue_convention(
            database, args.reference, language=args.lang, output=output
        ),
        (InternshipNotFound,),
    )
    print(
        f"Convention {args.reference} version {issued.version} ({issued.language}) "
        f"written to {output} ({_pages(issued.pages)})"
    )
    return 0


def _print_amendment(args: argparse.Namespace) -> int:
    from consultant_app.services.printing.conventions import (
        AmendmentNotFound,
        InternshipNotFound,
        issue_amendment,
    )

    issued = _write_issued(
        args,
        lambda database, output: issue_amendment(
            database, args.reference, args.version, language=args.lang, output=output
        ),
        (InternshipNotFound, AmendmentNotFound),
    )
    print(
        f"Amendment {issued.version - 1} (version {issued.version}) of {args.reference} "
        f"({issued.language}) "
        f"written to {args.output} ({_pages(issued.pages)})"
    )
    return 0


def _print_sheet(args: argparse.Namespace) -> int:
    from consultant_app.services.printing.conventions import InternshipNotFound
    from consultant_app.services.printing.sheets import (
        SheetNotAvailable,
        SheetOptionError,
        document_kind,
        issue_sheet,
    )

    with reported(SheetOptionError):
        document_kind(args.document, args.stage, args.blank)
    issued = _write_issued(
        args,
        lambda database, output: issue_sheet(
            database,
            args.reference,
            args.document,
            stage=args.stage,
            blank=args.blank,
            language=args.lang,
            output=output,
        ),
        (InternshipNotFound, SheetOptionError, SheetNotAvailable),
    )
    what = " ".join(
        part for part in (args.stage, "blank" if args.blank else "", args.document) if part
    )
    print(
        f"{what.capitalize()} of {args.reference} ({issued.language}) "
        f"written to {args.output} ({_pages(issued.pages)})"
    )
    return 0
