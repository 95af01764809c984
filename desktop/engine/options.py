"""Thresholds and switches of a comparison, with their defaults in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CompareOptions:
    # lowest pair score (0-100) at which two sentences count as the same claim. Low because
    # similarity.pair_score is calibrated on MSRP (near-paraphrases of whole sentences): two
    # articles' sentences that share one claim among others score about 8-30 (the demo pair's
    # "open lines of communication with Seoul" / "channels of communication remain open": 8.5)
    match_threshold: float = 8.0
    # score at or above which an aligned pair is an overlap; below it, divergent framing
    overlap_threshold: float = 75.0
    # "en", "ru" or None to detect per article
    language: str | None = None
    # let one sentence align to two consecutive sentences on the other side
    allow_merges: bool = True
