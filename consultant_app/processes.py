"""Helper processes: whether this process may fork one safely."""

from __future__ import annotations

import multiprocessing
import sys
import threading


def can_fork() -> bool:
    """Whether a helper process can be forked safely: on Linux, with no other thread running.

    (macOS can fork too, but its system libraries do not promise to survive it.)
    """
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )
