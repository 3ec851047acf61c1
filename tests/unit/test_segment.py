"""Segmentation on tiny synthetic documents: headings by sequence, wrapped titles, lists, block
ends in double-spaced text, ids, tables, figures, boxes and the sections view."""

from __future__ import annotations

import json
from pathlib import Path

from aicont.ingest.text import read_text
from aicont.model import BlockKind, Document
from aicont.report.structure import render_sections
from aicont.segment import build_document

LONG = "Dette er en lang linje med almindelig tekst som fylder hele bredden af siden ud"


def doc_of(text: str, side: str = "left") -> Document:
    return build_document(read_text(Path("mini.txt"), text.encode("utf-8")), side=side, lang="da")


DOC = f"""Handlingsplan for noget

{LONG}
og slutter her.

1. Opbygning af store data- og databehandlingsinfrastrukturer i hele Europa til AI-
økosystemet

{LONG}
og slutter her.

1.1 Udrulning af fabrikker

Vi gør tre ting:

- Etablere fabrikker (2. kvartal 2025)

- Oprette et kontaktpunkt for alle brugere i hele Europa for adgang til
fabrikker (2. kvartal 2025)

1. Dette er et nummereret punkt i en liste og ikke en overskrift.

2. Data til kunstig intelligens

{LONG}
og slutter her.
"""


def test_headings_titles_and_sections() -> None:
    doc = doc_of(DOC)
    assert [(s.number, s.level) for s in doc.sections] == [("", 0), ("1", 1), ("1.1", 2), ("2", 1)]
    assert doc.sections[1].title == "Opbygning af store data- og databehandlingsinfrastrukturer i hele Europa til AI-økosystemet"
    assert doc.sections[0].title == "Handlingsplan for noget"
    assert doc.blocks[0].kind == BlockKind.TITLE and doc.blocks[0].id == "left:0:title"
    heading = doc.block("left:1:h")
    assert heading.number == "1" and heading.lines == ((6, 7),)


def test_numbered_line_out_of_sequence_is_not_a_heading() -> None:
    doc = doc_of(DOC)
    numbers = [s.number for s in doc.sections]
    assert numbers.count("1") == 1  # "1. Dette er et nummereret punkt" came after 1.1
    item = next(b for b in doc.blocks if "nummereret punkt" in b.text)
    assert item.section == "1.1" and item.kind == BlockKind.LIST_ITEM


def test_list_items_are_blocks_with_ids() -> None:
    doc = doc_of(DOC)
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert [b.id for b in items][:2] == ["left:1.1:l1", "left:1.1:l2"]
    assert items[1].text.endswith("for adgang til fabrikker (2. kvartal 2025)")
    assert items[1].lines == ((18, 19),)
    assert doc.block("left:1.1:p1").text == "Vi gør tre ting:"


def test_ocr_letter_bullets() -> None:
    text = "Kommissionen vil:\n\ne uddanne eksperter\no tilskynde talenter til at blive\no tiltrække talenter fra lande uden for EU.\n"
    doc = doc_of(text)
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH] + [BlockKind.LIST_ITEM] * 3


def test_double_spaced_text_blocks_decided_without_blank_lines() -> None:
    lines = [
        "Europeiska unionen har föresatt sig och är fast besluten att bli världsledande inom artificiell ",
        "intelligens – att bli en ledande AI-kontinent. I detta meddelande beskrivs en rad kraftfulla ",
        "åtgärder för att uppnå detta mål. ",
        "Den globala kapplöpningen om att leda AI-utvecklingen är långt ifrån över. Genombrott ",
        "fortsätter att omdefiniera gränserna för vad som är möjligt och detta sker nu i hela världen. ",
        "Det är bara genom att samarbeta som vi kan lyckas med detta arbete i hela unionen och ute.  ",
        "Ett nytt stycke börjar här efter två mellanslag i slutet av raden före och fortsätter en bit. ",
    ]
    doc = doc_of("\n\n".join(lines) + "\n")
    texts = [b.text for b in doc.blocks]
    assert len(texts) == 3
    assert texts[0].endswith("uppnå detta mål.")
    assert texts[1].startswith("Den globala") and texts[1].endswith("i hela unionen och ute.")
    assert doc.blocks[0].lines == ((1, 5),)


def test_table_figure_and_box() -> None:
    text = f"""Fabrikkerne har styrker som følger:

Sektorer AT BG DE EL ES FI
Sundhed ● ● ●
Teknologi og det
digitale ● ●

Eksempler:

Robotfartøjer (Estland)

{LONG}
og slutter her med en sætning.

Maskinsyn til kontrol (Spanien)

{LONG}
og slutter her.

Næste afsnit begynder her og er et almindeligt afsnit med en sætning.

AI-
gigafabrikker Store faciliteter
Anvendelse af supercomputere,
data og talent
Industrisektorer Offentlig sektor
(inkl. sundhedspleje)
Det indre marked

{LONG}
og slutter også her.
"""
    doc = doc_of(text)
    kinds = [b.kind for b in doc.blocks]
    assert BlockKind.TABLE in kinds and BlockKind.FIGURE in kinds
    table = next(b for b in doc.blocks if b.kind == BlockKind.TABLE)
    assert table.lines == ((3, 6),) and table.text.split("\n")[0].startswith("Sektorer AT")
    boxes = [b for b in doc.blocks if b.kind == BlockKind.BOX]
    assert [b.text.split(" (")[0] for b in boxes] == ["Robotfartøjer", "Maskinsyn til kontrol"]
    figure = next(b for b in doc.blocks if b.kind == BlockKind.FIGURE)
    assert figure.lines == ((22, 28),)


def test_render_sections_text_and_json() -> None:
    doc = doc_of(DOC, side="da")
    text = render_sections(doc, blocks=True, fmt="text")
    assert "1.1" in text and "da:1.1:l1" in text and "intro" in text
    data = json.loads(render_sections(doc, blocks=True, fmt="json"))
    assert set(data) == {"document", "sections", "blocks", "problems"}
    assert data["sections"][0]["id"] == "0" and data["sections"][1]["number"] == "1"
    block = next(b for b in data["blocks"] if b["id"] == "da:1.1:l2")
    assert block["lines"] == [[18, 19]] and block["kind"] == "list_item" and block["page"] == 1
    no_blocks = json.loads(render_sections(doc, blocks=False, fmt="json"))
    assert "blocks" not in no_blocks and no_blocks["sections"]
    assert render_sections(doc, blocks=True, fmt="json") == render_sections(doc, blocks=True, fmt="json")


def test_pdf_layout_roles_are_used(tmp_path: Path) -> None:
    from aicont.ingest import load
    from tests.pdf.make import HEADING, HYPHEN_JOINED, RUNNING_HEAD, document_pdf

    path = tmp_path / "doc.pdf"
    path.write_bytes(document_pdf(3))
    doc = build_document(load(path), side="da", lang="da")
    assert [s.number for s in doc.sections] == ["1", "2"]
    assert doc.sections[0].title == HEADING[0].split(" ", 1)[1] + " " + HEADING[1]
    assert [b.number for b in doc.blocks if b.kind == BlockKind.FOOTNOTE] == ["1", "2", "3", "4"]
    assert [b.page for b in doc.blocks if b.kind == BlockKind.FOOTNOTE] == [1, 1, 2, 3]
    body = [b for b in doc.blocks if b.kind != BlockKind.FOOTNOTE]
    assert all(RUNNING_HEAD not in b.text for b in body)
    assert any(HYPHEN_JOINED in b.text and 1 in b.refs for b in body)
    assert [r for b in body for r in b.refs] == [1, 2, 3, 4]
    assert sorted(e.kind for e in doc.edits if e.kind in ("running-head", "page-number")).count("page-number") == 3


def test_full_line_ending_mid_sentence_goes_on_after_a_blank_line() -> None:
    # capitalised nouns (German) after the blank line must not end the paragraph
    text = f"Erster Absatz.\n\n{LONG} und die Kommission\n\nUnternehmen in der Union stärken will.\n"
    doc = doc_of(text)
    assert doc.blocks[-1].text.endswith("und die Kommission Unternehmen in der Union stärken will.")
    assert len([b for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]) == 2


def test_shuffled_corpus_lines_never_break_segmentation() -> None:
    """Robustness: random documents made of real (messy) corpus lines, blank lines, lone numbers
    and separators go through; ids stay unique and spans stay inside the file."""
    import random

    from tests.conftest import DA, SV

    pool = DA.read_text(encoding="utf-8").splitlines() + SV.read_text(encoding="utf-8").splitlines()
    pool += ["", "", " ", "7", " " * 48, "1.", "- ", "e", "https://example.eu/x"]
    for seed in range(12):
        rng = random.Random(seed)
        lines = [rng.choice(pool) for _ in range(rng.randint(1, 160))]
        if not any(x.strip() for x in lines):
            lines.append("Tekst.")
        doc = doc_of("\n".join(lines) + "\n")
        ids = [b.id for b in doc.blocks]
        assert len(ids) == len(set(ids)), seed
        for b in doc.blocks:
            assert all(1 <= s.line_start <= s.line_end <= len(lines) for s in b.spans), (seed, b.id)
            assert b.text.strip() or b.kind == BlockKind.FOOTNOTE, (seed, b.id)
        refs = [r for b in doc.blocks for r in b.refs]
        notes = [b for b in doc.blocks if b.kind == BlockKind.FOOTNOTE]
        if not any(b.id.endswith(".2") for b in notes):  # unless numbering restarts, refs rise
            assert refs == sorted(refs), seed


def test_letter_bullets_only_inside_lists() -> None:
    prose = (
        f"{LONG}\ne la Commissione propone misure per il mercato interno e per le imprese europee\n"
        f"{LONG}\ne gli Stati membri sostengono la strategia comune per il futuro digitale\n"
        f"{LONG}\ne il Consiglio adotta la decisione finale sulla proposta in questione oggi.\n"
    )
    doc = doc_of(prose)
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]
    listed = "Kommissionen vil:\n\ne uddanne eksperter\no tilskynde talenter\no tiltrække talenter.\n" + prose
    kinds = [b.kind for b in doc_of(listed).blocks]
    assert kinds[:4] == [BlockKind.PARAGRAPH] + [BlockKind.LIST_ITEM] * 3



def test_table_of_contents_is_no_heading_sequence() -> None:
    toc = "Indhold\n\n1. Indledning .......... 2\n2. Data til kunstig intelligens .......... 3\n2.1 Laboratorier .......... 4\n\n"
    plain_toc = "Indhold\n\n1. Indledning\n2. Data til kunstig intelligens\n2.1 Laboratorier\n3. Konklusion\n\n"
    body = f"1. Indledning\n\n{LONG}\nog slutter her.\n\n2. Data til kunstig intelligens\n\n{LONG}\nog slutter.\n\n2.1 Laboratorier\n\n{LONG}\nog slutter.\n"
    for head in (toc, plain_toc):
        doc = doc_of(head + body)
        assert [s.number for s in doc.sections] == ["", "1", "2", "2.1"], head
        first = doc.sections[1].span.line_start
        assert doc.block("left:1:h").lines[0][0] == first and first > 6


def test_chapter_opening_with_nested_headings_is_kept() -> None:
    doc = doc_of(f"1. Indledning\n\n1.1 Baggrund\n\n1.1.1 Detaljer\n\n{LONG}\nog slutter her.\n")
    assert [s.number for s in doc.sections] == ["1", "1.1", "1.1.1"]


def test_a_lost_heading_does_not_lose_the_next_ones() -> None:
    text = f"1. Indledning\n\n{LONG}\nog slutter her.\n\n1.1 Baggrund\n\n{LONG}\nog slutter.\n\n1.3 Udsigter\n\n{LONG}\nog slutter.\n"
    assert [s.number for s in doc_of(text).sections] == ["1", "1.1", "1.3"]


def test_pdf_paragraph_space_separates_paragraphs(tmp_path: Path) -> None:
    from fpdf import FPDF

    from aicont.ingest import load

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    y = 80.0
    paragraphs = [
        [
            "Kommissionen vil styrke samarbejdet om data og beregningskraft i hele Unionen.",
            "Medlemsstaterne deltager aktivt i arbejdet med at udvikle nye modeller her nu.",
            "Dette sker i tæt samarbejde med industrien og forskningen i hele Europa i dag.",
        ],
        [
            "Et nyt afsnit begynder her efter et mellemrum mellem afsnittene på siden igen.",
            "Det fortsætter med en linje mere om de samme emner som i det forrige afsnit.",
        ],
    ]
    for k, para in enumerate(paragraphs):
        for text in para:
            pdf.text(72, y, text)
            y += 14
        y += 12  # the space between paragraphs
    path = tmp_path / "p.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = build_document(load(path), side="da", lang="da")
    texts = [b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Kommissionen vil") and texts[0].endswith("i hele Europa i dag.")
    assert texts[1].startswith("Et nyt afsnit")


def test_heading_number_on_a_line_of_its_own() -> None:
    text = f"1.\nIndledning\n\n{LONG}\nog slutter her.\n\n1.1\nBaggrund for planen\n\n{LONG}\nog slutter.\n"
    doc = doc_of(text)
    assert [(s.number, s.title) for s in doc.sections] == [("1", "Indledning"), ("1.1", "Baggrund for planen")]
    assert doc.block("left:1.1:h").lines == ((7, 8),)
