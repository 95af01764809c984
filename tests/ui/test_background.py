"""Background work: results on the GUI thread, failures delivered, cancel and supersede."""

import threading

import pytest
from PySide6.QtCore import QThreadPool

from desktop.ui import background


@pytest.fixture
def pool(qtbot):
    p = QThreadPool()
    p.setMaxThreadCount(2)
    yield p
    p.waitForDone()


def gate():
    """A function that blocks until the returned event is set, then returns `value`."""
    release = threading.Event()

    def make(value):
        def fn():
            assert release.wait(10)
            return value
        return fn
    return release, make


def test_success_is_delivered_on_the_gui_thread(qtbot, pool):
    got = []
    handle = background.run(
        lambda: threading.get_ident(),
        lambda worker: got.append((worker, threading.get_ident())),
        pool=pool,
    )
    qtbot.waitUntil(lambda: handle.done)
    (worker, caller), = got
    assert caller == threading.get_ident() and worker != caller


def test_failure_reaches_on_failure(qtbot, pool):
    errors, results = [], []

    def boom():
        raise ValueError("unreadable file: left.txt")
    handle = background.run(boom, results.append, errors.append, pool=pool)
    qtbot.waitUntil(lambda: handle.done)
    assert results == [] and [str(e) for e in errors] == ["unreadable file: left.txt"]
    assert isinstance(errors[0], ValueError)


def test_failure_without_handler_goes_to_excepthook(qtbot, pool, monkeypatch):
    seen = []
    monkeypatch.setattr("sys.excepthook", lambda t, e, tb: seen.append(e))

    def boom():
        raise RuntimeError("lost?")
    handle = background.run(boom, lambda _r: None, pool=pool)
    qtbot.waitUntil(lambda: handle.done)
    assert [str(e) for e in seen] == ["lost?"]


def test_cancelled_result_is_dropped(qtbot, pool):
    release, make = gate()
    got = []
    handle = background.run(make("late"), got.append, got.append, pool=pool)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.done)
    assert got == [] and handle.cancelled


def test_runner_newer_request_supersedes_older(qtbot, pool):
    release, make = gate()
    runner = background.Runner(pool)
    got = []
    first = runner.run(make("old"), got.append)
    second = runner.run(lambda: "new", got.append)
    qtbot.waitUntil(lambda: second.done)
    release.set()
    qtbot.waitUntil(lambda: first.done)
    assert got == ["new"] and first.cancelled and not second.cancelled


def test_runner_busy_signal_and_cancel(qtbot, pool):
    release, make = gate()
    runner = background.Runner(pool)
    changes, got = [], []
    runner.busy_changed.connect(changes.append)
    runner.run(make(1), got.append)
    handle = runner.run(make(2), got.append)
    assert runner.busy and changes == [True]
    runner.cancel()
    assert not runner.busy and changes == [True, False]
    release.set()
    qtbot.waitUntil(lambda: handle.done)
    assert got == []


def test_runner_goes_idle_after_failure_and_reports_it(qtbot, pool):
    runner = background.Runner(pool)
    errors = []

    def boom():
        raise OSError("disk gone")
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(boom, lambda _r: None, errors.append)
    assert [str(e) for e in errors] == ["disk gone"] and not runner.busy


def test_drain_cancels_pending_jobs_and_waits_for_their_threads(qtbot, pool):
    release, make = gate()
    got, started, finished = [], threading.Event(), threading.Event()

    def slow():
        started.set()
        result = make("late")()
        finished.set()
        return result
    handle = background.run(slow, got.append, got.append, pool=pool)
    assert started.wait(10)  # a job cancelled before it starts never runs at all
    threading.Timer(0.05, release.set).start()
    assert background.drain(5000)
    assert finished.is_set() and handle.cancelled
    qtbot.waitUntil(lambda: handle.done)
    assert got == []


def test_a_job_cancelled_before_it_starts_never_runs(qtbot):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release, make = gate()
    ran = []
    blocker = background.run(make("first"), lambda _r: None, pool=pool)
    queued = background.run(lambda: ran.append("ran"), lambda _r: None, pool=pool)
    queued.cancel()
    release.set()
    pool.waitForDone()
    qtbot.waitUntil(lambda: queued.done and blocker.done)
    assert ran == []
