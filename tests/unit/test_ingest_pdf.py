"""PDF ingest and layout roles, on PDFs generated at test time (tests/pdf/make.py) and on small
hand-built RawDocuments for the edge cases of each role rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.errors import InputError
from aicont.ingest import load
from aicont.model import Line, Page, RawDocument
from aicont.normalize.layout import ROLES, body_size, line_roles

try:  # `python -m pytest` puts the repository root on sys.path; plain `pytest` puts tests/.
    from tests.pdf import make
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest was started
    from pdf import make  # type: ignore[no-redef]


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(make.document_pdf(3))
    return path


@pytest.fixture(scope="module")
def raw(report_pdf: Path) -> RawDocument:
    return load(report_pdf)


def _by_text(raw: RawDocument, text: str) -> Line:
    hits = [line for line in raw.lines if line.text == text]
    assert len(hits) == 1, (text, [line.text for line in raw.lines])
    return hits[0]


# --------------------------------------------------------------------------- reading


def test_pages_and_line_numbers(raw: RawDocument, report_pdf: Path) -> None:
    assert raw.source == "pdf"
    assert raw.path == str(report_pdf)
    assert [page.number for page in raw.pages] == [1, 2, 3]
    assert all(page.width == pytest.approx(595.28, abs=0.1) for page in raw.pages)
    assert all(page.height == pytest.approx(841.89, abs=0.1) for page in raw.pages)
    # Line numbers count the extracted lines across the whole document, from 1, without gaps.
    assert [line.number for line in raw.lines] == list(range(1, len(raw.lines) + 1))
    assert all(line.page == page.number for page in raw.pages for line in page.lines)
    assert raw.notices == ()
    assert all(line.text == line.text.strip() and line.text for line in raw.lines)


def test_one_line_per_visual_line_in_reading_order(raw: RawDocument) -> None:
    first_page = [line.text for line in raw.pages[0].lines]
    assert first_page[0] == make.RUNNING_HEAD
    assert first_page[1:3] == list(make.HEADING)  # the wrapped heading: two lines, in order
    hy = first_page.index(make.HYPHEN[0])
    assert first_page[hy + 1] == make.HYPHEN[1]  # hyphen kept at the line end, for normalisation
    assert first_page[-1] == "1"  # the page number, last on the page
    notes = [text for text in first_page if text.startswith(("1 COM", "2 Forordning", "12.7.2024"))]
    assert notes == [
        "1 " + make.footnotes_for(1)[0].lines[0],
        "2 " + make.footnotes_for(1)[1].lines[0],
        make.footnotes_for(1)[1].lines[1],
    ]
    tops = [line.top for line in raw.pages[0].lines]
    assert tops == sorted(tops)  # single column: reading order is top to bottom


def test_layout_facts(raw: RawDocument) -> None:
    heading = _by_text(raw, make.HEADING[0])
    assert heading.size == make.HEADING_SIZE and heading.bold is True
    assert heading.x0 == pytest.approx(72.0, abs=0.5)
    head = raw.pages[1].lines[0]
    assert head.text == make.RUNNING_HEAD and head.size == make.HEAD_SIZE and head.top < 50
    body = _by_text(raw, make.HYPHEN[1])
    assert body.size == make.BODY_SIZE and body.bold is False
    note = _by_text(raw, "3 " + make.footnotes_for(2)[0].lines[0])
    assert note.size == make.FOOTNOTE_SIZE and note.top > 700
    section = _by_text(raw, make.SECTION_TITLE)
    assert section.size == make.BODY_SIZE and section.bold is True
    # A superscript footnote marker stays glued to its word, and the line keeps the body size.
    marked = [line for line in raw.pages[0].lines if line.text.endswith("1.") and line.size == make.BODY_SIZE]
    assert len(marked) == 1


@pytest.mark.parametrize("name", ["da.txt", "sv.txt"])
def test_real_text_set_as_pdf_comes_back_line_for_line(tmp_path: Path, name: str) -> None:
    """Fidelity on real Danish and Swedish text: every line given to the PDF is extracted once, in
    order, letter for letter (whitespace aside), and only the furniture is not body."""
    import textwrap

    from conftest import CORPUS

    text = (CORPUS / "ai-continent-action-plan" / name).read_text(encoding="utf-8")
    source = [line for line in text.split("\n") if line.strip()][:300]
    source = [line for line in source if line.encode("cp1252", errors="replace").decode("cp1252") == line]
    lines = [part for line in source for part in textwrap.wrap(" ".join(line.split()), 95)]
    path = tmp_path / "real.pdf"
    path.write_bytes(make.text_pdf(lines))
    raw = load(path)
    roles = line_roles(raw)
    body = [" ".join(line.text.split()) for line in raw.lines if roles[line.number] == "body"]
    assert body == lines
    furniture = [line.text for line in raw.lines if roles[line.number] != "body"]
    assert furniture == [t for p in range(1, len(raw.pages) + 1) for t in (make.RUNNING_HEAD, str(p))]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    path = tmp_path / "columns.pdf"
    path.write_bytes(make.two_column_pdf())
    texts = [line.text for line in load(path).lines]
    assert texts == [f"Kolonne venstre linje {i} med tekst" for i in range(1, 11)] + [
        f"Kolonne hoejre linje {i} med tekst" for i in range(1, 11)
    ]


def test_labels_set_apart_by_a_tab_join_their_text(tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    path.write_bytes(make.labels_pdf())
    raw = load(path)
    assert [line.text for line in raw.lines] == make.LABELS_ORDER
    heading = raw.lines[0]
    assert heading.x0 == pytest.approx(72.0) and heading.bold and heading.size == 12.0


def test_a_line_split_at_a_wide_space_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "split.pdf"
    path.write_bytes(make.split_line_pdf())
    assert [line.text for line in load(path).lines] == make.SPLIT_PARAGRAPH


def test_columns_with_a_narrow_gutter_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "narrow.pdf"
    path.write_bytes(make.split_line_pdf(narrow_columns=True))
    texts = [line.text for line in load(path).lines]
    assert len(texts) == 16
    assert all(text.startswith(("Venstre", "Højre")) and "række" in text for text in texts)
    assert not any("Venstre" in text and "Højre" in text for text in texts)


def test_turned_text_is_rebuilt_and_a_watermark_left_out(tmp_path: Path) -> None:
    path = tmp_path / "turned.pdf"
    path.write_bytes(make.turned_text_pdf())
    raw = load(path)
    assert [line.text for line in raw.lines] == make.TURNED_ORDER
    assert raw.notices == (f"{path}: {len(make.WATERMARK)} characters of slanted text (a watermark?) left out",)
    sidebar = raw.lines[len(make.TURNED_ORDER) - 1]
    assert sidebar.size == make.BODY_SIZE and sidebar.x0 < 50


def test_brochure_reading_order(tmp_path: Path) -> None:
    path = tmp_path / "brochure.pdf"
    path.write_bytes(make.brochure_pdf())
    assert [line.text for line in load(path).lines] == make.BROCHURE_ORDER


def test_pdf_is_found_by_magic_bytes_whatever_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(make.document_pdf(1))
    raw = load(path)
    assert raw.source == "pdf" and raw.lines[0].text == make.RUNNING_HEAD


def test_superscript_ranges(tmp_path: Path) -> None:
    path = tmp_path / "super.pdf"
    path.write_bytes(make.superscript_pdf())
    lines = load(path).lines
    assert [line.text for line in lines] == [b + s + a for b, s, a, _ in make.SUPERSCRIPT_LINES]
    for line, (before, small, _, rise) in zip(lines, make.SUPERSCRIPT_LINES):
        if rise:
            assert line.raised == ((len(before), len(before) + len(small)),), line
            assert line.text[slice(*line.raised[0])] == small
        else:
            assert line.raised == (), line  # smaller, but on the baseline: not a superscript
        assert line.size == make.BODY_SIZE


def test_generated_report_marks_its_footnote_markers(raw: RawDocument) -> None:
    marked = [(line.page, line.text[slice(*line.raised[0])]) for line in raw.lines if line.raised]
    assert marked == [(1, "1"), (1, "2"), (2, "3"), (3, "4")]
    assert all(len(line.raised) == 1 for line in raw.lines if line.raised)


def test_fake_bold_is_read_once_and_off_page_text_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "overprint.pdf"
    path.write_bytes(make.overprint_pdf())
    assert [line.text for line in load(path).lines] == [
        "Overtrykt fed overskrift",
        "Almindelig linje med alle bogstaver",
        "Tegn for tegn",
    ]


@pytest.mark.parametrize(
    ("raw_text", "clean"),
    [
        ("inter\u00ad", "inter-"),
        ("Blød\u00adbindestreg midt i", "Blødbindestreg midt i"),
        ("e\ufb03cient o\ufb00ers \ufb01nal\n", "efficient offers final"),
        ("  tab\x00 og\x07 kontrol \n", "tab og kontrol"),
        ("uændret-", "uændret-"),
        ("AI\u2011fabrikker i 2021\u20102027", "AI-fabrikker i 2021-2027"),
        ("\uf0b7\tadgang til data", "•\tadgang til data"),
        ("midt i \uf0b7 teksten", "midt i \uf0b7 teksten"),
    ],
)
def test_clean_line_text(raw_text: str, clean: str) -> None:
    from aicont.ingest.pdf import clean_line_text

    assert clean_line_text(raw_text) == clean


def test_reading_is_deterministic(report_pdf: Path, raw: RawDocument) -> None:
    assert load(report_pdf) == raw


@pytest.mark.parametrize("encryption", ["RC4", "AES_256"])
def test_owner_password_only_opens_without_a_password(tmp_path: Path, raw: RawDocument, encryption: str) -> None:
    path = tmp_path / "restricted.pdf"
    path.write_bytes(make.document_pdf(3, owner_password="ejer", encryption=encryption))
    restricted = load(path)
    assert [line.text for line in restricted.lines] == [line.text for line in raw.lines]


def test_image_only_page_in_a_text_pdf_is_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(make.mixed_scanned_pdf())
    raw = load(path)
    assert [len(page.lines) for page in raw.pages] == [5, 0, 5]
    assert raw.notices == (f"{path}: page 2 has no text layer, only images or drawings (scanned?); not compared",)
    assert [line.number for line in raw.lines] == list(range(1, 11))


def test_a_scanned_page_with_a_stamp_of_text_is_still_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(make.mixed_scanned_pdf(stamp=True))
    raw = load(path)
    assert [line.text for line in raw.pages[1].lines] == ["Side 2"]
    assert raw.notices == (f"{path}: page 2 has no text layer, only images or drawings (scanned?); not compared",)


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("builder", "message"),
    [
        (lambda: make.scanned_pdf(2, with_image=True), r"no text layer \(scanned\?\); run OCR first"),
        (lambda: make.scanned_pdf(1, with_image=False), r"no text layer \(scanned\?\); run OCR first"),
        (lambda: make.scanned_pdf(3, stamp=True), r"no text layer \(scanned\?\); run OCR first"),
        (lambda: make.document_pdf(2, user_password="hemmelig"), "password-protected"),
        (lambda: make.document_pdf(1, user_password="hemmelig", encryption="AES_256"), "password-protected"),
        (make.truncated_pdf, "corrupt or truncated PDF"),
        (make.garbage_pdf, "corrupt or truncated PDF"),
        (lambda: b"This is not a PDF at all, only text with a .pdf name.\n", r"not a PDF \(no %PDF header\)"),
        (make.empty_pages_pdf, "the PDF has no pages"),
    ],
    ids=[
        "scanned-image", "scanned-shapes", "scanned-stamped", "encrypted", "encrypted-aes256", "truncated", "garbage", "not-a-pdf",
        "no-pages",
    ],
)
def test_unreadable_pdfs_raise_one_input_error(tmp_path: Path, builder, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(builder())
    with pytest.raises(InputError, match=message) as info:
        load(path)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith(str(path))


@pytest.mark.parametrize("fraction", [0.1, 0.25, 0.5, 0.75, 0.9, 0.97])
def test_any_truncation_is_an_input_error_or_a_readable_document(tmp_path: Path, fraction: float) -> None:
    data = make.document_pdf(3)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    try:
        raw = load(path)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:  # pdfminer recovered what it could: then the user is told the file looks truncated
        assert any("truncated" in notice for notice in raw.notices)


def test_unmapped_glyphs_are_a_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Fonts without a Unicode map come out of pdfminer as "(cid:N)"; fpdf2 cannot write such a
    # font, so the page reader is replaced by one that returns what pdfminer would.
    from aicont.ingest import pdf as pdf_module

    def frag(text: str, top: float):
        return pdf_module._Frag(text, 11.0, 72.0, 400.0, top, top + 11, False, ())

    def fake_pages(path, data, limits):
        lines = [frag("(cid:12)(cid:7)(cid:44) tekst", 100.0), frag("Almindelig tekst her", 115.0)]
        yield 1, 595.0, 842.0, pdf_module._PageText(lines, False, 0.0, 0)

    monkeypatch.setattr(pdf_module, "_pages", fake_pages)
    path = tmp_path / "cid.pdf"
    path.write_bytes(make.document_pdf(1))
    raw = load(path)
    assert raw.notices == (f"{path}: 3 glyphs have no Unicode mapping (shown as '(cid:N)'); the text layer is unreliable",)


# --------------------------------------------------------------------------- layout roles on the generated PDF


def test_roles_on_generated_report(raw: RawDocument) -> None:
    roles = line_roles(raw)
    assert set(roles) == {line.number for line in raw.lines}
    assert set(roles.values()) <= set(ROLES)
    assert body_size(raw) == make.BODY_SIZE

    def numbers(role: str) -> list[str]:
        return [line.text for line in raw.lines if roles[line.number] == role]

    assert numbers("running-head") == [make.RUNNING_HEAD] * 3
    assert numbers("page-number") == ["1", "2", "3"]
    assert numbers("heading") == [*make.HEADING, make.SECTION_TITLE]
    expected_notes = []
    for page in (1, 2, 3):
        for note in make.footnotes_for(page):
            expected_notes += [(f"{note.number} " if j == 0 else "") + text for j, text in enumerate(note.lines)]
    assert numbers("footnote") == expected_notes
    body = numbers("body")
    assert make.HYPHEN[0] in body and make.HYPHEN[1] in body
    assert len(body) == 3 * 12  # every body line, and nothing else


def test_roles_on_a_pdf_without_furniture(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(make.document_pdf(4, running_head=False, page_numbers=False, footnotes=False))
    raw = load(path)
    roles = line_roles(raw)
    assert [line.text for line in raw.lines if roles[line.number] != "body"] == [*make.HEADING, make.SECTION_TITLE]


def test_roles_are_empty_for_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("1. Indledning\nTekst.\n", encoding="utf-8")
    assert line_roles(load(path)) == {}


# --------------------------------------------------------------------------- layout roles on hand-built pages


def _doc(pages: list[list[tuple]]) -> RawDocument:
    """Pages of (text, size, top[, bold[, x0]]) rows (x0 defaults to 72), numbered across the document."""
    out, number = [], 0
    for page_no, rows in enumerate(pages, start=1):
        lines = []
        for row in rows:
            number += 1
            text, size, top = row[:3]
            bold = row[3] if len(row) > 3 else False
            x0 = row[4] if len(row) > 4 else 72.0
            lines.append(Line(number=number, text=text, page=page_no, size=size, x0=x0, top=top, bold=bold))
        out.append(Page(number=page_no, lines=tuple(lines), width=595.0, height=842.0))
    return RawDocument(path="x.pdf", sha256="0", source="pdf", pages=tuple(out))


_WORDS = "kommissionen foreslår styrke europa data færdigheder investeringer unionen forskning fabrikker".split()


def _body(page: int, n: int = 6, start: float = 100.0) -> list[tuple[str, float, float]]:
    """Body lines whose words differ from page to page (as real text does, not only in digits)."""
    rows = []
    for i in range(n):
        words = [_WORDS[(page * 7 + i * 3 + k * (page + 2)) % len(_WORDS)] for k in range(9)]
        rows.append(("Brødtekst " + " ".join(words) + f" {page}.{i}.", 11.0, start + 15 * i))
    return rows


def _roles_by_text(raw: RawDocument) -> dict[str, str]:
    roles = line_roles(raw)
    return {line.text: roles[line.number] for line in raw.lines}


@pytest.mark.parametrize(
    "labels",
    [
        ["3", "4", "5", "6"],
        ["- 3 -", "- 4 -", "- 5 -", "- 6 -"],
        ["Page 3 of 12", "Page 4 of 12", "Page 5 of 12", "Page 6 of 12"],
        ["Side 1 af 4", "Side 2 af 4", "Side 3 af 4", "Side 4 af 4"],
        ["3/10", "4/10", "5/10", "6/10"],
        ["i", "ii", "iii", "iv"],
    ],
)
def test_page_number_forms(labels: list[str]) -> None:
    pages = [_body(p) + [(label, 9.0, 800.0)] for p, label in enumerate(labels, start=1)]
    roles = _roles_by_text(_doc(pages))
    assert [roles[label] for label in labels] == ["page-number"] * 4


def test_page_number_at_the_top() -> None:
    pages = [[(str(p + 10), 9.0, 30.0)] + _body(p) for p in range(1, 4)]
    roles = _roles_by_text(_doc(pages))
    assert [roles[str(p + 10)] for p in range(1, 4)] == ["page-number"] * 3


def test_a_number_that_does_not_move_with_the_page_is_not_a_page_number() -> None:
    # "2025" alone at the bottom of two pages (a table's last cell): the offset differs per page.
    pages = [_body(1) + [("2025", 11.0, 800.0)], _body(2) + [("2030", 11.0, 800.0)], _body(3)]
    roles = _roles_by_text(_doc(pages))
    assert roles["2025"] == "body" and roles["2030"] == "body"


def test_a_number_in_mid_page_is_not_a_page_number() -> None:
    pages = [_body(p, 3) + [(str(p), 11.0, 300.0)] + _body(p, 3, start=400.0) for p in (1, 2, 3)]
    roles = _roles_by_text(_doc(pages))
    assert {roles[str(p)] for p in (1, 2, 3)} == {"body"}


def test_running_heads_top_and_bottom_with_page_numbers_inside() -> None:
    pages = [
        [("Handlingsplan for AI-kontinentet", 8.0, 30.0)]
        + _body(p)
        + [(f"COM(2025) 165 final – side {p}", 8.0, 800.0)]
        for p in range(1, 6)
    ]
    roles = _roles_by_text(_doc(pages))
    assert roles["Handlingsplan for AI-kontinentet"] == "running-head"
    assert {roles[f"COM(2025) 165 final – side {p}"] for p in range(1, 6)} == {"running-head"}
    assert {role for text, role in roles.items() if text.startswith("Brødtekst")} == {"body"}


def test_eu_language_code_footer_separate_or_as_one_line() -> None:
    # Commission documents print "DA  3  DA" at the foot of every page.
    separate = [
        _body(p) + [("DA", 9.0, 800.0, False, 72.0), (str(p), 9.0, 800.0, False, 290.0), ("DA", 9.0, 800.0, False, 510.0)]
        for p in range(1, 5)
    ]
    raw = _doc(separate)
    roles = line_roles(raw)
    feet = [[roles[line.number] for line in page.lines[-3:]] for page in raw.pages]
    assert feet == [["running-head", "page-number", "running-head"]] * 4
    joined = _doc([_body(p) + [(f"DA {p} DA", 9.0, 800.0)] for p in range(1, 5)])
    roles = line_roles(joined)
    assert [roles[page.lines[-1].number] for page in joined.pages] == ["running-head"] * 4


def test_near_identical_running_heads_are_grouped() -> None:
    # One page's head has a typo-level difference (ratio >= 90): still the same running head.
    heads = ["Meddelelse fra Kommissionen til Europa-Parlamentet"] * 3 + ["Meddelelse fra Kommissionen til Europa-Parlamentel"]
    pages = [[(head, 8.0, 30.0)] + _body(p) for p, head in enumerate(heads, start=1)]
    raw = _doc(pages)
    roles = line_roles(raw)
    assert [roles[page.lines[0].number] for page in raw.pages] == ["running-head"] * 4


def test_a_head_on_too_few_pages_or_at_another_height_is_body() -> None:
    pages = [[("Kapitel 1 Indledning", 11.0, 30.0 + 40 * p)] + _body(p) for p in range(1, 6)]
    roles = _roles_by_text(_doc(pages))
    assert roles["Kapitel 1 Indledning"] == "body"


def test_headings_opening_pages_are_not_running_heads() -> None:
    # Annexes and articles that each open a page, at the same height: headings, not furniture.
    tops = ["ANNEX I", "ANNEX II", "ANNEX III", "ANNEX IV"]
    pages = [[(t, 14.0, 60.0, True)] + _body(p) for p, t in enumerate(tops, start=1)]
    pages += [[(f"Artikel {n}", 11.0, 60.0)] + _body(p) for p, n in ((5, 3), (6, 8), (7, 12))]
    roles = _roles_by_text(_doc(pages))
    assert [roles[t] for t in tops] == ["heading"] * 4
    assert [roles[f"Artikel {n}"] for n in (3, 8, 12)] == ["body"] * 3


def test_running_head_in_a_different_style_on_some_pages_is_only_grouped_by_style() -> None:
    pages = [[("Handlingsplan for AI-kontinentet", 8.0, 30.0)] + _body(p) for p in range(1, 5)]
    pages[1][0] = ("Handlingsplan for AI-kontinentet", 14.0, 30.0, True)  # a title, same words
    raw = _doc(pages)
    roles = line_roles(raw)
    assert [roles[page.lines[0].number] for page in raw.pages] == ["running-head", "heading", "running-head", "running-head"]


def test_one_line_footnotes_at_the_same_place_are_not_running_heads() -> None:
    # Without digits these two read alike ("oj l , .., p. ."); with their numbers they are different texts.
    notes = ["12 OJ L 123, 1.1.2020, p. 1.", "15 OJ L 456, 3.4.2021, p. 10.", "19 OJ L 789, 5.6.2022, p. 7.", "23 OJ L 12, 9.9.2023, p. 3."]
    pages = [_body(p) + [(note, 8.0, 760.0), (str(p), 9.0, 800.0)] for p, note in enumerate(notes, start=1)]
    roles = _roles_by_text(_doc(pages))
    assert [roles[note] for note in notes] == ["footnote"] * 4
    assert [roles[str(p)] for p in range(1, 5)] == ["page-number"] * 4


def test_small_text_above_the_last_body_line_is_body() -> None:
    # A table or caption in a smaller size in mid-page is not a footnote.
    page = _body(1, 3) + [("Tabel 1: Investeringer i mia. EUR", 8.0, 160.0)] + _body(1, 3, start=180.0)
    page += [("1 Kilde: Kommissionen.", 8.0, 760.0)]
    roles = _roles_by_text(_doc([page]))
    assert roles["Tabel 1: Investeringer i mia. EUR"] == "body"
    assert roles["1 Kilde: Kommissionen."] == "footnote"


def test_small_print_table_at_the_page_bottom_is_not_footnotes() -> None:
    # Three columns of small text below the last body line, rows numbered: a table, not notes.
    table = [
        (text, 8.0, 700.0 + 12 * row, False, 72.0 + 150 * col)
        for row in range(3)
        for col, text in enumerate((f"{row + 1}", f"Aktion {row}", f"Q{row + 1} 2026"))
    ]
    roles = _roles_by_text(_doc([_body(1) + table]))
    assert {roles[row[0]] for row in table} == {"body"}


def test_small_print_without_a_note_marker_is_not_footnotes() -> None:
    page = _body(1) + [("Kilde: Eurostat, beregninger foretaget af Kommissionen.", 8.0, 760.0)]
    assert _roles_by_text(_doc([page]))["Kilde: Eurostat, beregninger foretaget af Kommissionen."] == "body"


@pytest.mark.parametrize("marker", ["1 ", "(1) ", "* ", "¹ ", "12"])
def test_footnote_markers(marker: str) -> None:
    text = marker + "COM(2024) 28 final af 24.1.2024."
    page = _body(1) + [(text, 8.0, 760.0), ("fortsat på næste linje uden markør.", 8.0, 770.0)]
    roles = _roles_by_text(_doc([page]))
    assert roles[text] == roles["fortsat på næste linje uden markør."] == "footnote"


@pytest.mark.parametrize("size", [10.5, 9.0, 7.0])
def test_footnotes_half_a_point_smaller_or_more(size: float) -> None:
    page = _body(1) + [("1 COM(2024) 28 final.", size, 760.0)]
    assert _roles_by_text(_doc([page]))["1 COM(2024) 28 final."] == "footnote"


def test_marker_on_its_own_line_beside_the_note_text() -> None:
    notes = [
        ("1", 8.0, 700.0),
        ("Første fodnote med sin tekst.", 8.0, 701.0, False, 80.0),
        ("2", 8.0, 712.0),
        ("Anden fodnote med sin tekst.", 8.0, 713.0, False, 80.0),
    ]
    roles = _roles_by_text(_doc([_body(1) + notes]))
    assert [roles[row[0]] for row in notes] == ["footnote"] * 4


def test_headings_larger_or_bold_and_short() -> None:
    page = (
        [("3. Et kontinent", 16.0, 60.0), ("for kunstig intelligens", 16.0, 80.0)]
        + _body(1, 3)
        + [("3.1 Data", 11.0, 160.0, True)]
        + _body(1, 3, start=180.0)
        + [(f"Fremhævet afsnit linje {i} i fed skrift, som er et helt afsnit." , 11.0, 240.0 + 15 * i, True) for i in range(5)]
    )
    roles = _roles_by_text(_doc([page]))
    assert roles["3. Et kontinent"] == roles["for kunstig intelligens"] == "heading"
    assert roles["3.1 Data"] == "heading"
    # A bold sentence is emphasis, even when short; a bold numbered title with a full stop is not.
    page2 = _body(2, 2) + [
        ("Kommissionen vil inden udgangen af 2025 fremlægge en plan for", 11.0, 140.0, True),
        ("datacentre og beregningskraft i hele Unionen.", 11.0, 155.0, True),
    ] + _body(2, 2, start=175.0) + [("4. Konklusion.", 11.0, 220.0, True)] + _body(2, 2, start=240.0)
    roles2 = _roles_by_text(_doc([page2]))
    assert roles2["datacentre og beregningskraft i hele Unionen."] == "body"
    assert roles2["4. Konklusion."] == "heading"
    # Five bold lines in a row are an emphasised paragraph, not a heading.
    assert {roles[f"Fremhævet afsnit linje {i} i fed skrift, som er et helt afsnit."] for i in range(5)} == {"body"}


def test_body_size_is_weighted_by_characters() -> None:
    raw = _doc([[("Kort", 16.0, 50.0)] * 5 + [("En lang linje brødtekst " * 3, 10.5, 100.0 + i) for i in range(3)]])
    assert body_size(raw) == 10.5


# --------------------------------------------------------------------------- end to end: PDF → Document


@pytest.fixture(scope="module")
def document(report_pdf: Path):
    from aicont.pipeline import load_document

    return load_document(report_pdf, side="left", lang="da")


def _furniture_lines(raw: RawDocument) -> set[int]:
    roles = line_roles(raw)
    return {n for n, role in roles.items() if role in ("running-head", "page-number")}


def test_e2e_sections_and_heading_title_joined(document) -> None:
    titles = [(s.number, s.title) for s in document.sections if s.number]
    assert titles[0] == ("1", "Indledning: et troværdigt kontinent for kunstig intelligens i hele Den Europæiske Union")
    assert titles[1] == ("2", "Beregningsinfrastruktur")
    heading = [b for b in document.blocks if b.kind == "heading" and b.section == "1"]
    assert len(heading) == 1 and heading[0].lines == ((2, 3),)


def test_e2e_footnotes_are_separate_blocks(document, raw: RawDocument) -> None:
    notes = [b for b in document.blocks if b.kind == "footnote"]
    assert [b.number for b in notes] == ["1", "2", "3", "4"]
    assert notes[1].text.startswith("Forordning (EU) 2024/1689") and notes[1].text.endswith("reg/2024/1689/oj.")
    footnote_lines = {n for n, role in line_roles(raw).items() if role == "footnote"}
    for block in document.blocks:
        covered = {n for start, end in block.lines for n in range(start, end + 1)}
        if block.kind == "footnote":
            assert covered <= footnote_lines, block.id
        else:
            assert not covered & footnote_lines, block.id
            assert "startupvirksomheder" not in block.text, block.id
    # the glued superscript markers became references from the body to the notes
    assert sorted(r for b in document.blocks if b.kind != "footnote" for r in b.refs) == [1, 2, 3, 4]


def test_e2e_running_heads_and_page_numbers_in_no_block(document, raw: RawDocument) -> None:
    furniture = _furniture_lines(raw)
    assert len(furniture) == 6
    for block in document.blocks:
        covered = {n for start, end in block.lines for n in range(start, end + 1)}
        assert not covered & furniture, block.id
        assert make.RUNNING_HEAD not in block.text, block.id


def test_e2e_hyphenated_word_joined(document) -> None:
    texts = " ".join(b.text for b in document.blocks)
    assert "Unionen vil styrke det internationale samarbejde om data og beregningskraft." in texts
    assert "inter-nationale" not in texts and "inter- nationale" not in texts


def test_e2e_tab_separated_labels_give_numbered_sections_and_list_items(tmp_path: Path) -> None:
    from aicont.pipeline import load_document

    path = tmp_path / "labels.pdf"
    path.write_bytes(make.labels_pdf())
    doc = load_document(path, side="left", lang="da")
    assert [(s.number, s.title) for s in doc.sections if s.number] == [("1", "INDLEDNING"), ("1.1", "Beregningskraft")]
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 5 and items[0].endswith("AI-fabrikker og gigafabrikker i hele Unionen")
    assert [b.text for b in doc.blocks if b.kind == "footnote"] == ["COM(2024) 28 final.", "Forordning (EU) 2024/1689."]
