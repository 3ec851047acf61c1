"""Running the real console script in a subprocess, as a user or CI does (real signals, real
files, real streams)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MINI_L = ROOT / "tests" / "golden" / "mini.left.txt"
MINI_R = ROOT / "tests" / "golden" / "mini.right.txt"
# A hang guard, not a speed assertion: every case here ends in well under a second of work.
HANG = 120


def aicont_cmd() -> list[str]:
    script = Path(sys.executable).with_name("aicont")
    return [str(script)] if script.exists() else [sys.executable, "-m", "aicont"]


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "AICONT_DEBUG"}
    env["NO_COLOR"] = "1"
    return env


def run_cli(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    kwargs.setdefault("timeout", HANG)
    if "stdout" not in kwargs:
        kwargs["capture_output"] = True
    else:
        kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([*aicont_cmd(), *map(str, args)], cwd=cwd, env=cli_env(), text=True, check=False, **kwargs)


def one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Assert exit 2 and exactly one line on stderr, a domain or usage error containing `needles`;
    return that line."""
    assert result.returncode == 2, (result.returncode, result.stdout[-500:], result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("aicont: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]
