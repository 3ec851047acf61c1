"""Seeded errors: known changes injected into copies of the real action-plan texts (the OCR'd
Danish and the Swedish text layer). Each must be found at the right place, and nothing else may
appear: the findings are compared with those of the unmodified pair (by fingerprint, as a
multiset). Runs the real stages end to end; only the modified side is re-read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import new_findings

from aicont.config import Config
from aicont.model import Confidence, Document, Finding
from aicont.pipeline import compare_documents, load_document

CONFIG = Config(min_confidence=Confidence.LOW)  # every default check, every confidence


@dataclass(frozen=True)
class Seed:
    name: str
    side: str  # the side that is modified: "left" (da, OCR) or "right" (sv, text layer)
    old: str  # words of the original passage (any whitespace between them)
    new: str
    expect: tuple[str, ...]  # codes of the findings that must appear, and only these
    at: str  # the finding's quote on `at_side` must stand on the line where this text stands
    at_side: str | None = None  # default: `side`


SEEDS = [
    Seed("date-ocr-side", "left", "kraft den 1.8.2024.", "kraft den 1.9.2024.", ("AC201",), "1.9.2024"),
    Seed("month-clean-side", "right", "avslutats den 1 november 2024", "avslutats den 1 december 2024",
         ("AC201",), "1 december 2024"),
    Seed("quarter-ocr-side", "left", "afsluttes i andet kvartal 2025", "afsluttes i tredje kvartal 2025",
         ("AC201",), "tredje kvartal"),
    Seed("quarter-clean-side", "right", "under andra kvartalet 2025. Detta", "under fjärde kvartalet 2025. Detta",
         ("AC201",), "fjärde kvartalet"),
    Seed("amount-scale-clean-side", "right", "budget på 240 miljoner euro", "budget på 240 miljarder euro",
         ("AC101",), "240 miljarder"),
    Seed("amount-value-ocr-side", "left", "mobilisere 200 mia. EUR", "mobilisere 300 mia. EUR", ("AC101",), "300 mia"),
    Seed("percentage-clean-side", "right", "endast 13,5 % av företagen", "endast 31,5 % av företagen",
         ("AC102",), "31,5 %"),
    Seed("number-word-ocr-side", "left", "blev syv konsortier", "blev otte konsortier", ("AC103",), "otte konsortier"),
    Seed("qualifier-dropped-clean-side", "right", "I EU finns fler än 6 800", "I EU finns 6 800", ("AC302",),
         "I EU finns 6 800"),
    Seed("qualifier-changed-ocr-side", "left", "med mere end 100 000 avancerede", "med omkring 100 000 avancerede",
         ("AC302",), "omkring 100 000"),
    Seed("reference-ocr-side", "left", "COM(2025) 47 —", "COM(2025) 74 —", ("AC401",), "COM(2025) 74"),
    Seed("reference-clean-side", "right", "COM(2025) 47 – Ett enklare", "COM(2025) 57 – Ett enklare", ("AC401",),
         "COM(2025) 57"),
    Seed("sentence-with-value-deleted-clean-side", "right", "År 2024 hade endast 13,5 % av företagen i EU infört AI22.",
         "", ("AC104",), "13,5 % af virksomhederne", "left"),
    Seed("list-item-deleted-ocr-side", "left",
         "- Oprette et felles kontaktpunkt for alle brugere i1 hele Europa for adgang til Al- fabrikker og deres "
         "tjenester (2. kvartal 2025)", "", ("AC502",), "Inrätta en enda kontaktpunkt", "right"),
    Seed("footnote-deleted-clean-side", "right",
         "53 COM(2025) 47 – Ett enklare och snabbare Europa: Meddelande om genomförande och förenkling.", "",
         ("AC503",), "COM(2025) 47 — Et enklere", "left"),
    Seed("link-footnote-deleted-ocr-side", "left", "52 https://digital-strategy.ec.europa.eu/en/policies/ai-board.", "",
         ("AC503",), "52 https://digital-strategy.ec.europa.eu/en/policies/ai-board.", "right"),
    Seed("sentence-added-clean-side", "right", "Men mer återstår att göra.",
         "Men mer återstår att göra. Kommissionen kommer därför att anslå ytterligare 50 miljoner euro till dessa "
         "företag under 2026.", ("AC104",), "ytterligare 50 miljoner"),
]


def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in words.split()))


def _line_of(text: str, needle: str) -> int:
    m = _pattern(needle).search(text)
    assert m, f"{needle!r} not in the text"
    return text.count("\n", 0, m.start()) + 1


@pytest.fixture(scope="session")
def pair(da_path: Path, sv_path: Path) -> tuple[Document, Document, Counter, tuple[Finding, ...]]:
    left = load_document(da_path, side="da", lang="da")
    right = load_document(sv_path, side="sv", lang="sv")
    report = compare_documents(left, right, CONFIG)
    return left, right, Counter(f.fingerprint for f in report.findings), report.findings


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_seeded_error_is_found_and_nothing_else(seed: Seed, pair, da_path: Path, sv_path: Path, tmp_path: Path) -> None:
    left, right, before, _ = pair
    source = da_path if seed.side == "left" else sv_path
    text = source.read_text(encoding="utf-8")
    matches = list(_pattern(seed.old).finditer(text))
    assert len(matches) == 1, f"{seed.old!r} must stand exactly once in {source.name}"
    m = matches[0]
    changed = text[: m.start()] + seed.new + text[m.end():]
    path = tmp_path / source.name
    path.write_text(changed, encoding="utf-8")
    if seed.side == "left":
        left = load_document(path, side="da", lang="da")
    else:
        right = load_document(path, side="sv", lang="sv")
    report = compare_documents(left, right, CONFIG)
    new = new_findings(before, report.findings)
    detail = "\n".join(f"{f.code} {f.message} L{f.left and f.left.spans[0].line_start} R{f.right and f.right.spans[0].line_start}" for f in new)
    assert not report.incomplete
    assert sorted(f.code for f in new) == sorted(seed.expect), f"new findings:\n{detail}"
    at_side = seed.at_side or seed.side
    at_text = changed if at_side == seed.side else (da_path if at_side == "left" else sv_path).read_text(encoding="utf-8")
    line = _line_of(at_text, seed.at)
    for f in new:
        quote = f.left if at_side == "left" else f.right
        assert quote is not None, detail
        assert any(s.line_start <= line <= s.line_end for s in quote.spans), f"expected line {line}:\n{detail}"


# --------------------------------------------------------------------------- random values, every document

SINGLE_DOCS = ("genai-startups-communication/da.txt", "dk-strategic-ai-effort/da.txt", "apply-ai-strategy-annexes/da.txt",
               "ai-continent-action-plan/sv.txt")
CODE_FOR_KIND = {"date": "AC201", "month": "AC201", "quarter": "AC201", "amount": "AC101", "percent": "AC102"}


def _bump_last_digit(raw: str) -> str:
    """The value with its last digit changed (9 -> 8, else +1): "2.2.2025" -> "2.2.2026"."""
    digits = [i for i, c in enumerate(raw) if c.isdigit()]
    i = digits[-1]
    c = raw[i]
    return raw[:i] + ("8" if c == "9" else str(int(c) + 1)) + raw[i + 1:]


def _cases() -> list:
    import random

    from aicont.extract import extract_document

    corpus = Path(__file__).resolve().parent.parent.parent / "corpus"
    out = []
    for name in SINGLE_DOCS:
        path = corpus / name
        doc = load_document(path, side="left", lang=name.split("/")[1][:2])
        values = [v for vs in extract_document(doc).values() for v in vs
                  if v.kind in CODE_FOR_KIND and not v.suspect and any(c.isdigit() for c in v.raw) and "\n" not in v.raw]
        lines = path.read_text(encoding="utf-8").split("\n")
        usable = [v for v in values if v.line and lines[v.line - 1].count(v.raw) == 1]
        usable.sort(key=lambda v: (v.line, v.offset))
        for v in random.Random(f"{name}-2026").sample(usable, min(5, len(usable))):
            out.append(pytest.param(name, v.line, v.raw, CODE_FOR_KIND[v.kind], id=f"{name.split('/')[0]}:L{v.line}:{v.raw}"))
    return out


@pytest.mark.parametrize(("name", "line", "raw", "code"), _cases())
def test_a_changed_value_in_any_document_is_found(name: str, line: int, raw: str, code: str, tmp_path: Path) -> None:
    """Each document against a copy of itself with one value changed: exactly that finding, on that line."""
    corpus = Path(__file__).resolve().parent.parent.parent / "corpus"
    path = corpus / name
    lang = name.split("/")[1][:2]
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = lines[line - 1].replace(raw, _bump_last_digit(raw))
    changed = tmp_path / path.name
    changed.write_text("\n".join(lines), encoding="utf-8")
    left = load_document(path, side="left", lang=lang)
    right = load_document(changed, side="right", lang=lang)
    report = compare_documents(left, right, CONFIG)
    detail = "\n".join(f"{f.code} {f.message} L{f.left and f.left.spans[0].line_start}" for f in report.findings)
    assert [f.code for f in report.findings] == [code], detail
    f = report.findings[0]
    assert f.left.spans[0].line_start <= line <= f.left.spans[0].line_end, detail
    assert f.right.spans[0].line_start <= line <= f.right.spans[0].line_end, detail


def _paragraph_cases() -> list:
    import random

    from aicont.model import BlockKind

    corpus = Path(__file__).resolve().parent.parent.parent / "corpus"
    out = []
    for name in SINGLE_DOCS:
        doc = load_document(corpus / name, side="left", lang=name.split("/")[1][:2])
        blocks = [b for b in doc.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                  and len(b.text.split()) >= 15 and len(b.spans) == 1]
        for b in random.Random(f"{name}-paragraph").sample(blocks, min(2, len(blocks))):
            out.append(pytest.param(name, b.spans[0].line_start, b.spans[0].line_end,
                                    id=f"{name.split('/')[0]}:L{b.spans[0].line_start}"))
    return out


@pytest.mark.parametrize(("name", "first", "last"), _paragraph_cases())
def test_a_deleted_passage_in_any_document_is_found(name: str, first: int, last: int, tmp_path: Path) -> None:
    """Each document against a copy without one paragraph: one AC501 on that paragraph's first line."""
    corpus = Path(__file__).resolve().parent.parent.parent / "corpus"
    path = corpus / name
    lang = name.split("/")[1][:2]
    lines = path.read_text(encoding="utf-8").split("\n")
    changed = tmp_path / path.name
    changed.write_text("\n".join(lines[: first - 1] + lines[last:]), encoding="utf-8")
    report = compare_documents(load_document(path, side="left", lang=lang),
                               load_document(changed, side="right", lang=lang), CONFIG)
    got = [(f.code, f.left.spans[0].line_start if f.left else None) for f in report.findings]
    assert got == [("AC501", first)]
