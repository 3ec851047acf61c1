"""The values of the action-plan pair, compared section by section (footnotes pooled per section).

Every difference between the multisets of (kind, canonical, qualifier) of the Danish and the Swedish
version was reviewed by opening both texts; the reviewed list, each with a one-line reason, is in
tests/corpus/expected/values_da_sv.toml. The test fails when a NEW unexplained difference appears,
and when a listed real (translation) difference is no longer found. Run this module as a script to
print the current differences: `.venv/bin/python tests/corpus/test_values.py`.
"""

from __future__ import annotations

import sys
import tomllib
import warnings
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DA = ROOT / "corpus" / "ai-continent-action-plan" / "da.txt"
SV = ROOT / "corpus" / "ai-continent-action-plan" / "sv.txt"
EXPECTED = Path(__file__).resolve().parent / "expected" / "values_da_sv.toml"

Key = tuple[str, str, str, str, str]  # section, side, kind, canonical, qualifier ("" for none)


def _load(path: Path, side: str, lang: str):  # noqa: ANN202
    from aicont.extract import extract_document
    from aicont.pipeline import load_document

    doc = load_document(path, side=side, lang=lang)
    return doc, extract_document(doc)


def _multisets(doc, values) -> dict[str, Counter]:  # noqa: ANN001
    out: dict[str, Counter] = {}
    for b in doc.blocks:
        for v in values[b.id]:
            out.setdefault(b.section, Counter())[(v.kind, v.canonical, v.qualifier or "")] += 1
    return out


def differences(left, right) -> Counter:  # noqa: ANN001
    """(section, side, kind, canonical, qualifier) → how many more times it stands on that side."""
    lm, rm = _multisets(*left), _multisets(*right)
    out: Counter = Counter()
    for section in sorted(set(lm) | set(rm)):
        lc, rc = lm.get(section, Counter()), rm.get(section, Counter())
        for key, n in (lc - rc).items():
            out[(section, "left", *key)] += n
        for key, n in (rc - lc).items():
            out[(section, "right", *key)] += n
    return out


def expected() -> tuple[Counter, list[dict]]:
    entries = tomllib.loads(EXPECTED.read_text(encoding="utf-8"))["difference"]
    counter: Counter = Counter()
    for e in entries:
        counter[(e["section"], e["side"], e["kind"], e["canonical"], e.get("qualifier", ""))] += e.get("count", 1)
    return counter, entries


@pytest.fixture(scope="module")
def pair():  # noqa: ANN201
    return _load(DA, "left", "da"), _load(SV, "right", "sv")


@pytest.fixture(scope="module")
def diff(pair) -> Counter:  # noqa: ANN001
    return differences(*pair)


def _fmt(keys: Counter) -> str:
    return "\n".join(f"  {k} x{n}" for k, n in sorted(keys.items()))


def test_no_new_unexplained_difference(diff: Counter) -> None:
    exp, _ = expected()
    new = diff - exp
    assert not new, "differences not in values_da_sv.toml (review them, then list them with a reason):\n" + _fmt(new)


def test_every_real_difference_still_found(diff: Counter) -> None:
    """The reviewed real (translation) differences must still be found: a recall floor. A listed
    input difference that disappears (a better OCR repair upstream) only warns."""
    _, entries = expected()
    real: Counter = Counter()
    damaged: Counter = Counter()
    for e in entries:
        key = (e["section"], e["side"], e["kind"], e["canonical"], e.get("qualifier", ""))
        (real if e["cause"] == "translation" else damaged)[key] += e.get("count", 1)
    lost = real - diff
    assert not lost, "real differences no longer found:\n" + _fmt(lost)
    gone = damaged - diff
    if gone:
        warnings.warn("input differences that no longer occur (remove them from values_da_sv.toml):\n" + _fmt(gone))


def test_listed_differences_have_reasons() -> None:
    _, entries = expected()
    for e in entries:
        assert e.get("reason", "").strip(), e
        assert e.get("cause") in ("translation", "input"), e


def test_footnote_54_date_is_a_real_difference(diff: Counter) -> None:
    """The entry into application of the general provisions: 2.2.2025 (da) vs 2 februari 2026 (sv)."""
    _, entries = expected()
    real = {(e["side"], e["canonical"]) for e in entries if e["cause"] == "translation" and e["kind"] == "date"}
    assert ("left", "2025-02-02") in real and ("right", "2026-02-02") in real
    assert any(k[1:4] == ("left", "date", "2025-02-02") for k in diff)
    assert any(k[1:4] == ("right", "date", "2026-02-02") for k in diff)


def test_pair_value_floors(pair) -> None:  # noqa: ANN001
    """Both versions yield the values a reader sees: floors, not exact counts."""
    for doc, values in pair:
        kinds = Counter(v.kind for vs in values.values() for v in vs)
        assert kinds["quarter"] >= 25, (doc.path, kinds)
        assert kinds["date"] >= 12 and kinds["month"] >= 6 and kinds["amount"] >= 7, (doc.path, kinds)
        assert kinds["percent"] >= 5 and kinds["period"] >= 8 and kinds["reference"] >= 12, (doc.path, kinds)
        canon = {(v.kind, v.canonical) for vs in values.values() for v in vs}
        for key in [("amount", "EUR 2E+11"), ("quarter", "2025-Q4/2026-Q1"), ("half", "2025-H2"),
                    ("count", "6800"), ("duration", "P5Y/P7Y"), ("period", "2021/2027"), ("percent", "13.5")]:
            assert key in canon, (doc.path, key)


def test_values_point_at_their_text_and_lines(pair) -> None:  # noqa: ANN001
    for doc, values in pair:
        lines = Path(doc.path).read_text(encoding="utf-8").splitlines() if Path(doc.path).exists() else None
        for b in doc.blocks:
            for v in values[b.id]:
                assert b.text[v.offset:v.offset + len(v.raw)] == v.raw
                assert v.block_id == b.id and v.line is not None
                assert b.span.line_start <= v.line <= b.span.line_end
        assert lines is not None


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*/da.txt")), ids=lambda p: p.parent.name)
def test_single_documents_extract(path: Path) -> None:
    """Every bundled Danish document: values found, canonical forms well formed, deterministic."""
    import re

    doc, values = _load(path, "left", "da")
    flat = [v for vs in values.values() for v in vs]
    assert len(flat) >= 20, path
    shapes = {
        "date": r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?", "month": r"\d{4}-\d\d(?:/\d{4}-\d\d)?", "year": r"\d{4}",
        "quarter": r"(?:\d{4}-)?Q[1-4](?:/(?:\d{4}-)?(?:Q[1-4])?|/\d{4})?",
        "half": r"(?:\d{4}-)?H[12](?:/(?:\d{4}-)?H[12]|/\d{4})?", "period": r"\d{4}/\d{4}",
        "percent": r"[\d.]+(?:/[\d.]+)?", "count": r"[\d.E+]+(?:/[\d.E+]+)?",
    }
    for v in flat:
        if v.kind in shapes:
            assert re.fullmatch(shapes[v.kind], v.canonical), v
    again = _load(path, "left", "da")[1]
    assert again == values


def main() -> None:
    """Print the current differences (for reviewing and updating the expected list)."""
    exp, _ = expected() if EXPECTED.exists() else (Counter(), [])
    d = differences(_load(DA, "left", "da"), _load(SV, "right", "sv"))
    for key, n in sorted(d.items()):
        mark = " " if exp.get(key, 0) >= n else "NEW"
        print(f"{mark:3} {key} x{n}")
    for key, n in sorted((exp - d).items()):
        print(f"GONE {key} x{n}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
