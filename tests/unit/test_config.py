"""Config: defaults, TOML files, discovery, precedence, validation with clear messages, signature."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.config import DEFAULT, Config, find_config, load_config
from aicont.errors import ConfigError
from aicont.model import Confidence, Severity


def test_defaults_and_signature() -> None:
    cfg = load_config(discover=False)
    assert cfg == DEFAULT
    sig = cfg.signature(left_lang="da", right_lang="sv")
    assert sig.startswith("aicont:0.1.0|left:da|right:sv|sel:DEFAULT|fail:high|conf:medium|sev:low|align:b3,w0")
    assert "|" in sig and "\n" not in sig


def test_signature_changes_with_every_setting() -> None:
    base = DEFAULT.signature()
    for cfg in (
        Config(select=("AC2",)), Config(ignore=("AC104",)), Config(fail_on=Severity.MEDIUM),
        Config(min_confidence=Confidence.LOW), Config(severity=(("AC104", Severity.LOW),)),
        Config(checks=(("AC504", (("mads", 1),)),)), Config(align_max_bead=2), Config(ocr_repair=False),
        Config(witnesses=("de", "fr")),
    ):
        assert cfg.signature() != base


def test_aicont_toml(tmp_path: Path) -> None:
    (tmp_path / "aicont.toml").write_text(
        'select = ["AC2", "AC101"]\nignore = "AC202"\nfail_on = "medium"\nmin_confidence = "medium"\n'
        '[severity]\nAC101 = "low"\n[checks.AC504]\nmads = 4\n[langs]\nleft = "da"\nright = "SV"\n'
        "[align]\nmax_bead = 2\n[normalize]\nocr_repair = false\n",
        encoding="utf-8",
    )
    cfg = load_config(start=tmp_path)
    assert cfg.select == ("AC2", "AC101") and cfg.ignore == ("AC202",)
    assert cfg.fail_on == Severity.MEDIUM and cfg.min_confidence == Confidence.MEDIUM
    assert cfg.severity_for("AC101", Severity.HIGH) == Severity.LOW
    assert cfg.severity_for("AC201", Severity.HIGH) == Severity.HIGH
    assert cfg.check_options("AC504") == {"mads": 4}
    assert (cfg.left_lang, cfg.right_lang) == ("da", "sv")
    assert cfg.align_max_bead == 2 and cfg.ocr_repair is False
    assert cfg.source.endswith("aicont.toml")


def test_pyproject_discovery_walks_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.aicont]\nfail_on = "low"\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    assert load_config(start=deep).fail_on == Severity.LOW


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) is None or find_config(tmp_path) != tmp_path / "pyproject.toml"


def test_cli_overrides_win_and_none_does_not_override(tmp_path: Path) -> None:
    path = tmp_path / "aicont.toml"
    path.write_text('fail_on = "low"\nmin_severity = "medium"\n', encoding="utf-8")
    cfg = load_config(path, overrides={"fail_on": "high", "min_severity": None, "langs": {"left": "da", "right": None}})
    assert cfg.fail_on == Severity.HIGH
    assert cfg.min_severity == Severity.MEDIUM
    assert cfg.left_lang == "da" and cfg.right_lang is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("colour = 1\n", "unknown config key 'colour'"),
        ('fail_on = "critical"\n', "fail_on: 'critical' is not a severity; allowed: high, medium, low"),
        ('min_confidence = "sure"\n', "allowed: high, medium, low"),
        ('select = ["AC9"]\n', "matches no check"),
        ('select = ["no-such-check"]\n', "matches no check"),
        ("[severity]\nAC999 = \"low\"\n", "AC999: no such check"),
        ("[severity]\nfoo = \"low\"\n", "not a check code"),
        ("[align]\nmax_bead = 0\n", "align.max_bead"),
        ("[align]\nwidth = 3\n", "align.width"),
        ('[langs]\nleft = "danish"\n', "langs.left"),
        ("[normalize]\nocr_repair = 1\n", "normalize.ocr_repair"),
        ("this is = not toml [", "not valid TOML"),
        ("[checks.AC504]\nwidth = 3\n", "checks.AC504.width: unknown option; allowed: mads, min_factor, min_words"),
        ("[checks.AC504]\nmads = \"big\"\n", "checks.AC504.mads: 'big' is not a number"),
        ("[checks.AC201]\nx = 1\n", "checks.AC201.x: unknown option; allowed: none"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "aicont.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert needle in str(err.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_witnesses_are_language_tags(tmp_path: Path) -> None:
    """`witnesses` (CI mode, AC508): a list of tags, or the CLI's comma-separated string; repeats
    kept once, in order; anything that is not a tag is a clear error."""
    (tmp_path / "aicont.toml").write_text('witnesses = ["DE", "fr", "de"]\n', encoding="utf-8")
    assert load_config(start=tmp_path).witnesses == ("de", "fr")
    assert load_config(discover=False, overrides={"witnesses": "it, es,sv"}).witnesses == ("it", "es", "sv")
    assert "wit:it,es" in load_config(discover=False, overrides={"witnesses": "it,es"}).signature()
    with pytest.raises(ConfigError, match="witnesses"):
        load_config(discover=False, overrides={"witnesses": ["de", 3]})
    with pytest.raises(ConfigError, match="witnesses"):
        load_config(discover=False, overrides={"witnesses": {"de": 1}})
