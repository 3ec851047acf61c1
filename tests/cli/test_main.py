"""The CLI's entry point: version, help, and the one-line error contract for usage errors."""

from __future__ import annotations

import subprocess
import sys

from aicont import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aicont", *args], capture_output=True, text=True, timeout=60)


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"aicont {__version__}"


def test_help_lists_sections_command() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert "sections" in proc.stdout


def test_unknown_command_is_a_usage_error() -> None:
    proc = run("no-such-command")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_missing_file_is_one_line_and_exit_2(tmp_path) -> None:
    proc = run("sections", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_lines_shows_page_and_original_line_numbers(tmp_path) -> None:
    src = tmp_path / "doc.txt"
    src.write_bytes("Title\r\n\r\nFirst paragraph.\r\nSecond line.\r\n".encode("utf-8"))
    proc = run("lines", str(src))
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.splitlines()
    assert len(rows) == 4
    assert rows[2].split()[0] == "1:3" and rows[2].endswith("First paragraph.")


def test_main_collects_young_objects_rarely_and_restores_the_collector(capsys, monkeypatch) -> None:
    """main() raises the young generation's threshold while a command runs (see cli.main) and
    leaves the collector as it found it, for a caller that runs main() in its own process."""
    import gc

    import pytest

    from aicont.cli import _GC_YOUNG, main

    seen: list[tuple[int, ...]] = []
    before = gc.get_threshold()

    def explain_and_look(*args: object, **kwargs: object) -> str:
        seen.append(gc.get_threshold())
        return "explained\n"

    monkeypatch.setattr("aicont.cli._run_explain", explain_and_look)
    with pytest.raises(SystemExit) as exc:
        main(["explain", "AC201"])
    assert exc.value.code == 0 and capsys.readouterr().out == "explained\n"
    assert seen == [(_GC_YOUNG, *before[1:])]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
