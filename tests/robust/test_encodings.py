"""Legacy 8-bit files decode to the text they hold, with a notice on stderr: the language (declared,
named by the file, or detected by charset-normalizer) decides between close code pages.

The reference: the same characters saved as UTF-8. A file saved in a code page that cannot hold
some characters loses them (they become "?") in both versions alike, so the comparison is exact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.ingest.text import decode
from tests.robust.cli import ROOT, run_cli

PAIR = ROOT / "corpus" / "ai-continent-action-plan"


def _save(text: str, path: Path, encoding: str) -> str:
    """Write `text` in `encoding` ("?" for what it cannot hold); return the text the file holds."""
    data = text.encode(encoding, errors="replace")
    path.write_bytes(data)
    return data.decode(encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
@pytest.mark.parametrize("named", [True, False], ids=["named", "unnamed"])
def test_the_bundled_pair_in_a_legacy_code_page_reports_as_in_utf8(tmp_path: Path, encoding: str, named: bool) -> None:
    legacy, utf8 = tmp_path / "legacy", tmp_path / "utf8"
    legacy.mkdir()
    utf8.mkdir()
    names = ("da.txt", "sv.txt") if named else ("venstre.txt", "hoger.txt")
    for lang, name in zip(("da", "sv"), names):
        held = _save((PAIR / f"{lang}.txt").read_text(encoding="utf-8"), legacy / name, encoding)
        (utf8 / name).write_text(held, encoding="utf-8")
    args = ["report", names[0], names[1], "--format", "json"]
    got, want = run_cli(args, legacy), run_cli(args, utf8)
    assert got.stdout.replace("legacy", "utf8").split('"sha256"')[0] == want.stdout.split('"sha256"')[0]
    findings = lambda out: out[out.index('"findings"'):out.index('"summary"')]  # noqa: E731
    assert findings(got.stdout) == findings(want.stdout)
    for name in names:
        assert f"aicont: notice: {name}: not UTF-8; decoded as cp1252" in got.stderr
    assert "allmдnna" not in got.stdout and "ć" not in got.stdout


# (language, code page) pairs as EU texts were saved: the national Windows and ISO code pages.
LEGACY = [
    ("sv", "cp1252"), ("da", "latin-1"), ("de", "cp1252"), ("fr", "iso-8859-15"), ("fi", "cp1252"),
    ("cs", "cp1250"), ("cs", "iso-8859-2"), ("pl", "cp1250"), ("pl", "iso-8859-2"), ("hu", "cp1250"),
    ("sk", "iso-8859-2"), ("sl", "cp1250"), ("hr", "cp1250"), ("ro", "iso-8859-2"),
    ("lt", "cp1257"), ("lv", "cp1257"), ("et", "cp1257"), ("bg", "cp1251"), ("el", "cp1253"),
]


@pytest.mark.parametrize(("lang", "encoding"), LEGACY, ids=[f"{lang}-{enc}" for lang, enc in LEGACY])
@pytest.mark.parametrize("hint", [True, False], ids=["named", "unnamed"])
def test_each_language_in_its_code_pages(dgt_dir: Path, tmp_path: Path, lang: str, encoding: str, hint: bool) -> None:
    text = (dgt_dir / "ecaa-annex" / f"{lang}.txt").read_text(encoding="utf-8")
    held = _save(text, tmp_path / "x.txt", encoding)
    decoded, used, notices = decode((tmp_path / "x.txt").read_bytes(), tmp_path / "x.txt", lang if hint else None)
    assert decoded == held, (used, encoding)
    assert notices and "decoded as" in notices[0]
