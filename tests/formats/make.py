"""Generate the structured inputs of the tests at test time (no binary files in the repository): Word
files with python-docx, HTML pages, XLIFF 1.2/2.0 and TMX files with the standard library's XML.

The builders take a list of `Item`s (kind, text, footnote references) and footnote texts, so a test
states the document it means. `docx_from_document` and `html_from_document` convert a Document that
aicont read from a .txt file into the Word file or EUR-Lex-style page a person would have made of
it: one Word paragraph per paragraph (lines joined), headings in heading styles, list items in a
list style, footnotes as real footnotes referenced where the text marked them, tables as tables,
boxes as one-cell tables.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html import escape
from xml.sax.saxutils import escape as xml_escape

from aicont.model import Block, BlockKind, Document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Item:
    """One paragraph of a generated document. kind: title, heading, paragraph, bullet, number,
    table (text: rows separated by "\\n", cells by "\\t"), box. refs: footnote numbers to
    reference at the paragraph's end."""

    kind: str
    text: str
    level: int = 1
    refs: tuple[int, ...] = ()


# --------------------------------------------------------------------------- Word


def _footnote_part(document, notes: dict[int, str]) -> None:  # noqa: ANN001
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = [
        f'<w:footnotes xmlns:w="{W_NS}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for number, text in sorted(notes.items()):
        runs = f'<w:r><w:t xml:space="preserve"> {xml_escape(text)}</w:t></w:r>' if text else ""
        body.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{runs}</w:p></w:footnote>'
        )
    body.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, "".join(body).encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _reference(paragraph, number: int) -> None:  # noqa: ANN001
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    rpr.append(align)
    run._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run._r.append(ref)


def docx_bytes(items: list[Item], notes: dict[int, str] | None = None) -> bytes:
    """A Word file of `items`; `notes` are the footnotes' texts by number (referenced in order)."""
    import docx

    document = docx.Document()
    for item in items:
        if item.kind in ("table", "box"):
            rows = [row.split("\t") for row in item.text.split("\n")]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            for number in item.refs:
                _reference(table.cell(0, 0).paragraphs[0], number)
            continue
        style = {"title": "Title", "heading": f"Heading {item.level}", "bullet": "List Bullet", "number": "List Number"}
        paragraph = document.add_paragraph(item.text, style=style.get(item.kind))
        for number in item.refs:
            _reference(paragraph, number)
    if notes:
        _footnote_part(document, notes)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------- OpenDocument

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3"'
)
_ODT_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_NS}><office:styles>'
    '<style:style style:name="Title" style:family="paragraph"/>'
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    "</text:outline-style>"
    '<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>'
    '<text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>'
    "</office:styles></office:document-styles>"
)


def odt_bytes(items: list[Item], notes: dict[int, str] | None = None) -> bytes:
    """An OpenDocument text of `items`, as LibreOffice writes one: headings numbered by the outline
    style (their numbers are not in the text), lists by list styles, footnotes where referenced."""
    import zipfile

    notes = notes or {}

    def refs(numbers: tuple[int, ...]) -> str:
        return "".join(
            f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f"<text:note-body><text:p>{xml_escape(notes.get(n, ''))}</text:p></text:note-body></text:note>"
            for n in numbers
        )

    body = []
    for item in items:
        text = xml_escape(item.text)
        if item.kind == "heading":
            title = xml_escape(item.text.split(" ", 1)[1])  # the outline style numbers it
            body.append(f'<text:h text:outline-level="{item.level}">{title}{refs(item.refs)}</text:h>')
        elif item.kind == "title":
            body.append(f'<text:p text:style-name="Title">{text}{refs(item.refs)}</text:p>')
        elif item.kind in ("bullet", "number"):
            style = "Bullets" if item.kind == "bullet" else "Numbers"
            entry = f"<text:list-item><text:p>{text}{refs(item.refs)}</text:p></text:list-item>"
            if body and body[-1].startswith(f'<text:list text:style-name="{style}">'):
                body[-1] = body[-1].replace("</text:list>", entry + "</text:list>")  # one list of consecutive items
            else:
                body.append(f'<text:list text:style-name="{style}">{entry}</text:list>')
        elif item.kind in ("table", "box"):
            rows = "".join(
                "<table:table-row>" + "".join(f"<table:table-cell><text:p>{xml_escape(c)}</text:p></table:table-cell>"
                                              for c in row.split("\t")) + "</table:table-row>"
                for row in item.text.split("\n")
            )
            body.append(f"<table:table>{rows}</table:table>" + (f"<text:p>{refs(item.refs)}</text:p>" if item.refs else ""))
        else:
            body.append(f"<text:p>{text}{refs(item.refs)}</text:p>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}><office:body><office:text>'
               + "\n".join(body) + "</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("styles.xml", _ODT_STYLES, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --------------------------------------------------------------------------- conversion of a read document

_BULLET = re.compile(r"^[-–—•]\s+")


def as_printed(block: Block) -> str:
    """The block's text as the file printed it: lines joined, footnote markers out, but OCR damage
    kept (the OCR repairs undone), as a Word file of the same OCR'd text would hold it."""
    text = block.text
    for edit in block.edits:
        if edit.kind == "ocr-repair" and edit.after in text:
            text = text.replace(edit.after, edit.before, 1)
    return text


def items_of(doc: Document) -> tuple[list[Item], dict[int, str]]:
    """The paragraphs and footnotes of a Document, as a person would lay them out in Word."""
    items: list[Item] = []
    notes = {int(b.number): as_printed(b) for b in doc.blocks if b.kind == BlockKind.FOOTNOTE and b.number}
    for number in {r for b in doc.blocks for r in b.refs} - set(notes):
        notes[number] = ""  # referenced, but its text was lost (OCR): an empty footnote
    for b in doc.blocks:
        refs = tuple(b.refs)
        text = as_printed(b)
        if b.kind == BlockKind.FOOTNOTE:
            continue
        if b.kind == BlockKind.TITLE:
            items.append(Item("title", text, refs=refs))
        elif b.kind == BlockKind.HEADING:
            items.append(Item("heading", f"{b.number} {text}", level=(b.number or "1").count(".") + 1, refs=refs))
        elif b.kind == BlockKind.LIST_ITEM and _BULLET.match(text):
            items.append(Item("bullet", _BULLET.sub("", text), refs=refs))
        elif b.kind in (BlockKind.TABLE, BlockKind.FIGURE):
            items.append(Item("table", text, refs=refs))
        elif b.kind == BlockKind.BOX:
            items.append(Item("box", text, refs=refs))
        else:
            items.append(Item("paragraph", text, refs=refs))
    return items, notes


def docx_from_document(doc: Document) -> bytes:
    items, notes = items_of(doc)
    return docx_bytes(items, notes)


def odt_from_document(doc: Document) -> bytes:
    items, notes = items_of(doc)
    return odt_bytes(items, notes)


# --------------------------------------------------------------------------- HTML


def html_page(items: list[Item], notes: dict[int, str] | None = None, *, lang: str = "en", title: str = "EUR-Lex") -> str:
    """A page laid out as EUR-Lex shows a COM document: Word-exported class names, the document in
    #document1 amid the site's menus, footnotes as a definition list linked both ways."""
    notes = notes or {}
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        f'<head><meta charset="utf-8"><title>{escape(title)}</title>',
        "<script>var menu = '<p>not text</p>';</script><style>p { margin: 0 }</style></head>",
        "<body>",
        '<div id="header"><ul><li><a href="/">EUR-Lex</a></li><li>Search</li></ul></div>',
        '<div id="document1">',
    ]

    def refs(numbers: tuple[int, ...]) -> str:
        return "".join(
            f'<a href="#footnote{n}" id="footnoteRef{n}"><span class="FootnoteReference">({n})</span></a>' for n in numbers
        )

    in_list = False
    for item in items:
        if item.kind == "bullet" and not in_list:
            out.append("<ul>")
            in_list = True
        elif item.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        text = escape(item.text)
        if item.kind == "title":
            out.append(f'<p class="Titreobjet_cp">{text}{refs(item.refs)}</p>')
        elif item.kind == "heading":
            number, _, title = item.text.partition(" ")
            out.append(
                f'<p class="li ManualHeading{item.level}"><span class="num">{escape(number)}.</span>{escape(title)}{refs(item.refs)}</p>'
            )
        elif item.kind == "bullet":
            out.append(f"<li>\n{text}{refs(item.refs)}</li>")
        elif item.kind in ("table", "box"):
            rows = "".join(
                "<tr>" + "".join(f"<td><p>{escape(c)}</p></td>" for c in row.split("\t")) + "</tr>\n"
                for row in item.text.split("\n")
            )
            out.append(f'<table class="{"Box" if item.kind == "box" else "Table"}">\n{rows}</table>{refs(item.refs)}')
        else:
            # a long paragraph wraps in the source, as an editor or an exporter writes it
            wrapped = re.sub(r"(.{70,}?) ", lambda m: m.group(1) + "\n", text)
            out.append(f'<p class="Normal">{wrapped}{refs(item.refs)}</p>')
    if in_list:
        out.append("</ul>")
    if notes:
        out.append('<hr class="FootnoteSeparator"/><dl>')
        for number, text in sorted(notes.items()):
            out.append(
                f'<dt><a href="#footnoteRef{number}" id="footnote{number}">({number})</a></dt>'
                f'<dd><p class="Footnote">{escape(text)}</p></dd>'
            )
        out.append("</dl>")
    out.append("</div>")
    out.append('<div id="footer">© European Union, 1998-2025</div></body></html>')
    return "\n".join(out) + "\n"


def html_from_document(doc: Document) -> str:
    items, notes = items_of(doc)
    return html_page(items, notes, lang=doc.lang or "en")


# --------------------------------------------------------------------------- XLIFF and TMX


def xliff(pairs: list[tuple[str, str | None]], src: str, tgt: str, version: str = "1.2") -> str:
    """XLIFF 1.2 (trans-units) or 2.0 (units of one segment); a pair's text may hold inline codes
    already written as XLIFF (<g>, <x/>, <ph>, <pc>)."""
    units = []
    for k, (s, t) in enumerate(pairs, 1):
        target = f"<target>{t}</target>" if t is not None else ""
        if version == "1.2":
            units.append(f'      <trans-unit id="{k}">\n        <source>{s}</source>\n        {target}\n      </trans-unit>')
        else:
            units.append(f'    <unit id="u{k}">\n      <segment id="s{k}"><source>{s}</source>{target}</segment>\n    </unit>')
    body = "\n".join(units)
    if version == "1.2":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            f'  <file source-language="{src}" target-language="{tgt}" datatype="plaintext" original="doc.docx">\n'
            f"    <body>\n{body}\n    </body>\n  </file>\n</xliff>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="{src}" trgLang="{tgt}">\n'
        f'  <file id="f1">\n{body}\n  </file>\n</xliff>\n'
    )


def tmx(units: list[dict[str, str]], srclang: str) -> str:
    """TMX 1.4b; each unit maps a language tag to its segment (inline codes already written)."""
    tus = []
    for k, unit in enumerate(units, 1):
        tuvs = "".join(f'\n      <tuv xml:lang="{lang}"><seg>{seg}</seg></tuv>' for lang, seg in unit.items())
        tus.append(f'    <tu tuid="{k}">{tuvs}\n    </tu>')
    body = "\n".join(tus)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        f'  <header creationtool="tests" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="{srclang}" datatype="plaintext"/>\n'
        f"  <body>\n{body}\n  </body>\n</tmx>\n"
    )
