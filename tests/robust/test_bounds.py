"""Inputs never hang the run or exhaust memory: regular files only, a size limit, bounded PDF work.

Every refusal is exit 2 with one line naming the limit and how to raise it; raising it makes the
same input work.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.pdf import hostile
from tests.robust.cli import MINI_L, MINI_R, one_line_error, run_cli


def test_a_fifo_input_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "r.txt").write_bytes(MINI_R.read_bytes())
    # nobody ever writes to the FIFO: opening it for reading would block forever
    one_line_error(run_cli(["report", "pipe.txt", "r.txt"], tmp_path), "pipe.txt", "named pipe", "regular files only")


def test_a_fifo_with_a_writer_is_refused_too(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    def write() -> None:
        try:
            fifo.write_bytes(MINI_L.read_bytes())
        except BrokenPipeError:  # released below by a reader that reads nothing
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    one_line_error(run_cli(["sections", "pipe.txt"], tmp_path), "named pipe")
    # release the writer thread, which blocks until someone opens the FIFO for reading
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    os.close(fd)
    writer.join(timeout=10)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused(tmp_path: Path, device: str) -> None:
    one_line_error(run_cli(["lines", device], tmp_path), device, "a device", "regular files only")


def test_a_file_over_the_size_limit_names_the_option(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(MINI_L.read_bytes() * ((2 << 20) // len(MINI_L.read_bytes()) + 1))  # a little over 2 MB
    line = one_line_error(run_cli(["sections", "big.txt", "--max-size", "1"], tmp_path), "big.txt", "over the 1 MB limit")
    assert "--max-size" in line and "limits.max_size_mb" in line
    assert run_cli(["sections", "big.txt", "--max-size", "3"], tmp_path).returncode == 0


def test_the_size_limit_comes_from_the_config_too(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_bytes(MINI_L.read_bytes())
    (tmp_path / "r.txt").write_bytes(MINI_R.read_bytes())
    (tmp_path / "aicont.toml").write_text("[limits]\nmax_size_mb = 0.001\n")
    one_line_error(run_cli(["report", "l.txt", "r.txt"], tmp_path), "l.txt", "over the 0.001 MB limit")
    assert run_cli(["report", "l.txt", "r.txt", "--max-size", "1"], tmp_path).returncode == 1
    (tmp_path / "aicont.toml").write_text("[limits]\nmax_size_mb = -1\n")
    one_line_error(run_cli(["report", "l.txt", "r.txt"], tmp_path), "limits.max_size_mb")
    (tmp_path / "aicont.toml").write_text("[limits]\npages = 3\n")
    one_line_error(run_cli(["report", "l.txt", "r.txt"], tmp_path), "unknown config key limits.pages")


# (name, PDF bytes, [limits] of the config or "", the words of the error or None for a result)
PDF_CASES = [
    ("overlapping", lambda: hostile.overlapping_lines_pdf(1000), "", None),
    ("inflating", lambda: hostile.inflating_pdf(8), "pdf_stream_mb = 4", ("decompress to over 4 MB", "limits.pdf_stream_mb")),
    ("page-tree", lambda: hostile.deep_page_tree_pdf(3000), "", ("page tree is nested over 64 levels",)),
    ("forms", lambda: hostile.nested_forms_pdf(500), "", ("form XObjects are nested over 64 levels",)),
    ("pages", lambda: hostile.plain_pdf(3, 2), "pdf_pages = 2", ("over 2 pages", "limits.pdf_pages")),
    ("objects", lambda: hostile.plain_pdf(1, 30), "pdf_objects = 100", ("page 1 holds over 100 objects", "limits.pdf_objects")),
    ("seconds", lambda: hostile.plain_pdf(3, 30), "pdf_seconds = 0.001", ("took over 0.001 s", "limits.pdf_seconds")),
]


@pytest.mark.parametrize(("build", "limits", "words"), [c[1:] for c in PDF_CASES], ids=[c[0] for c in PDF_CASES])
def test_pdf_work_is_bounded(tmp_path: Path, build, limits: str, words: tuple[str, ...] | None) -> None:  # noqa: ANN001
    (tmp_path / "doc.pdf").write_bytes(build())
    if limits:
        (tmp_path / "aicont.toml").write_text(f"[limits]\n{limits}\n")
    result = run_cli(["lines", "doc.pdf"], tmp_path)
    if words is None:
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 1000  # every overlapping line is read, once
        return
    one_line_error(result, "doc.pdf", *words)


def test_the_default_limits_read_an_ordinary_pdf(tmp_path: Path) -> None:
    (tmp_path / "doc.pdf").write_bytes(hostile.plain_pdf(3, 30))
    result = run_cli(["lines", "doc.pdf"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 90
