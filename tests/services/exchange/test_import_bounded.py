"""Huge inputs are refused while streaming, with bounded memory (a 200 MB cell, a file of
endless rows): the import never holds more than a small piece of such a file."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from consultant_app.services.exchange.csv_file import (
    MAX_LINE_CHARS,
    MAX_ROWS,
    ImportFileError,
    read_csv,
)
from consultant_app.services.exchange.parse import REQUIRED_COLUMNS

HEADER = ",".join(REQUIRED_COLUMNS) + "\n"
MB = 1 << 20


def _write(path: Path, head: str, filler: bytes, megabytes: int, tail: str = "") -> Path:
    with path.open("wb") as stream:
        stream.write(head.encode())
        block = filler * (MB // len(filler))
        for _ in range(megabytes):
            stream.write(block)
        stream.write(tail.encode())
    return path


def _peak_while(path: Path) -> tuple[str, int]:
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as raised:
            read_csv(path)
        return str(raised.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_a_200_mb_single_cell_is_refused_without_being_read_whole(tmp_path: Path) -> None:
    path = _write(tmp_path / "one cell.csv", HEADER, b"x", 200)
    message, peak = _peak_while(path)
    assert f"line 2 is longer than {MAX_LINE_CHARS:,} characters" in message
    assert peak < 8 * MB


def test_a_quoted_cell_over_many_lines_is_refused_by_its_size(tmp_path: Path) -> None:
    path = _write(tmp_path / "quoted.csv", HEADER + '"', b"line of a long cell\n", 3, '"\n')
    message, peak = _peak_while(path)
    assert "cannot be read as CSV" in message and "field larger than field limit" in message
    assert peak < 8 * MB


def test_a_file_of_endless_rows_is_refused_past_the_limit(tmp_path: Path) -> None:
    row = ",".join("x" for _ in REQUIRED_COLUMNS) + "\n"
    path = tmp_path / "endless.csv"
    path.write_text(HEADER + row * (MAX_ROWS + 10), encoding="utf-8")
    with pytest.raises(ImportFileError, match=f"more than {MAX_ROWS:,} rows; split it"):
        read_csv(path)


def test_bad_utf8_far_into_a_file_names_its_line(tmp_path: Path) -> None:
    row = ",".join("x" for _ in REQUIRED_COLUMNS) + "\n"
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + row * 5000).encode() + "été\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match=r"first wrong byte on line 5002\)"):
        read_csv(path)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform.startswith("win"), reason="ru_maxrss is POSIX")
def test_the_import_command_stays_under_200_mb_on_a_200_mb_cell(tmp_path: Path, db) -> None:
    db_path = db.path
    path = _write(tmp_path / "one cell.csv", HEADER, b"x", 200)
    command = [sys.executable, "-m", "consultant_app", "--db", str(db_path), "import",
               "internships", str(path), "--dry-run"]  # fmt: skip
    # A fresh parent whose only child is the command reports that child's peak memory.
    measure = (
        "import resource, subprocess, sys\n"
        f"result = subprocess.run({command!r}, capture_output=True, text=True)\n"
        "sys.stderr.write(result.stderr)\n"
        "print(result.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", measure], capture_output=True, text=True, timeout=120
    )
    code, peak_kib = (int(part) for part in result.stdout.split())
    assert code != 0
    assert "longer than" in result.stderr and "Traceback" not in result.stderr
    assert peak_kib * 1024 < 200 * MB, f"peak {peak_kib // 1024} MB"
