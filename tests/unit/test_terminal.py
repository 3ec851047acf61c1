"""The terminal view: words that differ marked without colour, path:line locations, a blank line
between findings, quotes as wide as the terminal, the signature only with -v, --color."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from aicont.config import Config
from aicont.model import Report
from aicont.pipeline import run
from aicont.report.terminal import render_terminal

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
MINI_L, MINI_R = GOLDEN / "mini.left.txt", GOLDEN / "mini.right.txt"


@pytest.fixture(scope="module")
def mini() -> Report:
    return run(MINI_L, MINI_R, Config())


def test_plain_view_marks_what_differs_in_brackets(mini: Report) -> None:
    text = render_terminal(mini, color=False, width=200)
    assert "\x1b[" not in text
    assert "[20 mia. EUR]" in text and "[200 miljarder euro]" in text
    assert "[2.2.2025]" in text
    # a qualifier finding marks the qualifier too, not only the number
    from aicont.report.base import highlights

    f = next(f for f in mini.findings if f.code == "AC302")
    (a, b), = highlights(f, f.left, "da")
    assert f.left.text[a:b] == "op til 100 000"
    assert highlights(f, f.right, "sv") == [f.right.mark]
    assert re.search(r"\[op\s+til\s+100 000\]", " ".join(line[:100] for line in text.splitlines()))


def test_locations_are_path_colon_line(mini: Report) -> None:
    text = render_terminal(mini, color=False, width=200)
    for path, line in re.findall(r"(\S+mini\.(?:left|right)\.txt):(\d+)", text):
        assert Path(path).is_file()
        assert Path(path).read_text(encoding="utf-8").splitlines()[int(line) - 1].strip()
    assert f"{MINI_L}:33" in text and f"{MINI_R}:32" in text  # footnote 1's date on each side


def test_a_blank_line_between_findings_and_the_signature_only_with_verbose(mini: Report) -> None:
    text = render_terminal(mini, color=False, width=120)
    heads = [k for k, line in enumerate(text.splitlines()) if re.match(r"AC\d{3} ", line)]
    assert len(heads) == len(mini.findings) and all(text.splitlines()[k - 1] == "" for k in heads)
    assert mini.signature not in text
    assert mini.signature in render_terminal(mini, color=False, width=120, verbose=True)


def test_quotes_use_the_width_of_a_wide_terminal(mini: Report) -> None:
    narrow = render_terminal(mini, color=False, width=80).splitlines()
    wide = render_terminal(mini, color=False, width=220).splitlines()
    assert max(len(line.rstrip()) for line in wide) > 180
    assert len(wide) < len(narrow)


def test_cli_color_and_verbose() -> None:
    base = [sys.executable, "-m", "aicont"]
    args = ["diff", str(MINI_L), str(MINI_R)]
    plain = subprocess.run([*base, *args], capture_output=True, text=True, timeout=120, check=False)
    forced = subprocess.run([*base, *args, "--color", "always"], capture_output=True, text=True, timeout=120, check=False)
    verbose = subprocess.run([*base, "-v", *args], capture_output=True, text=True, timeout=120, check=False)
    assert plain.returncode == forced.returncode == verbose.returncode == 1
    assert "\x1b[" not in plain.stdout and "[2.2.2025]" in plain.stdout  # piped: brackets, no colour
    assert "\x1b[" in forced.stdout
    assert "settings aicont:" in verbose.stdout and "settings aicont:" not in plain.stdout
