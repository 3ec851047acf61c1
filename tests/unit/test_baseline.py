"""Baseline: fingerprints by content (no lines, no block ids), multiset matching, stale entries, errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from aicont import baseline as bl
from aicont.errors import BaselineError
from aicont.model import Confidence, Finding, Kind, Quote, Severity, Span


def _finding(code: str = "AC201", left: str = "fra den 2.2.2025", right: str = "den 2 februari 2026",
             lv: str = "2025-02-02", rv: str = "2026-02-02", line: int = 10, block: str = "da:fn54") -> Finding:
    lq = Quote(block, left, (Span("da.txt", line, line),), lv)
    rq = Quote(block.replace("da", "sv"), right, (Span("sv.txt", line * 2, line * 2),), rv)
    return Finding(code, "date-mismatch", Kind.DATE, Severity.HIGH, Confidence.HIGH, "m", "fn54", lq, rq,
                   fingerprint=bl.fingerprint(code, lq, rq))


def test_fingerprint_ignores_lines_blocks_case_and_whitespace() -> None:
    a = _finding()
    b = _finding(line=999, block="left:fn7", left="FRA  den\n2.2.2025")
    assert a.fingerprint == b.fingerprint
    assert len(a.fingerprint) == 64


def test_fingerprint_changes_with_content() -> None:
    a = _finding()
    assert _finding(rv="2026-02-03").fingerprint != a.fingerprint
    assert _finding(code="AC202").fingerprint != a.fingerprint
    assert _finding(right="den 2 februari 2027").fingerprint != a.fingerprint
    assert bl.fingerprint("AC201", None, a.right) != bl.fingerprint("AC201", a.left, None)


def test_split_is_a_multiset_and_reports_stale() -> None:
    a, b = _finding(), _finding(rv="2027-01-01")
    base = bl.Baseline("sig", (bl.entry_for(a), bl.entry_for(_finding(code="AC999"))))
    new, accepted, stale = bl.split((a, a, b), base)
    assert accepted == (a,)
    assert new == (a, b)  # the second identical finding needs a second entry
    assert stale == (bl.fingerprint("AC999", _finding().left, _finding().right),)


def test_refresh_keeps_reasons_per_fingerprint_and_sorts() -> None:
    a, b = _finding(), _finding(rv="2027-01-01")
    old = bl.Baseline("old", (replace(bl.entry_for(a), reason="known: OCR"), replace(bl.entry_for(a), reason="second")))
    new = bl.refresh((b, a, a), old, "new-sig")
    assert new.signature == "new-sig"
    assert sorted(e.reason for e in new.entries if e.fingerprint == a.fingerprint) == ["known: OCR", "second"]
    assert [e.reason for e in new.entries if e.fingerprint == b.fingerprint] == [""]
    fps = [e.fingerprint for e in new.entries]
    assert fps == sorted(fps)


def _marked(right: str, value: str = "2 februari 2026") -> Finding:
    f = _finding(right=right)
    start = right.index(value)
    return replace(f, right=replace(f.right, mark=(start, start + len(value))))


SENTENCE = ("De allmänna bestämmelserna och förbuden börjar tillämpas den 2 februari 2026, reglerna om "
            "styrning och AI-modeller för allmänna ändamål börjar tillämpas den 2 augusti 2025.")


def test_an_edit_away_from_the_difference_keeps_the_entry_and_its_reason() -> None:
    accepted = _marked(SENTENCE)
    old = bl.Baseline("sig", (replace(bl.entry_for(accepted), reason="Reviewed: known"),))
    edited = _marked(SENTENCE.replace("ändamål", "syften"))
    assert edited.fingerprint != accepted.fingerprint
    new, took, stale = bl.split((edited,), old)
    assert (new, took, stale) == ((), (edited,), ())
    assert [e.reason for e in bl.refresh((edited,), old, "sig").entries] == ["Reviewed: known"]


@pytest.mark.parametrize("edit", [
    ("2 februari 2026", "3 februari 2026"),  # the difference itself
    ("tillämpas den 2 februari", "gäller från 2 februari"),  # the words right next to it
    ("De allmänna bestämmelserna och förbuden börjar", "Förbuden"),  # most of the sentence rewritten
])
def test_an_edit_at_the_difference_is_a_new_finding(edit: tuple[str, str]) -> None:
    accepted = _marked(SENTENCE)
    old = bl.Baseline("sig", (bl.entry_for(accepted),))
    text = SENTENCE.replace(*edit)
    edited = _marked(text, next(v for v in ("2 februari 2026", "3 februari 2026") if v in text))
    new, took, _ = bl.split((edited,), old)
    assert (new, took) == ((edited,), ())
    assert accepted.code == edited.code and bl.split((replace(edited, code="AC202"),), old)[1] == ()


def test_save_load_roundtrip(tmp_path: Path) -> None:
    a = _finding()
    base = bl.refresh((a,), None, "sig")
    path = tmp_path / "aicont-baseline.json"
    path.write_text(bl.dumps(base), encoding="utf-8")
    again = bl.load(path)
    assert again == base
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == ["schema_version", "signature", "entries"]
    assert list(data["entries"][0]) == ["fingerprint", "code", "left", "right", "reason"]
    assert bl.dumps(again) == bl.dumps(base)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "not found"),
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"schema_version": 3, "entries": []}', "schema_version"),
        ('{"schema_version": 2, "entries": [{"fingerprint": "' + "a" * 64 + '", "code": "AC201", "document": "d"}]}',
         "without a 'pair'"),
        ('{"schema_version": 1}', "'entries' must be a list"),
        ('{"schema_version": 1, "entries": [{"fingerprint": "abc", "code": "AC201"}]}', "fingerprint"),
        ('{"schema_version": 1, "entries": [{"fingerprint": "' + "a" * 64 + '"}]}', "'code'"),
        ('{"schema_version": 1, "entries": [{"fingerprint": "' + "a" * 64 + '", "code": "AC201", "reason": 3}]}', "reason"),
    ],
)
def test_bad_baseline_raises(tmp_path: Path, content: str | None, needle: str) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as err:
        bl.load(path)
    assert needle in str(err.value)


def test_fingerprints_survive_blank_lines_and_page_breaks(tmp_path: Path) -> None:
    """Re-extracting a PDF shifts lines and pages: the baseline must still match every finding."""
    from aicont.config import Config
    from aicont.pipeline import run

    root = Path(__file__).resolve().parent.parent / "golden"
    left, right = root / "mini.left.txt", root / "mini.right.txt"
    before = run(left, right, Config())
    text = right.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    shifted = "\n\n\n".join(paragraphs[:3]) + "\n\n\f" + "\n\n\n\n".join(paragraphs[3:])
    moved = tmp_path / "sv.txt"
    moved.write_text("\n\n" + shifted, encoding="utf-8")
    after = run(left, moved, Config())
    assert before.findings and len(after.findings) == len(before.findings)
    assert [f.right.spans[0].line_start for f in after.findings] != [f.right.spans[0].line_start for f in before.findings]
    assert sorted(f.fingerprint for f in after.findings) == sorted(f.fingerprint for f in before.findings)
    new, accepted, stale = bl.split(after.findings, bl.refresh(before.findings, None, "sig"))
    assert new == () and stale == () and len(accepted) == len(before.findings)


def test_entries_are_keyed_by_document_and_pair() -> None:
    """A finding of a new pair never uses up another pair's entry (the issue: sv copied to nb)."""
    a = _finding()
    base = bl.refresh(((("doc", "da/sv"), a),), None, "sig")
    assert [(e.document, e.pair) for e in base.entries] == [("doc", "da/sv")]
    new, accepted, stale = bl.split((a,), base, ("doc", "da/nb"))
    assert new == (a,) and accepted == () and stale == ()
    new, accepted, stale = bl.split((a,), base, ("doc", "da/sv"))
    assert new == () and accepted == (a,)
    matcher = bl.Matcher(base)
    assert matcher.split((a,), ("doc", "da/nb")) == ((a,), ())
    assert [e.pair for e in matcher.unused(frozenset({"doc"}))] == ["da/sv"]  # stale: its version was removed
    assert matcher.unused(frozenset({"other"})) == ()  # a document not checked this run: not stale
    assert bl.known_versions(base) == frozenset({("doc", "da"), ("doc", "sv")})


def test_schema_1_is_read_and_migrated_keeping_reasons(tmp_path: Path) -> None:
    a = _finding()
    old = {"schema_version": 1, "signature": "s",
           "entries": [{"fingerprint": a.fingerprint, "code": "AC201", "left": "l", "right": "r", "reason": "Reviewed: real"}]}
    path = tmp_path / "b.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    base = bl.load(path)
    assert base.schema_version == 1 and base.entries[0].document is None
    assert bl.split((a,), base, ("doc", "da/sv"))[1] == (a,)  # an unkeyed entry matches any pair
    migrated = bl.refresh(((("doc", "da/sv"), a),), base, "new")
    data = json.loads(bl.dumps(migrated))
    assert data["schema_version"] == 2
    assert data["entries"] == [{"document": "doc", "pair": "da/sv", "fingerprint": a.fingerprint, "code": "AC201",
                                "left": a.left.text, "right": a.right.text, "reason": "Reviewed: real"}]


def test_refresh_of_some_documents_keeps_the_others() -> None:
    a, b = _finding(), _finding(rv="2027-01-01")
    old = bl.refresh(((("one", "da/sv"), a), (("two", "da/sv"), b)), None, "s")
    new = bl.refresh(((("one", "da/sv"), a),), old, "s", checked=frozenset({"one"}))
    assert {(e.document, e.fingerprint) for e in new.entries} == {("one", a.fingerprint), ("two", b.fingerprint)}
