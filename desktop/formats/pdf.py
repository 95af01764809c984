"""PDF with a text layer, via pypdfium2 (BSD/Apache; PyMuPDF is AGPL).

Lines are rebuilt from the glyphs' baselines, because PDFium's own line breaks run the
last line of one paragraph into the first of the next. `pdf_layout` makes paragraphs.
PDFium is not thread-safe, and the window reads files in worker threads: one lock.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import threading
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.engine.model import Article
from desktop.formats import pdf_layout
from desktop.formats.errors import ReadError
from desktop.formats.pdf_layout import Line

MAX_PAGES = 2000
NO_TEXT_LAYER = "no text layer (image-only or scanned PDF)"
PASSWORD = "password-protected PDF"
CORRUPT = "not a valid .pdf file (corrupt or truncated)"
_LOCK = threading.Lock()
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_OFFICE_TITLE = re.compile(r"\.(?:docx?|odt|rtf|pdf|indd|pages|txt)$|^Microsoft Word - ", re.I)


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    with _LOCK:
        document = _open(data, name)
        try:
            if len(document) > MAX_PAGES:
                raise ReadError(name, f"the PDF has more than {MAX_PAGES} pages")
            pages = [list(_page_lines(document, index)) for index in range(len(document))]
            meta = document.get_metadata_dict(skip_empty=True)
        finally:
            document.close()
    if not any(line.text.strip() for page in pages for line in page):
        raise ReadError(name, NO_TEXT_LAYER if pages else "the PDF has no pages")
    return Article(
        text="\n\n".join(p for p in pdf_layout.paragraphs(pages) if p.strip()),
        title=_title(meta.get("Title")),
        author=" ".join(meta.get("Author", "").split()) or None,
        created=_date(meta.get("CreationDate", "")),
    )


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    if b"%PDF" not in data[:1024]:
        raise ReadError(name, "not a valid .pdf file (no PDF header)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise ReadError(name, PASSWORD) from None
        raise ReadError(name, CORRUPT) from None


def _page_lines(document: pdfium.PdfDocument, index: int) -> Iterator[Line]:
    page = document[index]
    textpage = page.get_textpage()
    try:
        yield from _lines(textpage, index, page.get_cropbox())
    finally:
        textpage.close()
        page.close()


def _lines(
    textpage: pdfium.PdfTextPage, page: int, visible: tuple[float, float, float, float]
) -> Iterator[Line]:
    """Glyphs grouped into lines by baseline; PDFium's generated breaks are ignored, and so
    are glyphs outside the visible page (Qt leaves the line at a page break there too)."""
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float]] = []
    baseline = 0.0
    for char, generated, box in _glyphs(textpage):
        if not _inside(box, visible):
            continue
        if generated:
            if char == " " and chars:
                chars.append(" ")
            continue
        height = max(box[3] - box[2], 1.0)
        if chars and (abs(box[4] - baseline) > 0.5 * height or _far_left(box, boxes)):
            yield _line(page, chars, boxes)
            chars, boxes = [], []
        if not chars:
            baseline = box[4]
        chars.append(char)
        if not char.isspace():
            boxes.append((box[0], box[1], box[2], box[3]))
    if chars:
        yield _line(page, chars, boxes)


def _inside(box: tuple[float, ...], visible: tuple[float, float, float, float]) -> bool:
    left, bottom, right, top = visible
    return left <= (box[0] + box[1]) / 2 <= right and bottom <= box[2] <= top


def _far_left(box: tuple[float, ...], boxes: list[tuple[float, float, float, float]]) -> bool:
    """The glyph jumps back left past the line's start: a new line at the same height."""
    return bool(boxes) and box[1] < boxes[0][0] - 1.0


def _line(page: int, chars: list[str], boxes: list[tuple[float, float, float, float]]) -> Line:
    if not boxes:
        return Line(page, "".join(chars), 0.0, 0.0, 0.0, 0.0)
    return Line(
        page=page,
        text="".join(chars),
        x0=min(b[0] for b in boxes),
        x1=max(b[1] for b in boxes),
        y=statistics.median(b[2] for b in boxes),
        size=statistics.median(b[3] - b[2] for b in boxes),
        lead=_first_word(chars, boxes),
    )


def _first_word(chars: list[str], boxes: list[tuple[float, float, float, float]]) -> float:
    """The width of the line's first word (boxes hold the line's non-space glyphs)."""
    words = "".join(chars).split()
    length = min(len(words[0]), len(boxes)) if words else 0
    return boxes[length - 1][1] - boxes[0][0] if length else 0.0


def _glyphs(textpage: pdfium.PdfTextPage) -> Iterator[tuple[str, bool, tuple[float, ...]]]:
    """(character, generated by PDFium, (left, right, baseline, top, baseline)) per glyph,
    from the glyph's loose box: the font's ascent to descent, the same height for "x" and
    "h" in one font and size."""
    x, y = ctypes.c_double(), ctypes.c_double()
    loose = pdfium_c.FS_RECTF()
    for index, char in _characters(textpage):
        if char in "\r\n\x00\ufffe\uffff":  # PDFium's own line breaks, unmapped glyphs
            continue
        pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, loose)
        height = abs(loose.top - loose.bottom)
        left, right = sorted((loose.left, loose.right))
        generated = char == " " and height == 0
        yield char, generated, (left, right, y.value, y.value + height, y.value)


def _characters(textpage: pdfium.PdfTextPage) -> Iterator[tuple[int, str]]:
    """(index, character); an astral character takes two indices (UTF-16), one yield."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) == count:
        yield from enumerate(text)
        return
    units = [pdfium_c.FPDFText_GetUnicode(textpage, i) for i in range(count)]
    decoded = b"".join(u.to_bytes(2, "little") for u in units).decode("utf-16-le", "replace")
    index = 0
    for char in decoded:
        yield index, char
        index += 2 if ord(char) > 0xFFFF else 1


def _title(value: str | None) -> str | None:
    title = " ".join((value or "").split())
    return None if not title or _OFFICE_TITLE.search(title) else title


def _date(value: str) -> str | None:
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)
