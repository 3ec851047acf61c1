"""Configuration: a frozen Config with a commented default for every key, read from TOML, validated.

Precedence: the defaults below, then `--config FILE` or else the first `aicont.toml` (keys at top
level) or `pyproject.toml` with a `[tool.aicont]` table found walking up from the working
directory, then command-line flags. Unknown keys and bad values raise ConfigError naming the key
and the allowed values. `Config.signature()` goes into every report, SARIF run and baseline so a
result can be reproduced (the sacrebleu idea).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from aicont.errors import ConfigError
from aicont.model import Confidence, Limits, Severity

_CODE = re.compile(r"^AC\d{3}$")
SEVERITIES = tuple(s.value for s in Severity)
CONFIDENCES = tuple(c.value for c in Confidence)


@dataclass(frozen=True, slots=True)
class Config:
    """The settings of a run: defaults, then the config file, then the command line (see load_config)."""

    # Selectors of checks to run: a code ("AC201"), a prefix ("AC2"), a name ("date-mismatch"),
    # "ALL" (every check, including those off by default) or "DEFAULT" (the checks on by default).
    # Empty means DEFAULT.
    select: tuple[str, ...] = ()
    # Selectors of checks not to run; applied after `select`.
    ignore: tuple[str, ...] = ()
    # A new finding at or above this severity (and at or above min_confidence) makes exit code 1.
    fail_on: Severity = Severity.HIGH
    # Findings below this severity are left out of the report.
    min_severity: Severity = Severity.LOW
    # Findings below this confidence are left out of the report (and never fail a run). Medium by
    # default: low-confidence findings (a weak bead and a suspect value, speculation) are counted
    # in the report's stats but shown only with --min-confidence low.
    min_confidence: Confidence = Confidence.MEDIUM
    # Per-code severity overrides, e.g. (("AC104", Severity.LOW),).
    severity: tuple[tuple[str, Severity], ...] = ()
    # Per-code check options, e.g. (("AC101", (("tolerance", 0),)),).
    checks: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    # Alignment: the largest bead (blocks on one side), the deletion-cost percentile (reserved),
    # the DP band's half-width (0 = the aligner's default).
    align_max_bead: int = 3
    align_deletion_percentile: float = 0.2
    align_band: int = 0
    # Language codes of the two sides; None = detected with lingua.
    left_lang: str | None = None
    right_lang: str | None = None
    # Repair OCR confusables ("Al" → "AI") before comparing.
    ocr_repair: bool = True
    # CI mode: the baseline file (relative to the corpus folder unless absolute).
    baseline: str = "aicont-baseline.json"
    # CI mode: the version every other one of a document is compared with, by its tag ("en",
    # "sv-SE"); "" = the document's entry in `references`, else English, else the first tag in order.
    reference: str = ""
    # CI mode: the reference version per document, e.g. (("ai-continent-action-plan", "da"),).
    references: tuple[tuple[str, str], ...] = ()
    # CI mode: the versions (by tag) each version is also compared with for clauses one side lacks
    # (AC508, when selected): a clause two or more of them have where the version has none is reported
    # in its pair with the reference even when that pair's own evidence missed it (corpus.corroborate).
    witnesses: tuple[str, ...] = ()
    # CI mode: stale baseline entries (matching nothing) fail the run.
    strict_baseline: bool = False
    # Always exit 0 unless the run itself failed.
    exit_zero: bool = False
    # How much work one input may cost (file size, PDF pages, decompressed bytes, objects per page,
    # seconds); see model.Limits. Not part of the signature: a limit never changes a result, only
    # whether there is one.
    limits: Limits = Limits()
    # Where the config was read from ("" = defaults only); not part of the signature.
    source: str = field(default="", compare=False)

    def check_options(self, code: str) -> dict[str, Any]:
        for c, opts in self.checks:
            if c == code:
                return dict(opts)
        return {}

    def severity_for(self, code: str, default: Severity) -> Severity:
        for c, sev in self.severity:
            if c == code:
                return sev
        return default

    def reference_for(self, document: str) -> str:
        """The configured reference tag of `document` (lower case), or ""."""
        return dict(self.references).get(document, self.reference)

    def signature(self, *, left_lang: str | None = None, right_lang: str | None = None) -> str:
        """A one-line summary of every setting that changes results, e.g.
        `aicont:0.1.0|left:da|right:sv|sel:DEFAULT|fail:high|conf:medium|sev:low|align:b3,w0|ocr:yes`."""
        from aicont import __version__

        parts = [
            f"aicont:{__version__}",
            f"left:{left_lang or self.left_lang or 'auto'}",
            f"right:{right_lang or self.right_lang or 'auto'}",
            f"sel:{','.join(self.select) or 'DEFAULT'}",
        ]
        if self.ignore:
            parts.append(f"ign:{','.join(self.ignore)}")
        parts += [
            f"fail:{self.fail_on.value}",
            f"conf:{self.min_confidence.value}",
            f"sev:{self.min_severity.value}",
            f"align:b{self.align_max_bead},w{self.align_band}",
            f"ocr:{'yes' if self.ocr_repair else 'no'}",
        ]
        if self.severity:
            parts.append("sevmap:" + ",".join(f"{c}={s.value}" for c, s in self.severity))
        if self.checks:
            opts = ",".join(f"{c}.{k}={v}" for c, kv in self.checks for k, v in kv)
            parts.append(f"opt:{opts}")
        if self.witnesses:
            parts.append("wit:" + ",".join(self.witnesses))
        return "|".join(parts)


DEFAULT = Config()


# --------------------------------------------------------------------------- parsing


def _severity(key: str, value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    if not isinstance(value, str) or value.lower() not in SEVERITIES:
        raise ConfigError(f"{key}: {value!r} is not a severity; allowed: {', '.join(SEVERITIES)}")
    return Severity(value.lower())


def _confidence(key: str, value: Any) -> Confidence:
    if isinstance(value, Confidence):
        return value
    if not isinstance(value, str) or value.lower() not in CONFIDENCES:
        raise ConfigError(f"{key}: {value!r} is not a confidence; allowed: {', '.join(CONFIDENCES)}")
    return Confidence(value.lower())


def _selectors(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        items = [v for v in re.split(r"[,\s]+", value) if v]
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = [s for v in value for s in re.split(r"[,\s]+", v) if s]
    else:
        raise ConfigError(f"{key}: expected a list of check codes, prefixes or names, got {value!r}")
    out = []
    for item in items:
        if item.upper() in ("ALL", "DEFAULT") or re.fullmatch(r"(?i)AC\d{0,3}", item):
            out.append(item.upper())
        elif re.fullmatch(r"[a-z][a-z0-9-]*", item):
            out.append(item)
        else:
            raise ConfigError(f"{key}: {item!r} is not a check code (AC201), prefix (AC2), name or ALL")
    return tuple(out)


def _lang(key: str, value: Any) -> str | None:
    if value is None:
        return None
    from aicont.lang.detect import language_code

    return language_code(value, key)


def _int(key: str, value: Any, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ConfigError(f"{key}: {value!r} is not an integer from {lo} to {hi}")
    return value


def _float(key: str, value: Any, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
        raise ConfigError(f"{key}: {value!r} is not a number from {lo} to {hi}")
    return float(value)


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{key}: {value!r} is not true or false")
    return value


def _limits(value: Any, base: Limits) -> Limits:
    if not isinstance(value, Mapping):
        raise ConfigError(f"limits: expected a table with {', '.join(_LIMITS)}")
    kw: dict[str, Any] = {}
    for k, v in value.items():
        if k not in _LIMITS:
            raise ConfigError(f"unknown config key limits.{k}; allowed: {', '.join(_LIMITS)}")
        lo, hi, integer = _LIMITS[k]
        kw[k] = _int(f"limits.{k}", v, int(lo), int(hi)) if integer else _float(f"limits.{k}", v, lo, hi)
    return replace(base, **kw)


_TOP_KEYS = (
    "select", "ignore", "fail_on", "min_severity", "min_confidence", "severity", "checks",
    "align", "langs", "normalize", "baseline", "strict_baseline", "exit_zero", "limits", "reference", "references",
    "witnesses",
)
# [limits] keys: (lowest allowed, highest allowed, integer?)
_LIMITS = {
    "max_size_mb": (0.001, 1e6, False),
    "pdf_pages": (1, 10**7, True),
    "pdf_stream_mb": (0.001, 1e6, False),
    "pdf_objects": (1, 10**9, True),
    "pdf_seconds": (0.001, 1e7, False),
}


def _tag(key: str, value: Any) -> str:
    from aicont.lang.detect import language_code

    if not isinstance(value, str):
        raise ConfigError(f"{key}: {value!r} is not a language tag such as 'en' or 'sv-SE'")
    language_code(value, key)
    return value.strip().lower().replace("_", "-")


def from_mapping(data: Mapping[str, Any], *, base: Config = DEFAULT, source: str = "") -> Config:
    """Build a Config from a TOML table (already parsed), on top of `base`."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{source or 'config'}: expected a table of settings")
    kw: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _TOP_KEYS:
            raise ConfigError(f"unknown config key {key!r}; allowed: {', '.join(_TOP_KEYS)}")
        if key in ("select", "ignore"):
            kw[key] = _selectors(key, value)
        elif key in ("fail_on", "min_severity"):
            kw[key] = _severity(key, value)
        elif key == "min_confidence":
            kw[key] = _confidence(key, value)
        elif key == "severity":
            if not isinstance(value, Mapping):
                raise ConfigError("severity: expected a table such as {AC104 = \"low\"}")
            pairs = []
            for code, sev in value.items():
                if not _CODE.match(str(code)):
                    raise ConfigError(f"severity.{code}: not a check code such as AC201")
                pairs.append((str(code), _severity(f"severity.{code}", sev)))
            kw[key] = tuple(sorted(pairs))
        elif key == "checks":
            if not isinstance(value, Mapping):
                raise ConfigError("checks: expected a table of per-check options, e.g. [checks.AC101]")
            items = []
            for code, opts in value.items():
                if not _CODE.match(str(code)):
                    raise ConfigError(f"checks.{code}: not a check code such as AC101")
                if not isinstance(opts, Mapping):
                    raise ConfigError(f"checks.{code}: expected a table of options")
                for k, v in opts.items():
                    if not isinstance(v, (int, float, str, bool)):
                        raise ConfigError(f"checks.{code}.{k}: expected a number, string or boolean")
                items.append((str(code), tuple(sorted(opts.items()))))
            kw[key] = tuple(sorted(items))
        elif key == "align":
            if not isinstance(value, Mapping):
                raise ConfigError("align: expected a table with max_bead, deletion_percentile, band")
            for k, v in value.items():
                if k == "max_bead":
                    kw["align_max_bead"] = _int("align.max_bead", v, 1, 8)
                elif k == "deletion_percentile":
                    kw["align_deletion_percentile"] = _float("align.deletion_percentile", v, 0.0, 1.0)
                elif k == "band":
                    kw["align_band"] = _int("align.band", v, 0, 100000)
                else:
                    raise ConfigError(f"unknown config key align.{k}; allowed: max_bead, deletion_percentile, band")
        elif key == "langs":
            if not isinstance(value, Mapping):
                raise ConfigError("langs: expected a table with left and right")
            for k, v in value.items():
                if k not in ("left", "right"):
                    raise ConfigError(f"unknown config key langs.{k}; allowed: left, right")
                kw[f"{k}_lang"] = _lang(f"langs.{k}", v)
        elif key == "normalize":
            if not isinstance(value, Mapping):
                raise ConfigError("normalize: expected a table with ocr_repair")
            for k, v in value.items():
                if k != "ocr_repair":
                    raise ConfigError(f"unknown config key normalize.{k}; allowed: ocr_repair")
                kw["ocr_repair"] = _bool("normalize.ocr_repair", v)
        elif key == "limits":
            kw[key] = _limits(value, base.limits)
        elif key == "reference":
            kw[key] = _tag(key, value)
        elif key == "references":
            if not isinstance(value, Mapping):
                raise ConfigError('references: expected a table of document = "tag", e.g. {my-act = "da"}')
            kw[key] = tuple(sorted((str(doc), _tag(f"references.{doc}", tag)) for doc, tag in value.items()))
        elif key == "witnesses":
            if isinstance(value, str):
                value = [t for t in value.split(",") if t.strip()]
            if not isinstance(value, (list, tuple)):
                raise ConfigError('witnesses: expected a list of language tags, e.g. ["de", "fr", "it"]')
            kw[key] = tuple(dict.fromkeys(_tag(f"witnesses[{n}]", t) for n, t in enumerate(value)))
        elif key == "baseline":
            if not isinstance(value, str) or not value:
                raise ConfigError("baseline: expected a file name")
            kw[key] = value
        else:
            kw[key] = _bool(key, value)
    return validate(replace(base, source=source or base.source, **kw))


def validate(config: Config) -> Config:
    """Check what single keys cannot: selectors name existing checks. Returns the config."""
    from aicont.checks.registry import REGISTRY, resolve

    resolve(config.select, config.ignore)  # raises ConfigError on an unknown selector
    for code in [c for c, _ in config.severity] + [c for c, _ in config.checks]:
        if code not in REGISTRY:
            raise ConfigError(f"{code}: no such check; run `aicont checks` for the list")
    for code, opts in config.checks:
        allowed = dict(REGISTRY[code].options)
        for key, value in opts:
            if key not in allowed:
                names = ", ".join(sorted(allowed)) or "none"
                raise ConfigError(f"checks.{code}.{key}: unknown option; allowed: {names}")
            if isinstance(allowed[key], (int, float)) and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise ConfigError(f"checks.{code}.{key}: {value!r} is not a number")
    return config


def find_config(start: Path | None = None) -> Path | None:
    """The first aicont.toml, or pyproject.toml with a [tool.aicont] table, walking up from `start`."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "aicont.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                tool = _read_toml(pyproject).get("tool")
            except ConfigError:
                # A pyproject.toml that does not parse is an error when it may hold our settings
                # (a broken file elsewhere in it would otherwise drop them silently).
                if _mentions_aicont(pyproject):
                    raise
                continue
            if isinstance(tool, Mapping) and "aicont" in tool:
                return pyproject
    return None


def _mentions_aicont(path: Path) -> bool:
    try:
        return b"aicont" in path.read_bytes()
    except OSError:
        return True  # unreadable: say so rather than guess


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text") from None


def _pyproject_table(data: dict[str, Any], path: Path) -> Mapping[str, Any]:
    """The [tool.aicont] table of a parsed pyproject.toml ({} when there is none)."""
    tool = data.get("tool", {})
    if not isinstance(tool, Mapping):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool.aicont])")
    table = tool.get("aicont", {})
    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: 'tool.aicont' must be a table ([tool.aicont])")
    return table


def load_config(
    path: Path | str | None = None,
    *,
    start: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    discover: bool = True,
) -> Config:
    """Defaults, then the config file (`path`, or discovered), then `overrides` (CLI flags).

    `overrides` uses the TOML keys (`select`, `min_confidence`, `langs = {left = "da"}`, ...);
    None values are ignored so that an unset flag does not override the file.
    """
    config = DEFAULT
    file: Path | None = Path(path) if path is not None else (find_config(start) if discover else None)
    if file is not None:
        if not file.is_file():
            raise ConfigError(f"{file}: config file not found")
        data = _read_toml(file)
        if file.name == "pyproject.toml":
            data = _pyproject_table(data, file)
        config = from_mapping(data, source=str(file))
    if overrides:
        clean = {k: v for k, v in overrides.items() if v is not None and v != () and v != []}
        if "langs" in clean:
            clean["langs"] = {k: v for k, v in clean["langs"].items() if v is not None}
        config = from_mapping(clean, base=config, source=config.source)
    return config
