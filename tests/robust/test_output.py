"""-o never harms what is there: inputs, read-only files, links, devices, FIFOs, modes; "-" is stdout.

Each case runs the real console script (`aicont report` on the mini pair) and then checks the
file system: which files exist, what they hold, their modes, and that no temporary file is left.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from tests.robust.cli import MINI_L, MINI_R, one_line_error, run_cli

REPORT = ["report", "left.txt", "right.txt", "--format", "markdown"]


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    (tmp_path / "left.txt").write_bytes(MINI_L.read_bytes())
    (tmp_path / "right.txt").write_bytes(MINI_R.read_bytes())
    return tmp_path


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.is_symlink()}


def _ok(result) -> None:  # noqa: ANN001
    assert result.returncode == 1, result.stderr  # the mini pair has high findings
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("target", ["left.txt", "right.txt", "./left.txt", "../{dir}/right.txt"])
def test_never_writes_onto_an_input(work: Path, target: str) -> None:
    before = _snapshot(work)
    result = run_cli([*REPORT, "-o", target.format(dir=work.name)], work)
    one_line_error(result, "is the input", "never writes over its inputs")
    assert _snapshot(work) == before
    assert not _temporaries(work)


def test_never_writes_onto_an_input_through_a_link(work: Path) -> None:
    (work / "soft.md").symlink_to("left.txt")
    os.link(work / "right.txt", work / "hard.md")
    before = _snapshot(work)
    for target in ("soft.md", "hard.md"):
        one_line_error(run_cli([*REPORT, "-o", target], work), "is the input")
    assert _snapshot(work) == before
    assert (work / "soft.md").is_symlink()


def test_never_writes_onto_the_config_file(work: Path) -> None:
    (work / "aicont.toml").write_text('fail_on = "high"\n')
    one_line_error(run_cli([*REPORT, "-o", "aicont.toml"], work), "is the input")
    assert (work / "aicont.toml").read_text() == 'fail_on = "high"\n'


def test_refuses_a_read_only_file(work: Path) -> None:
    target = work / "report.md"
    target.write_text("the previous report\n")
    target.chmod(0o444)
    one_line_error(run_cli([*REPORT, "-o", "report.md"], work), "report.md", "read-only")
    assert target.read_text() == "the previous report\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: None, "does not exist"),
    ],
    ids=["folder", "missing-folder"],
)
def test_refuses_a_folder_or_a_missing_folder(work: Path, make, message: str) -> None:  # noqa: ANN001
    target = work / "out"
    make(target)
    arg = "out" if target.exists() else "out/nested/report.md"
    one_line_error(run_cli([*REPORT, "-o", arg], work), message)
    assert not _temporaries(work)


def test_refuses_a_socket(work: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(work / "sock"))
        one_line_error(run_cli([*REPORT, "-o", "sock"], work), "not a regular file")
    finally:
        server.close()
    assert stat.S_ISSOCK((work / "sock").stat().st_mode)


def test_replaces_a_regular_file_keeping_its_mode(work: Path) -> None:
    target = work / "report.md"
    target.write_text("old\n")
    target.chmod(0o640)
    _ok(run_cli([*REPORT, "-o", "report.md"], work))
    assert target.read_text().startswith("# aicont discrepancy report")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not _temporaries(work)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o007])
def test_a_new_file_follows_the_umask(work: Path, umask: int) -> None:
    result = run_cli([*REPORT, "-o", "new.md"], work, preexec_fn=lambda: os.umask(umask))
    _ok(result)
    assert stat.S_IMODE((work / "new.md").stat().st_mode) == 0o666 & ~umask


def test_a_symlink_stays_a_link_to_the_new_report(work: Path) -> None:
    (work / "reports").mkdir()
    (work / "reports" / "latest.md").write_text("old\n")
    (work / "link.md").symlink_to("reports/latest.md")
    _ok(run_cli([*REPORT, "-o", "link.md"], work))
    assert (work / "link.md").is_symlink()
    assert (work / "reports" / "latest.md").read_text().startswith("# aicont discrepancy report")
    assert not _temporaries(work) and not _temporaries(work / "reports")


def test_a_hard_link_keeps_both_names_on_one_file(work: Path) -> None:
    (work / "a.md").write_text("old\n" * 1000)
    os.link(work / "a.md", work / "b.md")
    _ok(run_cli([*REPORT, "-o", "a.md"], work))
    assert (work / "a.md").stat().st_ino == (work / "b.md").stat().st_ino
    assert (work / "b.md").read_text().startswith("# aicont discrepancy report")
    assert "old" not in (work / "b.md").read_text()


def test_writes_through_a_character_device(work: Path) -> None:
    _ok(run_cli([*REPORT, "-o", "/dev/null"], work))
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_writes_through_a_fifo(work: Path) -> None:
    fifo = work / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    _ok(run_cli([*REPORT, "-o", "pipe"], work))
    reader.join(timeout=60)
    assert received and received[0].startswith(b"# aicont discrepancy report")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_dash_is_stdout(work: Path) -> None:
    result = run_cli([*REPORT, "-o", "-"], work)
    _ok(result)
    assert result.stdout.startswith("# aicont discrepancy report")
    assert not (work / "-").exists()


@pytest.mark.parametrize("command", ["align", "sections", "values", "lines"])
def test_every_writing_command_refuses_its_input(work: Path, command: str) -> None:
    args = [command, "left.txt", "right.txt"] if command == "align" else [command, "left.txt"]
    before = _snapshot(work)
    one_line_error(run_cli([*args, "-o", "left.txt"], work), "is the input")
    assert _snapshot(work) == before


def test_a_full_disk_is_one_line_and_leaves_nothing(work: Path) -> None:
    one_line_error(run_cli([*REPORT, "-o", "/dev/full"], work), "/dev/full", "No space left")
    with open("/dev/full", "wb") as full:
        result = run_cli(REPORT, work, stdout=full)
    one_line_error(result, "cannot write to standard output", "No space left")


def test_the_baseline_command_never_writes_onto_a_version(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "doc").mkdir(parents=True)
    (corpus / "doc" / "da.txt").write_bytes(MINI_L.read_bytes())
    (corpus / "doc" / "sv.txt").write_bytes(MINI_R.read_bytes())
    before = _snapshot(corpus / "doc")
    one_line_error(run_cli(["baseline", "corpus", "--baseline", "corpus/doc/da.txt"], tmp_path), "is the input")
    assert _snapshot(corpus / "doc") == before


@pytest.mark.parametrize("stop", [KeyboardInterrupt, "Terminated"])
def test_a_signal_the_instant_the_temporary_file_exists_leaves_nothing(work: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture, stop) -> None:  # noqa: ANN001
    """The narrowest window: the signal lands right after the temporary file is created, before any
    `try` of the writer is entered (tests/robust/test_signals.py sends real signals while it is written)."""
    from aicont import cli, fileio

    stop = cli.Terminated if stop == "Terminated" else stop
    real_open = os.open

    def open_then_stop(path, flags, mode=0o777, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        fd = real_open(path, flags, mode, *args, **kwargs)
        if str(path).endswith(".tmp"):
            os.close(fd)
            raise stop()
        return fd

    monkeypatch.chdir(work)
    monkeypatch.setattr(fileio.os, "open", open_then_stop)
    with pytest.raises(SystemExit) as exit_:
        cli.main([*REPORT, "-o", "out.md"])
    assert exit_.value.code == (130 if stop is KeyboardInterrupt else 143)
    assert capsys.readouterr().err.splitlines()[-1] in ("aicont: interrupted", "aicont: terminated")
    assert _temporaries(work) == [] and not (work / "out.md").exists()
    assert not fileio._PENDING  # noqa: SLF001
