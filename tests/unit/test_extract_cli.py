"""The `aicont values` command: text and JSON output on a tiny file and on the real corpus."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from aicont.cli import app

ROOT = Path(__file__).resolve().parents[2]
SV = ROOT / "corpus" / "ai-continent-action-plan" / "sv.txt"


def invoke(args: list[str], code: int = 0):  # noqa: ANN201
    result = CliRunner().invoke(app, args)
    assert result.exit_code == code, result.output
    return result


def test_values_json_on_a_small_file(tmp_path: Path) -> None:
    f = tmp_path / "mini.txt"
    f.write_text(
        "Handlingsplan\n\nKommissionen vil senest i 2035 mobilisere 200 mia. EUR og vedtage planen i 2. kvartal 2025.\n",
        encoding="utf-8",
    )
    data = json.loads(invoke(["values", str(f), "--lang", "da", "--format", "json"]).stdout)
    got = [(v["kind"], v["canonical"], v["qualifier"], v["line"]) for v in data["values"]]
    assert got == [("year", "2035", "by", 3), ("amount", "EUR 2E+11", None, 3), ("quarter", "2025-Q2", None, 3)]
    assert data["document"]["lang"] == "da" and data["counts"] == {"amount": 1, "quarter": 1, "year": 1}


def test_values_text_on_the_corpus_detects_language() -> None:
    out = invoke(["values", str(SV)]).stdout
    assert "lang=sv" in out.splitlines()[0]
    assert "'2 februari 2026'" in out and "2026-02-02" in out
    assert "'andra/tredje kvartalet 2025'" in out and "2025-Q2/2025-Q3" in out


def test_values_missing_file_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["values", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
