"""SIGINT and SIGTERM never leave a temporary file or a partial report, with real signals.

A report is written in a fraction of a millisecond, too fast to hit with a signal from outside.
These runs make the disk slow instead: the child process is the real CLI, started through a
two-line wrapper whose os.fsync sleeps, so the signal arrives while the temporary file exists
(the test waits until it sees it). The run must then end with 130 (SIGINT) or 143 (SIGTERM), one
line on stderr, no temporary file, and the previous report (if any) untouched.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.robust.cli import HANG, MINI_L, MINI_R, ROOT, cli_env

SLOW_DISK = (
    "import os, sys, time\n"
    "real = os.fsync\n"
    "os.fsync = lambda fd: (time.sleep(60), real(fd))\n"
    "from aicont.cli import main\n"
    "main(sys.argv[1:])\n"
)


def _interactive() -> None:
    """SIGINT as a terminal's Ctrl-C reaches a program: a suite started in the background of a
    non-interactive shell (`pytest &`) inherits SIGINT ignored, and so would the CLI, which then
    rightly keeps running as a background job does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(args: list[str], cwd: Path, wrapper: str | None) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", wrapper, *args] if wrapper else [sys.executable, "-m", "aicont", *args]
    return subprocess.Popen(
        command, cwd=cwd, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_interactive
    )


def _wait_for(predicate, proc: subprocess.Popen[str]) -> None:  # noqa: ANN001
    deadline = time.monotonic() + HANG
    while not predicate():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never reached the expected point"
        time.sleep(0.02)


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")])
@pytest.mark.parametrize("previous", [None, "the previous report\n"], ids=["new", "existing"])
def test_a_signal_while_writing_leaves_no_temporary_file(tmp_path: Path, sig: int, code: int, word: str, previous: str | None) -> None:
    (tmp_path / "l.txt").write_bytes(MINI_L.read_bytes())
    (tmp_path / "r.txt").write_bytes(MINI_R.read_bytes())
    if previous is not None:
        (tmp_path / "out.md").write_text(previous)
    proc = _start(["report", "l.txt", "r.txt", "-o", "out.md"], tmp_path, SLOW_DISK)
    _wait_for(lambda: _temporaries(tmp_path), proc)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=HANG)
    assert proc.returncode == code, err
    assert err.splitlines() == [f"aicont: {word}"], err
    assert not _temporaries(tmp_path)
    if previous is None:
        assert not (tmp_path / "out.md").exists()
    else:
        assert (tmp_path / "out.md").read_text() == previous


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_the_run_writes_nothing(tmp_path: Path, sig: int, code: int) -> None:
    corpus = ROOT / "corpus" / "ai-continent-action-plan"
    args = ["-v", "report", str(corpus / "da.txt"), str(corpus / "sv.txt"), "-o", "out.md"]
    proc = _start(args, tmp_path, None)
    assert proc.stderr is not None
    first = proc.stderr.readline()  # -v logs each stage: the run is in the pipeline now
    assert first.startswith("aicont: "), first
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=HANG)
    if proc.returncode in (0, 1):  # a very fast machine finished first: then the report is whole
        assert (tmp_path / "out.md").read_text().startswith("# aicont discrepancy report")
        return
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert err.splitlines()[-1] == f"aicont: {'terminated' if code == 143 else 'interrupted'}", err
    assert list(tmp_path.iterdir()) == []
