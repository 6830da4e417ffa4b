"""Opening the window and working stay as fast on the encrypted file as on a plain one.

The same databases are measured twice, alternately: as the application keeps
them (SQLCipher, the key found in the keyring) and as a plain SQLite copy opened
without any key (what the application did before encryption). The ratio of the
medians is the bar, so the result does not depend on how fast the machine is.

- Opening: from process start to the painted Internships list (small demo),
  keyring lookup included.
- Working: the annual figures of the busiest year of the large demo, after a
  warm-up run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .conftest import CACHE, report

START_RUNS = 9
WORK_RUNS = 5
#: The encrypted start-up and work may take at most this much longer than the plain ones.
LIMIT_RATIO = 1.10

# Runs the window on DB with the application's own opening (encrypted) or, with
# "plain", on a plain file opened without a key exactly as before encryption.
_START = r"""
import sys
mode, db = sys.argv[1], sys.argv[2]
if mode == "plain":
    import consultant_app.ui.startup_safety as safety
    from tests.support.db import open_plain_database

    safety.open_store = open_plain_database
from consultant_app.cli import main
raise SystemExit(main(["--db", db, "run", "--view", "internships", "--quit-after-paint"]))
"""


def _plain_copy(encrypted: Path) -> Path:
    """A plain SQLite copy of the encrypted demo *encrypted*, made once next to it."""
    from consultant_app.store.keys import load_key
    from consultant_app.store.sqlcipher import connect

    target = CACHE / f"{encrypted.stem}.plain.db"
    if target.exists() and target.stat().st_mtime >= encrypted.stat().st_mtime:
        return target
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    key = load_key(encrypted)
    assert key is not None, f"the key of {encrypted} is not in the benchmarks' keyring"
    connection = connect(encrypted, key)
    try:
        connection.execute(f"ATTACH DATABASE '{partial}' AS plain KEY ''")
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    partial.replace(target)
    return target


def _painted_after(mode: str, db: Path, home: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULTANT_APP_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", _START, mode, str(db)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "painted" in result.stdout, result.stderr
    return float(result.stdout.split(" at ")[-1]) - started


def test_start_up_encrypted_vs_plain(small_db: Path, tmp_path: Path) -> None:
    plain = _plain_copy(small_db)
    for mode, db in (("plain", plain), ("encrypted", small_db)):  # bytecode and page cache
        _painted_after(mode, db, tmp_path)
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for _ in range(START_RUNS):
        times["plain"].append(_painted_after("plain", plain, tmp_path))
        times["encrypted"].append(_painted_after("encrypted", small_db, tmp_path))
    _compare("start-up to painted Internships list", times)


def test_annual_figures_encrypted_vs_plain(large_db: Path) -> None:
    from sqlalchemy import func, select

    from consultant_app.domain.period import Period
    from consultant_app.services.figures.annual import annual_figures
    from consultant_app.store import models
    from consultant_app.store.core import core
    from consultant_app.store.database import open_database
    from tests.support.db import open_plain_database

    plain = open_plain_database(_plain_copy(large_db))
    encrypted = open_database(large_db, create=False)
    try:
        internship = core(models.Internship)
        year_of = func.substr(internship.start_date, 1, 4)
        busiest = select(year_of).group_by(year_of).order_by(func.count().desc(), year_of).limit(1)
        with encrypted.engine.connect() as connection:
            year = int(connection.execute(busiest).scalar_one())
        period = Period.year(year)
        databases = {"plain": plain, "encrypted": encrypted}
        results = {mode: annual_figures(database, period) for mode, database in databases.items()}
        assert results["plain"] == results["encrypted"]
        times: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for _ in range(WORK_RUNS):
            for mode, database in databases.items():
                started = time.perf_counter()
                annual_figures(database, period)
                times[mode].append(time.perf_counter() - started)
    finally:
        encrypted.close()
        plain.close()
    _compare(f"annual figures of {year} (large demo)", times)


def _compare(what: str, times: dict[str, list[float]]) -> None:
    plain = statistics.median(times["plain"])
    encrypted = statistics.median(times["encrypted"])
    print(f"\n[bench] {what}: plain {plain:.3f} s, encrypted {encrypted:.3f} s (medians)")
    report(f"{what}, encrypted / plain", encrypted / plain, LIMIT_RATIO, unit="x")
    assert encrypted / plain <= LIMIT_RATIO
