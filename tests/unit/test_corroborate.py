"""CI mode with witnesses (corpus.corroborate): what the pairs of a version with other versions say
about clauses the version lacks, merged into its pair with the reference. Hand-made pair results;
the real pipeline on DGT versions is tests/corpus/test_ci.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aicont.config import Config
from aicont.corpus import PairResult, Version, corroborate
from aicont.model import Confidence, Finding, Kind, Quote, Report, Severity, Span


def _v(tag: str) -> Version:
    return Version("act", tag, tag, Path(f"/c/act/{tag}.txt"))


def _q(side: str, block: str, line: int, text: str = "text") -> Quote:
    return Quote(block=f"{side}:{block}", text=text, spans=(Span(f"/c/act/{side}.txt", line, line),))


def _clause(left: Quote, right: Quote, *, lacking: str = "right", confidence: Confidence = Confidence.LOW) -> Finding:
    return Finding("AC508", "clause-one-side", Kind.OMISSION, Severity.MEDIUM, confidence, "clause on the left only",
                   "1", left, right, likely_wrong=lacking, reason=f"the {lacking} passage lacks this clause", fingerprint="f" + left.block)


def _result(left: str, findings: list[Finding], passages: tuple = ()) -> PairResult:
    report = Report("sig", (), tuple(findings), stats=(("hidden_by_filters", 0),))
    return PairResult("act", _v(left), _v("fi"), report, (), (), passages)


def _said(f: Finding, said: str) -> Finding:
    return replace(f, reason=f"{f.reason}; {said}")


def test_a_clause_two_witnesses_find_is_reported_against_the_reference() -> None:
    ref_p4, fi_p4 = _q("en", "1:p4", 40, "the reference's passage"), _q("fi", "1:p4", 41)
    other = _clause(_q("en", "1:p9", 90), _q("fi", "1:p9", 91))  # the pair's own finding, further down
    pair = _result("en", [other], passages=(("1:p4", ref_p4, fi_p4, "1"), ("1:p9", other.left, other.right, "1")))
    de = _result("de", [_clause(_q("de", "1:p4", 40, "mit den Mitgliedstaaten"), _q("fi", "1:p4", 41))])
    fr = _result("fr", [_clause(_q("fr", "1:p4", 40, "avec les États membres"), _q("fi", "1:p4", 41))])
    it = _result("it", [])
    out = corroborate(pair, [de, fr, it], Config(min_confidence=Confidence.LOW)).report.findings
    assert len(out) == 2 and out[1] == _said(other, "none of the pairs of fi with 3 other versions (de, fr, it) finds one there")
    new = out[0]  # in the reference's reading order: line 40 before line 90
    assert (new.code, new.confidence, new.likely_wrong) == ("AC508", Confidence.LOW, "right")
    assert new.left == ref_p4 and new.right == fi_p4
    assert "2 of 3 (de, fr)" in new.message and "mit den Mitgliedstaaten" in new.message
    assert new.reason == "the pairs of fi with 2 of 3 other versions (de, fr) find a clause fi lacks here; its pair with en does not"
    assert new.fingerprint and new.fingerprint != other.fingerprint


def test_one_witness_is_not_enough_and_the_pairs_own_finding_says_who_agrees() -> None:
    own = _clause(_q("en", "1:p4", 40), _q("fi", "1:p4", 41))
    pair = _result("en", [own], passages=(("1:p4", own.left, own.right, "1"), ("1:p5", _q("en", "1:p5", 50), _q("fi", "1:p5", 51), "1")))
    de = _result("de", [_clause(_q("de", "1:p4", 40), _q("fi", "1:p4", 41)), _clause(_q("de", "1:p5", 50), _q("fi", "1:p5", 51))])
    # a clause fi has and fr lacks is no evidence that fi lacks one
    fr = _result("fr", [_clause(_q("fr", "1:p5", 50), _q("fi", "1:p5", 51), lacking="left")])
    out = corroborate(pair, [de, fr], Config(min_confidence=Confidence.LOW)).report.findings
    assert out == (_said(own, "the pairs of fi with 1 of 2 other versions (de) find one there too"),)


def test_a_clause_the_filters_hide_is_counted_as_hidden() -> None:
    pair = _result("en", [], passages=(("1:p4", _q("en", "1:p4", 40), _q("fi", "1:p4", 41), "1"),))
    witnesses = [_result(t, [_clause(_q(t, "1:p4", 40), _q("fi", "1:p4", 41))]) for t in ("de", "fr")]
    hidden = corroborate(pair, witnesses, Config())  # the default shows medium confidence and above
    assert hidden.report.findings == () and dict(hidden.report.stats)["hidden_by_filters"] == 1
    shown = corroborate(pair, witnesses, Config(min_confidence=Confidence.LOW))
    assert len(shown.report.findings) == 1
    # a passage the reference's pair left unpaired has nothing to quote on the reference's side
    unpaired = corroborate(_result("en", []), witnesses, Config(min_confidence=Confidence.LOW))
    assert unpaired.report.findings == ()


def test_a_passage_the_witnesses_pair_otherwise_is_the_same_passage() -> None:
    """The pair with R pairs two Finnish blocks with one English one; a witness pair that pairs the
    second Finnish block alone speaks of the same passage: one finding, not a second one beside it."""
    ref, fi = _q("en", "1:p4", 40), _q("fi", "1:p4", 41)  # fi 1:p4 + 1:p5 paired with en 1:p4
    pair = _result("en", [], passages=(("1:p4", ref, fi, "1"), ("1:p5", ref, fi, "1")))
    de = _result("de", [_clause(_q("de", "1:p4", 40), _q("fi", "1:p5", 42))])
    fr = _result("fr", [_clause(_q("fr", "1:p4", 40), _q("fi", "1:p4", 41))])
    out = corroborate(pair, [de, fr], Config(min_confidence=Confidence.LOW)).report.findings
    assert len(out) == 1 and "2 of 2 (de, fr)" in out[0].message and out[0].right == fi


def test_what_the_reference_lacks_too_is_no_omission_of_the_version() -> None:
    """de and fr give words at a passage that fi lacks, but the reference lacks them too: the pairs
    (en, de) and (en, fr) find the clause (or a sentence) on the witness's side. Not fi's omission
    against en (eu-ch line 843: the Spanish and Swedish give a title English leaves out too)."""
    ref, fi = _q("en", "1:p4", 40), _q("fi", "1:p4", 41)
    pair = _result("en", [], passages=(("1:p4", ref, fi, "1"),))
    witnesses = [_result(t, [_clause(_q(t, "1:p4", 40), fi)]) for t in ("de", "fr")]
    lacks = _clause(ref, _q("de", "1:p4", 40), lacking="left")  # the pair (en, de): en lacks the clause
    only_de = {"de": PairResult("act", _v("en"), _v("de"), Report("sig", (), (lacks,)), (), ())}
    both = {**only_de, "fr": PairResult("act", _v("en"), _v("fr"), Report("sig", (), (replace(lacks, right=_q("fr", "1:p4", 40)),)), (), ())}
    low = Config(min_confidence=Confidence.LOW)
    assert corroborate(pair, witnesses, low, both).report.findings == ()
    assert corroborate(pair, witnesses, low, only_de).report.findings == ()  # fr alone is one witness
    assert len(corroborate(pair, witnesses, low, {}).report.findings) == 1
    # a sentence the reference lacks (AC507, an omission too) counts as well
    sentence = {t: replace(r, report=Report("sig", (), tuple(replace(f, code="AC507") for f in r.report.findings)))
                for t, r in both.items()}
    assert corroborate(pair, witnesses, low, sentence).report.findings == ()
