"""One helper for background work: run a plain function on a thread pool, get the result on
the GUI thread.

    from desktop.ui import background
    handle = background.run(lambda: compare(left, right), on_success=show, on_failure=report)
    handle.cancel()            # the result (or error) is dropped; the thread is not killed

    runner = background.Runner()               # one per kind of job, e.g. "the compare"
    runner.busy_changed.connect(spinner.setVisible)
    runner.run(lambda: compare(a, b), show, report)
    runner.run(lambda: compare(a, c), show, report)   # supersedes: the first result is dropped
    runner.cancel()
    background.drain()         # at quit: cancel everything pending, wait for the threads

Callbacks always run on the GUI thread. An exception raised by `fn` goes to `on_failure`
(or, when there is none, to `sys.excepthook`): it is never lost. `fn` must not touch
widgets. Engine functions are synchronous and pure, which is what makes this safe.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

_in_flight: set[_Relay] = set()  # relays stay alive until their result is delivered


class Handle:
    """What `run()` returns: cancel it, or ask whether the result has been handled."""

    __slots__ = ("_cancelled", "_done")

    def __init__(self) -> None:
        self._cancelled = False
        self._done = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def done(self) -> bool:
        """True once the job finished and its result was delivered or dropped."""
        return self._done


def _report(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call over to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, handle: Handle, on_success: Success, on_failure: Failure,
                 pool: QThreadPool) -> None:
        super().__init__()
        self.handle = handle
        self.pool = pool
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._finish(self._on_success, result)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        self._finish(self._on_failure, error)

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        _in_flight.discard(self)
        self.handle._done = True
        self.deleteLater()
        if not self.handle.cancelled:
            callback(value)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        if self._relay.handle.cancelled:
            self._relay.succeeded.emit(None)  # dropped on delivery; frees the relay
            return
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 - delivered to on_failure, not lost
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


def run(
    fn: Callable[[], Any],
    on_success: Success,
    on_failure: Failure | None = None,
    *,
    pool: QThreadPool | None = None,
) -> Handle:
    """Start `fn()` on `pool` (the global pool by default); call back on the GUI thread."""
    handle = Handle()
    pool = pool or QThreadPool.globalInstance()
    relay = _Relay(handle, on_success, on_failure or _report, pool)
    _in_flight.add(relay)
    pool.start(_Job(fn, relay))
    return handle


def drain(timeout_ms: int = 5000) -> bool:
    """Cancel every job not yet delivered and wait for their threads (at quit, in tests).
    True when all finished within `timeout_ms` (per pool)."""
    pools = {id(r.pool): r.pool for r in _in_flight}
    for relay in list(_in_flight):
        relay.handle.cancel()
    return all(pool.waitForDone(timeout_ms) for pool in pools.values())


class Runner(QObject):
    """Runs one job at a time from the caller's point of view: a newer `run()` supersedes
    the older one, whose result is then dropped. `busy_changed(bool)` drives a busy
    indicator; `busy` is true from `run()` until the newest job's result is handled."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._current: Handle | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def run(self, fn: Callable[[], Any], on_success: Success,
            on_failure: Failure | None = None) -> Handle:
        if self._current is not None:
            self._current.cancel()
        fail = on_failure or _report
        holder: list[Handle] = []
        handle = run(
            fn,
            lambda result: self._settle(holder[0], on_success, result),
            lambda error: self._settle(holder[0], fail, error),
            pool=self._pool,
        )
        holder.append(handle)
        self._set_current(handle)
        return handle

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self._set_current(None)

    def _settle(self, handle: Handle, callback: Callable[[Any], None], value: Any) -> None:
        if handle is self._current:
            self._set_current(None)
        callback(value)

    def _set_current(self, handle: Handle | None) -> None:
        was_busy = self.busy
        self._current = handle
        if was_busy != self.busy:
            self.busy_changed.emit(self.busy)
