"""Markdown (.md): the words without the syntax; headings stay as paragraphs of their own.

Front matter (`title:`, `author:`, `date:`) and the first level-one heading give the title.
Soft-wrapped lines join into one paragraph line; each list item and table row is a paragraph.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from desktop.engine.model import Article
from desktop.formats import encoding, paragraphs

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(r"^(title|author|date)\s*:\s*(.+?)\s*$", re.I | re.M)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")

# Spans are bounded ({1,300}): unclosed markers then cost linear time, not quadratic
# ("*a " * 20,000 took a minute with an unbounded `.+?`, 0.4 s bounded).
_IMAGE = r"!\[[^\]\n]{0,300}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,300}\])"
_INLINE = (
    (re.compile(_IMAGE), ""),
    (re.compile(r"\[\^[^\]\n]{1,100}\]"), ""),  # footnote marks
    (re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,300}\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^<>\n]{0,2000}>|<!--.{0,2000}?-->"), ""),  # inline HTML
    (re.compile(r"(`+)(.{1,300}?)\1"), r"\2"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*\\])\*(?=\S)(.{1,300}?)(?<=[^\s\\])\*(?!\*)"), r"\1"),  # *x*
    (re.compile(r"(?<![\w\\])_(?=\S)(.{1,300}?)(?<=[^\s\\])_(?!\w)"), r"\1"),  # _x_
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
)


@dataclass
class _Blocks:
    """Paragraph blocks being collected line by line."""

    done: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    title: str | None = None

    def flush(self) -> None:
        if self.lines:
            self.done.append(_inline(" ".join(line.strip() for line in self.lines)))
            self.lines = []

    def add_heading(self, text: str, level: int) -> None:
        self.flush()
        heading = _inline(text.strip())
        if level == 1 and self.title is None and heading:
            self.title = heading
        self.done.append(heading)


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    text = paragraphs.normalise(encoding.decode(data, name, encoding_name))
    meta, body = _front_matter(text)
    blocks = _blocks(body)
    return Article(
        text=paragraphs.join(blocks.done),
        title=meta.get("title") or blocks.title,
        author=meta.get("author"),
        date=meta.get("date"),
    )


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {k.lower(): v.strip("\"'") for k, v in _META_LINE.findall(match.group(1))}
    return meta, text[match.end() :]


def _blocks(text: str) -> _Blocks:
    blocks = _Blocks()
    fence: str | None = None
    code: list[str] = []
    for line in text.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                blocks.done.append("\n".join(code))
                fence, code = None, []
            else:
                code.append(line)
            continue
        opening = _FENCE.match(line)
        if opening:
            blocks.flush()
            fence = opening.group(1)
            continue
        _block_line(blocks, line)
    if fence is not None:
        blocks.done.append("\n".join(code))
    blocks.flush()
    return blocks


def _block_line(blocks: _Blocks, line: str) -> None:
    quoted = _QUOTE.sub("", line)
    if not quoted.strip():
        blocks.flush()
        return
    if blocks.lines and _SETEXT.match(quoted):
        heading = " ".join(blocks.lines)
        blocks.lines = []
        blocks.add_heading(heading, 1 if quoted.strip()[0] == "=" else 2)
        return
    if _BREAK.match(quoted) or _REFERENCE.match(quoted) or _TABLE_RULE.match(quoted):
        blocks.flush()
        return
    atx = _ATX.match(quoted)
    if atx:
        blocks.add_heading(atx.group(2) or "", len(atx.group(1)))
        return
    _text_line(blocks, quoted)


def _text_line(blocks: _Blocks, line: str) -> None:
    item = _ITEM.match(line)
    if item:
        blocks.flush()
        line = line[item.end() :]
    if line.lstrip().startswith("|"):
        blocks.flush()
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        blocks.done.append(_inline("\t".join(c for c in cells if c)))
        return
    blocks.lines.append(line)


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return html.unescape(text)
