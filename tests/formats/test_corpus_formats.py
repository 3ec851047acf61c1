"""The bundled pair in every input format, and a real act as the TMX it came from.

The pair, converted in the test from corpus/ai-continent-action-plan/{da,sv}.txt to Word, to
OpenDocument, to an EUR-Lex-style HTML page, and (through the reviewed reference alignment) to
XLIFF 1.2, XLIFF 2.0 and TMX, gives the same reviewed findings as the .txt pair. The Word and HTML
files are what a person would make of the text: one paragraph per paragraph, headings in heading
styles, real footnotes, the Danish OCR damage kept (tests/formats/make.py). The bilingual files
hold one segment per bead of the reviewed alignment, so the alignment is given. The DGT act
(../shared/dgt) is rebuilt as the UTF-16, 23-language TMX DGT-TM distributes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.config import Config
from aicont.model import Report
from aicont.pipeline import load_pair, run
from tests.conftest import DA, ROOT, SV
from tests.corpus.test_report import REVIEWED
from tests.formats import make


def _keys(report: Report, *, section: bool = True) -> set[tuple]:
    return {
        (f.code, f.section if section else "", f.left.value if f.left else None, f.right.value if f.right else None)
        for f in report.findings
    }


@pytest.fixture(scope="module")
def pair():  # noqa: ANN201 - the two Documents aicont reads from the .txt files
    return load_pair(DA, SV)


@pytest.fixture(scope="module")
def converted(pair, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: ANN001
    out = tmp_path_factory.mktemp("converted")
    for doc in pair:
        (out / f"{doc.lang}.docx").write_bytes(make.docx_from_document(doc))
        (out / f"{doc.lang}.odt").write_bytes(make.odt_from_document(doc))
        (out / f"{doc.lang}.html").write_text(make.html_from_document(doc), encoding="utf-8")
    return out


@pytest.mark.parametrize("suffix", ["docx", "odt", "html"])
def test_converted_pair_gives_the_reviewed_findings(converted: Path, suffix: str) -> None:
    report = run(converted / f"da.{suffix}", converted / f"sv.{suffix}", Config())
    assert _keys(report) == set(REVIEWED)
    assert not report.incomplete
    date = next(f for f in report.findings if f.code == "AC201")
    assert "2.2.2025" in date.left.text and "Al-modeller" in date.left.text  # quoted as the file holds it
    a, b = date.right.mark
    assert date.right.text[a:b] == "2 februari 2026"


def test_docx_locators_are_paragraph_numbers(converted: Path) -> None:
    from aicont.ingest import load

    report = run(converted / "da.docx", converted / "sv.docx", Config())
    assert {i.unit for i in report.inputs} == {"paragraph"}
    raw = load(converted / "da.docx")
    by_number = {line.number: line.text for line in raw.lines}
    for f in report.findings:
        for span in f.left.spans:
            assert f.left.value and by_number[span.line_start]  # the paragraph `aicont lines` shows under that number
    date = next(f for f in report.findings if f.code == "AC201")
    assert "2.2.2025" in by_number[date.left.spans[0].line_start]


def test_html_locators_are_lines_of_the_source(converted: Path) -> None:
    report = run(converted / "da.html", converted / "sv.html", Config())
    assert {i.unit for i in report.inputs} == {"line"}
    for f in report.findings:
        for quote in (f.left, f.right):
            source = Path(quote.spans[0].path).read_text(encoding="utf-8").splitlines()
            line = source[quote.spans[0].line_start - 1]
            raw = {"AC201": ("2.2.2025", "2 februari 2026"), "AC302": ("48 ma", "48 månader"),
                   "AC404": ("(ARISA)", "AI-kompetensakademin")}[f.code]
            assert raw[0] in line or raw[1] in line, (f.code, line[:120])
            assert "<" not in quote.text and "&amp;" not in quote.text  # no markup in the quotes


def _bilingual_pairs(pair) -> list[tuple[str, str | None]]:  # noqa: ANN001
    """One segment per bead of the reviewed alignment, in its order; headings with their numbers."""
    from aicont.report.alignment import read_alignment_tsv

    left, right = pair
    blocks = {b.id: b for doc in pair for b in doc.blocks}

    def text(ids: tuple[str, ...]) -> str:
        parts = []
        for i in ids:
            b = blocks[i]
            t = make.as_printed(b)
            parts.append(f"{b.number} {t}" if b.kind == "heading" and b.number else t)
        return " ".join(parts)

    out = []
    for bead in read_alignment_tsv(ROOT / "alignments" / "ai-continent-action-plan.da-sv.tsv"):
        out.append((text(bead.left), text(bead.right) if bead.right else None))
    return out


@pytest.mark.parametrize("fmt", ["xliff12", "xliff20", "tmx"])
def test_bilingual_file_of_the_reviewed_alignment_gives_the_reviewed_findings(pair, fmt: str, tmp_path: Path) -> None:  # noqa: ANN001
    from xml.sax.saxutils import escape

    pairs = [(escape(a), escape(b) if b is not None else None) for a, b in _bilingual_pairs(pair) if a]
    if fmt == "tmx":
        text = make.tmx([{"da-DK": a, **({"sv-SE": b} if b is not None else {})} for a, b in pairs], "da-DK")
        path = tmp_path / "plan.tmx"
    else:
        text = make.xliff(pairs, "da-DK", "sv-SE", "1.2" if fmt == "xliff12" else "2.0")
        path = tmp_path / "plan.xlf"
    path.write_text(text, encoding="utf-8")
    report = run(path, None, Config())
    assert _keys(report, section=False) == {(code, "", lv, rv) for code, _, lv, rv in REVIEWED}
    assert [i.lang for i in report.inputs] == ["da", "sv"]
    assert dict(report.stats)["beads"] == len(pairs)


def test_dgt_act_as_the_tmx_it_came_from(dgt_dir: Path, tmp_path: Path) -> None:
    """A real act in 23 languages as DGT-TM distributes it: one UTF-16 TMX, `lang="EN-GB"` on each
    tuv (the TMX 1.1 attribute), one unit per segment. Any two languages are compared segment by
    segment, and each finding points to the TMX line of its segment."""
    from xml.sax.saxutils import escape

    from aicont.pipeline import load_bilingual_pair
    from tests.conftest import DGT_LANGS

    segments = {lang: (dgt_dir / "ecaa-annex" / f"{lang}.txt").read_text(encoding="utf-8").split("\n")[0::2]
                for lang in DGT_LANGS}
    count = len(segments["en"])
    units = []
    for k in range(count):
        tuvs = "".join(f'<tuv lang="{lang.upper()}-{lang.upper()}"><seg>{escape(segments[lang][k])}</seg></tuv>'
                       for lang in DGT_LANGS if segments[lang][k].strip())
        units.append(f"<tu>{tuvs}</tu>")
    text = ('<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header srclang="EN-GB" creationtool="Euramis" '
            'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN-GB" datatype="plaintext"/><body>\n'
            + "\n".join(units) + "\n</body></tmx>\n")
    path = tmp_path / "22019D1343.tmx"
    path.write_bytes(text.encode("utf-16"))
    nonempty = sum(1 for k in range(count) if segments["en"][k].strip() and segments["de"][k].strip())
    left, right, given = load_bilingual_pair(path, right_lang="de")
    assert (left.lang, right.lang) == ("en", "de")
    assert len(given.beads) == nonempty and all(b.type == "1-1" for b in given.beads)
    lines = path.read_bytes().decode("utf-16").splitlines()
    for block in (*left.blocks, *right.blocks):
        assert escape(block.raw.split()[0]) in lines[block.spans[0].line_start - 1]  # each segment's own line
    report = run(path, None, Config(left_lang="en", right_lang="sv"))
    assert not report.incomplete and [i.lang for i in report.inputs] == ["en", "sv"]
