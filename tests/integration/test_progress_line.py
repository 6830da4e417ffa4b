"""The command line's progress line: n/total every few seconds, and at the end."""

from __future__ import annotations

import io

from consultant_app.cli.progress import Progress


def test_a_line_every_few_seconds_and_one_at_the_end() -> None:
    now = [0.0]
    stream = io.StringIO()
    progress = Progress("Printing", every=3.0, stream=stream, clock=lambda: now[0])
    for done in range(1, 11):
        now[0] += 1.0  # one second an item
        progress(done, 10)
    assert stream.getvalue().splitlines() == [
        "Printing: 3/10 (30%)",
        "Printing: 6/10 (60%)",
        "Printing: 9/10 (90%)",
        "Printing: 10/10 (100%)",
    ]


def test_a_quick_run_says_only_its_end() -> None:
    stream = io.StringIO()
    progress = Progress("Printing", stream=stream, clock=lambda: 0.0)
    for done in range(1, 4):
        progress(done, 3)
    assert stream.getvalue() == "Printing: 3/3 (100%)\n"
