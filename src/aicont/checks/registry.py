"""The check registry: CheckSpec, the @check decorator, REGISTRY and selector resolution.

A check is declared once, with its metadata in the decorator and its documentation in the
docstring (summary, "Example:", "Not raised:"). The registry rejects a duplicate code or name, a
code that is not `AC` + three digits, a name that is not kebab-case and a missing docstring.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from aicont.errors import ConfigError
from aicont.model import Kind, Severity

CODE_RE = re.compile(r"^AC\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

# Bead types a check runs on. Value checks compare what a paired block says; structure checks
# look at blocks left unpaired.
VALUE_BEADS = frozenset({"1-1", "1-2", "2-1", "2-2", "1-3", "3-1"})
ONE_SIDED_BEADS = frozenset({"1-0", "0-1"})
ALL_BEADS = VALUE_BEADS | ONE_SIDED_BEADS

FAMILIES = {
    "0": "input and pipeline notices",
    "1": "numbers and amounts",
    "2": "dates",
    "3": "qualifiers",
    "4": "entities and references",
    "5": "structure: omissions and additions",
    "6": "meaning",
}


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A check's metadata, as its @check decorator declares it, and the function that yields its findings."""

    code: str
    name: str
    kind: Kind
    severity: Severity
    func: Callable[..., Iterator[Any]] | None
    # "bead": called once per bead of the types in `beads` with a PairContext;
    # "document": called once per document pair with a DocumentContext.
    scope: str = "bead"
    beads: frozenset[str] = VALUE_BEADS
    default: bool = True  # on by default (off: low-precision checks a user opts into)
    options: tuple[tuple[str, Any], ...] = ()  # default options, overridable per code in config

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.func.__doc__ or "") if self.func else ""

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[2], "other")


REGISTRY: dict[str, CheckSpec] = {}


def register(spec: CheckSpec) -> CheckSpec:
    if not CODE_RE.match(spec.code):
        raise ValueError(f"check code {spec.code!r} does not match AC + three digits")
    if not NAME_RE.match(spec.name):
        raise ValueError(f"check name {spec.name!r} is not kebab-case")
    if spec.code in REGISTRY:
        raise ValueError(f"duplicate check code {spec.code}")
    if any(s.name == spec.name for s in REGISTRY.values()):
        raise ValueError(f"duplicate check name {spec.name}")
    if spec.func is not None and not (spec.func.__doc__ or "").strip():
        raise ValueError(f"check {spec.code} has no docstring")
    if spec.scope not in ("bead", "document", "pipeline"):
        raise ValueError(f"check {spec.code}: unknown scope {spec.scope!r}")
    REGISTRY[spec.code] = spec
    return spec


def check(
    code: str,
    name: str,
    *,
    kind: Kind,
    severity: Severity,
    beads: frozenset[str] = VALUE_BEADS,
    scope: str = "bead",
    default: bool = True,
    options: dict[str, Any] | None = None,
) -> Callable[[Callable[..., Iterator[Any]]], Callable[..., Iterator[Any]]]:
    """Register a check function; the function itself is returned unchanged."""

    def wrap(func: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        register(
            CheckSpec(
                code=code,
                name=name,
                kind=kind,
                severity=severity,
                func=func,
                scope=scope,
                beads=frozenset(beads),
                default=default,
                options=tuple(sorted((options or {}).items())),
            )
        )
        return func

    return wrap


def notice(code: str, name: str, *, kind: Kind, severity: Severity, doc: str) -> CheckSpec:
    """Register a code that the pipeline itself emits (AC0xx), documented by `doc`."""

    def _emitted_by_pipeline() -> Iterator[Any]:  # pragma: no cover - never called
        return iter(())

    _emitted_by_pipeline.__doc__ = doc
    return register(
        CheckSpec(code=code, name=name, kind=kind, severity=severity, func=_emitted_by_pipeline, scope="pipeline")
    )


def _matches(selector: str, spec: CheckSpec) -> bool:
    if selector == "ALL":
        return True
    if selector == "DEFAULT":
        return spec.default
    if selector.upper().startswith("AC"):
        return spec.code.startswith(selector.upper())
    return spec.name == selector


def resolve(select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> tuple[CheckSpec, ...]:
    """The checks chosen by the selectors, sorted by code. An unknown selector is a ConfigError.

    An empty `select` means DEFAULT. A code or name named explicitly selects a check even when it
    is off by default; a prefix selects only the checks of that prefix that are on by default,
    unless the prefix is a complete code (ruff's rule).
    """
    ensure_loaded()
    chosen: dict[str, CheckSpec] = {}
    for selector in select or ("DEFAULT",):
        hits = [s for s in REGISTRY.values() if _matches(selector, s)]
        if not hits and selector not in ("ALL", "DEFAULT"):
            raise ConfigError(f"select: {selector!r} matches no check; run `aicont checks` for the list")
        explicit = selector == "ALL" or CODE_RE.match(selector.upper()) or not selector.upper().startswith("AC")
        for spec in hits:
            if explicit or spec.default:
                chosen[spec.code] = spec
    for selector in ignore:
        hits = [s for s in REGISTRY.values() if _matches(selector, s)]
        if not hits and selector not in ("ALL", "DEFAULT"):
            raise ConfigError(f"ignore: {selector!r} matches no check; run `aicont checks` for the list")
        for spec in hits:
            chosen.pop(spec.code, None)
    return tuple(chosen[c] for c in sorted(chosen))


def ensure_loaded() -> None:
    """Import the family modules (a literal list in checks/__init__.py)."""
    import aicont.checks  # noqa: F401  (importing registers the families)
