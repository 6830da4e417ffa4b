"""``import`` and ``export``: internships from a CSV file; any record kind to one."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consultant_app.cli.arguments import SUBJECT_ACCESS
from consultant_app.cli.common import CommandError, check_output_file, opened_database, reported
from consultant_app.cli.privacy import cmd_export_subject_access


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


def _print_changes(changes: Sequence[Any]) -> None:
    if not changes:
        return
    print(f"Changes to existing records ({len(changes):,}):")
    for change in changes:
        print(f"  {change.describe()}")


def _updates(counts: dict[str, dict[str, int]]) -> str:
    return ", ".join(
        f"{actions['update']:,} {entity}" for entity, actions in counts.items() if actions["update"]
    )


def cmd_import(args: argparse.Namespace) -> int:
    from consultant_app.services.exchange.imports import (
        ImportConflict,
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
    with opened_database(args, create=not args.dry_run) as database:
        with reported(ImportFileError):
            plan = plan_import(database, source)
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
            _print_changes(plan.changes)
            print("Dry run, nothing written. The import would do:")
            _print_counts(plan.counts)
            if rejected:
                print(f"It would skip {rejected:,} rows, written to {rejects_path(plan)}.")
            return 0
        if plan.updates and not args.yes:
            _print_changes(plan.changes)
            raise CommandError(
                f"Nothing was imported: the import would update existing records "
                f"({_updates(plan.counts)}; listed above). Check the changes, then run "
                "the same command with --yes to confirm them."
            )
        try:
            result = apply_import(database, plan, skip_invalid=args.skip_invalid)
        except ImportRefused as error:
            _print_problems("Errors", error.problems)
            raise CommandError(str(error)) from error
        except ImportConflict as error:
            raise CommandError(str(error)) from None
    print(f"Imported into {database.path}:")
    _print_counts(result.counts)
    if rejected:
        path = write_rejects(plan)
        print(f"{result.skipped:,} rows with errors were skipped and written to {path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from consultant_app.services.exchange.exports import export_csv

    if args.kind == SUBJECT_ACCESS:
        return cmd_export_subject_access(args)
    if args.intern or args.lang:
        raise CommandError(f"INTERN and --lang go with {SUBJECT_ACCESS}, not with {args.kind}.")
    output: Path = args.output
    check_output_file(output, "CSV file", replacing=False)
    with opened_database(args, create=False, read_only=True) as database:
        count = export_csv(database, args.kind, output)
    print(f"{count:,} {args.kind} written to {output}")
    return 0
