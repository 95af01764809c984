"""Big articles find attributions and entities in a forked worker process: the same result
as in one process, and a worker that fails falls back to reading here."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from desktop.engine import compare, worker
from desktop.engine.model import Comparison, Sentence

# the module, not the function `desktop.engine.compare` that the package exports
compare_module = importlib.import_module("desktop.engine.compare")
T = TypeVar("T")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or worker.cores() < 2,
    reason="the child runs on Linux with two cores or more",
)

CLAIMS = [
    "Deputy Foreign Minister Andrei Rudenko said on Tuesday that Moscow wants talks with Seoul.",
    "The ministry in Moscow did not comment, according to a statement seen by Reuters.",
    "Officials in Seoul said 12 diplomats would travel to Vladivostok in September.",
    "Rudenko told RIA News that the sanctions were a “grave mistake”.",
    "Park Jin, South Korea's foreign minister, met Sergei Lavrov at the Eastern Economic Forum.",
    "Critics argued the visit was merely symbolic, the newspaper reported.",
]
REWORDED = [
    "Moscow wants talks with Seoul, Deputy Foreign Minister Andrei Rudenko told reporters.",
    "A Reuters statement said the Moscow ministry had no comment.",
    "Twelve diplomats will go to Vladivostok in September, officials in Seoul claimed.",
    "The sanctions are a mistake, Rudenko said in an interview.",
    "Sergei Lavrov met Park Jin of South Korea at the forum in Vladivostok on Monday.",
    "The visit was hailed as historic by supporters.",
]


def article(claims: list[str], rounds: int) -> str:
    """A moderate article: the claims again and again, each round numbered differently."""
    paragraphs = []
    for r in range(rounds):
        paragraphs.append(" ".join(c.replace("12", str(12 + r)) for c in claims))
    return "\n\n".join(paragraphs)


LEFT, RIGHT = article(CLAIMS, 8), article(REWORDED[::-1], 8)


def serial() -> Comparison:
    saved = compare_module.PARALLEL_MIN_SENTENCES
    compare_module.PARALLEL_MIN_SENTENCES = 10**9
    try:
        return compare(LEFT, RIGHT)
    finally:
        compare_module.PARALLEL_MIN_SENTENCES = saved


@pytest.fixture(autouse=True)
def fresh_worker() -> Iterator[None]:
    """Each test forks its own worker (so it inherits the test's patches) and ends it."""
    worker.shutdown()
    yield
    worker.shutdown()
    # a worker that died was dropped without waiting: its pool's thread may be reaping it
    # still (a hung one stays alive past this and fails the check below)
    until = time.monotonic() + 5.0
    while multiprocessing.active_children() and time.monotonic() < until:
        time.sleep(0.02)
    assert multiprocessing.active_children() == []


def test_worker_result_equals_serial_and_comes_from_another_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = serial().to_dict()
    real = compare_module._credits_in_worker
    pids = tmp_path / "pids"

    def recording(*readings: Any) -> Any:
        with pids.open("a") as f:  # runs in the worker, a fork that inherits this patch
            f.write(f"{os.getpid()}\n")
        return real(*readings)

    pickled_by_name(recording, "_credits_in_worker")
    monkeypatch.setattr(compare_module, "_credits_in_worker", recording)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    found = compare(LEFT, RIGHT)
    assert found.to_dict() == expected
    assert len(found.left.attributions) > 0 and len(found.left.entities) > 0
    again = compare(LEFT, RIGHT)  # the same worker, kept between comparisons
    assert again.to_dict() == expected
    worker_pids = pids.read_text().split()  # one task per side and comparison
    assert len(worker_pids) == 4 and len(set(worker_pids)) == 1
    assert worker_pids[0] != str(os.getpid())


def reads_here(monkeypatch: pytest.MonkeyPatch, what: Callable[[Any], T]) -> list[T]:
    """`what(doc)` for every side whose credits this process reads itself (not the worker)."""
    found: list[T] = []
    real = compare_module._credits

    def here(doc: Any) -> Any:
        found.append(what(doc))
        return real(doc)

    monkeypatch.setattr(compare_module, "_credits", here)
    return found


def test_a_dying_worker_falls_back_and_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()
    ran_here = reads_here(monkeypatch, lambda _doc: os.getpid())

    def dying(*readings: Any) -> Any:
        os._exit(3)  # the worker dies without a word

    pickled_by_name(dying, "_credits_in_worker")
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_credits_in_worker", dying)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert ran_here == [os.getpid()] * 2  # both sides
    assert worker._pool is None  # forgotten: the next big comparison forks anew
    monkeypatch.undo()
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert worker._pool is not None


def test_a_hanging_worker_is_killed_and_the_work_done_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = serial().to_dict()
    ran_here = reads_here(monkeypatch, lambda _doc: os.getpid())

    def hanging(*readings: Any) -> Any:
        time.sleep(3600)  # as if stuck on a lock held at fork time

    pickled_by_name(hanging, "_credits_in_worker")
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(worker, "WAIT_MIN", 0.2)
    monkeypatch.setattr(worker, "WAIT_FACTOR", 0.0)
    monkeypatch.setattr(compare_module, "_credits_in_worker", hanging)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert ran_here == [os.getpid()] * 2  # both sides
    assert worker._pool is None  # killed and forgotten
    assert multiprocessing.active_children() == []
    monkeypatch.undo()
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    assert compare(LEFT, RIGHT).to_dict() == expected  # a new worker, forked afresh
    assert worker._pool is not None


def test_a_worker_dying_on_the_right_side_leaves_it_to_be_read_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = serial().to_dict()
    read_here = reads_here(monkeypatch, lambda doc: doc.side)
    real_there = compare_module._credits_in_worker

    def dying_on_the_right(reading: Any, *named: Any) -> Any:
        if reading[0] == RIGHT:
            os._exit(3)
        return real_there(reading, *named)

    pickled_by_name(dying_on_the_right, "_credits_in_worker")
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_credits_in_worker", dying_on_the_right)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert "right" in read_here
    assert worker._pool is None


def test_the_pipes_to_and_from_the_worker_hold_a_big_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import fcntl

    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    compare(LEFT, RIGHT)
    pool = worker._pool
    assert pool is not None
    for queue in (pool._call_queue, pool._result_queue):  # type: ignore[attr-defined]
        size = fcntl.fcntl(queue._writer.fileno(), fcntl.F_GETPIPE_SZ)
        assert size >= min(worker.PIPE_BYTES, limit)


def test_the_wait_for_the_worker_grows_with_the_time_taken_here() -> None:
    floor = worker.WAIT_MIN
    assert worker.wait_for(0.0) == floor
    long_here = 2 * floor
    assert worker.wait_for(long_here) > long_here


def worker_waited_for(futures: Any) -> bool:
    for future in futures:
        future.exception()  # wait: the worker is idle after
    return True


def record_diffs_sent(monkeypatch: pytest.MonkeyPatch, counts: Path) -> None:
    """The worker's diff task, recording in `counts` its pid and how many pairs it got."""
    real = compare_module._wording_in_worker

    def recording(texts: Any, language: str) -> Any:
        with counts.open("a") as f:  # runs in the worker
            f.write(f"{os.getpid()} {len(texts)}\n")
        return real(texts, language)

    pickled_by_name(recording, "_wording_in_worker")
    monkeypatch.setattr(compare_module, "_wording_in_worker", recording)


def test_an_idle_worker_takes_a_share_of_the_diffs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = serial().to_dict()
    counts = tmp_path / "counts"
    record_diffs_sent(monkeypatch, counts)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_idle", worker_waited_for)
    found = compare(LEFT, RIGHT)
    assert found.to_dict() == expected
    pid, sent = counts.read_text().split()
    assert pid != str(os.getpid())
    assert int(sent) == int(len(found.pairs) * compare_module.WORKER_DIFF_SHARE) > 0


def test_a_worker_free_midway_takes_a_share_of_the_diffs_still_to_do(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = serial().to_dict()
    counts = tmp_path / "counts"
    record_diffs_sent(monkeypatch, counts)
    asked: list[int] = []

    def free_when_asked_the_third_time(futures: Any) -> bool:
        asked.append(1)  # asked before each chunk of diffs
        return len(asked) >= 3 and worker_waited_for(futures)

    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "DIFF_CHUNK", 4)
    monkeypatch.setattr(compare_module, "_idle", free_when_asked_the_third_time)
    found = compare(LEFT, RIGHT)
    assert found.to_dict() == expected
    pid, sent = counts.read_text().split()
    assert pid != str(os.getpid())
    still_to_do = len(found.pairs) - 2 * 4  # two chunks done here before
    assert int(sent) == int(still_to_do * compare_module.WORKER_DIFF_SHARE) > 0


def test_an_idle_worker_scores_a_share_of_the_pairs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    serially = serial()
    real = compare_module._scores_in_worker
    counts = tmp_path / "counts"

    def recording(left: Any, right: Any, weights: Any, pairs: Any) -> Any:
        with counts.open("a") as f:  # runs in the worker
            f.write(f"{os.getpid()} {len(pairs)}\n")
        return real(left, right, weights, pairs)

    pickled_by_name(recording, "_scores_in_worker")
    monkeypatch.setattr(compare_module, "_scores_in_worker", recording)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "MIN_SHARED_PAIRS", 1)
    monkeypatch.setattr(compare_module, "_idle", worker_waited_for)
    found = compare(LEFT, RIGHT)
    assert found.to_dict() == serially.to_dict()
    assert found.alignment.alignment.edges == serially.alignment.alignment.edges
    pid, sent = counts.read_text().split()
    assert pid != str(os.getpid()) and int(sent) > 0


def test_a_worker_dying_on_its_scores_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    serially = serial()

    def dying(*args: Any) -> Any:
        os._exit(3)

    pickled_by_name(dying, "_scores_in_worker")
    monkeypatch.setattr(compare_module, "_scores_in_worker", dying)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "MIN_SHARED_PAIRS", 1)
    monkeypatch.setattr(compare_module, "_idle", worker_waited_for)
    found = compare(LEFT, RIGHT)
    assert found.to_dict() == serially.to_dict()
    assert found.alignment.alignment.edges == serially.alignment.alignment.edges
    assert worker._pool is None  # not forked again before the next comparison


def test_a_worker_dying_on_the_diffs_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()

    def dying(*args: Any) -> Any:
        os._exit(3)

    pickled_by_name(dying, "_wording_in_worker")
    monkeypatch.setattr(compare_module, "_wording_in_worker", dying)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_idle", worker_waited_for)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert worker._pool is None


def test_a_worker_hanging_on_the_diffs_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()

    def hanging(*args: Any) -> Any:
        time.sleep(3600)

    pickled_by_name(hanging, "_wording_in_worker")
    monkeypatch.setattr(compare_module, "_wording_in_worker", hanging)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(worker, "WAIT_MIN", 0.2)
    monkeypatch.setattr(worker, "WAIT_FACTOR", 0.0)
    monkeypatch.setattr(compare_module, "_idle", worker_waited_for)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert worker._pool is None
    assert multiprocessing.active_children() == []


def test_a_task_that_cannot_be_sent_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()

    def unpicklable(*readings: Any) -> Any:
        raise AssertionError("never runs: a local function cannot be sent")

    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_credits_in_worker", unpicklable)
    assert compare(LEFT, RIGHT).to_dict() == expected


def test_no_fork_means_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(worker, "_get", lambda: None)
    assert compare(LEFT, RIGHT).to_dict() == expected


def test_small_articles_never_start_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_worker() -> Any:
        raise AssertionError("a worker for a small pair")

    monkeypatch.setattr(worker, "_get", no_worker)
    assert compare(LEFT, RIGHT).pairs


def test_the_worker_rebuilds_the_same_sentences() -> None:
    doc = compare(LEFT, RIGHT).left
    text, language, spans = compare_module._reading(doc)
    assert (text, language) == (doc.text, doc.language)
    assert tuple(Sentence(*s) for s in spans) == doc.sentences
    assert any(s.paragraph for s in doc.sentences)


def pickled_by_name(function: Any, name: str) -> None:
    """Let `function`, patched in as `name`, be sent to the worker by that name."""
    function.__module__, function.__qualname__ = compare_module.__name__, name


# ---- the worker's cyclic collector: off during its tasks, run when tidied -----------------

_cycle: Any = None


def _make_a_cycle() -> bool:
    """Run in the worker: garbage that only the cyclic collector frees; whether it is on."""
    import gc
    import weakref

    global _cycle

    class Node:
        pass

    node = Node()
    node.self = node  # type: ignore[attr-defined]
    _cycle = weakref.ref(node)
    del node
    return gc.isenabled()


def _cycle_freed() -> bool:
    return _cycle is not None and _cycle() is None


def test_the_worker_collects_when_tidied_not_during_its_tasks() -> None:
    made = worker.submit(_make_a_cycle)
    assert made is not None and made.result(timeout=30) is False
    for _ in range(3):  # tasks in between: still not collected
        later = worker.submit(_cycle_freed, fork=False)
        assert later is not None and later.result(timeout=30) is False
    worker.tidy()
    after = worker.submit(_cycle_freed, fork=False)
    assert after is not None and after.result(timeout=30) is True


def test_a_big_comparison_tidies_the_worker_once_done(monkeypatch: pytest.MonkeyPatch) -> None:
    tidied: list[int] = []
    monkeypatch.setattr(worker, "tidy", lambda: tidied.append(len(tidied)))
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    compare(LEFT, RIGHT)
    assert tidied == [0]
    compare("Rudenko met Park Jin.", "Park Jin met Rudenko.")  # small: no worker, no tidy
    assert tidied == [0]


def test_a_big_left_article_goes_to_the_worker_even_when_the_right_is_small(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    small = " ".join(REWORDED[:2])
    saved = compare_module.PARALLEL_MIN_SENTENCES
    compare_module.PARALLEL_MIN_SENTENCES = 10**9
    try:
        expected = compare(LEFT, small).to_dict()
    finally:
        compare_module.PARALLEL_MIN_SENTENCES = saved
    real = compare_module._credits_in_worker
    sides = tmp_path / "sides"

    def recording(reading: Any, named: Any = None) -> Any:
        with sides.open("a") as f:  # runs in the worker, a fork that inherits this patch
            f.write(f"{os.getpid()} {len(reading[2])}\n")
        return real(reading, named)

    pickled_by_name(recording, "_credits_in_worker")
    monkeypatch.setattr(compare_module, "_credits_in_worker", recording)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    read_here = reads_here(monkeypatch, lambda doc: doc.side)
    assert compare(LEFT, small).to_dict() == expected
    pid, sentences = sides.read_text().split()
    assert pid != str(os.getpid()) and int(sentences) == len(expected["documents"][0]["sentences"])
    assert read_here == ["right"]
