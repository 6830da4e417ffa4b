"""``print``: a convention, an amendment or a roadmap sheet as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultant_app.cli.arguments import ROADMAP_SHEETS
from consultant_app.cli.common import (
    CommandError,
    check_output_file,
    check_output_folder,
    open_database,
)


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
        check_output_folder(output)
    else:
        if not args.reference:
            raise CommandError(
                "Give the REFERENCE of an internship, or --all --year YYYY for a whole year."
            )
        if args.year is not None:
            raise CommandError("--year goes with --all; leave it out to print one convention.")
        check_output_file(output)
    database = open_database(args, create=False)
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
    check_output_file(output)
    database = open_database(args, create=False)
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
    check_output_file(output)
    database = open_database(args, create=False)
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
