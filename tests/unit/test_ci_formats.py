"""CI formats of `aicont check`: SARIF 2.1.0 (validated against the official schema), GitHub
workflow annotations, GitLab code quality JSON; every finding at path:line on its likely-wrong side."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from aicont import corpus as cp
from aicont.config import Config
from aicont.model import CorpusReport
from aicont.report.github import command, render_github
from aicont.report.gitlab import corpus_to_gitlab
from aicont.report.sarif import corpus_to_sarif, report_to_sarif

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "golden"
SCHEMA = HERE.parent / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory: pytest.TempPathFactory) -> CorpusReport:
    """Three versions of the golden mini document: sv's date is the odd one out (da and sv-FI say 2025)."""
    root = tmp_path_factory.mktemp("ci") / "corpus"
    (root / "mini").mkdir(parents=True)
    shutil.copy(GOLDEN / "mini.left.txt", root / "mini" / "da.txt")
    shutil.copy(GOLDEN / "mini.right.txt", root / "mini" / "sv.txt")
    fixed = (GOLDEN / "mini.right.txt").read_text(encoding="utf-8").replace("2 februari 2026", "2 februari 2025")
    (root / "mini" / "sv-FI.txt").write_text(fixed, encoding="utf-8")
    found = cp.discover([root], Config())
    return cp.check(found, Config(), None)


def _odd(corpus: CorpusReport):  # noqa: ANN202 - (PairReport, Finding)
    return next((p, f) for p in corpus.pairs for f in p.report.findings if f.code == "AC201")


def _validator():  # noqa: ANN202
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def test_sarif_of_a_corpus_is_valid_and_relative_to_the_corpus_root(corpus_report: CorpusReport) -> None:
    sarif = corpus_to_sarif(corpus_report)
    errors = sorted(_validator().iter_errors(sarif), key=str)
    assert not errors, [e.message for e in errors[:5]]
    run = sarif["runs"][0]
    assert run["originalUriBaseIds"]["CORPUSROOT"]["uri"].endswith("/corpus/")
    pair, finding = _odd(corpus_report)
    result = next(r for r in run["results"] if r["ruleId"] == "AC201")
    where = result["locations"][0]["physicalLocation"]
    # primary location on the likely-wrong side (sv), the reference side related
    assert finding.likely_wrong == "right"
    assert where["artifactLocation"] == {"uri": "mini/sv.txt", "uriBaseId": "CORPUSROOT"}
    assert where["region"]["startLine"] == finding.right.spans[0].line_start
    related = result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]
    assert related == {"uri": "mini/da.txt", "uriBaseId": "CORPUSROOT"}
    assert result["properties"]["document"] == "mini" and result["properties"]["pair"] == pair.pair
    assert {a["location"]["uri"] for a in run["artifacts"]} == {"mini/da.txt", "mini/sv.txt", "mini/sv-FI.txt"}


def test_sarif_of_a_pair_is_valid(corpus_report: CorpusReport) -> None:
    pair, _ = _odd(corpus_report)
    sarif = report_to_sarif(pair.report)
    assert not list(_validator().iter_errors(sarif))
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "AC201")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("mini/sv.txt")


def test_sarif_schema_catches_a_broken_log() -> None:
    """The validation is real: a result without a message is refused."""
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "aicont"}}, "results": [{"ruleId": "AC201"}]}]}
    assert list(_validator().iter_errors(broken))


GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=([^,]+),line=(\d+),endLine=(\d+),title=([^:]+)::(.+)$")


def test_github_annotations_one_line_per_finding(corpus_report: CorpusReport) -> None:
    text = render_github(corpus_report)
    lines = text.splitlines()
    assert len(lines) == sum(len(p.report.findings) for p in corpus_report.pairs) and lines
    for line in lines:
        match = GITHUB_LINE.match(line)
        assert match, line
        assert Path(match.group(2)).is_file()
    pair, finding = _odd(corpus_report)
    line = next(x for x in lines if "AC201" in x)
    match = GITHUB_LINE.match(line)
    assert match.group(1) == "error"  # high severity
    assert match.group(2) == str(Path(corpus_report.root) / "mini" / "sv.txt")
    assert int(match.group(3)) == finding.right.spans[0].line_start
    assert match.group(5) == "AC201 date-mismatch (mini da/sv)"
    assert "likely wrong: sv (the majority: 1 of 1 other version agrees with da, none with sv)" in match.group(6)


def test_github_escaping() -> None:
    line = command("warning", "50% off\nnext", file="a,b:c.txt", line=3, title="x")
    assert line == "::warning file=a%2Cb%3Ac.txt,line=3,title=x::50%25 off%0Anext"


def test_gitlab_code_quality(corpus_report: CorpusReport) -> None:
    issues = corpus_to_gitlab(corpus_report)
    assert len(issues) == sum(len(p.report.findings) for p in corpus_report.pairs)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert Path(issue["location"]["path"]).is_file() and issue["location"]["lines"]["begin"] >= 1
    date = next(i for i in issues if i["check_name"] == "AC201")
    assert date["severity"] == "critical" and date["location"]["path"].endswith("mini/sv.txt")
    json.dumps(issues)  # serialisable as it is
