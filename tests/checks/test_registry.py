"""Meta-tests of the registry: codes, names, documentation, selectors, and a case file per code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from aicont.checks.registry import REGISTRY, CheckSpec, ensure_loaded, register, resolve
from aicont.errors import ConfigError
from aicont.model import Kind, Severity

ensure_loaded()
CASES = Path(__file__).parent / "cases"


def test_codes_and_names_are_well_formed_and_unique() -> None:
    assert len(REGISTRY) >= 15
    names = [s.name for s in REGISTRY.values()]
    assert len(set(names)) == len(names)
    for code, spec in REGISTRY.items():
        assert re.fullmatch(r"AC\d{3}", code) and spec.code == code
        assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", spec.name)
        assert isinstance(spec.kind, Kind) and isinstance(spec.severity, Severity)


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_check_is_documented(code: str) -> None:
    doc = REGISTRY[code].doc
    summary = doc.split("\n", 1)[0]
    assert summary.endswith(".") and len(summary) < 120, summary
    assert "Example" in doc, f"{code} docstring lacks an Example"
    assert "Not raised" in doc, f"{code} docstring lacks 'Not raised'"


def _case_expectations() -> dict[str, set[bool]]:
    seen: dict[str, set[bool]] = {}
    for path in sorted(CASES.glob("AC*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            seen.setdefault(path.stem, set()).add(path.stem in case["expect"])
    return seen


@pytest.mark.parametrize("code", sorted(c for c, s in REGISTRY.items() if s.scope != "pipeline" and c >= "AC100"))
def test_each_check_has_a_failing_and_a_passing_case(code: str) -> None:
    seen = _case_expectations()
    assert seen.get(code) == {True, False}, f"tests/checks/cases/{code}.toml needs a raising and a silent case"


def test_registry_rejects_bad_specs() -> None:
    def f():  # noqa: ANN202
        """Doc.

        Example: x. Not raised: y.
        """
        return iter(())

    with pytest.raises(ValueError, match="AC \\+ three digits"):
        register(CheckSpec("X201", "x-y", Kind.DATE, Severity.LOW, f))
    with pytest.raises(ValueError, match="duplicate check code"):
        register(CheckSpec("AC201", "another-name", Kind.DATE, Severity.LOW, f))
    with pytest.raises(ValueError, match="duplicate check name"):
        register(CheckSpec("AC299", "date-mismatch", Kind.DATE, Severity.LOW, f))
    with pytest.raises(ValueError, match="kebab-case"):
        register(CheckSpec("AC298", "Bad_Name", Kind.DATE, Severity.LOW, f))

    def nodoc():  # noqa: ANN202
        return iter(())

    with pytest.raises(ValueError, match="no docstring"):
        register(CheckSpec("AC297", "no-doc", Kind.DATE, Severity.LOW, nodoc))
    assert "AC297" not in REGISTRY and "AC298" not in REGISTRY


def test_selectors() -> None:
    default = {s.code for s in resolve()}
    every = {s.code for s in resolve(("ALL",))}
    assert default < every
    assert all(REGISTRY[c].default for c in default)
    assert {s.code for s in resolve(("AC2",))} == {c for c in default if c.startswith("AC2")}
    assert {s.code for s in resolve(("date-mismatch",))} == {"AC201"}
    off = next(c for c in sorted(every - default))
    assert {s.code for s in resolve((off,))} == {off}  # a full code selects a check that is off by default
    assert {s.code for s in resolve(("ALL",), ("AC2", "AC105"))} == {c for c in every if not c.startswith("AC2")} - {"AC105"}
    codes = [s.code for s in resolve(("AC5", "AC1"))]
    assert codes == sorted(codes)
    with pytest.raises(ConfigError, match="matches no check"):
        resolve(("AC9",))
    with pytest.raises(ConfigError, match="matches no check"):
        resolve((), ("nonsense",))
