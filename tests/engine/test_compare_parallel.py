"""Big articles find attributions and entities in a forked child: same result as serial,
and a child that fails falls back to reading here."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.engine import compare
from desktop.engine.model import Comparison

# the module, not the function `desktop.engine.compare` that the package exports
compare_module = importlib.import_module("desktop.engine.compare")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or compare_module._cores() < 2,
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


def test_child_result_equals_serial_and_comes_from_another_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = serial().to_dict()
    real = compare_module._credits_of
    pids = tmp_path / "pids"

    def recording(docs: Any) -> Any:
        with pids.open("a") as f:  # runs in the forked child, which inherits this patch
            f.write(f"{os.getpid()}\n")
        return real(docs)

    monkeypatch.setattr(compare_module, "_credits_of", recording)
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    found = compare(LEFT, RIGHT)
    assert found.to_dict() == expected
    assert len(found.left.attributions) > 0 and len(found.left.entities) > 0
    assert pids.read_text().split() != [str(os.getpid())]
    assert len(pids.read_text().split()) == 1
    assert multiprocessing.active_children() == []


def test_a_failing_child_falls_back_to_reading_here(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()
    ran_here = []
    real = compare_module._credits_of

    def here(docs: Any) -> Any:
        ran_here.append(os.getpid())
        return real(docs)

    def failing(handle: int) -> Any:
        os._exit(3)  # the child dies without a word

    # pickled by name: the child (a fork, so patched too) finds `failing` under that name
    failing.__module__, failing.__qualname__ = compare_module.__name__, "_credits_of_handed"
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_credits_of_handed", failing)
    monkeypatch.setattr(compare_module, "_credits_of", here)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert ran_here == [os.getpid()]
    assert multiprocessing.active_children() == []


def test_a_child_that_cannot_be_handed_its_task_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = serial().to_dict()

    def unpicklable(handle: int) -> Any:
        raise AssertionError("never runs: a local function cannot be sent")

    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_credits_of_handed", unpicklable)
    assert compare(LEFT, RIGHT).to_dict() == expected
    assert multiprocessing.active_children() == []


def test_no_fork_means_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = serial().to_dict()
    monkeypatch.setattr(compare_module, "PARALLEL_MIN_SENTENCES", 10)
    monkeypatch.setattr(compare_module, "_fork_pool", lambda: None)
    assert compare(LEFT, RIGHT).to_dict() == expected


def test_small_articles_never_start_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool() -> Any:
        raise AssertionError("a child for a small pair")

    monkeypatch.setattr(compare_module, "_fork_pool", no_pool)
    assert compare(LEFT, RIGHT).pairs
