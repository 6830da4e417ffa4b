"""Benchmarks: run with ``make bench`` (not part of the test suite).

Demo databases are generated once and kept in ``.bench/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
# The cached demo databases are encrypted; their keys stay in a test keyring beside them.
CACHE.mkdir(exist_ok=True)
os.environ["CONSULTANT_APP_TEST_KEYRING"] = str(CACHE / "keyring.json")


def _demo(size: str) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{size}.db"
    if not path.exists():
        partial = CACHE / f"{size}.partial.db"
        for leftover in CACHE.glob(f"{size}.partial.db*"):
            leftover.unlink()
        subprocess.run(
            [sys.executable, "-m", "consultant_app", "--db", str(partial), "demo", "--size", size],
            check=True,
        )
        shutil.move(partial, path)
    return path


@pytest.fixture(scope="session")
def small_db() -> Path:
    return _demo("small")


@pytest.fixture(scope="session")
def large_db() -> Path:
    return _demo("large")


def report(name: str, value: float, limit: float, unit: str = "s") -> None:
    verdict = "ok" if value <= limit else "TOO SLOW"
    print(f"\n[bench] {name}: {value:.3f} {unit} (limit {limit} {unit}) {verdict}")
