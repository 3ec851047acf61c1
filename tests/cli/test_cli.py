"""The diff / report / check / baseline / checks / explain commands through aicont.cli.main:
exit codes, streams, formats, files, the baseline cycle. Mostly on the mini pair (fast); the real
pair once for `make run`'s command."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from aicont.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
MINI_L = ROOT / "tests" / "golden" / "mini.left.txt"
MINI_R = ROOT / "tests" / "golden" / "mini.right.txt"


def invoke(capsys: pytest.CaptureFixture[str], args: list[str], code: int) -> tuple[str, str]:
    """Run the CLI; assert the exit code with the output in the message."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    assert exit_info.value.code == code, f"exit {exit_info.value.code}, expected {code}\nstdout:\n{out}\nstderr:\n{err}"
    return out, err


def test_checks_lists_every_code(capsys) -> None:
    out, _ = invoke(capsys, ["checks"], 0)
    assert "AC201  date-mismatch" in out and "AC501" in out
    rows = json.loads(invoke(capsys, ["checks", "--format", "json"], 0)[0])
    assert {r["code"] for r in rows} >= {"AC001", "AC101", "AC201", "AC301", "AC401", "AC501", "AC601"}
    assert all(set(r) == {"code", "name", "kind", "severity", "default", "summary"} for r in rows)


def test_explain(capsys) -> None:
    out, _ = invoke(capsys, ["explain", "AC201"], 0)
    assert out.startswith("AC201 date-mismatch  [date, high severity, on by default]")
    assert "Example" in out and "Not raised" in out
    assert "AC201" in invoke(capsys, ["explain", "date-mismatch"], 0)[0]
    _, err = invoke(capsys, ["explain", "AC999"], 2)
    assert err.strip() == "aicont: error: AC999: no such check; run `aicont checks` for the list"


def test_diff_terminal_exit_1_and_plain_when_not_a_tty(capsys) -> None:
    out, err = invoke(capsys, ["diff", str(MINI_L), str(MINI_R)], 1)
    assert "\x1b[" not in out  # captured output is not a TTY: no colour codes
    assert "Section 1" in out and "Footnote 1" in out
    assert 'date differs: "2.2.2025" (2025-02-02) vs "2 februari 2026" (2026-02-02)' in out
    assert out.rstrip().endswith("3 findings (2 high, 1 medium, 0 low)")
    assert "3 findings" in err  # the summary line on stderr


def test_diff_filters_and_exit_policy(capsys) -> None:
    base = ["diff", str(MINI_L), str(MINI_R), "--format", "json"]
    data = json.loads(invoke(capsys, base + ["--select", "AC3"], 0)[0])  # a medium finding does not fail
    assert [f["code"] for f in data["findings"]] == ["AC302"]
    invoke(capsys, base + ["--select", "AC3", "--fail-on", "medium"], 1)
    data = json.loads(invoke(capsys, base + ["--ignore", "AC1,AC2"], 0)[0])
    assert [f["code"] for f in data["findings"]] == ["AC302"]
    data = json.loads(invoke(capsys, base + ["--min-severity", "high"], 1)[0])
    assert sorted(f["code"] for f in data["findings"]) == ["AC101", "AC201"]
    invoke(capsys, base + ["--exit-zero"], 0)
    _, err = invoke(capsys, base + ["--select", "AC9"], 2)
    assert "matches no check" in err and err.count("\n") == 1


def test_report_formats_and_output_file(capsys, tmp_path: Path) -> None:
    for fmt in ("markdown", "html", "json", "sarif"):
        target = tmp_path / f"r.{fmt}"
        out, _ = invoke(capsys, ["report", str(MINI_L), str(MINI_R), "--format", fmt, "-o", str(target)], 1)
        assert out == ""
        text = target.read_text(encoding="utf-8")
        assert "2 februari 2026" in text
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["incomplete"] is False
    assert [i["side"] for i in data["inputs"]] == ["left", "right"]
    sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_is_deterministic(capsys) -> None:
    args = ["report", str(MINI_L), str(MINI_R), "--format", "json"]
    assert invoke(capsys, args, 1)[0] == invoke(capsys, args, 1)[0]


def test_input_and_config_errors_exit_2(capsys, tmp_path: Path) -> None:
    _, err = invoke(capsys, ["diff", str(tmp_path / "nope.txt"), str(MINI_R)], 2)
    assert err.startswith("aicont: error:") and err.count("\n") == 1
    bad = tmp_path / "aicont.toml"
    bad.write_text('fail_on = "critical"\n', encoding="utf-8")
    _, err = invoke(capsys, ["diff", str(MINI_L), str(MINI_R), "--config", str(bad)], 2)
    assert "fail_on: 'critical' is not a severity" in err
    invoke(capsys, ["report", str(MINI_L), str(MINI_R), "--format", "pdf"], 2)  # typer's usage error
    _, err = invoke(capsys, ["report", str(MINI_L), str(MINI_R), "-o", str(tmp_path / "no" / "r.md")], 2)
    assert "does not exist" in err


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "mini").mkdir(parents=True)
    shutil.copy(MINI_L, corpus / "mini" / "da.txt")
    shutil.copy(MINI_R, corpus / "mini" / "sv.txt")
    (corpus / "single").mkdir()
    shutil.copy(MINI_L, corpus / "single" / "da.txt")  # one version only: not compared
    return corpus


def test_check_and_baseline_cycle(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _, err = invoke(capsys, ["check", str(corpus)], 2)  # no baseline yet: never a silent pass
    assert "baseline not found" in err
    out, _ = invoke(capsys, ["check", str(corpus), "--no-baseline"], 1)
    assert out.startswith("mini da/sv: 3 findings")
    assert f"skipped {corpus / 'single'}: 1 language version; nothing to compare" in out
    _, err = invoke(capsys, ["baseline", str(corpus)], 0)
    path = corpus / "aicont-baseline.json"
    assert "3 entries" in err
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["entries"]) == 3 and all(e["reason"] == "" for e in data["entries"])
    out, _ = invoke(capsys, ["check", str(corpus)], 0)  # everything accepted
    assert "0 findings" in out and "3 accepted by the baseline" in out
    # a person writes a reason; refreshing keeps it
    data["entries"][0]["reason"] = "checked with the translation unit: known erratum"
    stale = dict(data["entries"][0], fingerprint="f" * 64, reason="old")
    data["entries"].append(stale)
    path.write_text(json.dumps(data), encoding="utf-8")
    out, _ = invoke(capsys, ["check", str(corpus)], 0)
    assert "stale baseline entry: AC" in out and "mini da/sv" in out and "(fingerprint " + "f" * 12 + ")" in out
    invoke(capsys, ["check", str(corpus), "--strict-baseline"], 1)
    invoke(capsys, ["baseline", str(corpus)], 0)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["entries"]) == 3
    assert "checked with the translation unit: known erratum" in {e["reason"] for e in data["entries"]}
    path.write_text("{broken", encoding="utf-8")
    _, err = invoke(capsys, ["check", str(corpus)], 2)
    assert "not valid JSON" in err


def test_check_json_format(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out, _ = invoke(capsys, ["check", str(corpus), "--no-baseline", "--format", "json"], 1)
    data = json.loads(out)
    assert data["schema_version"] == 1 and len(data["reports"]) == 1
    assert data["reports"][0]["summary"]["findings"] == 3


def test_real_pair_report(capsys, da_path: Path, sv_path: Path) -> None:
    """What `make run` shows: the footnote 54 date divergence, high severity, right side likely wrong."""
    out, _ = invoke(capsys, ["report", str(da_path), str(sv_path), "--format", "json"], 1)
    data = json.loads(out)
    fn54 = [f for f in data["findings"] if f["section"] == "fn54" and f["code"] == "AC201"]
    assert len(fn54) == 1
    f = fn54[0]
    assert f["severity"] == "high" and f["likely_wrong"] == "right"
    assert f["left"]["value"] == "2025-02-02" and f["right"]["value"] == "2026-02-02"
    assert f["left"]["lines"] == [[1110, 1110]] and f["right"]["lines"] == [[1951, 1951]]


def test_terminal_colour_only_when_asked(monkeypatch) -> None:
    from aicont.cli import ColorChoice, _color
    from aicont.config import Config
    from aicont.pipeline import run
    from aicont.report.terminal import render_terminal

    report = run(MINI_L, MINI_R, Config())
    assert "\x1b[" in render_terminal(report, color=True)
    assert "\x1b[" not in render_terminal(report, color=False)
    auto = ColorChoice.auto
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert _color(auto, None) is False
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert _color(auto, None) is False  # NO_COLOR wins, as in rich
    monkeypatch.delenv("NO_COLOR")
    assert _color(auto, None) is True  # FORCE_COLOR, even into a pipe
    assert _color(auto, Path("out.txt")) is False  # a file never gets colour codes
    monkeypatch.setenv("FORCE_COLOR", "0")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert _color(auto, None) is False
    assert _color(ColorChoice.always, None) is True and _color(ColorChoice.never, None) is False


def test_per_check_options_from_config(capsys, tmp_path: Path) -> None:
    cfg = tmp_path / "aicont.toml"
    cfg.write_text('select = ["AC504"]\n[checks.AC504]\nmin_factor = 1.01\nmads = 0.1\nmin_words = 1\n', encoding="utf-8")
    out, _ = invoke(capsys, ["diff", str(MINI_L), str(MINI_R), "--config", str(cfg), "--format", "json",
                             "--min-confidence", "low"], 0)
    data = json.loads(out)
    assert "AC504.min_factor=1.01" in data["tool"]["signature"]
    assert data["findings"] and all(f["code"] == "AC504" for f in data["findings"])


def test_three_versions_majority_names_the_odd_one(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "mini").mkdir(parents=True)
    shutil.copy(MINI_L, corpus / "mini" / "da.txt")
    shutil.copy(MINI_R, corpus / "mini" / "sv.txt")
    fixed = MINI_R.read_text(encoding="utf-8").replace("2 februari 2026", "2 februari 2025")
    (corpus / "mini" / "sv-FI.txt").write_text(fixed, encoding="utf-8")  # a third version, right on the date
    out, _ = invoke(capsys, ["check", str(corpus), "--no-baseline", "--format", "json"], 1)
    reports = json.loads(out)["reports"]
    # every version against the reference (da: no English, the first tag), not every pair
    assert [(r["document"], r["pair"]) for r in reports] == [("mini", "da/sv"), ("mini", "da/sv-FI")]
    da_sv = next(f for f in reports[0]["findings"] if f["code"] == "AC201")
    assert da_sv["likely_wrong"] == "right"
    assert da_sv["reason"] == "the majority: 1 of 1 other version agrees with da, none with sv"
    # sv-FI says 200 like sv: the reference's 20 is the odd one out, said once (in the first pair)
    amount = next(f for f in reports[0]["findings"] if f["code"] == "AC101")
    assert amount["likely_wrong"] == "left"
    assert amount["reason"].startswith("the reference da is the odd one out: 2 of 2 other versions agree with sv")
    assert not any(f["code"] in ("AC101", "AC201") for f in reports[1]["findings"])
