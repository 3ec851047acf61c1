"""Alignment across languages and scripts on the hand-made act (align/handmade.py): every pair of
English, Greek, Bulgarian, Finnish, Hungarian and Maltese aligns passage for passage, and the
align stage's verdict tells a translation from a stub, a version cut short and another document.
Runs everywhere: no ../shared needed."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from aicont.align import align_documents
from aicont.config import DEFAULT
from aicont.extract import extract_document
from aicont.ingest.text import read_text
from aicont.pipeline import compare_documents
from aicont.segment import build_document

from align.handmade import TEXTS

PAIRS = [("en", x) for x in TEXTS if x != "en"] + [p for p in combinations(sorted(TEXTS), 2) if "en" not in p]


def _doc(lines: list[str], lang: str, side: str):  # noqa: ANN202
    text = "\n\n".join(lines) + "\n"
    return build_document(read_text(Path(f"{lang}.txt"), text.encode("utf-8")), side=side, lang=lang)


def _align(left, right):  # noqa: ANN001, ANN202
    return align_documents(left, right, dict(extract_document(left)), dict(extract_document(right)))


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_every_passage_meets_its_translation(a: str, b: str) -> None:
    left, right = _doc(TEXTS[a], a, "left"), _doc(TEXTS[b], b, "right")
    al = _align(left, right)
    bead_of_right = {j: k for k, bead in enumerate(al.beads) for j in bead.right}
    together = sum(1 for k, bead in enumerate(al.beads) for i in bead.left if bead_of_right.get(i) == k)
    # every one: the short closing lines ("The Chair", "ANNEX") carry no word the pair can learn
    # from so small an act, but between sure pairs their number and lengths agree (align._pair_runs:
    # bg-hu merged "The Chair", "ANNEX" and the next passage into one bead before, 16 of 18)
    assert together == len(TEXTS[a]), [(bead.left, bead.right) for bead in al.beads]
    assert al.verdict.relation == "translation"


# The passages with content (not a heading or a closing line) of the hand-made act.
CONTENT = (4, 5, 8, 10, 15, 16)


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_a_removed_passage_stays_unpaired(a: str, b: str) -> None:
    """A passage missing on one side leaves a run one passage short there: it never balances, so
    pairing runs in order (align._pair_runs) never pairs it with a neighbour's translation."""
    left = _doc(TEXTS[a], a, "left")
    for k in CONTENT:
        right = _doc(TEXTS[b][:k] + TEXTS[b][k + 1 :], b, "right")
        al = _align(left, right)
        assert any(bead.left == (k,) and not bead.right for bead in al.beads), (k, [(x.left, x.right) for x in al.beads])


def test_a_value_that_differs_keeps_its_pair_and_its_finding() -> None:
    """"25 May 2009" against "25. März 2009" in the same passage: the pair holds, the date is reported."""
    en = list(TEXTS["en"])
    el = list(TEXTS["el"])
    el[1] = "της 14ης Απριλίου 2024"  # March -> April in the Greek date line
    report = compare_documents(_doc(en, "en", "en"), _doc(el, "el", "el"), DEFAULT)
    dates = [f for f in report.findings if f.code == "AC201"]
    assert any("2024-03-14" in (f.left.value or "") and "2024-04-14" in (f.right.value or "") for f in dates), report.findings


CUT = [(lang, side) for lang in ("el", "bg", "fi", "hu", "mt") for side in ("left", "right")]


@pytest.mark.parametrize(("lang", "cut"), CUT, ids=[f"{lang}-{side}" for lang, side in CUT])
def test_a_version_cut_short_is_one_finding_not_a_mismatch(lang: str, cut: str) -> None:
    """The other language cut at half, on either side: one AC004 for the missing half and the
    passages that exist compared (Finnish and Hungarian share no word with English: the length
    ratio of the cut pair is then measured on the passages that share a number or a name)."""
    whole, half = _doc(TEXTS["en"], "en", "en"), _doc(TEXTS[lang][:9], lang, lang)
    left, right = (whole, half) if cut == "right" else (half, whole)
    full = {f.code for f in compare_documents(whole, _doc(TEXTS[lang], lang, lang), DEFAULT).findings}
    report = compare_documents(left, right, DEFAULT)
    codes = [f.code for f in report.findings]
    assert codes.count("AC004") == 1 and "AC003" not in codes and "AC501" not in codes, codes
    assert set(codes) <= full | {"AC004"}, codes  # nothing new beyond the whole pair's findings
    finding = next(f for f in report.findings if f.code == "AC004")
    quote = finding.left if cut == "right" else finding.right
    assert finding.severity == "high" and quote is not None and (finding.right if cut == "right" else finding.left) is None
    assert quote.spans[0].line_start == 19  # the first passage the cut version lacks (passage 10)


def test_a_one_line_file_is_not_a_translation() -> None:
    report = compare_documents(_doc(TEXTS["hu"], "hu", "hu"), _doc(TEXTS["mt"][:1], "mt", "mt"), DEFAULT)
    assert [f.code for f in report.findings] == ["AC003"]
    assert "no version of the same document" in report.findings[0].message
