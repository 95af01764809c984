"""Fixtures the tests make themselves: Word, OpenDocument, RTF, PDF (Qt) and web pages."""

from __future__ import annotations

import datetime
import io
import zipfile

ARTICLE = (
    "Moscow will keep talking to Seoul, a senior diplomat said on Thursday.",
    "South Korean companies still want the option to return to the Russian market, "
    "according to the ministry.",
    "Critics said the dialogue had produced few results so far.",
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(*, tracked: bool = True, table: bool = True) -> bytes:
    """A Word file: heading, paragraphs, a tracked insertion and deletion, a 2x2 table."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.core_properties.title = "Talks will continue"
    document.core_properties.author = "Anna Petrova"
    document.core_properties.created = datetime.datetime(2024, 9, 5, 10, 0)
    document.add_heading("Talks will continue", level=1)
    document.add_paragraph(ARTICLE[0])
    paragraph = document.add_paragraph("South Korean companies ")
    if tracked:
        paragraph._p.append(parse_xml(_tracked("ins", "w:t", "still ")))
        paragraph._p.append(parse_xml(_tracked("del", "w:delText", "no longer ")))
    else:
        paragraph.add_run("still ")
    paragraph.add_run(ARTICLE[1].removeprefix("South Korean companies still "))
    if table:
        grid = document.add_table(rows=2, cols=2)
        for (row, col), value in zip(
            [(0, 0), (0, 1), (1, 0), (1, 1)], ["Year", "Trade", "2021", "$30bn"], strict=True
        ):
            grid.cell(row, col).text = value
    document.add_paragraph(ARTICLE[2])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _tracked(kind: str, tag: str, text: str) -> str:
    return (
        f'<w:{kind} xmlns:w="{W_NS}" w:id="1" w:author="Editor" w:date="2024-09-05T10:00:00Z">'
        f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r></w:{kind}>'
    )


def odt_bytes() -> bytes:
    """An OpenDocument text: title, heading, paragraphs (one with spaces), a list, a table."""
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, S

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text="Talks will continue"))
    document.meta.addElement(dc.Creator(text="Olga Smirnova"))
    document.meta.addElement(dc.Date(text="2024-09-06T08:00:00"))  # last saved
    document.meta.addElement(meta.CreationDate(text="2024-09-05T10:00:00"))
    document.text.addElement(H(outlinelevel=1, text="Talks will continue"))
    document.text.addElement(P(text=ARTICLE[0]))
    spaced = P(text="South Korean")
    spaced.addElement(S(c=3))
    spaced.addText(ARTICLE[1].removeprefix("South Korean "))
    document.text.addElement(spaced)
    items = List()
    item = ListItem()
    item.addElement(P(text=ARTICLE[2]))
    items.addElement(item)
    document.text.addElement(items)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for value in ("Year", "Trade"):
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    table.addElement(row)
    document.text.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb(base: bytes, *, megabytes: int) -> bytes:
    """`base` (a .docx or .odt) plus one entry of `megabytes` zeros, highly compressed."""
    buffer = io.BytesIO(base)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("word/media/padding.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as entry:
            block = bytes(1024 * 1024)
            for _ in range(megabytes):
                entry.write(block)
    return buffer.getvalue()


def rtf_bytes_cp1251() -> bytes:
    """RTF as Word saves Russian text: \\ansicpg1251, \\'xx bytes and \\uN escapes."""
    return (
        rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fnil\fcharset204 Arial;}}"
        rb"{\info{\title \'cf\'e5\'f0\'e5\'e3\'ee\'e2\'ee\'f0\'fb}{\author Ivan Petrov}"
        rb"{\creatim\yr2024\mo9\dy5\hr10\min0}}"
        b"\n"
        rb"{\*\generator Riched20 10.0;}\viewkind4\uc1\pard\f0\fs22 "
        rb"\'cc\'ee\'f1\'ea\'e2\'e0 \'ef\'f0\'ee\'e4\'ee\'eb\'e6\'e8\'f2 "
        rb"\u1087?\u1077?\u1088?\u1077?\u1075?\u1086?\u1074?\u1086?\u1088?\u1099?.\par"
        b"\n"
        rb"\b Second\b0  paragraph,\line same paragraph.\par"
        b"\n}"
    )


PASSWORD_PDF_OBJECTS = (
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"
    + b"6f" * 32
    + b"> /U <"
    + b"75" * 32
    + b"> >>",
)


_STREAM = b"BT /F1 12 Tf 72 700 Td (Talks will continue, the minister said.) Tj ET"
TEXT_PDF_OBJECTS = (
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_STREAM), _STREAM),
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
)


def text_pdf_by_hand(stream: bytes = _STREAM, info: bytes = b"") -> bytes:
    """The smallest PDF with a text layer, written without Qt (for the fuzz tests).
    `info` is the body of a document information dictionary, e.g. b"/Title (T)"."""
    content = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects = (*TEXT_PDF_OBJECTS[:3], content, TEXT_PDF_OBJECTS[4])
    if not info:
        return _pdf(objects, b"")
    return _pdf((*objects, b"<< " + info + b" >>"), b"/Info 6 0 R ")


def password_pdf_bytes() -> bytes:
    """A one-page PDF encrypted with a user password (standard security handler, RC4-40)."""
    file_id = b"<" + b"0123456789abcdef" * 2 + b">"
    trailer = b"/Encrypt 4 0 R /ID [" + file_id + file_id + b"] "
    return _pdf(PASSWORD_PDF_OBJECTS, trailer)


def _pdf(objects: tuple[bytes, ...], trailer_extra: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(offsets) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def web_page(charset: str = "utf-8", paragraphs: tuple[str, ...] = ARTICLE) -> str:
    """A saved news page: the article inside navigation, banners, comments and links."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Talks will continue | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Talks will continue">
<meta name="author" content="Anna Petrova">
<meta property="article:published_time" content="2024-09-05T10:00:00Z">
<script>document.body.innerHTML = "SCRIPT RAN"; fetch("http://tracker.invalid/x");</script>
<link rel="stylesheet" href="http://cdn.invalid/style.css">
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>Talks will continue</h1>
<p class="byline">By Anna Petrova</p>
<img src="http://images.invalid/photo.jpg" alt="Photo of the ministry">
<iframe src="http://ads.invalid/frame"></iframe>
{body}
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a>
<a href="#">Email this article</a></div>
</article>
<aside class="read-more"><h3>Read more</h3><ul><li><a href="/a">Markets fall after rate
decision</a></li><li><a href="/b">Ten things to do this weekend</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>User123: This is fake news, total nonsense.</p></div></section>
</main>
<footer><p>© 2024 The Daily Ledger. All rights reserved. Privacy policy.</p></footer>
</body></html>
"""


BOILERPLATE = (
    "cookies",
    "Home",
    "Opinion",
    "Share on",
    "Read more",
    "Markets fall",
    "Ten things",
    "Comments",
    "fake news",
    "All rights reserved",
    "SCRIPT RAN",
    "fetch(",
    "By Anna",
)


_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE bomb [<!ENTITY e0 "laugh laugh laugh laugh laugh">'
    + "".join(f'<!ENTITY e{i + 1} "{f"&e{i};" * 10}">' for i in range(9))
    + "]>"
)


def entity_bomb(base: bytes, member: str, root: str) -> bytes:
    """`base` with `member` rewritten to declare nested entities ("billion laughs", about
    5 GB expanded) and to use the largest one before the article's first words."""
    source = zipfile.ZipFile(io.BytesIO(base))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == member:
                xml = data.decode("utf-8")
                xml = _LAUGHS + xml[xml.index(root) :]
                data = xml.replace(ARTICLE[0][:20], "&e9;" + ARTICLE[0][:20], 1).encode()
            archive.writestr(item.filename, data)
    return buffer.getvalue()
