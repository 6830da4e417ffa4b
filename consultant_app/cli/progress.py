"""A progress line on stderr for long commands: "n/total" every few seconds, never silent."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

#: Seconds between two progress lines.
PROGRESS_EVERY = 3.0


class Progress:
    """Called with ``(done, total)`` after each item; writes ``WHAT: done/total`` to *stream*
    at most every *every* seconds, and once more when the last item is done."""

    def __init__(
        self,
        what: str,
        *,
        every: float = PROGRESS_EVERY,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.every = every
        self.stream = stream
        self.clock = clock
        self._last = clock()

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if done < total and now - self._last < self.every:
            return
        self._last = now
        stream = self.stream or sys.stderr
        percent = 100 * done // total if total else 100
        stream.write(f"{self.what}: {done}/{total} ({percent}%)\n")
        stream.flush()
