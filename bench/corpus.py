"""Big same-event articles for benchmarks, built from BASIL (../shared/data/basil).

BASIL holds 100 events, each reported by three outlets (Fox News, The New York Times, The
Huffington Post), about 1,400 sentences per outlet. `same_event_pair(n)` gives a left article
of one outlet's reports and a right article of another outlet's reports of the same events,
each cut to `n` sentences. An outlet has fewer than 5,000 sentences, so bigger articles take
its reports again, in a new (seeded) order each round: sentences then repeat within a side,
which only makes the alignment harder (ties between identical candidates).

The data stays outside the repository; `CorpusMissing` says where it was looked for.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.model import Article
from desktop.engine.segment import split_sentences

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
BASIL = DATA / "basil" / "articles"


class CorpusMissing(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Report:
    outlet: str  # "fox", "nyt", "hpo"
    event: str  # BASIL's triplet id: the three outlets' reports of one event share it
    title: str
    paragraphs: tuple[str, ...]


def basil_reports(root: Path = BASIL) -> list[Report]:
    """Every BASIL article, sorted by event then outlet."""
    files = sorted(root.glob("*/*.json")) if root.is_dir() else []
    if not files:
        raise CorpusMissing(f"BASIL articles not found in {root} (expected <year>/<id>_<n>.json)")
    reports = [_report(json.loads(f.read_text(encoding="utf-8"))) for f in files]
    return sorted(reports, key=lambda r: (r.event, r.outlet))


def _report(data: dict[str, object]) -> Report:
    paragraphs = data.get("body-paragraphs") or []
    assert isinstance(paragraphs, list)
    return Report(
        outlet=str(data["source"]).lower(),
        event=str(data["triplet-uuid"]),
        title=str(data.get("title") or ""),
        paragraphs=tuple(" ".join(p) for p in paragraphs if p),
    )


def outlet_text(reports: list[Report], outlet: str, sentences: int, seed: int = 0) -> str:
    """One outlet's reports, event by event, repeated in new orders until the text holds
    `sentences` sentences (by our splitter), cut there."""
    mine = [r for r in reports if r.outlet == outlet]
    if not mine:
        raise CorpusMissing(f"no BASIL reports from outlet {outlet!r}")
    rng = random.Random(seed)
    parts: list[str] = []
    count, order = 0, list(mine)
    while count < sentences:
        for report in order:
            block = "\n\n".join((report.title, *report.paragraphs))
            parts.append(block)
            count += len(split_sentences(block))
            if count >= sentences:
                break
        rng.shuffle(order)
    return _cut("\n\n".join(parts), sentences)


def _cut(text: str, sentences: int) -> str:
    found = split_sentences(text)
    return text if len(found) <= sentences else text[: found[sentences - 1].end]


def same_event_pair(
    sentences: int, left: str = "nyt", right: str = "fox", root: Path = BASIL, variant: int = 0
) -> tuple[Article, Article]:
    """Two articles of about `sentences` sentences each: `left` outlet's reports against
    `right` outlet's reports of the same events (in a different order on each side). Another
    `variant` shuffles the reports differently: a pair of the same size with other texts."""
    reports = basil_reports(root)
    return (
        Article(outlet_text(reports, left, sentences, seed=1 + 2 * variant), outlet=left),
        Article(outlet_text(reports, right, sentences, seed=2 + 2 * variant), outlet=right),
    )
