"""The structured readers on small files made in the test with the same libraries: Word (python-docx),
HTML, XLIFF 1.2/2.0 and TMX; kinds, sections, footnotes, locators, inline markup, and refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from aicont.config import Config
from aicont.errors import InputError
from aicont.ingest import load
from aicont.model import BlockKind
from aicont.pipeline import load_document, run
from tests.formats import make
from tests.formats.make import Item

# The same small document in Danish and Swedish: (kind, Danish text, Swedish text, footnote refs)
PARALLEL = [
    ("title", "Handlingsplan for AI-kontinentet", "Handlingsplan för AI-kontinenten", ()),
    ("paragraph", "EU vil investere 200 mia. EUR i kunstig intelligens.",
     "EU kommer att investera 200 miljarder euro i artificiell intelligens.", (1,)),
    ("heading", "1 Infrastruktur", "1 Infrastruktur", ()),
    ("paragraph", "Tilladelser tager ofte over 48 måneder.", "Tillstånd tar ofta över 48 månader.", (2,)),
    ("bullet", "Etablere AI-fabrikker inden udgangen af 2025.", "Inrätta AI-fabriker före utgången av 2025.", ()),
    ("number", "Første foranstaltning.", "Första åtgärden.", ()),
    ("number", "Anden foranstaltning.", "Andra åtgärden.", ()),
    ("table", "Land\tBeløb\nDK\t10 mio. EUR\nSE\t12 mio. EUR", "Land\tBelopp\nDK\t10 miljoner euro\nSE\t12 miljoner euro", ()),
    ("heading", "1.1 Data", "1.1 Data", ()),
    ("box", "Eksempel: et datalaboratorium i Finland.", "Exempel: ett datalabb i Finland.", ()),
]
DA_ITEMS = [Item(kind, da, level=da.split()[0].count(".") + 1, refs=refs) for kind, da, _, refs in PARALLEL]
SV_ITEMS = [Item(kind, sv, level=sv.split()[0].count(".") + 1, refs=refs) for kind, _, sv, refs in PARALLEL]
DA_NOTES = {1: "COM(2025) 165 final.", 2: "Forbuddene fandt anvendelse fra den 2.2.2025."}


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- Word


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_word_and_odt_kinds_sections_lists_tables_and_footnotes(tmp_path: Path, suffix: str) -> None:
    build = make.docx_bytes if suffix == "docx" else make.odt_bytes
    doc = load_document(_write(tmp_path, f"da.{suffix}", build(DA_ITEMS, DA_NOTES)))
    kinds = [(b.kind.value, b.id) for b in doc.blocks]
    assert kinds == [
        ("title", "da:0:title"), ("paragraph", "da:0:p1"), ("heading", "da:1:h"), ("paragraph", "da:1:p1"),
        ("list_item", "da:1:l1"), ("list_item", "da:1:l2"), ("list_item", "da:1:l3"), ("table", "da:1:t1"),
        ("heading", "da:1.1:h"), ("box", "da:1.1:b1"), ("footnote", "da:fn1"), ("footnote", "da:fn2"),
    ]
    by_id = {b.id: b for b in doc.blocks}
    assert by_id["da:1:h"].text == "Infrastruktur" and by_id["da:1.1:h"].number == "1.1"
    assert by_id["da:1:l1"].text.startswith("• Etablere")
    assert [by_id["da:1:l2"].text, by_id["da:1:l3"].text] == ["1. Første foranstaltning.", "2. Anden foranstaltning."]
    assert by_id["da:1:t1"].text == "Land | Beløb\nDK | 10 mio. EUR\nSE | 12 mio. EUR"
    assert by_id["da:0:p1"].refs == (1,) and by_id["da:1:p1"].refs == (2,)
    assert by_id["da:0:p1"].text == "EU vil investere 200 mia. EUR i kunstig intelligens."  # no marker digit
    assert by_id["da:fn2"].text == "Forbuddene fandt anvendelse fra den 2.2.2025."
    assert [s.number for s in doc.sections] == ["", "1", "1.1"]
    assert doc.unit == "paragraph"


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_word_and_odt_locators_count_paragraphs_and_footnotes_after_the_body(tmp_path: Path, suffix: str) -> None:
    build = make.docx_bytes if suffix == "docx" else make.odt_bytes
    path = _write(tmp_path, f"da.{suffix}", build(DA_ITEMS, DA_NOTES))
    raw = load(path)
    numbers = [line.number for line in raw.lines]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    doc = load_document(path)
    by_id = {b.id: b for b in doc.blocks}
    assert by_id["da:0:title"].spans[0].line_start == 1 and by_id["da:0:p1"].spans[0].line_start == 2
    # the table: 3 rows x 2 cells = paragraphs 8-13
    assert (by_id["da:1:t1"].spans[0].line_start, by_id["da:1:t1"].spans[-1].line_end) == (8, 13)
    # 15 body paragraphs: 8 before the table, its 6 cells, the heading ... and the box's cell
    assert (by_id["da:1.1:b1"].spans[0].line_start, by_id["da:fn1"].spans[0].line_start) == (15, 16)


def _docx_with_body(xml: str) -> bytes:
    """A Word file whose body paragraphs are given as raw WordprocessingML (tracked changes, fields)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for p in parse_xml(f'<w:body xmlns:w="{make.W_NS}">{xml}</w:body>'):
        body.insert(len(body) - 1, p)  # before the section properties
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_reads_what_word_shows(tmp_path: Path) -> None:
    xml = (
        "<w:p><w:r><w:t>Budgettet er </w:t></w:r>"
        "<w:del><w:r><w:delText>100</w:delText></w:r></w:del><w:ins><w:r><w:t>200</w:t></w:r></w:ins>"
        '<w:r><w:t xml:space="preserve"> mio. EUR</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> i 2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:t>.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Side</w:t><w:br/><w:t>to</w:t><w:tab/><w:t>Non</w:t><w:noBreakHyphen/><w:t>stop</w:t></w:r></w:p>"
    )
    xml += '<w:p><w:r><w:t>Synlig</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> skjult 1999</w:t></w:r></w:p>'
    raw = load(_write(tmp_path, "da.docx", _docx_with_body(xml)))
    assert [p.text for p in raw.paragraphs] == ["Budgettet er 200 mio. EUR i 2025.", "Side to Non-stop", "Synlig"]


def test_docx_automatic_heading_numbers_are_section_numbers(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    num_id = document.styles["List Number"].element.pPr.numPr.numId.val
    for title, body in (("Indledning", "Tekst om 2024."), ("Data", "Tekst om 2025.")):
        heading = document.add_heading(title, level=1)
        ppr = heading._p.get_or_add_pPr()
        ppr.get_or_add_numPr().get_or_add_numId().val = num_id
        document.add_paragraph(body)
    out = io.BytesIO()
    document.save(out)
    doc = load_document(_write(tmp_path, "da.docx", out.getvalue()))
    assert [(b.id, b.text) for b in doc.blocks if b.kind == BlockKind.HEADING] == [("da:1:h", "Indledning"), ("da:2:h", "Data")]


def test_docx_pair_finds_a_seeded_difference_at_its_paragraph(tmp_path: Path) -> None:
    sv_notes = {1: "COM(2025) 165 final.", 2: "Förbuden började tillämpas den 2 februari 2026."}
    left = _write(tmp_path, "da.docx", make.docx_bytes(DA_ITEMS, DA_NOTES))
    right = _write(tmp_path, "sv.docx", make.docx_bytes(SV_ITEMS, sv_notes))
    report = run(left, right, Config())
    assert [(f.code, f.section, f.left.value, f.right.value) for f in report.findings] == [
        ("AC201", "fn2", "2025-02-02", "2026-02-02")
    ]
    f = report.findings[0]
    # 15 body paragraphs (the table's six cells and the box's one included), then the footnotes
    assert f.left.spans[0].line_start == f.right.spans[0].line_start == 17
    assert [i.unit for i in report.inputs] == ["paragraph", "paragraph"]


# --------------------------------------------------------------------------- HTML

EURLEX = """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>EUR-Lex - 32024R1689 - DA</title>
<script>document.write("<p>not text 2099</p>")</script><style>.x{}</style></head>
<body>
<div id="banner"><p>EUR-Lex Adgang til EU-retten</p><nav><a href="/">Hjem</a></nav></div>
<div id="docHtml">
<p class="oj-doc-ti">EUROPA-PARLAMENTETS OG RÅDETS FORORDNING (EU) 2024/1689</p>
<p class="oj-doc-ti">af 13. juni 2024</p>
<p class="oj-normal">under henvisning til traktaten om Den Europæiske Unions funktionsmåde, særlig artikel 114,<a id="ntc1-L_202401689DA.000101-E0001" href="#ntr1-L_202401689DA.000101-E0001">&nbsp;(<span class="oj-super oj-note-tag">1</span>)</a></p>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><col width="4%"/><col width="96%"/><tbody><tr>
<td valign="top"><p class="oj-normal">(1)</p></td>
<td valign="top"><p class="oj-normal">Formålet med denne forordning er at forbedre det indre markeds
funktion, og forbuddene finder anvendelse fra den 2. februar 2025 &amp; senere.</p></td>
</tr></tbody></table>
<p class="oj-ti-art">Artikel 1</p>
<p class="oj-sti-art">Genstand</p>
<p class="oj-normal">1.   Denne forordning gælder over 48 måneder.<br><br>2.   Kommissionen<br>vedtager retningslinjer.</p>
<table class="oj-table"><tr><td><p class="oj-tbl-hdr">Land</p></td><td><p class="oj-tbl-hdr">Beløb</p></td></tr>
<tr><td><p class="oj-tbl-txt">DK</p></td><td><p class="oj-tbl-txt">200 mio. EUR</p></td></tr></table>
<ol type="a"><li>første punkt</li><li>andet punkt</li></ol>
<p style="display:none">skjult 1999</p>
<hr class="oj-note">
<p class="oj-note"><a id="ntr1-L_202401689DA.000101-E0001" href="#ntc1-L_202401689DA.000101-E0001">(<span class="oj-super oj-note-tag">1</span>)</a>  EUT C 517 af 22.12.2021, s. 56.</p>
</div>
<div id="footer"><p>© Den Europæiske Union 2024</p></div>
</body></html>
"""


def test_eurlex_page_paragraphs_notes_tables_and_no_markup(tmp_path: Path) -> None:
    path = _write(tmp_path, "act.html", EURLEX)
    raw = load(path)
    assert raw.lang == "da" and raw.unit == "line"
    texts = [p.text for p in raw.paragraphs]
    assert texts[0] == "EUROPA-PARLAMENTETS OG RÅDETS FORORDNING (EU) 2024/1689"
    assert texts[2] == "under henvisning til traktaten om Den Europæiske Unions funktionsmåde, særlig artikel 114,"
    assert raw.paragraphs[2].refs == (1,)
    assert texts[3].startswith("(1) Formålet") and "2. februar 2025 & senere." in texts[3]
    assert "1. Denne forordning gælder over 48 måneder." in texts and "2. Kommissionen vedtager retningslinjer." in texts
    assert "Land | Beløb\nDK | 200 mio. EUR" in texts
    assert "a. første punkt" in texts and "b. andet punkt" in texts
    joined = "\n".join(texts)
    for leaked in ("<", "not text", "skjult", "Adgang til EU-retten", "Hjem", "©", "&amp;", "&nbsp;"):
        assert leaked not in joined
    notes = [p for p in raw.paragraphs if p.kind == BlockKind.FOOTNOTE]
    assert [(p.number, p.text) for p in notes] == [("1", "EUT C 517 af 22.12.2021, s. 56.")]
    kinds = {p.text: p.kind for p in raw.paragraphs}
    assert kinds["Artikel 1"] == BlockKind.HEADING and kinds["af 13. juni 2024"] == BlockKind.TITLE
    assert kinds[texts[3]] == BlockKind.LIST_ITEM


EURLEX_OLD = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>L_2009123EN.01000101.xml</title></head>
<body>
<div id="TexteOnly">
<TXT_TE><p>
<p class="doc-ti" id="d1e32-1-1">REGULATION (EC) No 123/2009 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL</p>
<p class="normal">Having regard to the opinion of the European Economic and Social Committee <a id="ntc1-L_2009123EN.01000101-E0001" href="#ntr1-L_2009123EN.01000101-E0001">(<span class="super">1</span>)</a>,</p>
<p class="normal">Whereas:</p>
<table cellspacing="0" cellpadding="0" border="0" width="100%"><col width="4%"><col width="96%"><tr><td valign="top"><p class="normal">(1)</p></td><td valign="top"><p class="normal">Directive 2001/83/EC should apply from 1 January 2010.</p></td></tr></table>
<p class="ti-art" id="d1e100-1-1">Article 1</p>
<p class="sti-art">Amendments</p>
<p class="normal">Regulation (EC) No 726/2004 is amended as follows:</p>
<table cellspacing="0" cellpadding="0" border="0" width="100%"><col width="4%"><col width="96%"><tr><td valign="top"><p class="normal">1.</p></td><td valign="top"><p class="normal">Article 5 is replaced by the following:</p>
<table cellspacing="0" cellpadding="0" border="0" width="100%"><col width="4%"><col width="96%"><tr><td valign="top"><p class="normal">(a)</p></td><td valign="top"><p class="normal">the fee shall be EUR 200 000;</p></td></tr></table>
</td></tr></table>
<hr class="note">
<p class="note"><a id="ntr1-L_2009123EN.01000101-E0001" href="#ntc1-L_2009123EN.01000101-E0001">(<span class="super">1</span>)</a>  OJ C 10, 15.1.2008, p. 1.</p>
</TXT_TE>
</div>
</body></html>
"""


def test_older_eurlex_layout_unknown_tags_and_nested_points(tmp_path: Path) -> None:
    """The pre-2014 EUR-Lex layout: the text inside an unknown <TXT_TE> element, points in nested
    layout tables, a note marker between a word and its comma."""
    raw = load(_write(tmp_path, "act.html", EURLEX_OLD))
    texts = [(p.kind.value, p.text) for p in raw.paragraphs]
    assert texts == [
        ("title", "REGULATION (EC) No 123/2009 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"),
        ("paragraph", "Having regard to the opinion of the European Economic and Social Committee,"),
        ("paragraph", "Whereas:"),
        ("list_item", "(1) Directive 2001/83/EC should apply from 1 January 2010."),
        ("heading", "Article 1"),
        ("heading", "Amendments"),
        ("paragraph", "Regulation (EC) No 726/2004 is amended as follows:"),
        ("list_item", "1. Article 5 is replaced by the following:"),
        ("list_item", "(a) the fee shall be EUR 200 000;"),
        ("footnote", "OJ C 10, 15.1.2008, p. 1."),
    ]
    assert raw.paragraphs[1].refs == (1,) and [p.line for p in raw.paragraphs][:3] == [5, 6, 7]


def test_html_values_point_to_their_source_line(tmp_path: Path) -> None:
    from aicont.extract import extract_document

    path = _write(tmp_path, "da.html", EURLEX)
    doc = load_document(path)
    source = EURLEX.splitlines()
    values = [v for vs in extract_document(doc).values() for v in vs]
    date = next(v for v in values if v.canonical == "2025-02-02")
    assert "2. februar 2025" in source[date.line - 1]  # the second source line of that paragraph
    table = next(b for b in doc.blocks if b.kind == BlockKind.TABLE)
    assert "DK" in source[table.line_at(table.text.index("DK")) - 1]


def test_one_line_html_pair_compares_as_documents(tmp_path: Path) -> None:
    """A page written on one line no longer reads as one line of markup with hundreds of findings."""
    page = "".join(EURLEX.splitlines())
    edited = page.replace("2. februar 2025", "2. februar 2026")
    report = run(_write(tmp_path, "page.html", page), _write(tmp_path, "edited.html", edited), Config())
    assert [(f.code, f.left.value, f.right.value) for f in report.findings] == [("AC201", "2025-02-02", "2026-02-02")]
    assert report.findings[0].left.spans[0].line_start == 1


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><title>Plan</title>
<style><!-- p.MsoNormal {margin:0cm} --></style></head>
<body lang=DA style='tab-interval:65.2pt'>
<div class=WordSection1>
<p class=MsoTitle>Handlingsplan for AI-kontinentet</p>
<h1><span lang=DA>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span>Indledning</span></h1>
<p class=MsoNormal>Forbuddene fandt anvendelse fra den 2.2.2025<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:11.0pt'>[1]</span></span><![endif]></span></span></a>.</p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>over 48 måneder</p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.0pt'>[1]</span></span><![endif]></span></span></a> Forordning (EU) 2024/1689.</p>
</div></div>
</body></html>
"""


def test_word_save_as_html(tmp_path: Path) -> None:
    """A page Word saved as HTML (windows-1252): its title and list classes, its footnote list."""
    raw = load(_write(tmp_path, "plan.htm", WORD_HTML.encode("cp1252")))
    assert [(p.kind.value, p.text) for p in raw.paragraphs] == [
        ("title", "Handlingsplan for AI-kontinentet"), ("heading", "1. Indledning"),
        ("paragraph", "Forbuddene fandt anvendelse fra den 2.2.2025."), ("list_item", "· over 48 måneder"),
        ("footnote", "Forordning (EU) 2024/1689."),
    ]
    assert raw.paragraphs[2].refs == (1,) and raw.lang == "da"


def test_html_nested_too_deeply_is_one_clear_error(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 5000 + "Tekst fra 2025." + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="nested too deeply"):
        load(_write(tmp_path, "deep.html", page))


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Beløb på 200 mio. EUR – i år.</p></body></html>'
    raw = load(_write(tmp_path, "da.htm", page.encode("cp1252")))
    assert raw.paragraphs[0].text == "Beløb på 200 mio. EUR – i år."
    assert raw.encoding == "windows-1252"


# --------------------------------------------------------------------------- XLIFF and TMX

PAIRS = [
    ("1 Indledning", "1 Inledning"),
    ('Forbuddene fandt anvendelse fra den <g id="1">2.2.2025</g>.', 'Förbuden började tillämpas den <g id="1">2 februari 2026</g>.'),
    ('Tilladelser tager ofte over 48 måneder<x id="2"/>.', 'Tillstånd tar ofta 48 månader<x id="2"/>.'),
    ('Budgettet er 200 mia. EUR<ph id="3">&lt;b id="7"&gt;</ph>.', 'Budgeten är 200 miljarder euro<ph id="3">&lt;b id="7"&gt;</ph>.'),
    ("Kun på dansk.", None),
]


def _codes(report) -> list[tuple]:  # noqa: ANN001
    return [(f.code, f.left.value if f.left else None, f.right.value if f.right else None) for f in report.findings]


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_xliff_segments_are_paired_and_inline_codes_dropped(tmp_path: Path, version: str) -> None:
    pairs = PAIRS if version == "1.2" else [(a.replace("<g ", "<pc ").replace("</g>", "</pc>").replace("<x ", "<ph "),
                                            b and b.replace("<g ", "<pc ").replace("</g>", "</pc>").replace("<x ", "<ph "))
                                           for a, b in PAIRS[:3]] + [PAIRS[4]]
    path = _write(tmp_path, "plan.xlf", make.xliff(pairs, "da-DK", "sv-SE", version))
    from aicont.pipeline import load_bilingual_pair

    left, right, alignment = load_bilingual_pair(path)
    assert (left.lang, right.lang) == ("da", "sv")
    texts = [b.text for b in left.blocks]
    assert "Forbuddene fandt anvendelse fra den 2.2.2025." in texts
    assert all("<" not in t and "b id" not in t for t in texts + [b.text for b in right.blocks])
    assert left.blocks[0].kind == BlockKind.HEADING and left.blocks[1].section == "1"
    assert [b.type for b in alignment.beads][-1] == "1-0"
    report = run(path, None, Config())
    assert ("AC201", "2025-02-02", "2026-02-02") in _codes(report)
    assert ("AC302", "P48M", "P48M") in _codes(report)
    source = path.read_text(encoding="utf-8").splitlines()
    f = next(f for f in report.findings if f.code == "AC201")
    assert "2.2.2025" in source[f.left.spans[0].line_start - 1] and "2 februari 2026" in source[f.right.spans[0].line_start - 1]


def test_xliff_sentence_segments_pair_by_mid(tmp_path: Path) -> None:
    xml = """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="da" datatype="x" original="x"><body>
<trans-unit id="1"><source>Paid in 2024. Due by 2025.</source>
<seg-source><mrk mtype="seg" mid="1">Paid in 2024.</mrk> <mrk mtype="seg" mid="2">Due by 2025.</mrk></seg-source>
<target><mrk mtype="seg" mid="2">Forfalder senest 2026.</mrk> <mrk mtype="seg" mid="1">Betalt i 2024.</mrk></target></trans-unit>
</body></file></xliff>"""
    from aicont.pipeline import load_bilingual_pair

    left, right, alignment = load_bilingual_pair(_write(tmp_path, "x.xlf", xml))
    pairs = [(left.blocks[b.left[0]].text, right.blocks[b.right[0]].text) for b in alignment.beads]
    assert pairs == [("Paid in 2024.", "Betalt i 2024."), ("Due by 2025.", "Forfalder senest 2026.")]


def test_tmx_languages_are_chosen(tmp_path: Path) -> None:
    units = [
        {"en-GB": "Applies from 2 February 2025.", "da-DK": "Gælder fra den 2. februar 2025.", "sv-SE": "Gäller från den 2 februari 2026."},
        {"en-GB": "Over 48 months.", "da-DK": "Over 48 måneder.", "sv-SE": "Över 48 månader."},
    ]
    path = _write(tmp_path, "tm.tmx", make.tmx(units, "en-GB"))
    default = run(path, None, Config())
    assert [i.lang for i in default.inputs] == ["en", "da"] and _codes(default) == []
    assert any("holds en, da, sv" in n for n in default.notices)
    chosen = run(path, None, Config(left_lang="da", right_lang="sv"))
    assert _codes(chosen) == [("AC201", "2025-02-02", "2026-02-02")]
    with pytest.raises(InputError, match="choose two with --left-lang"):
        run(path, None, Config(left_lang="de"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
         '<xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit></body></file></xliff>',
         "refused: the XML declares entities"),
        ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
         '<xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>',
         "refused: the XML declares entities"),
        ('<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>open', "not well-formed XML"),
        ('<?xml version="1.0"?><xliff version="1.2"><file><body></body></file></xliff>', "no segment with text"),
        ('<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>' + '<g id="1">' * 5000
         + "x" + "</g>" * 5000 + "</source><target>y</target></trans-unit></body></file></xliff>", "nested too deeply"),
    ],
    ids=["billion-laughs", "external-entity", "truncated", "empty", "deep"],
)
def test_bad_bilingual_files_are_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        run(_write(tmp_path, "bad.xlf", text), None, Config())


def test_a_bilingual_file_is_not_one_side_of_a_pair(tmp_path: Path) -> None:
    xlf = _write(tmp_path, "plan.xlf", make.xliff(PAIRS, "da", "sv"))
    txt = _write(tmp_path, "sv.txt", "Förbuden började tillämpas den 2 februari 2026.\n")
    with pytest.raises(InputError, match=r"holds both versions; compare them with `aicont diff .*plan.xlf` alone"):
        run(xlf, txt, Config())
    with pytest.raises(InputError, match="not a bilingual file"):
        run(txt, None, Config())


def test_docx_in_the_commission_template_styles(tmp_path: Path) -> None:
    """COM documents are written with the Commission's own styles: the title in "Titre objet",
    headings in "ManualHeading1/2" with their numbers typed before a tab, points in "Point 0"."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for name in ("Titre objet", "ManualHeading1", "ManualHeading2", "Point 0"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    for style, text in (("Titre objet", "Handlingsplan for AI-kontinentet"), ("ManualHeading1", "1.\tIndledning"),
                        ("Normal", "Tekst fra 2025."), ("ManualHeading2", "1.1.\tData"), ("Point 0", "(a)\tet punkt")):
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    doc = load_document(_write(tmp_path, "da.docx", out.getvalue()))
    assert [(b.id, b.text) for b in doc.blocks] == [
        ("da:0:title", "Handlingsplan for AI-kontinentet"), ("da:1:h", "Indledning"), ("da:1:p1", "Tekst fra 2025."),
        ("da:1.1:h", "Data"), ("da:1.1:l1", "(a) et punkt"),
    ]
