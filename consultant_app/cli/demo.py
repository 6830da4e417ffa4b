"""``demo``: write realistic demo data into a database."""

from __future__ import annotations

import argparse
import sys

from consultant_app.cli.common import CommandError, open_database


def cmd_demo(args: argparse.Namespace) -> int:
    from consultant_app.demo import DemoError, generate_demo

    database = open_database(args)
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
