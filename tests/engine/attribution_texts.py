"""What the attribution golden tests compare: each attribution's parts as the text spells them."""

from __future__ import annotations

from desktop.engine.attribution import find_attributions
from desktop.engine.model import Span
from desktop.engine.segment import split_sentences


def spelled(text: str, span: Span | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def cue_source_content(text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, source as written, content) of every attribution in the English `text`."""
    return [
        (a.cue, spelled(text, a.source_span), spelled(text, a.content_span))
        for a in find_attributions(text, split_sentences(text, "en"), "en")
    ]
