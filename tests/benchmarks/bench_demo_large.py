"""Benchmark: the large demo set is written in under 60 s and holds over 1,000,000 rows.

Run it as a plain script (it is not part of the test suite)::

    .venv/bin/python tests/benchmarks/bench_demo_large.py [--db PATH] [--seed N] [--sequential]

Without ``--db`` it writes into a temporary folder and removes the file afterwards.
Prints the elapsed seconds (opening the new database included) and the rows
written; exits with 1 when it took 60 s or more, or wrote too few rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from consultant_app.demo import generate_demo  # noqa: E402
from consultant_app.store.database import open_database  # noqa: E402

LIMIT_SECONDS = 60.0
MIN_ROWS = 1_000_000


def run(path: Path, seed: int, parallel: bool | None) -> tuple[float, int]:
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"{time.perf_counter() - started:6.1f} s  {message}", file=sys.stderr, flush=True)

    database = open_database(path)
    try:
        summary = generate_demo(
            database, seed=seed, size="large", progress=progress, parallel=parallel
        )
    finally:
        database.close()
    elapsed = time.perf_counter() - started
    for table, count in sorted(summary.counts.items(), key=lambda item: -item[1]):
        print(f"  {table:24} {count:>10,}")
    mode = "with a helper process" if summary.parallel else "in one process"
    print(f"elapsed {elapsed:.1f} s, {summary.total:,} rows ({mode}) in {path}")
    return elapsed, summary.total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="new database file (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--sequential", action="store_true", help="make the rows in this process only"
    )
    args = parser.parse_args(argv)
    parallel = False if args.sequential else None
    if args.db is not None:
        if args.db.exists():
            parser.error(f"{args.db} exists; give a new file")
        elapsed, rows = run(args.db, args.seed, parallel)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-demo-") as folder:
            elapsed, rows = run(Path(folder) / "large.db", args.seed, parallel)
    ok = elapsed < LIMIT_SECONDS and rows > MIN_ROWS
    verdict = "ok" if ok else "FAILED"
    print(
        f"[bench] demo large: {elapsed:.1f} s (limit {LIMIT_SECONDS:.0f} s), "
        f"{rows:,} rows (minimum {MIN_ROWS:,}): {verdict}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
