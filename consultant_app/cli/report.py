"""``report annual``: the figures of a period written to a PDF, CSV or JSON file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from consultant_app.cli.arguments import REPORT_FORMATS
from consultant_app.cli.common import (
    CommandError,
    check_output_file,
    check_year,
    opened_database,
)


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
        check_year(year)
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
    check_output_file(output, "file")
    language = args.lang or Preferences.load().language or "en"
    # A PDF report is issued (kept with the issued documents); the figures alone only read.
    with opened_database(args, create=False, read_only=kind != "pdf") as database:
        figures = annual_figures(database, period, years=args.years, language=language)
        if kind == "pdf":
            content = _annual_pdf(database, figures)
        elif kind == "csv":
            content = csv_text(figures).encode("utf-8")
        else:
            text = json.dumps(as_json(figures), ensure_ascii=False, indent=2)
            content = (text + "\n").encode("utf-8")
        write_private_file(output, content)
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
