"""The comparison engine: pure Python, no Qt (tests/test_architecture.py proves it).

    from desktop.engine import compare, Article
    comparison = compare(Article(left_text), Article(right_text))
"""

from desktop.engine.compare import compare, reclassify
from desktop.engine.model import (
    SCHEMA,
    Article,
    Attribution,
    ClaimPair,
    Comparison,
    DiffOp,
    Document,
    Entity,
    FramingCue,
    Sentence,
    Summary,
)
from desktop.engine.options import CompareOptions

__all__ = [
    "SCHEMA",
    "Article",
    "Attribution",
    "ClaimPair",
    "CompareOptions",
    "Comparison",
    "DiffOp",
    "Document",
    "Entity",
    "FramingCue",
    "Sentence",
    "Summary",
    "compare",
    "reclassify",
]
