"""Input errors through the real console script: exit code 2, exactly one line on stderr, no
traceback, and no output file left behind when -o was given."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Callable

import pytest

try:  # `python -m pytest` puts the repository root on sys.path; plain `pytest` puts tests/.
    from tests.pdf import make
    from tests.robust.cli import run_cli
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest was started
    from pdf import make  # type: ignore[no-redef]
    from robust.cli import run_cli  # type: ignore[no-redef]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(args, cwd, timeout=60)


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return build


def _missing(tmp: Path) -> Path:
    return tmp / "missing.txt"


def _folder(tmp: Path) -> Path:
    path = tmp / "a-folder.txt"
    path.mkdir()
    return path


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", _missing, "no such file"),
    ("folder", _folder, "is a folder, not a file"),
    ("empty", _file("empty.txt", b""), "the file is empty"),
    ("binary-txt", _file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4), "binary file, not text"),
    ("scanned", _file("scan.pdf", make.scanned_pdf(2)), "no text layer (scanned?); run OCR first"),
    ("encrypted", _file("locked.pdf", make.document_pdf(2, user_password="hemmelig")), "password-protected"),
    ("truncated", _file("cut.pdf", make.truncated_pdf()), "corrupt or truncated PDF"),
    ("garbage", _file("garbage.pdf", make.garbage_pdf()), "corrupt or truncated PDF"),
    ("not-a-pdf", _file("fake.pdf", b"hello, I am text\n"), "not a PDF"),
    ("empty-pdf", _file("empty.pdf", b""), "the file is empty"),
    ("no-pages", _file("nopages.pdf", make.empty_pages_pdf()), "the PDF has no pages"),
    ("docx", _file("brev.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4), "not a readable Word .docx file"),
]


# With -o, one case per reader and kind of failure is enough to show no output file appears.
WITH_OUTPUT = ("missing", "binary-txt", "scanned", "encrypted", "truncated")
RUNS = [(name, build, message, False) for name, build, message in CASES] + [
    (name, build, message, True) for name, build, message in CASES if name in WITH_OUTPUT
]


@pytest.mark.parametrize(
    ("build", "message", "to_file"),
    [run[1:] for run in RUNS],
    ids=[f"{'-o' if run[3] else 'stdout'}-{run[0]}" for run in RUNS],
)
def test_input_error_is_one_line_and_exit_2(tmp_path: Path, build, message: str, to_file: bool) -> None:
    path = build(tmp_path)
    out = tmp_path / "out.json"
    args = ["sections", str(path)] + (["-o", str(out), "--format", "json"] if to_file else [])
    result = _run(args, tmp_path)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("aicont: error: "), lines[0]  # a domain error, not an internal one
    assert message in lines[0]
    assert str(path) in lines[0]
    assert result.stdout == ""
    assert not out.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")]  # no temp file left
