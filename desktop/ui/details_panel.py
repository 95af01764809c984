"""The details panel: one pair (or one unique sentence) read closely.

    from desktop.ui.details_panel import DetailsPanel
    panel = DetailsPanel()
    panel.show_pair(comparison, (1, 2), (3,))    # both sentences with the word diff, score,
                                                 # kind, framing cues in plain words, sources
    panel.show_unique(comparison, "left", 4)     # one sentence with no counterpart
    panel.show_finding(comparison, finding)      # whichever of the two fits a Finding
    panel.clear()                                # the "nothing selected" hint
    panel.plain_text()                           # what is shown, as text (tests, a11y)

`show_pair` accepts any ids of a pair (a click on one sentence of a merged pair shows the
whole pair). Words only the left article uses are struck through, words only the right one
uses are underlined; both also get the "Differing words" tint, so colour is never alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop import palette
from desktop.engine.model import Attribution, ClaimPair, Comparison, Document, Side
from desktop.ui import theme
from desktop.ui.findings import Finding

EMPTY_HINT = "Select a sentence or a finding to see the pair in detail."
_OTHER = {"left": "right", "right": "left"}


def find_pair(
    comparison: Comparison, left: Iterable[int], right: Iterable[int]
) -> ClaimPair | None:
    """The pair holding any of the given sentence ids (left ids first)."""
    lefts, rights = set(left), set(right)
    for pair in comparison.pairs:
        if lefts & set(pair.left) or rights & set(pair.right):
            return pair
    return None


def side_name(doc: Document) -> str:
    article = doc.article
    name = article.outlet or article.title or (article.path or "").rsplit("/", 1)[-1]
    side = doc.side.capitalize()
    return f"{side} · {name}" if name else side


def sentence_numbers(ids: Sequence[int]) -> str:
    """1-based, as a reader counts: "sentence 4" or "sentences 2-3"."""
    if not ids:
        return ""
    if len(ids) == 1:
        return f"sentence {ids[0] + 1}"
    return f"sentences {min(ids) + 1}-{max(ids) + 1}"


class _Html:
    """HTML fragments in the palette's marks, for a light or dark background."""

    def __init__(self, dark: bool) -> None:
        self.dark = dark

    def tint(self, style: palette.KindStyle) -> str:
        return style.fill_dark if self.dark else style.fill_light

    def chip(self, style: palette.KindStyle, text: str) -> str:
        return (
            f'<span style="background-color:{self.tint(style)}; font-weight:600;">'
            f"&nbsp;{escape(style.glyph)}&nbsp;{escape(text)}&nbsp;</span>"
        )

    def diff_word(self, text: str, only: Side) -> str:
        line = "line-through" if only == "left" else "underline"
        tint = self.tint(palette.CHANGED_WORDS)
        core = text.strip()
        if not core:
            return escape(text)
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        css = f"background-color:{tint}; text-decoration:{line};"
        marked = f'<span style="{css}">{escape(core)}</span>'
        return f"{escape(lead)}{marked}{escape(trail)}"

    def sentence(self, comparison: Comparison, pair: ClaimPair | None, side: Side,
                 ids: Sequence[int]) -> str:
        doc = comparison.document(side)
        if pair is None or not pair.diff:
            return escape(" ".join(doc.sentence_text(i) for i in ids))
        parts = []
        for op in pair.diff:
            if op.op == "equal":
                parts.append(escape(op.text))
            elif op.op == side:
                parts.append(self.diff_word(op.text, side))
        return "".join(parts)

    @staticmethod
    def heading(text: str) -> str:
        return f'<p style="margin-top:10px; margin-bottom:2px;"><b>{escape(text)}</b></p>'

    @staticmethod
    def bullets(items: Sequence[str]) -> str:
        rows = "".join(f"<li>{item}</li>" for item in items)
        return f'<ul style="margin-top:0px; margin-left:-20px;">{rows}</ul>'


def _attribution_line(doc: Document, a: Attribution, html: _Html) -> str:
    sentence = sentence_numbers((a.sentence,))
    text = f"{escape(a.source)} — <i>{escape(a.cue)}</i> <small>({sentence})</small>"
    if a.shared:
        return text
    return f"{html.chip(palette.ATTRIBUTION_UNIQUE, 'only here')} {text}"


def _attributions(comparison: Comparison, ids: dict[Side, Sequence[int]], html: _Html) -> list[str]:
    lines = []
    for side, wanted in ids.items():
        doc = comparison.document(side)
        for a in doc.attributions:
            if a.sentence in wanted:
                lines.append(f"{escape(side.capitalize())}: {_attribution_line(doc, a, html)}")
    return lines


def _diff_key(html: _Html) -> str:
    return (
        f'<p style="margin-top:6px;"><small>{html.diff_word("struck", "left")} only in the left '
        f'article · {html.diff_word("underlined", "right")} only in the right article</small></p>'
    )


def pair_html(comparison: Comparison, pair: ClaimPair, dark: bool) -> str:
    html = _Html(dark)
    style = palette.BY_KEY[pair.kind]
    out = [f"<p>{html.chip(style, style.label)} &nbsp; score <b>{pair.score:.0f}</b> / 100</p>"]
    sides: tuple[tuple[Side, tuple[int, ...]], ...] = (("left", pair.left), ("right", pair.right))
    for side, ids in sides:
        doc = comparison.document(side)
        out.append(html.heading(f"{side_name(doc)} — {sentence_numbers(ids)}"))
        out.append(f'<p style="margin-top:0px;">{html.sentence(comparison, pair, side, ids)}</p>')
    if pair.diff and any(op.op != "equal" for op in pair.diff):
        out.append(_diff_key(html))
    if pair.cues:
        out.append(html.heading("How the framing differs"))
        out.append(html.bullets([escape(cue.note) for cue in pair.cues]))
    attributions = _attributions(comparison, {"left": pair.left, "right": pair.right}, html)
    if attributions:
        out.append(html.heading("Sources"))
        out.append(html.bullets(attributions))
    return "".join(out)


def unique_html(comparison: Comparison, side: Side, sentence: int, dark: bool) -> str:
    html = _Html(dark)
    doc = comparison.document(side)
    out = [
        f"<p>{html.chip(palette.UNIQUE, palette.UNIQUE.label)} &nbsp; no counterpart in the "
        f"{_OTHER[side]} article</p>",
        html.heading(f"{side_name(doc)} — {sentence_numbers((sentence,))}"),
        f'<p style="margin-top:0px;">{escape(doc.sentence_text(sentence))}</p>',
    ]
    attributions = _attributions(comparison, {side: (sentence,)}, html)
    if attributions:
        out.append(html.heading("Sources"))
        out.append(html.bullets(attributions))
    return "".join(out)


class DetailsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(self.fontMetrics().height() * 0.5)
        self.browser.setAccessibleName("Finding details")
        self.browser.setToolTip("The selected pair: differing words, score, framing cues, sources")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._render: tuple[object, ...] = ()
        self.clear()

    def show_pair(self, comparison: Comparison, left_ids: Iterable[int],
                  right_ids: Iterable[int]) -> None:
        pair = find_pair(comparison, left_ids, right_ids)
        if pair is None:
            self._show_first_unique(comparison, tuple(left_ids), tuple(right_ids))
            return
        self._render = ("pair", comparison, pair)
        self._set_html(pair_html(comparison, pair, self._dark()))

    def show_unique(self, comparison: Comparison, side: Side, sentence_id: int) -> None:
        """One sentence with no counterpart (a paired sentence shows its pair instead)."""
        ids = {side: (sentence_id,), _OTHER[side]: ()}
        pair = find_pair(comparison, ids["left"], ids["right"])
        if pair is not None:
            self.show_pair(comparison, pair.left, pair.right)
            return
        self._render = ("unique", comparison, side, sentence_id)
        self._set_html(unique_html(comparison, side, sentence_id, self._dark()))

    def show_finding(self, comparison: Comparison, finding: Finding) -> None:
        if finding.left and finding.right:
            self.show_pair(comparison, finding.left, finding.right)
        elif finding.left:
            self.show_unique(comparison, "left", finding.left[0])
        elif finding.right:
            self.show_unique(comparison, "right", finding.right[0])
        else:
            self.clear()

    def clear(self) -> None:
        self._render = ()
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self._set_html(f'<p style="color:{grey};"><i>{EMPTY_HINT}</i></p>')

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _show_first_unique(self, comparison: Comparison, left: Sequence[int],
                           right: Sequence[int]) -> None:
        if left:
            self.show_unique(comparison, "left", left[0])
        elif right:
            self.show_unique(comparison, "right", right[0])
        else:
            self.clear()

    def _set_html(self, html: str) -> None:
        self.browser.setHtml(html)
        self.browser.setAccessibleDescription(self.browser.toPlainText())

    def _dark(self) -> bool:
        return theme.is_dark(self.palette())

    def _rerender(self) -> None:
        match self._render:
            case ("pair", comparison, pair):
                self._set_html(pair_html(comparison, pair, self._dark()))  # type: ignore[arg-type]
            case ("unique", comparison, side, sentence):
                self.show_unique(comparison, side, sentence)  # type: ignore[arg-type]
            case _:
                self.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._rerender()
        super().changeEvent(event)

