"""Thresholds and switches of a comparison, with their defaults in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CompareOptions:
    # lowest pair score (0-100) at which two sentences count as the same claim
    match_threshold: float = 50.0
    # score at or above which an aligned pair is an overlap; below it, divergent framing
    overlap_threshold: float = 75.0
    # "en", "ru" or None to detect per article
    language: str | None = None
    # let one sentence align to two consecutive sentences on the other side
    allow_merges: bool = True
