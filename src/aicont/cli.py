"""The command-line interface: options → pipeline → renderer → exit code.

This is the only module that prints or exits. Commands are thin: they call a keyword-only
`_run_*` function that returns the text to print. Heavy libraries (pdfminer, lingua, rapidfuzz)
are imported lazily by the stages that need them, so `aicont --help` starts fast.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from aicont import __version__
from aicont.cli_params import FastGroup, lazy_group
from aicont.errors import AicontError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
_GC_YOUNG = 100_000  # the young generation's collection threshold during a command (see main)

log = logging.getLogger(__name__)

app = typer.Typer(
    name="aicont",
    cls=FastGroup,  # option values coerced without importing pydantic (cli_params)
    help="Compare language versions of the same document and report where the translations diverge.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


def _lang_callback(param: typer.CallbackParam, value: Optional[str]) -> Optional[str]:
    """A declared language code, checked at once (a wrong code is a usage error naming the allowed ones)."""
    if value is None:
        return None
    from aicont.lang.detect import language_code

    return language_code(value, max(param.opts, key=len))


class _OneLineFormatter(logging.Formatter):
    """Log lines on stderr: a notice naming a file with an escape sequence or a newline in its
    name (or its text) stays one harmless line."""

    def format(self, record: logging.LogRecord) -> str:
        return _one_line(super().format(record))


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"aicont {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _global(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Print the version and exit."),
    ] = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Log progress to stderr.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Only errors on stderr.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
) -> None:
    level = logging.DEBUG if verbose else (logging.ERROR if quiet else logging.WARNING)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h.formatter, _OneLineFormatter)]:
        root.removeHandler(old)  # an earlier run in this process (tests) wrote to another stderr
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("aicont: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _state["debug"] = debug or bool(os.environ.get("AICONT_DEBUG"))
    _state["verbose"] = verbose


def _guard(output: Path | None, *inputs: Path | None) -> None:
    """Refuse an output that may not be written (an input, read-only, a folder) before the run."""
    if output is not None:
        from aicont.fileio import check_target

        check_target(output, inputs)


def _emit(text: str | bytes, output: Path | None = None, *inputs: Path | None, safe: bool = False) -> None:
    """Write the result to stdout ("-" too), or safely to `output` (never a partial file, never an
    input; see fileio). Control characters from the documents or file names are shown as symbols
    unless the text is `safe` already (JSON, or rendered from a `shown_report`). A binary result (a
    spreadsheet) goes to a file or a pipe, never to a terminal."""
    from aicont.fileio import STDOUT, write_output

    to_stdout = output is None or str(output) == STDOUT
    if isinstance(text, bytes):
        if to_stdout and sys.stdout.isatty():
            raise AicontError("a spreadsheet is binary: write it to a file with -o FILE.xlsx")
    elif not safe:
        from aicont.report.sanitize import show_controls

        text = show_controls(text)
    write_output(STDOUT if to_stdout else output, text, inputs)


LangHelp = "Language of {} (a code such as sv or sv-SE); else the one its file is named by (sv.txt), else detected."
LeftLangOpt = Annotated[Optional[str], typer.Option("--left-lang", callback=_lang_callback, help=LangHelp.format("LEFT"))]
RightLangOpt = Annotated[
    Optional[str], typer.Option("--right-lang", callback=_lang_callback, help=LangHelp.format("RIGHT"))
]


# --------------------------------------------------------------------------- lines


def _limits(max_size: float | None):  # noqa: ANN202 - Limits
    """The input limits: defaults, the config file's [limits], then --max-size."""
    return _config(config_path=None, max_size=max_size).limits


def _run_lines(*, path: Path, limits) -> str:  # noqa: ANN001
    from aicont.ingest import load
    from aicont.normalize.layout import line_roles

    raw = load(path, limits)
    roles = line_roles(raw)
    mark = "¶" if raw.unit == "paragraph" else ""  # a Word or ODT file: paragraph numbers
    out = []
    for line in raw.lines:
        role = roles.get(line.number, "")
        out.append(f"{line.page:>4}:{mark}{line.number:<6} {role:<12} {line.text}".rstrip())
    return "\n".join(out) + "\n"


@app.command()
def lines(
    file: Annotated[Path, typer.Argument(help="A language version: .txt, .pdf, .docx or .html (of an XLIFF/TMX file: its source side).")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of stdout.")] = None,
    max_size: MaxSizeOpt = None,
) -> None:
    """Print the text as aicont reads it: page, line number (the numbers every report refers to), layout role."""
    _guard(output, file)
    _emit(_run_lines(path=file, limits=_limits(max_size)), output, file)


# --------------------------------------------------------------------------- sections


def _run_sections(*, path: Path, lang: str | None, blocks: bool, fmt: str, limits) -> str:  # noqa: ANN001
    from aicont.pipeline import load_document

    doc = load_document(path, lang=lang, limits=limits)
    from aicont.report.structure import render_sections

    return render_sections(doc, blocks=blocks, fmt=fmt)


@app.command()
def sections(
    file: Annotated[Path, typer.Argument(help="A language version: .txt, .pdf, .docx or .html (of an XLIFF/TMX file: its source side).")],
    blocks: Annotated[bool, typer.Option("--blocks", help="List every block with kind, id, line ranges.")] = False,
    fmt: Annotated[TextOrJson, typer.Option("--format", help="Output format.")] = TextOrJson.text,
    lang: Annotated[Optional[str], typer.Option("--lang", callback=_lang_callback, help="Language code; else from the file name (sv.txt), else detected.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of stdout.")] = None,
    max_size: MaxSizeOpt = None,
) -> None:
    """Show the section tree of one language version (with --blocks: every block)."""
    _guard(output, file)
    text = _run_sections(path=file, lang=lang, blocks=blocks, fmt=fmt.value, limits=_limits(max_size))
    _emit(text, output, file, safe=fmt == TextOrJson.json)


# --------------------------------------------------------------------------- values


def _run_values(*, path: Path, lang: str | None, fmt: str, limits) -> str:  # noqa: ANN001
    from aicont.extract import extract_document
    from aicont.pipeline import load_document
    from aicont.report.values import render_values

    doc = load_document(path, lang=lang, limits=limits)
    return render_values(doc, extract_document(doc), fmt=fmt)


@app.command()
def values(
    file: Annotated[Path, typer.Argument(help="A language version: .txt, .pdf, .docx or .html (of an XLIFF/TMX file: its source side).")],
    fmt: Annotated[TextOrJson, typer.Option("--format", help="Output format.")] = TextOrJson.text,
    lang: Annotated[Optional[str], typer.Option("--lang", callback=_lang_callback, help="Language code; else from the file name (sv.txt), else detected.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of stdout.")] = None,
    max_size: MaxSizeOpt = None,
) -> None:
    """List the values of every block: dates, quarters, amounts, counts, references, with canonical forms."""
    _guard(output, file)
    _emit(_run_values(path=file, lang=lang, fmt=fmt.value, limits=_limits(max_size)), output, file, safe=fmt == TextOrJson.json)


# --------------------------------------------------------------------------- align
# (issue 4: the alignment)


class AlignFormat(str, Enum):
    text = "text"
    tsv = "tsv"
    json = "json"
    tmx = "tmx"
    xlsx = "xlsx"


def _run_align(
    *, left: Path, right: Path | None, left_lang: str | None, right_lang: str | None, fmt: str, weakest: bool,
    limits,  # noqa: ANN001
) -> str | bytes:
    from aicont.align import align_documents, alignment_quality
    from aicont.pipeline import load_pair
    from aicont.report.alignment import render_alignment

    if right is None:  # a bilingual file: its segments are the alignment
        from aicont.pipeline import load_bilingual_pair

        ldoc, rdoc, given = load_bilingual_pair(left, left_lang=left_lang, right_lang=right_lang, limits=limits)
        return render_alignment(given, ldoc, rdoc, fmt=fmt, weakest=weakest)
    # The same block-id prefixes as `aicont diff` and `aicont report`.
    ldoc, rdoc = load_pair(left, right, left_lang=left_lang, right_lang=right_lang, limits=limits)
    try:
        from aicont.extract import extract_document

        lvals, rvals = dict(extract_document(ldoc)), dict(extract_document(rdoc))
    except ImportError:  # the values stage is optional evidence
        lvals, rvals = None, None
    alignment = align_documents(ldoc, rdoc, lvals, rvals)
    quality = alignment_quality(alignment, ldoc, rdoc)
    log.info("alignment quality %.3f over %d beads", quality, len(alignment.beads))
    return render_alignment(alignment, ldoc, rdoc, fmt=fmt, weakest=weakest)


@app.command()
def align(
    left: Annotated[Path, typer.Argument(help="One language version (.txt .pdf .docx .html), or an XLIFF/TMX file alone.")],
    right: Annotated[Optional[Path], typer.Argument(help="The other language version (none for XLIFF/TMX).")] = None,
    fmt: Annotated[AlignFormat, typer.Option("--format", help="text: side by side; tsv: one bead a line; json; tmx: a translation memory (TMX 1.4b); xlsx: a sheet for review.")] = (
        AlignFormat.text
    ),
    weakest: Annotated[bool, typer.Option("--weakest", help="Weakest beads (lowest score) first.")] = False,
    left_lang: LeftLangOpt = None,
    right_lang: RightLangOpt = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of stdout.")] = None,
    max_size: MaxSizeOpt = None,
) -> None:
    """Pair the blocks of two language versions and show the beads with their scores."""
    _guard(output, left, right)
    text = _run_align(
        left=left, right=right, left_lang=left_lang, right_lang=right_lang, fmt=fmt.value, weakest=weakest,
        limits=_limits(max_size),
    )
    _emit(text, output, left, right, safe=fmt == AlignFormat.json)


# --------------------------------------------------------------------------- diff / report / check / baseline / checks / explain
# (issue 5: the checks and the discrepancy report)


def exit_code(report, policy) -> int:  # noqa: ANN001 - Report, Config
    """The exit code of a run: 2 if incomplete; 0 with exit_zero; 1 if a new finding is at or above
    fail_on and min_confidence, or a stale baseline entry exists under strict_baseline; else 0."""
    if report.incomplete:
        return EXIT_ERROR
    if policy.exit_zero:
        return EXIT_OK
    for f in report.findings:
        if f.severity.rank >= policy.fail_on.rank and f.confidence.rank >= policy.min_confidence.rank:
            return EXIT_FINDINGS
    if policy.strict_baseline and report.stale:
        return EXIT_FINDINGS
    return EXIT_OK


def corpus_exit_code(corpus, policy) -> int:  # noqa: ANN001 - CorpusReport, Config
    """The exit code of a corpus run: the worst pair's, and 1 for stale entries under strict_baseline
    (also those of a pair that no longer exists: a version removed)."""
    codes = [exit_code(p.report, policy) for p in corpus.pairs]
    if EXIT_ERROR in codes:
        return EXIT_ERROR
    if not policy.exit_zero and policy.strict_baseline and corpus.stale:
        codes.append(EXIT_FINDINGS)
    return max(codes, default=EXIT_OK)


class Level(str, Enum):
    high = "high"
    medium = "medium"
    low = "low"


class DiffFormat(str, Enum):
    terminal = "terminal"
    json = "json"


class ReportFormat(str, Enum):
    markdown = "markdown"
    html = "html"
    json = "json"
    sarif = "sarif"
    xlsx = "xlsx"
    csv = "csv"


class CheckFormat(str, Enum):
    terminal = "terminal"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"


# The options diff, report, check and baseline share: one definition each, used by every command.
SelectOpt = Annotated[
    Optional[list[str]],
    typer.Option("--select", help="Checks to run: codes (AC201), prefixes (AC2), names, ALL. Repeat or comma-separate."),
]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option("--ignore", help="Checks not to run (codes, prefixes, names).")]
MinSevOpt = Annotated[Optional[Level], typer.Option("--min-severity", help="Leave out findings below this severity.")]
MinConfOpt = Annotated[Optional[Level], typer.Option("--min-confidence", help="Leave out findings below this confidence.")]
FailOnOpt = Annotated[Optional[Level], typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="Config file (aicont.toml or pyproject.toml).")]
ExitZeroOpt = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings exist (errors still exit 2).")]
MaxSizeOpt = Annotated[
    Optional[float],
    typer.Option("--max-size", metavar="MB", help="Refuse an input file larger than this (default 20 MB; limits.max_size_mb)."),
]
OutputOpt = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of stdout.")]
BaselineOpt = Annotated[
    Optional[Path],
    typer.Option("--baseline", help="Baseline file of accepted findings (check/baseline default: <corpus>/aicont-baseline.json)."),
]
StrictBaselineOpt = Annotated[bool, typer.Option("--strict-baseline", help="Stale baseline entries fail the run.")]
CorpusArg = Annotated[
    Optional[list[Path]],
    typer.Argument(help="A corpus folder (<corpus>/<document>/<lang>.txt), document folders, or files of them "
                   "(their documents are checked). Default: corpus."),
]
ReferenceOpt = Annotated[
    Optional[str], typer.Option("--reference", help="Tag of the version every other one is compared with (default: en, else the first).")
]
WitnessesOpt = Annotated[
    Optional[str],
    typer.Option("--witnesses", help="With AC508 selected: tags of versions each version is also compared with for clauses it "
                 "lacks, comma-separated (de,fr,it,es,sv); a clause two of them have is reported (README, Omissions)."),
]
JobsOpt = Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Pairs compared in parallel (default: the cores).")]
CacheOpt = Annotated[
    Optional[Path], typer.Option("--cache", help="Folder keeping each pair's result, so a re-run redoes only the pairs whose files changed.")
]


def _config(
    *,
    config_path: Path | None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    min_severity: Level | None = None,
    min_confidence: Level | None = None,
    fail_on: Level | None = None,
    left_lang: str | None = None,
    right_lang: str | None = None,
    exit_zero: bool = False,
    strict_baseline: bool = False,
    max_size: float | None = None,
    reference: str | None = None,
    witnesses: str | None = None,
):  # noqa: ANN202 - Config
    from aicont.config import load_config

    overrides: dict = {
        "select": select or None,
        "ignore": ignore or None,
        "min_severity": min_severity.value if min_severity else None,
        "min_confidence": min_confidence.value if min_confidence else None,
        "fail_on": fail_on.value if fail_on else None,
        "langs": {"left": left_lang, "right": right_lang},
        "exit_zero": True if exit_zero else None,
        "strict_baseline": True if strict_baseline else None,
        "limits": {"max_size_mb": max_size} if max_size is not None else None,
        "reference": reference,
        "witnesses": witnesses,
    }
    return load_config(config_path, overrides=overrides)


def _progress(message: str) -> None:
    log.info("%s", message)


def _stderr_notices(report) -> None:  # noqa: ANN001
    """The inputs' notices on stderr (not with --quiet): e.g. a file whose name and text disagree."""
    for notice in report.notices:
        log.warning("notice: %s", notice)


def _stderr_summary(report) -> None:  # noqa: ANN001
    """The one-line summary on stderr (not with --quiet), so a pipe gets only the report."""
    from aicont.report.base import summary_line

    if logging.getLogger().getEffectiveLevel() <= logging.WARNING:
        sys.stderr.write(f"aicont: {summary_line(report)}\n")


class ColorChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _color(choice: ColorChoice, output: Path | None) -> bool:
    """Colour for --color always; none for never. auto: none into a file, none when NO_COLOR is
    set (it wins, as in rich), colour when FORCE_COLOR is set (not "0"), else when stdout is a
    terminal."""
    if choice != ColorChoice.auto:
        return choice == ColorChoice.always
    if (output is not None and str(output) != "-") or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") != "0":
        return True
    return sys.stdout.isatty()


def _pair_report(left: Path, right: Path | None, config, baseline: Path | None):  # noqa: ANN001, ANN202
    """The Report of two files (or of one bilingual file), with the baseline applied (the entries of
    this document and pair, when the files are two named versions of one corpus folder)."""
    from aicont.pipeline import apply_baseline, pair_key, run

    report = run(left, right, config, progress=_progress)
    if baseline is None:
        return report
    from aicont import baseline as bl

    return apply_baseline(report, bl.load(baseline), pair_key(left, right) if right is not None else None)


def _run_diff(*, left: Path, right: Path | None, config, fmt: str, color: bool, baseline: Path | None = None):  # noqa: ANN001, ANN202
    report = _pair_report(left, right, config, baseline)
    if fmt == "json":
        from aicont.report.json import RENDERER as json_renderer

        return report, json_renderer.render(report)
    import shutil

    from aicont.report.sanitize import shown_report
    from aicont.report.terminal import render_terminal

    # the terminal's width (COLUMNS when set; 120 into a pipe or a file), so quotes use a wide terminal
    width = shutil.get_terminal_size((120, 40)).columns
    return report, render_terminal(shown_report(report), color=color, width=max(60, width), verbose=bool(_state.get("verbose")))


@app.command()
def diff(
    left: Annotated[Path, typer.Argument(help="One language version (.txt .pdf .docx .html), or an XLIFF/TMX file alone.")],
    right: Annotated[Optional[Path], typer.Argument(help="Another language version of the same document (none for XLIFF/TMX).")] = None,
    fmt: Annotated[DiffFormat, typer.Option("--format", help="terminal (default) or json for scripts.")] = DiffFormat.terminal,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    min_severity: MinSevOpt = None,
    min_confidence: MinConfOpt = None,
    fail_on: FailOnOpt = None,
    config: ConfigOpt = None,
    left_lang: LeftLangOpt = None,
    right_lang: RightLangOpt = None,
    exit_zero: ExitZeroOpt = False,
    baseline: BaselineOpt = None,
    output: OutputOpt = None,
    color: Annotated[ColorChoice, typer.Option("--color", help="Colour: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always or never.")] = ColorChoice.auto,
    max_size: MaxSizeOpt = None,
) -> None:
    """The translator's view: findings grouped by section, both sides, the words that differ marked."""
    cfg = _config(
        config_path=config, select=select, ignore=ignore, min_severity=min_severity, min_confidence=min_confidence,
        fail_on=fail_on, left_lang=left_lang, right_lang=right_lang, exit_zero=exit_zero, max_size=max_size,
    )
    _guard(output, left, right, _source(cfg), baseline)
    report, text = _run_diff(
        left=left, right=right, config=cfg, fmt=fmt.value, color=_color(color, output), baseline=baseline
    )
    _stderr_notices(report)
    _emit(text, output, left, right, _source(cfg), safe=True)
    # The terminal view ends with the summary line already; repeat it on stderr only when the
    # report goes to a file or a pipe (so scripts and CI logs still see it).
    if not (fmt == DiffFormat.terminal and (output is None or str(output) == "-") and sys.stdout.isatty()):
        _stderr_summary(report)
    raise typer.Exit(exit_code(report, cfg))


def _run_report(*, left: Path, right: Path | None, config, fmt: str, baseline: Path | None = None):  # noqa: ANN001, ANN202
    from aicont.report.base import get_renderer

    report = _pair_report(left, right, config, baseline)
    renderer = get_renderer(fmt)
    if renderer.machine:
        return report, renderer.render(report)
    from aicont.report.sanitize import shown_report

    return report, renderer.render(shown_report(report))


@app.command()
def report(
    left: Annotated[Path, typer.Argument(help="One language version (.txt .pdf .docx .html), or an XLIFF/TMX file alone.")],
    right: Annotated[Optional[Path], typer.Argument(help="Another language version of the same document (none for XLIFF/TMX).")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Report format: markdown, html, json, sarif; xlsx or csv for review (one row per finding, status and comment to fill in).")] = ReportFormat.markdown,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    min_severity: MinSevOpt = None,
    min_confidence: MinConfOpt = None,
    fail_on: FailOnOpt = None,
    config: ConfigOpt = None,
    left_lang: LeftLangOpt = None,
    right_lang: RightLangOpt = None,
    exit_zero: ExitZeroOpt = False,
    baseline: BaselineOpt = None,
    output: OutputOpt = None,
    max_size: MaxSizeOpt = None,
) -> None:
    """The discrepancy report for legal review: summary table, then each finding with context and lines."""
    cfg = _config(
        config_path=config, select=select, ignore=ignore, min_severity=min_severity, min_confidence=min_confidence,
        fail_on=fail_on, left_lang=left_lang, right_lang=right_lang, exit_zero=exit_zero, max_size=max_size,
    )
    _guard(output, left, right, _source(cfg), baseline)
    rep, text = _run_report(left=left, right=right, config=cfg, fmt=fmt.value, baseline=baseline)
    _stderr_notices(rep)
    _emit(text, output, left, right, _source(cfg), safe=True)
    _stderr_summary(rep)
    raise typer.Exit(exit_code(rep, cfg))


def _corpus_inputs(paths: list[Path] | None, config, baseline: Path | None) -> list[Path | None]:  # noqa: ANN001
    """Every file `check` and `baseline` read: the language versions, the baseline and the config file."""
    from aicont import corpus as cp

    found = cp.discover(paths or [Path("corpus")], config)
    files = [v.path for d in found.documents for v in (d.reference, *d.others)]
    return [*files, _baseline_path(found.root, config, baseline), _source(config)]


def _source(config) -> Path | None:  # noqa: ANN001
    """The config file a run read, if any (an input like the documents: never written over)."""
    return Path(config.source) if config.source else None


def _baseline_path(root: Path, config, given: Path | None) -> Path:  # noqa: ANN001
    if given is not None:
        return given
    path = Path(config.baseline)
    return path if path.is_absolute() else root / path


class _Bar:
    """A progress bar on stderr for long corpus runs, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.progress = None
        self.task = None

    def __call__(self, done: int, total: int) -> None:
        if self.progress is None:
            if total < 4 or not sys.stderr.isatty() or logging.getLogger().getEffectiveLevel() > logging.WARNING:
                return
            from rich.console import Console
            from rich.progress import Progress

            self.progress = Progress(console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("comparing pairs", total=total)
        self.progress.update(self.task, completed=done)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _corpus_run(paths: list[Path] | None, config, *, baseline: Path | None, use_baseline: bool,  # noqa: ANN001
                jobs: int | None, cache: Path | None, ignore_baseline: bool = False):  # noqa: ANN202 - (CorpusReport, baseline path)
    from aicont import baseline as bl
    from aicont import corpus as cp

    root = cp.locate(paths or [Path("corpus")])[0]
    path = _baseline_path(root, config, baseline)
    # without its use, an existing baseline only says which of two identical versions it knows
    # (`aicont baseline` rewriting it); `check --no-baseline` does not read it at all
    base = bl.load(path) if use_baseline or (path.exists() and not ignore_baseline) else None
    corpus = cp.discover(paths or [Path("corpus")], config, bl.known_versions(base))
    base = base if use_baseline else None
    if base is not None and base.schema_version < bl.SCHEMA_VERSION:
        log.warning("notice: %s: schema_version %d: its entries match any pair; `aicont baseline` rewrites it "
                    "keyed by document and pair, keeping every reason", path, base.schema_version)
    bar = _Bar()
    try:
        result = cp.check(corpus, config, base, jobs=jobs or cp.default_jobs(), cache=cache, progress=bar)
    finally:
        bar.close()
    if not corpus.documents:
        from aicont.errors import InputError

        message = f"{corpus.root}: nothing to compare (no document folder with two or more language versions)"
        if config.strict_baseline:
            raise InputError(message)
        log.warning("%s", message)
    return result, path


def _render_check(corpus, fmt: str, baseline_path: Path) -> str:  # noqa: ANN001
    if fmt == "json":
        from aicont.report.json import corpus_to_dict, dumps

        return dumps(corpus_to_dict(corpus))
    if fmt == "sarif":
        from aicont.report.sarif import corpus_to_sarif
        from aicont.report.json import dumps

        return dumps(corpus_to_sarif(corpus))
    if fmt == "github":
        from aicont.report.github import render_github

        return render_github(corpus, str(baseline_path))
    if fmt == "gitlab":
        from aicont.report.gitlab import render_gitlab

        return render_gitlab(corpus, str(baseline_path))
    from aicont.report.check import render_check

    return render_check(corpus)


@app.command()
def check(
    corpus: CorpusArg = None,
    baseline: BaselineOpt = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Run without a baseline: every finding is new.")] = False,
    strict_baseline: StrictBaselineOpt = False,
    fmt: Annotated[CheckFormat, typer.Option("--format", help="terminal, json, sarif, github (workflow annotations), gitlab (code quality).")] = CheckFormat.terminal,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    min_severity: MinSevOpt = None,
    min_confidence: MinConfOpt = None,
    fail_on: FailOnOpt = None,
    config: ConfigOpt = None,
    reference: ReferenceOpt = None,
    witnesses: WitnessesOpt = None,
    jobs: JobsOpt = None,
    cache: CacheOpt = None,
    exit_zero: ExitZeroOpt = False,
    output: OutputOpt = None,
    max_size: MaxSizeOpt = None,
) -> None:
    """CI mode: every version of every document against its reference version, and the baseline."""
    cfg = _config(
        config_path=config, select=select, ignore=ignore, min_severity=min_severity, min_confidence=min_confidence,
        fail_on=fail_on, exit_zero=exit_zero, strict_baseline=strict_baseline, max_size=max_size,
        reference=reference, witnesses=witnesses,
    )
    inputs = _corpus_inputs(corpus, cfg, baseline)
    _guard(output, *inputs)
    result, path = _corpus_run(corpus, cfg, baseline=baseline, use_baseline=not no_baseline, jobs=jobs, cache=cache,
                               ignore_baseline=no_baseline)
    _emit(_render_check(result, fmt.value, path), output, *inputs, safe=fmt in (CheckFormat.json, CheckFormat.sarif, CheckFormat.gitlab))
    if fmt != CheckFormat.terminal or output is not None:
        from aicont.report.check import summary

        if logging.getLogger().getEffectiveLevel() <= logging.WARNING:
            sys.stderr.write(f"aicont: {_one_line(summary(result))}\n")
    raise typer.Exit(corpus_exit_code(result, cfg))


def _run_baseline(*, paths: list[Path] | None, config, baseline_path: Path | None, jobs: int | None,  # noqa: ANN001
                  cache: Path | None) -> tuple[Path, str, int, int]:
    from aicont import baseline as bl
    from aicont.errors import AicontError

    result, path = _corpus_run(paths, config, baseline=baseline_path, use_baseline=False, jobs=jobs, cache=cache)
    if not result.pairs:
        raise AicontError(f"{result.root}: nothing to compare; not writing a baseline")
    for p in result.pairs:
        if p.report.incomplete:
            raise AicontError(f"{result.root}: {p.document} {p.pair}: a check crashed; not writing a baseline from an incomplete run")
    old = bl.load(path) if path.exists() else None
    checked = frozenset(result.documents)
    findings = tuple(((p.document, p.pair), f) for p in result.pairs for f in p.report.findings)
    # documents not checked this time (a run on some files) keep their entries as they were
    new = bl.refresh(findings, old, result.signature, checked=checked)
    kept = sum(1 for e in new.entries if e.reason)
    return path, bl.dumps(new), len(new.entries), kept


def _run_baseline_from(*, reviewed: Path, path: Path, config) -> tuple[Path, str, str]:  # noqa: ANN001
    """A reviewer's decisions (status "accepted" + comment) merged into the baseline at `path`."""
    from aicont import baseline as bl
    from aicont.report.rows import read_decisions, with_decisions

    decisions = read_decisions(reviewed)
    old = bl.load(path) if path.exists() else None
    new, added, updated = with_decisions(decisions, old, config.signature())
    silent = sum(1 for d in decisions if not d.comment)
    message = (f"{len(decisions)} accepted in {reviewed}: {added} new entr{'ies' if added != 1 else 'y'}, "
               f"{updated} reason{'s' if updated != 1 else ''} updated, {len(new.entries)} in all")
    if silent:
        message += f"; {silent} accepted without a comment (write the reason in the comment column)"
    return path, bl.dumps(new), message


@app.command("baseline")
def baseline_cmd(
    corpus: CorpusArg = None,
    baseline: BaselineOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    min_severity: MinSevOpt = None,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
    reviewed: Annotated[Optional[Path], typer.Option("--from", help="A reviewed report (.xlsx, .csv, or .json with status): its accepted findings become entries, the comment their reason.")] = None,
    max_size: MaxSizeOpt = None,
    reference: ReferenceOpt = None,
    witnesses: WitnessesOpt = None,
    jobs: JobsOpt = None,
    cache: CacheOpt = None,
) -> None:
    """Write or refresh the baseline of accepted findings, keeping the reasons people wrote."""
    from aicont.fileio import check_target, write_output

    cfg = _config(
        config_path=config, select=select, ignore=ignore, min_severity=min_severity, min_confidence=min_confidence,
        max_size=max_size, reference=reference, witnesses=witnesses,
    )
    if reviewed is not None:
        from aicont.corpus import locate

        root = locate(corpus or [Path("corpus")])[0]
        target = _baseline_path(root, cfg, baseline)
        read = [reviewed, _source(cfg)]
        check_target(target, read)
        path, text, message = _run_baseline_from(reviewed=reviewed, path=target, config=cfg)
        write_output(path, text, read)
        sys.stderr.write(f"aicont: {_one_line(f'wrote {path}: {message}')}\n")
        return
    versions = _corpus_inputs(corpus, cfg, baseline)
    target = versions[-2]
    check_target(target, [v for v in versions if v is not target])
    path, text, n, kept = _run_baseline(paths=corpus, config=cfg, baseline_path=baseline, jobs=jobs, cache=cache)
    write_output(path, text, [v for v in versions if v is not target])
    entries = f"{n} entr{'ies' if n != 1 else 'y'}"
    sys.stderr.write(f"aicont: {_one_line(f'wrote {path}: {entries}, {kept} with a reason kept')}\n")


def _run_checks_list(*, fmt: str) -> str:
    from aicont.checks.registry import REGISTRY, ensure_loaded

    ensure_loaded()
    specs = [REGISTRY[c] for c in sorted(REGISTRY)]
    if fmt == "json":
        import json

        rows = [
            {"code": s.code, "name": s.name, "kind": s.kind.value, "severity": s.severity.value,
             "default": s.default, "summary": s.summary}
            for s in specs
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for s in specs:
        on = "on " if s.default else "off"
        lines.append(f"{s.code}  {s.name:<28} {s.kind.value:<9} {s.severity.value:<6} {on}  {s.summary}")
    return "\n".join(lines) + "\n"


@app.command("checks")
def checks_cmd(
    fmt: Annotated[TextOrJson, typer.Option("--format", help="Output format.")] = TextOrJson.text,
) -> None:
    """List the checks: code, name, kind, default severity, on/off by default, summary."""
    _emit(_run_checks_list(fmt=fmt.value))


def _run_explain(*, code: str) -> str:
    from aicont.checks.registry import REGISTRY, ensure_loaded
    from aicont.errors import ConfigError

    ensure_loaded()
    spec = REGISTRY.get(code.upper()) or next((s for s in REGISTRY.values() if s.name == code), None)
    if spec is None:
        raise ConfigError(f"{code}: no such check; run `aicont checks` for the list")
    on = "on by default" if spec.default else "off by default (select it with --select)"
    head = f"{spec.code} {spec.name}  [{spec.kind.value}, {spec.severity.value} severity, {on}]"
    return f"{head}\n\n{spec.doc}\n"


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A check code (AC201) or name (date-mismatch).")]) -> None:
    """Print one check's documentation."""
    _emit(_run_explain(code=code))


# --------------------------------------------------------------------------- entry point


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that every `finally` (a temporary file's removal)
    runs; a BaseException so that no `except Exception` can swallow it."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated()


def _one_line(message: str) -> str:
    from aicont.report.sanitize import escape_controls

    return escape_controls(message)


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    sys.stderr.write(f"aicont: {_one_line(message)}\n")
    sys.stderr.flush()
    sys.exit(code)


def _stopped(word: str, code: int) -> None:
    from aicont.fileio import remove_pending

    remove_pending()
    _fail(word, code)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: run the app; every error is one line on stderr and exit 2.

    Usage errors (typer/click), domain errors (AicontError) and unexpected crashes are each one
    line, control characters escaped (a file name with a newline stays one line); --debug (or
    AICONT_DEBUG=1) shows the traceback instead. SIGINT exits 130, SIGTERM 143, both after the
    temporary files are removed; a reader that closes the pipe early ends the run quietly.
    """
    from typer.exceptions import TyperException

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or bool(os.environ.get("AICONT_DEBUG"))
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (an embedding application): leave its handlers alone
        previous = None
    # What start-up built (modules, typer's app) lives until the command ends: the cyclic collector
    # need not walk it again in every full collection while the pipeline allocates its blocks and
    # values (0.05 s of the bundled report's 0.77 s CPU); unfrozen at the end for a caller that runs
    # main() in its own process.
    gc.freeze()
    # The young generation is collected after 100,000 net new objects instead of 700: a report on the
    # bundled pair then needs no collection (115 of them cost 0.01-0.02 s of its CPU, finding almost
    # no cycles: the stages build frozen records and tuples, freed by reference counting), and a
    # large input is still collected, each time within a few MB of garbage.
    thresholds = gc.get_threshold()
    gc.set_threshold(_GC_YOUNG, *thresholds[1:])
    try:
        code = lazy_group(app)(args=args, prog_name="aicont", standalone_mode=False)
    except TyperException as exc:  # click's usage errors: one line, exit 2 (typer's own code)
        if debug:
            raise
        hint = ""
        ctx = getattr(exc, "ctx", None)
        if ctx is not None and getattr(ctx, "command_path", ""):
            hint = f" (see '{ctx.command_path} --help')"
        _fail(f"error: {exc.format_message()}{hint}", getattr(exc, "exit_code", EXIT_ERROR) or EXIT_ERROR)
    except AicontError as exc:
        if debug:
            raise
        _fail(f"error: {exc}")
    except KeyboardInterrupt:
        _stopped("interrupted", 130)
    except Terminated:
        _stopped("terminated", 143)
    except BrokenPipeError:
        # the reader (`| head`) has what it wanted; Python must not complain when it flushes stdout
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_ERROR)
    except SystemExit:
        raise
    except Exception as exc:
        if debug:
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if code == 130:  # typer turns KeyboardInterrupt into Exit(130) on its own
        _stopped("interrupted", 130)
    sys.exit(code or EXIT_OK)
