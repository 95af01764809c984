"""The finding kinds' colours, marks and legend words, shared by the window and the exports.

Okabe-Ito colours (safe for the common colour-vision deficiencies); every kind also has a
non-colour mark (underline style / hatch / margin glyph) so it survives grey-scale printing.
No Qt here: views turn the hex strings into QColor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KindStyle:
    key: str
    label: str  # legend wording
    colour: str  # Okabe-Ito, for marks and borders
    fill_light: str  # background tint on white paper / light theme
    fill_dark: str  # background tint on a dark theme
    underline: str  # "solid" | "dash" | "dot" | "wave" | "double" | "none"
    glyph: str  # margin / gutter marker, printable in black and white
    description: str


OVERLAP = KindStyle(
    "overlap", "Overlapping claim", "#0072B2", "#D6E9F6", "#1E3A4F", "solid", "=",
    "The same fact in both articles, in nearly the same words.",
)
FRAMING = KindStyle(
    "framing", "Divergent framing", "#E69F00", "#FBE9C6", "#4F3A12", "wave", "≈",
    "The same fact told differently; the differing words are marked inside the sentence.",
)
UNIQUE = KindStyle(
    "unique", "Only in this article", "#CC79A7", "#F6E1EC", "#4A2A3B", "dot", "+",
    "A sentence with no counterpart in the other article.",
)
CHANGED_WORDS = KindStyle(
    "changed", "Differing words", "#D55E00", "#F9D3BC", "#5C2A0C", "double", "~",
    "Words of a framing pair that the other article does not use.",
)
ATTRIBUTION = KindStyle(
    "attribution", "Attribution (source and cue)", "#009E73", "#D3EFE6", "#173F33", "dash", "@",
    "Who the article credits: the source and the reporting verb.",
)
ATTRIBUTION_UNIQUE = KindStyle(
    "attribution_unique", "Source only this article credits", "#009E73", "#A8E2CF", "#0F5A43",
    "solid", "!",
    "A person or body quoted or credited by this article only.",
)

KINDS: tuple[KindStyle, ...] = (
    OVERLAP, FRAMING, UNIQUE, CHANGED_WORDS, ATTRIBUTION, ATTRIBUTION_UNIQUE
)
BY_KEY: dict[str, KindStyle] = {k.key: k for k in KINDS}
