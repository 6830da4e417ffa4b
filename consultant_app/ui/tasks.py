"""Long work off the GUI thread: ``run_task`` runs a function on a thread pool and hands
its result (or its exception) back to the GUI thread, so the window never freezes.

The work function must not touch widgets nor a SQLAlchemy session of the GUI thread: it
calls services, which open their own unit of work on the thread that runs them. The
callbacks run on the GUI thread, in the order the tasks finish. A result whose owner
widget was closed meanwhile is dropped.

Tests may run tasks inline (``set_synchronous(True)``): the work and its callback then
run before ``run_task`` returns, as they would on a pool with no delay.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

T = TypeVar("T")

#: Two workers: one long print never holds back the figures, and SQLite's single
#: writer is not crowded.
_WORKERS = 2
_pool: QThreadPool | None = None
_synchronous = False
#: Tasks running now (by the id of their relay), kept alive here until delivered.
_running: dict[int, _Relay] = {}
#: How many tasks each busy widget waits for (a widget may start several).
_busy_count: dict[int, int] = {}
#: How many tasks each owner shows the busy cursor for.
_cursor_count: dict[int, int] = {}


#: Python's full garbage collections stop every thread while they walk the whole heap
#: (100 ms and more): they wait while tasks run, young ones go on (see _hold_full_gc).
_FULL_GC_WAITS = 1_000_000_000
_gc_thresholds: tuple[int, int, int] | None = None


def _hold_full_gc(hold: bool) -> None:
    """Hold back full collections while tasks run, so a worker never freezes the window.

    Young generations are still collected (most cyclic garbage dies young); the full
    collection comes back at its usual pace when the last task ended.
    """
    global _gc_thresholds
    if hold and _gc_thresholds is None:
        _gc_thresholds = gc.get_threshold()
        gc.set_threshold(_gc_thresholds[0], _gc_thresholds[1], _FULL_GC_WAITS)
    elif not hold and _gc_thresholds is not None:
        gc.set_threshold(*_gc_thresholds)
        _gc_thresholds = None


def set_synchronous(inline: bool) -> None:
    """Run the tasks inline (tests) or on the thread pool (the application)."""
    global _synchronous
    _synchronous = inline


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        # The GUI thread takes the interpreter back from a busy worker within 1 ms
        # (instead of 5): every Qt call hands it over, so this is what keeps it fluid.
        sys.setswitchinterval(0.001)
        _pool = QThreadPool()
        _pool.setMaxThreadCount(_WORKERS)
    return _pool


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Wait until the running tasks end (before the database closes); True when they did."""
    return _pool is None or _pool.waitForDone(msecs)


def running_tasks() -> int:
    """How many tasks have not delivered their result yet."""
    return len(_running)


class _Outcome:
    """Whether a task delivered: plain Python, so that the relay's ``destroyed`` handler
    need not hold the relay itself (a slot that holds its own sender crashes PySide)."""

    __slots__ = ("delivered",)

    def __init__(self) -> None:
        self.delivered = False


def _count(counts: dict[int, int], key: int, step: int) -> int:
    count = counts.get(key, 0) + step
    if count > 0:
        counts[key] = count
    else:
        counts.pop(key, None)
    return count


def _mark_busy(widgets: Sequence[QWidget], busy: bool) -> None:
    for widget in widgets:
        count = _count(_busy_count, id(widget), 1 if busy else -1)
        try:
            widget.setEnabled(count <= 0)
        except RuntimeError:  # the widget was closed meanwhile
            continue


def _mark_cursor(owner: QObject | None, busy: bool) -> None:
    if not isinstance(owner, QWidget):
        return
    count = _count(_cursor_count, id(owner), 1 if busy else -1)
    try:
        if busy and count == 1:
            owner.setCursor(Qt.CursorShape.BusyCursor)
        elif count <= 0:
            owner.unsetCursor()
    except RuntimeError:  # the owner was closed meanwhile
        pass


class _Relay(QObject):
    """Lives on the GUI thread; receives the outcome from the worker and calls back."""

    finished = Signal(bool, object)  # ok, result or exception

    def __init__(
        self,
        owner: QObject | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        busy: Sequence[QWidget],
    ) -> None:
        # Closed with its owner: a late result is then dropped. Always a child (of the
        # application when there is no owner), so that it is only ever deleted here, on the
        # GUI thread, never when a worker drops its last reference.
        super().__init__(owner if owner is not None else QCoreApplication.instance())
        self.on_done = on_done
        self.on_error = on_error
        self.busy = tuple(busy)
        self.owner = owner
        self.finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)
        self.outcome = _Outcome()
        keys = [id(widget) for widget in self.busy]
        owner_key = id(owner) if isinstance(owner, QWidget) else None
        relay_id, outcome = id(self), self.outcome
        self.destroyed.connect(lambda _obj=None: _forget(relay_id, outcome, keys, owner_key))

    @Slot(bool, object)
    def deliver(self, ok: bool, outcome: object) -> None:
        self.outcome.delivered = True
        _running.pop(id(self), None)
        if not _running:
            _hold_full_gc(False)
        _mark_busy(self.busy, False)
        _mark_cursor(self.owner, False)
        on_done, on_error = self.on_done, self.on_error
        # Delivered once: let go of the callbacks and what they hold (a PDF, figures...).
        # The relay itself stays a small child of its owner until the owner goes: deleting
        # it here (deleteLater) races with the owner's own deletion in PySide.
        self.on_done, self.on_error, self.busy, self.owner = _ignore, None, (), None
        if ok:
            on_done(outcome)
        elif on_error is not None:
            assert isinstance(outcome, BaseException)
            on_error(outcome)
        else:
            raise outcome  # type: ignore[misc]  # reaches the application's hook


def _ignore(_outcome: object) -> None:
    """A delivered relay's callback: it has nothing more to do."""


def _forget(relay_id: int, outcome: _Outcome, keys: list[int], owner_key: int | None) -> None:
    """A task whose owner closed before the end: forget it without touching widgets."""
    _running.pop(relay_id, None)
    if not _running:
        _hold_full_gc(False)
    if outcome.delivered:
        return
    for key in keys:
        _count(_busy_count, key, -1)
    if owner_key is not None:
        _count(_cursor_count, owner_key, -1)


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            outcome, ok = self.work(), True
        except Exception as problem:  # handed to on_error on the GUI thread
            outcome, ok = problem, False
        # The owner may have been closed meanwhile: nobody waits for the result then.
        with contextlib.suppress(RuntimeError):
            self.relay.finished.emit(ok, outcome)


def run_task(
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
    busy: Sequence[QWidget] = (),
) -> None:
    """Run ``work()`` off the GUI thread, then ``on_done(result)`` on it.

    An exception of ``work`` goes to ``on_error`` (on the GUI thread), or to the
    application's exception hook when there is none. The ``busy`` widgets are disabled
    until the task ends, and the ``owner`` shows the busy cursor meanwhile; when the
    owner is closed before the end, the result is dropped.
    """
    _mark_busy(busy, True)
    _mark_cursor(owner, True)
    relay = _Relay(owner, on_done, on_error, busy)
    if _synchronous:
        try:
            outcome, ok = work(), True
        except Exception as problem:
            outcome, ok = problem, False
        relay.deliver(ok, outcome)
        return
    _running[id(relay)] = relay
    _hold_full_gc(True)
    pool().start(_Work(work, relay))
