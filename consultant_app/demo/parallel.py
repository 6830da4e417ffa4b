"""Produce the demo rows in a forked helper process while this process writes them.

Generating rows and writing them each take about half of the time of a large
demo set, so on a machine with two cores they overlap. The helper is forked (so
it shares the plan without copying it), never touches the database, and sends
each batch marshalled through a pipe. Where forking is not possible or not safe
(Windows, macOS, or other threads running), the rows are produced here instead: the
data are the same either way.
"""

from __future__ import annotations

import contextlib
import marshal
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

from consultant_app.demo.errors import DemoError
from consultant_app.demo.producer import DemoPlan, produce
from consultant_app.demo.writer import Rows
from consultant_app.processes import can_fork

#: From this many internships on, a helper process is worth its start.
PARALLEL_FROM_INTERNSHIPS = 20_000
#: Batches the helper may have ready before the parent takes them.
_BATCHES_AHEAD = 6


class BatchSource:
    """The batches of :func:`produce` for *plan*, from a helper process or made here.

    Iterate over it once; :meth:`close` stops the helper if the caller gives up early.
    """

    def __init__(self, plan: DemoPlan, *, parallel: bool | None = None) -> None:
        self.plan = plan
        if parallel is None:
            parallel = plan.size.internships >= PARALLEL_FROM_INTERNSHIPS and can_fork()
        self.parallel = parallel
        #: Seconds spent waiting for the helper.
        self.waited = 0.0
        self._process: Any = None
        self._receiver: Any = None

    def __iter__(self) -> Iterator[Rows]:
        if not self.parallel:
            yield from produce(self.plan)
            return
        self._start()
        try:
            while True:
                waiting = time.perf_counter()
                try:
                    payload = self._receiver.recv_bytes()
                except EOFError:
                    raise DemoError(
                        "The helper process making demo rows stopped unexpectedly."
                    ) from None
                self.waited += time.perf_counter() - waiting
                batch = marshal.loads(payload)
                if batch is None:
                    break
                if isinstance(batch, str):
                    raise DemoError(f"The helper process making demo rows failed: {batch}")
                yield batch
        finally:
            self.close()

    def _start(self) -> None:
        fork = multiprocessing.get_context("fork")
        receiver, sender = fork.Pipe(duplex=False)
        process = fork.Process(target=_run, args=(self.plan, sender), name="demo-rows", daemon=True)
        process.start()
        sender.close()
        self._process, self._receiver = process, receiver

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        self._receiver.close()
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()
            process.join()


def _run(plan: DemoPlan, sender: Any) -> None:
    """In the helper: send every batch, then ``None``; or the text of the error that stopped it.

    A thread sends while the main thread goes on producing: a blocking ``write``
    of a whole batch releases the GIL, and the queue lets production run a few
    batches ahead of the parent's writing.
    """
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=_BATCHES_AHEAD)
    broken = threading.Event()

    def send() -> None:
        while (payload := outbox.get()) is not None:
            if broken.is_set():
                continue  # the parent is gone: drain the queue so that the producer never blocks
            try:
                sender.send_bytes(payload)
            except OSError:
                broken.set()

    thread = threading.Thread(target=send, name="demo-rows-sender", daemon=True)
    thread.start()
    try:
        for batch in produce(plan):
            if broken.is_set():
                break
            outbox.put(marshal.dumps(batch))
        outbox.put(marshal.dumps(None))
    except Exception as error:  # reported to the parent, which raises it as a DemoError
        outbox.put(marshal.dumps(f"{type(error).__name__}: {error}"))
    finally:
        outbox.put(None)
        thread.join()
        with contextlib.suppress(OSError):
            sender.close()
        os._exit(0)  # skip the clean-up of the parent's inherited database connections
