"""`aicont align`: formats, --weakest, -o, and errors, on a tiny Danish/Swedish pair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aicont.cli import app

DA = """Handlingsplan for AI-kontinentet

Den Europæiske Union er fast besluttet på at blive en global leder inden for kunstig intelligens. Kommissionen vil investere 200 mia. EUR i InvestAI.

EuroHPC-fællesforetagendet blev lanceret i 2018 og er samfinansieret af EU, medlemsstaterne og private aktører. LUMI er rangeret som nr. 8 globalt.

Denne sætning findes kun på dansk og har ingen modpart i den svenske udgave af teksten, fordi oversætteren udelod den helt.

Kommissionen vil fremme overholdelse af AI-forordningen senest den 2. august 2027 for alle mindre virksomheder i hele Unionen.
"""

SV = """Handlingsplan för AI-kontinenten

Europeiska unionen är fast besluten att bli världsledande inom artificiell intelligens. Kommissionen kommer att investera 200 miljarder euro i InvestAI.

Det gemensamma företaget EuroHPC lanserades 2018 och samfinansierades av EU, medlemsstaterna och privata aktörer. LUMI är rankad som nummer 8 globalt.

Kommissionen kommer att främja efterlevnaden av AI-förordningen senast den 2 augusti 2027 för alla mindre företag i hela unionen.
"""


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "da.txt", tmp_path / "sv.txt"
    left.write_text(DA, encoding="utf-8")
    right.write_text(SV, encoding="utf-8")
    return left, right


def invoke(args: list[str], code: int = 0) -> str:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == code, result.output
    return result.output


def test_json_pairs_the_translations_and_leaves_the_extra_sentence(pair) -> None:  # noqa: ANN001
    left, right = pair
    data = json.loads(invoke(["align", str(left), str(right), "--format", "json", "--left-lang", "da",
                              "--right-lang", "sv"]))
    beads = [(b["left"], b["right"]) for b in data["beads"]]
    assert len(data["blocks"]["left"]) == 5 and len(data["blocks"]["right"]) == 4
    one_sided = [b for b in beads if not b[0] or not b[1]]
    assert len(one_sided) == 1 and one_sided[0][1] == []
    extra = next(blk for blk in data["blocks"]["left"] if blk["id"] == one_sided[0][0][0])
    assert extra["text"].startswith("Denne sætning findes kun på dansk")
    assert extra["lines"] == [[7, 7]]
    assert sum(1 for b in beads if len(b[0]) == 1 and len(b[1]) == 1) == 4
    assert all(0.0 <= b["score"] <= 1.0 for b in data["beads"])


def test_tsv_weakest_first_and_output_file(pair, tmp_path: Path) -> None:  # noqa: ANN001
    left, right = pair
    out = tmp_path / "al.tsv"
    assert invoke(["align", str(left), str(right), "--format", "tsv", "--weakest", "-o", str(out)]) == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[:3] == ["left", "right", "score"]
    scores = [float(line.split("\t")[2]) for line in lines[1:]]
    assert scores == sorted(scores) and len(scores) == 5
    # The Danish-only paragraph (score 0.3) is among the weakest beads, not among the strong ones.
    assert "" in [line.split("\t")[1] for line in lines[1:3]]


def test_text_format(pair) -> None:  # noqa: ANN001
    left, right = pair
    text = invoke(["align", str(left), str(right)])
    assert "1-0" in text and " │ " in text and "(nothing)" in text


def test_missing_file_is_an_input_error(pair, tmp_path: Path) -> None:  # noqa: ANN001
    left, _ = pair
    result = CliRunner().invoke(app, ["align", str(left), str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
