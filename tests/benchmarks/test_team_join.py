"""Benchmark: a laptop joins a team whose hub holds the large demo in ≤ 90 s.

The hub's first copy is made from the large demo (``team init``, timed and reported too)
on the tests' throwaway PostgreSQL, over the loopback.
"""

from __future__ import annotations

import time
from pathlib import Path

from consultant_app.services.settings.team import init_hub, join_hub
from consultant_app.store.database import open_database
from tests.benchmarks.conftest import report
from tests.support.db import copy_db

JOIN_SECONDS = 90.0


def test_joining_the_large_demo_takes_at_most_90_seconds(
    large_db: Path, hub_url: str, tmp_path: Path
) -> None:
    first = open_database(copy_db(large_db, tmp_path / "first.db"))
    try:
        started = time.perf_counter()
        sent = init_hub(first, hub_url).pushed
        report(f"team init, large demo ({sent:,} rows)", time.perf_counter() - started, 600.0)
    finally:
        first.close()
    started = time.perf_counter()
    second, outcome = join_hub(tmp_path / "second.db", hub_url)
    elapsed = time.perf_counter() - started
    second.close()
    report(f"team join, large demo ({outcome.pulled:,} rows)", elapsed, JOIN_SECONDS)
    assert outcome.pulled == sent
    assert elapsed <= JOIN_SECONDS
