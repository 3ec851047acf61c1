"""Every usage, config, baseline and input error is one line on stderr and exit 2, through the real
console script; --debug shows the traceback instead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.robust.cli import MINI_L, MINI_R, one_line_error, run_cli


@pytest.fixture()
def pair(tmp_path: Path) -> Path:
    (tmp_path / "l.txt").write_bytes(MINI_L.read_bytes())
    (tmp_path / "r.txt").write_bytes(MINI_R.read_bytes())
    return tmp_path


USAGE = [
    ("unknown-option", ["report", "l.txt", "r.txt", "--bogus"], "No such option: --bogus"),
    ("missing-argument", ["sections"], "Missing argument"),
    ("bad-choice", ["report", "l.txt", "r.txt", "--format", "pdf"], "'pdf' is not one of"),
    ("bad-number", ["report", "l.txt", "r.txt", "--max-size", "lots"], "Invalid value for '--max-size'"),
    ("unknown-command", ["frobnicate"], "No such command 'frobnicate'"),
    ("bad-level", ["diff", "l.txt", "r.txt", "--fail-on", "urgent"], "'urgent' is not one of"),
    ("bad-language", ["report", "l.txt", "r.txt", "--left-lang", "xx"], "'xx' is not a language code"),
]


@pytest.mark.parametrize(("args", "words"), [c[1:] for c in USAGE], ids=[c[0] for c in USAGE])
def test_a_usage_error_is_one_line(pair: Path, args: list[str], words: str) -> None:
    result = run_cli(args, pair)
    one_line_error(result, words)
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["two\nlines.txt", "esc\x1b[2Jape.txt", "bell\x07\x1b]8;;https:x\x07.txt"])
def test_a_file_name_with_control_characters_stays_one_line(pair: Path, name: str) -> None:
    for target in (name, pair / name):  # missing, then an existing file that is not text
        if target != name:
            Path(target).write_bytes(b"\x00\x01\x02" * 4000)
        line = one_line_error(run_cli(["sections", str(target)], pair))
        assert "\x1b" not in line and "\x07" not in line
        assert "\\n" in line or "\\x1b" in line or "\\x07" in line


CONFIG = [
    ("syntax-error-elsewhere", "pyproject.toml", '[tool.aicont]\nfail_on = "high"\n\n[project\nname = "x"\n', "not valid TOML"),
    ("tool-not-a-table", "--pyproject.toml", "tool = 5\n", "'tool' must be a table"),
    ("aicont-not-a-table", "pyproject.toml", "[tool]\naicont = 5\n", "'tool.aicont' must be a table"),
    ("nested-too-deeply", "--deep.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ("not-utf8", "aicont.toml", b"fail_on = '\xe6'\n", "not valid TOML"),
    ("unknown-key", "aicont.toml", "fail_onn = 'high'\n", "unknown config key 'fail_onn'"),
]


@pytest.mark.parametrize(("name", "content", "words"), [c[1:] for c in CONFIG], ids=[c[0] for c in CONFIG])
def test_a_config_file_that_does_not_parse_is_an_error(pair: Path, name: str, content: str | bytes, words: str) -> None:
    given = name.startswith("--")  # passed with --config rather than found
    path = pair / name.lstrip("-")
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    args = ["report", "l.txt", "r.txt"] + (["--config", path.name] if given else [])
    one_line_error(run_cli(args, pair), words)


def test_a_broken_pyproject_of_another_tool_is_ignored(pair: Path) -> None:
    (pair / "pyproject.toml").write_text("[project\nname = 'other'\n")
    assert run_cli(["report", "l.txt", "r.txt"], pair).returncode == 1
    (pair / "pyproject.toml").write_text("tool = 5\n")
    assert run_cli(["report", "l.txt", "r.txt"], pair).returncode == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [("[" * 100_000 + "]" * 100_000, "nested too deeply"), ("{", "not valid JSON"), ("[]", "expected a JSON object")],
    ids=["deep", "truncated", "wrong-type"],
)
def test_a_bad_baseline_is_one_line(tmp_path: Path, content: str, words: str) -> None:
    (tmp_path / "c" / "doc").mkdir(parents=True)
    (tmp_path / "c" / "doc" / "da.txt").write_bytes(MINI_L.read_bytes())
    (tmp_path / "c" / "doc" / "sv.txt").write_bytes(MINI_R.read_bytes())
    (tmp_path / "c" / "aicont-baseline.json").write_text(content)
    one_line_error(run_cli(["check", "c"], tmp_path), "aicont-baseline.json", words)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_input_is_one_line(pair: Path) -> None:
    (pair / "l.txt").chmod(0)
    one_line_error(run_cli(["report", "l.txt", "r.txt"], pair), "l.txt", "cannot read")


def test_debug_shows_the_traceback(pair: Path) -> None:
    result = run_cli(["--debug", "sections", "missing.txt"], pair)
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "InputError" in result.stderr
