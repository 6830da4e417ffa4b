"""``demo``: write realistic demo data into a database."""

from __future__ import annotations

import argparse
import sys

from consultant_app.cli.common import opened_database, reported


def cmd_demo(args: argparse.Namespace) -> int:
    from consultant_app.demo import DemoError, generate_demo

    with opened_database(args) as database, reported(DemoError):
        summary = generate_demo(
            database,
            seed=args.seed,
            size=args.size,
            progress=lambda message: print(message, file=sys.stderr),
        )
    print(f"Demo data written to {database.path}")
    for table, count in summary.counts.items():
        print(f"  {table:24} {count:>9,}")
    print(f"  {'total':24} {summary.total:>9,}  in {summary.seconds:.1f} s")
    return 0
