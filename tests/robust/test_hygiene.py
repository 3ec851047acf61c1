"""Text from a document, a file name or a folder name never reaches a terminal, a log or a Markdown
reader as control sequences or markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.robust.cli import MINI_L, MINI_R, run_cli

# What a hostile document puts in a line: clear the screen, an OSC 8 link, a bell, a
# right-to-left override, and HTML and Markdown that would run or link if passed through.
HOSTILE = (
    "Den 2.2.2025 \x1b[2J\x1b]8;;https://evil.example\x07klik her\x1b]8;;\x07 \u202eetalp\u202c "
    "<script>alert(1)</script> [se her](javascript:alert(1)) <img src=x onerror=alert(1)> "
    "<javascript:alert(2)> ![i](data:text/html,x)\n"
)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture()
def hostile_pair(tmp_path: Path) -> Path:
    (tmp_path / "l.txt").write_bytes(MINI_L.read_bytes())
    (tmp_path / "r.txt").write_text(MINI_R.read_text(encoding="utf-8") + HOSTILE, encoding="utf-8")
    return tmp_path


def test_the_hostile_line_is_reported(hostile_pair: Path) -> None:
    """The cases below only mean something if the hostile text reaches the report."""
    result = run_cli(["report", "l.txt", "r.txt", "--format", "json", "--select", "ALL", "--min-confidence", "low"], hostile_pair)
    assert "klik her" in result.stdout and "script" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "l.txt", "r.txt", "--select", "ALL", "--min-confidence", "low"],
        ["report", "l.txt", "r.txt", "--format", "markdown", "--select", "ALL", "--min-confidence", "low"],
        ["report", "l.txt", "r.txt", "--format", "html", "--select", "ALL", "--min-confidence", "low"],
        ["lines", "r.txt"],
        ["sections", "r.txt", "--blocks"],
        ["values", "r.txt"],
        ["align", "l.txt", "r.txt"],
        ["align", "l.txt", "r.txt", "--format", "tsv"],
    ],
    ids=["diff", "markdown", "html", "lines", "sections", "values", "align", "align-tsv"],
)
def test_no_control_character_reaches_the_output(hostile_pair: Path, args: list[str]) -> None:
    result = run_cli(args, hostile_pair)
    assert result.returncode in (0, 1), result.stderr
    assert not CONTROL.findall(result.stdout.replace("\t", " ")), CONTROL.findall(result.stdout)
    assert not CONTROL.findall(result.stderr)


def test_markdown_escapes_html_and_neutralises_links(hostile_pair: Path) -> None:
    args = ["report", "l.txt", "r.txt", "--format", "markdown", "--select", "ALL", "--min-confidence", "low"]
    out = run_cli(args, hostile_pair).stdout
    assert "klik her" in out
    assert "<script" not in out and "<img" not in out and "<javascript" not in out
    assert "&lt;script&gt;" in out
    # no Markdown link or image can start: every bracket of the document is escaped
    assert not re.search(r"(?<!\\)\]\(", out)
    assert "\\[se her\\](javascript:alert(1))" in out
    # the only raw HTML is aicont's own
    assert set(re.findall(r"<(/?[a-zA-Z]+)", out)) <= {"br", "details", "/details", "summary", "/summary"}


def test_a_folder_name_with_escapes_stays_harmless_in_check(tmp_path: Path) -> None:
    doc = tmp_path / "c" / "doc\x1b[2J\x1b]8;;https:x\x07"
    doc.mkdir(parents=True)
    (doc / "da.txt").write_bytes(MINI_L.read_bytes())
    (doc / "sv.txt").write_bytes(MINI_R.read_bytes())
    result = run_cli(["check", "c", "--no-baseline"], tmp_path)
    assert result.returncode == 1, result.stderr
    assert "doc" in result.stdout
    assert not CONTROL.findall(result.stdout) and not CONTROL.findall(result.stderr)
