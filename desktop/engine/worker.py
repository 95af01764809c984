"""The engine's one worker process: forked at the first big comparison and kept, on Linux
only (macOS and Windows compare in one process: forking Cocoa/Qt is unsafe, and a spawned
worker would start cold). `submit()` hands it a task, `answer()` waits for the result within a
bound and drops (or kills) a worker that failed; the caller then does the work itself."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

try:
    import fcntl
except ImportError:  # Windows: no worker process there anyway
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")

# how long to wait for the worker at most: this many seconds, or this many times what this
# process took meanwhile if more (a busy machine slows both); then it is killed, read here
WAIT_MIN = 30.0
WAIT_FACTOR = 5.0


def wait_for(took_here: float) -> float:
    """Seconds to wait for the worker: generous, and longer when this side was slow too."""
    return max(WAIT_MIN, WAIT_FACTOR * took_here)


def _kill() -> None:
    """End the worker process at once, whatever it is doing, and forget its pool."""
    with _lock:
        pool = _pool
    if pool is None:
        return
    processes = getattr(pool, "_processes", None) or {}  # 3.14 has kill_workers() instead
    for process in list(processes.values()):
        process.kill()
        process.join(timeout=5.0)  # gone at once: SIGKILL cannot be caught
    _forget(pool)


def submit(task: Callable[..., T], *args: object, fork: bool = True) -> Future[T] | None:
    """`task(*args)` sent to the worker when there is one that takes work, else None.
    `fork=False`: only to a worker already there (one that failed earlier in this comparison
    is not replaced before the next)."""
    pool = _get() if fork else _pool
    if pool is None:
        return None
    try:
        with warnings.catch_warnings():  # 3.12+: the worker runs engine code only
            warnings.filterwarnings("ignore", "This process .* is multi-threaded")
            return pool.submit(task, *args)
    except Exception:  # noqa: BLE001 - a pool that cannot take work (broken, shut down)
        _forget(pool)
        return None


def answer(future: Future[T] | None, took_here: float) -> T | None:
    """The worker's answer, or None if it failed or took too long (a dead worker is dropped,
    a hung one killed: the next big comparison forks a new one)."""
    if future is None:
        return None
    try:
        return future.result(timeout=wait_for(took_here))
    except FutureTimeout:
        _kill()
    except BrokenProcessPool:
        with _lock:
            broken = _pool
        if broken is not None:
            _forget(broken)
    except Exception:  # noqa: BLE001 - a task that could not be sent or failed
        pass
    return None


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _get() -> ProcessPoolExecutor | None:
    """The one worker process (forked at its first task), or None where there is no fork."""
    global _pool
    with _lock:
        if _pool is None:
            try:
                context = multiprocessing.get_context("fork")
                _pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_collector_off
                )
            except Exception:  # noqa: BLE001 - no fork here: read serially
                return None
            _roomy_pipes(_pool)
        return _pool


def _collector_off() -> None:
    """Run in the worker as it starts: no cyclic collection during its tasks. A big
    comparison's tasks allocate millions of small objects, none in cycles, and collecting
    while they ran cost ~100-170 ms of each (every collection finding nothing). `tidy()`
    collects instead, while the worker waits for work."""
    gc.disable()


# the worker collects its young objects at every tidy, all of them at every this many
FULL_TIDY_EVERY = 8
_tidied = 0


def _tidy() -> None:
    """Run in the worker: the collection its tasks went without."""
    global _tidied
    _tidied += 1
    if _tidied % FULL_TIDY_EVERY == 0:
        gc.collect()
    else:
        gc.collect(1)  # the objects made since the last tidy, then older than that


def tidy() -> None:
    """Ask the worker, if there is one, to collect its garbage: call this when a comparison
    has all it needs from the worker (its queue then runs this before the next task)."""
    submit(_tidy, fork=False)


# what the pipes to and from the worker hold (Linux; 64 KiB by default): a big article's
# text going there, or its credits coming back, is written at once. Through a 64 KiB pipe the
# writer waits chunk by chunk for the reader, and the reader in this process is a thread of
# a busy interpreter that gets the GIL back at most every switch interval (5 ms) per chunk:
# ~70 ms a side for a 5,000-sentence article.
PIPE_BYTES = 1 << 20


def _roomy_pipes(pool: ProcessPoolExecutor) -> None:
    """Both of the pool's pipes enlarged to PIPE_BYTES, where the system lets us."""
    resize = getattr(fcntl, "F_SETPIPE_SZ", None)
    for queue in (getattr(pool, "_call_queue", None), getattr(pool, "_result_queue", None)):
        writer = getattr(queue, "_writer", None)
        if resize is None or writer is None:
            continue
        # a lower limit (/proc/sys/fs/pipe-max-size): the default size then
        with contextlib.suppress(OSError):
            fcntl.fcntl(writer.fileno(), resize, PIPE_BYTES)


def _forget(pool: ProcessPoolExecutor, wait: bool = False) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=wait, cancel_futures=True)


def shutdown() -> None:
    """End the worker process, if there is one, and wait for it (the next big comparison
    forks a new one)."""
    with _lock:
        pool = _pool
    if pool is not None:
        _forget(pool, wait=True)
