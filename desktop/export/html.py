"""The highlighted comparison as one self-contained HTML file.

Inline CSS only: no scripts, no images, no external resources. Every piece of article text
and metadata goes through ``html.escape``, so a hostile article shows its ``<script>`` as
characters. Marks match the PDF and survive grey-scale printing (glyphs, underline styles,
bold/italic), colour only adds to them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import palette
from desktop.export import cover
from desktop.export.atomic import articles_of, write_text
from desktop.export.marks import ATTRIBUTION, ATTRIBUTION_UNIQUE, CHANGED, Segment, SentenceMarker
from desktop.export.rows import Row, reading_rows

if TYPE_CHECKING:
    from desktop.engine.model import Comparison, Document

_CSS_UNDERLINE = {
    "solid": "solid",
    "dash": "dashed",
    "dot": "dotted",
    "wave": "wavy",
    "double": "double",
}
_MARK_ORDER = (ATTRIBUTION_UNIQUE, ATTRIBUTION, CHANGED)  # class order; CSS gives the later ones


def _css() -> str:
    o, f, u = palette.OVERLAP, palette.FRAMING, palette.UNIQUE
    c, a, au = palette.CHANGED_WORDS, palette.ATTRIBUTION, palette.ATTRIBUTION_UNIQUE
    return f"""
body {{ font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 10.5pt; color: #111;
  background: #fff; margin: 2em auto; max-width: 72em; padding: 0 1em; line-height: 1.45; }}
h1 {{ font-size: 1.35em; margin: 0.2em 0; }} h2 {{ font-size: 1.15em; margin: 1.2em 0 0.4em; }}
.kicker {{ color: #555; font-size: 0.85em; letter-spacing: 0.05em; text-transform: uppercase; }}
.details {{ color: #555; font-size: 0.9em; }}
.articles {{ display: flex; gap: 2em; }} .articles > div {{ flex: 1; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 0.6pt solid #9a9a9a; padding: 0.3em 0.45em; vertical-align: top;
  text-align: left; }}
th {{ background: #eee; }}
table.rows td {{ width: 50%; }}
table.facts th {{ width: 30%; }}
.glyph {{ font-weight: bold; padding-right: 0.3em; }}
tr.overlap td.filled {{ background: {o.fill_light}; }} tr.overlap .glyph {{ color: {o.colour}; }}
tr.framing td.filled {{ background: {f.fill_light}; }} tr.framing .glyph {{ color: {f.colour}; }}
tr.unique td.filled {{ background: {u.fill_light}; }} tr.unique .glyph {{ color: {u.colour}; }}
tr.unique td.filled .s {{ text-decoration: underline {_CSS_UNDERLINE[u.underline]} {u.colour}; }}
.changed {{ font-weight: bold; background: {c.fill_light};
  text-decoration: underline wavy {c.colour} !important; }}
.attribution {{ text-decoration: underline {_CSS_UNDERLINE[a.underline]} {a.colour} !important; }}
.attribution_unique {{ font-style: italic; background: {au.fill_light};
  text-decoration: underline {_CSS_UNDERLINE[au.underline]} {au.colour} !important; }}
.printed {{ display: block; color: #555; font-size: 0.9em; }}
td.cues {{ font-size: 0.85em; color: #333; }} td.cues i {{ color: #111; }}
@media print {{ body {{ margin: 0; max-width: none; font-size: 9pt; }}
  tr {{ break-inside: avoid; }} thead {{ display: table-header-group; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }} }}
"""


def render_html(comparison: Comparison, findings_only: bool = False) -> str:
    """The whole HTML page as a string."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="generator" content="Parallax">',
        f"<title>{e(cover.document_title(comparison))}</title>",
        f"<style>{_css()}</style></head><body>",
        '<p class="kicker">Parallax · comparison of two articles</p>',
        _headings(comparison),
        "<h2>Summary</h2>",
        _facts(cover.summary_lines(comparison)),
        "<h2>Legend</h2>",
        _legend(),
        f"<p>{e(cover.HOW_TO_READ)}</p>",
        "<h2>Side by side</h2>",
        _rows_table(comparison, reading_rows(comparison, findings_only)),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def write_html(comparison: Comparison, path: Path, findings_only: bool = False) -> None:
    """Write `render_html(...)` to `path` as UTF-8, atomically."""
    write_text(Path(path), render_html(comparison, findings_only), articles_of(comparison))


def _headings(comparison: Comparison) -> str:
    blocks = []
    for doc in comparison.documents:
        head = cover.heading(doc)
        details = "".join(f'<div class="details">{html.escape(d)}</div>' for d in head.details)
        blocks.append(
            f'<div><div class="kicker">{cover.SIDE_WORD[doc.side]} article</div>'
            f"<h1>{html.escape(head.title)}</h1>{details}</div>"
        )
    return f'<div class="articles">{"".join(blocks)}</div>'


def _facts(lines: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><th>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in lines
    )
    return f'<table class="facts">{body}</table>'


def _legend() -> str:
    rows = []
    for kind in palette.KINDS:
        sample = html.escape(cover.LEGEND_SAMPLES[kind.key].split(" ")[-1])
        if kind.key in ("overlap", "framing", "unique"):
            glyph = f'<span class="glyph">{kind.glyph}</span>'
            cell = f'<td class="filled">{glyph}<span class="s">{sample}</span></td>'
            rows.append(f'<tr class="{kind.key}">{cell}')
        else:
            rows.append(f'<tr><td><span class="{kind.key}">{sample}</span></td>')
        rows.append(
            f"<th>{html.escape(kind.label)}</th><td>{html.escape(kind.description)} "
            f'<span class="printed">Printed as: {html.escape(cover.PRINTED_AS[kind.key])}</span>'
            "</td></tr>"
        )
    return f'<table class="legend">{"".join(rows)}</table>'


def _rows_table(comparison: Comparison, rows: Iterable[Row]) -> str:
    head = "".join(
        f"<th>{cover.SIDE_WORD[d.side]}: {html.escape(cover.title_of(d))}</th>"
        for d in comparison.documents
    )
    body = []
    marker = SentenceMarker(comparison)
    for row in rows:
        cells = "".join(
            _cell(doc, ids, row, marker)
            for doc, ids in ((comparison.left, row.left), (comparison.right, row.right))
        )
        body.append(f'<tr class="{row.kind}">{cells}</tr>')
        notes = [c.note for c in row.pair.cues if c.note.strip()] if row.pair else []
        if notes:
            text = html.escape(cover.cue_text(notes))
            lead = f"<b>{palette.FRAMING.glyph} Framing:</b>"
            cell = f'<td class="cues" colspan="2">{lead} <i>{text}</i></td>'
            body.append(f'<tr class="cue">{cell}</tr>')
    return (
        f'<table class="rows"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def _cell(doc: Document, ids: tuple[int, ...], row: Row, marker: SentenceMarker) -> str:
    if not ids:
        return "<td></td>"
    glyph = {"overlap": palette.OVERLAP, "framing": palette.FRAMING, "unique": palette.UNIQUE}.get(
        row.kind
    )
    lead = f'<span class="glyph">{glyph.glyph}</span>' if glyph else ""
    text = " ".join(_sentence(marker.segments(doc, i, row.pair)) for i in ids)
    lang = f' lang="{html.escape(doc.language)}"' if doc.language else ""
    return f'<td class="filled"{lang}>{lead}<span class="s">{text}</span></td>'


def _sentence(segments: Iterable[Segment]) -> str:
    out = []
    for segment in segments:
        text = html.escape(segment.text)
        classes = " ".join(m for m in _MARK_ORDER if m in segment.marks)
        out.append(f'<span class="{classes}">{text}</span>' if classes else text)
    return "".join(out)
