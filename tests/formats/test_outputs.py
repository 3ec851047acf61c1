"""Outputs for the people who fix things: the alignment as TMX 1.4b (validated against the TMX DTD,
imported back with the same segment count) and as XLSX; the report as XLSX and CSV with one row
per finding and empty status and comment columns; all reproducible to the byte."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from aicont.config import Config
from aicont.model import Report
from aicont.pipeline import load_pair, run
from aicont.report.base import get_renderer
from aicont.report.rows import COLUMNS
from tests.conftest import DA, SV

# The TMX 1.4b DTD (https://www.gala-global.org/tmx-14b), the parts a translation memory of plain
# segments uses, with the content models and required attributes as the standard states them.
TMX14_DTD = """
<!ENTITY % segtypes "block|paragraph|sentence|phrase">
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (note|prop|ude)*>
<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED segtype (%segtypes;) #REQUIRED
  o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED srclang CDATA #REQUIRED datatype CDATA #REQUIRED
  o-encoding CDATA #IMPLIED creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED
  changeid CDATA #IMPLIED>
<!ELEMENT ude (map+)>
<!ATTLIST ude name CDATA #REQUIRED base CDATA #IMPLIED>
<!ELEMENT map EMPTY>
<!ATTLIST map unicode CDATA #REQUIRED code CDATA #IMPLIED ent CDATA #IMPLIED subst CDATA #IMPLIED>
<!ELEMENT note (#PCDATA)>
<!ATTLIST note xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
<!ELEMENT body (tu*)>
<!ELEMENT tu ((note|prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED usagecount CDATA #IMPLIED
  lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED creationtoolversion CDATA #IMPLIED
  creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED segtype (%segtypes;) #IMPLIED
  changeid CDATA #IMPLIED o-tmf CDATA #IMPLIED srclang CDATA #IMPLIED>
<!ELEMENT tuv ((note|prop)*, seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED usagecount CDATA #IMPLIED
  lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED creationtoolversion CDATA #IMPLIED
  creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED changeid CDATA #IMPLIED
  o-tmf CDATA #IMPLIED>
<!ELEMENT seg (#PCDATA|bpt|ept|it|ph|hi)*>
<!ELEMENT bpt (#PCDATA|sub)*>
<!ATTLIST bpt i CDATA #REQUIRED x CDATA #IMPLIED type CDATA #IMPLIED>
<!ELEMENT ept (#PCDATA|sub)*>
<!ATTLIST ept i CDATA #REQUIRED>
<!ELEMENT it (#PCDATA|sub)*>
<!ATTLIST it pos (begin|end) #REQUIRED x CDATA #IMPLIED type CDATA #IMPLIED>
<!ELEMENT ph (#PCDATA|sub)*>
<!ATTLIST ph x CDATA #IMPLIED assoc CDATA #IMPLIED type CDATA #IMPLIED>
<!ELEMENT hi (#PCDATA|bpt|ept|it|ph|hi)*>
<!ATTLIST hi x CDATA #IMPLIED type CDATA #IMPLIED>
<!ELEMENT sub (#PCDATA|bpt|ept|it|ph|hi)*>
<!ATTLIST sub datatype CDATA #IMPLIED type CDATA #IMPLIED>
"""


@pytest.fixture(scope="module")
def action_plan() -> Report:
    return run(DA, SV, Config())


@pytest.fixture(scope="module")
def alignment_of_the_pair():  # noqa: ANN201 - (alignment, left, right)
    from aicont.align import align_documents
    from aicont.extract import extract_document

    left, right = load_pair(DA, SV)
    return align_documents(left, right, extract_document(left), extract_document(right)), left, right


# --------------------------------------------------------------------------- TMX


def test_tmx_is_valid_tmx_14b_and_imports_back_with_the_same_segment_count(alignment_of_the_pair, tmp_path: Path) -> None:  # noqa: ANN001
    from lxml import etree

    from aicont.pipeline import load_bilingual_pair
    from aicont.report.alignment import render_alignment

    alignment, left, right = alignment_of_the_pair
    text = render_alignment(alignment, left, right, fmt="tmx")
    tree = etree.fromstring(text.encode("utf-8"))  # well-formed
    dtd = etree.DTD(io.StringIO(TMX14_DTD))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    assert tree.get("version") == "1.4" and tree.find("header").get("srclang") == "da"
    paired = [b for b in alignment.beads if b.left and b.right]
    units = tree.findall("body/tu")
    assert len(units) == len(paired) > 150
    for tu in units:
        assert [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.findall("tuv")] == ["da", "sv"]
    path = tmp_path / "plan.tmx"
    path.write_text(text, encoding="utf-8")
    ldoc, rdoc, given = load_bilingual_pair(path)
    assert len(given.beads) == len(units) and all(b.type == "1-1" for b in given.beads)
    assert (ldoc.lang, rdoc.lang) == ("da", "sv")
    first = next(b for b in paired)
    assert ldoc.blocks[0].text == " ".join(left.blocks[i].text for i in first.left)
    assert render_alignment(alignment, left, right, fmt="tmx") == text  # reproducible


def test_tmx_escapes_markup_and_control_characters(tmp_path: Path) -> None:
    from aicont.pipeline import load_bilingual_pair
    from aicont.report.alignment import render_alignment

    units = [("a < b & c > d \x07 for 2025", "a < b & c > d för 2025")]
    from tests.formats import make

    src = tmp_path / "in.xlf"
    src.write_text(make.xliff([(a.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\x07", ""),
                                b.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) for a, b in units],
                              "en", "sv"), encoding="utf-8")
    left, right, given = load_bilingual_pair(src)
    out = tmp_path / "out.tmx"
    out.write_text(render_alignment(given, left, right, fmt="tmx"), encoding="utf-8")
    again, _, _ = load_bilingual_pair(out)
    assert again.blocks[0].text == "a < b & c > d for 2025"


# --------------------------------------------------------------------------- XLSX and CSV


def test_report_xlsx_has_one_row_per_finding_and_empty_review_columns(action_plan: Report, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = get_renderer("xlsx").render(action_plan)
    assert data == get_renderer("xlsx").render(action_plan)  # the same bytes every time
    path = tmp_path / "report.xlsx"
    path.write_bytes(data)
    book = load_workbook(path)
    sheet = book["findings"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert tuple(rows[0]) == COLUMNS and COLUMNS[-2:] == ("status", "comment")
    assert len(rows) - 1 == len(action_plan.findings) == 3  # the reviewed findings (tests/corpus/test_report.py)
    by_code = {r[0]: dict(zip(COLUMNS, r)) for r in rows[1:]}
    date = by_code["AC201"]
    assert (date["left_value"], date["right_value"], date["left_lines"], date["right_lines"]) == (
        "2025-02-02", "2026-02-02", "L1110", "L1951")
    assert date["fingerprint"] == next(f.fingerprint for f in action_plan.findings if f.code == "AC201")
    assert all(r[COLUMNS.index("status")] is None and r[COLUMNS.index("comment")] is None for r in rows[1:])
    assert all(c.data_type == "s" for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert "signature" in [r[0].value for r in book["report"].iter_rows()]


def test_report_csv_has_the_same_columns_and_guards_formulas(action_plan: Report) -> None:
    from dataclasses import replace

    text = get_renderer("csv").render(action_plan)
    assert text.startswith("\ufeff") and "\r\n" in text
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 1 + len(action_plan.findings)
    f = action_plan.findings[0]
    risky = replace(action_plan, findings=(replace(f, left=replace(f.left, text="=HYPERLINK(\"x\")")),))
    row = list(csv.reader(io.StringIO(get_renderer("csv").render(risky).lstrip("\ufeff"))))[1]
    assert row[COLUMNS.index("left_text")] == "'=HYPERLINK(\"x\")"


def test_alignment_xlsx_lists_every_bead(alignment_of_the_pair, tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    from aicont.report.alignment import ALIGNMENT_COLUMNS, render_alignment

    alignment, left, right = alignment_of_the_pair
    path = tmp_path / "align.xlsx"
    path.write_bytes(render_alignment(alignment, left, right, fmt="xlsx"))
    rows = list(load_workbook(path)["alignment"].iter_rows(values_only=True))
    assert rows[0] == ALIGNMENT_COLUMNS and len(rows) - 1 == len(alignment.beads)
    assert rows[1][:2] == ("da:0:title", "sv:0:title") and rows[1][4] == "L1"


def test_cli_writes_spreadsheets_to_files_and_pipes_never_to_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aicont import cli
    from aicont.errors import AicontError

    out = tmp_path / "r.xlsx"
    cmd = [sys.executable, "-m", "aicont", "-q", "report", str(DA), str(SV), "--format", "xlsx"]
    done = subprocess.run([*cmd, "-o", str(out)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1 and out.read_bytes()[:2] == b"PK", done.stderr
    piped = subprocess.run(cmd, capture_output=True, timeout=300, check=False)
    assert piped.returncode == 1 and piped.stdout == out.read_bytes()
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(AicontError, match="binary: write it to a file with -o"):
        cli._emit(b"PK", None)
