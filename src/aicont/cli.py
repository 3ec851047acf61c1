"""The command-line interface: options → pipeline → renderer → exit code.

This is the only module that prints or exits. Commands are thin: they call a keyword-only
`_run_*` function that returns the text to print. Heavy libraries (pdfminer, lingua, rapidfuzz)
are imported lazily by the stages that need them, so `aicont --help` starts fast.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from aicont import __version__
from aicont.errors import AicontError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

log = logging.getLogger(__name__)

app = typer.Typer(
    name="aicont",
    help="Compare language versions of the same document and report where the translations diverge.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


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
    logging.basicConfig(level=level, format="aicont: %(message)s", stream=sys.stderr)
    _state["debug"] = debug or bool(os.environ.get("AICONT_DEBUG"))


def _emit(text: str, output: Path | None = None) -> None:
    """Write the result to stdout, or atomically to `output` (never a partial file)."""
    if output is None:
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
        return
    from aicont.fileio import write_atomic

    write_atomic(output, text)


# --------------------------------------------------------------------------- sections


def _run_sections(*, path: Path, lang: str | None, blocks: bool, fmt: str) -> str:
    from aicont.pipeline import load_document

    doc = load_document(path, side="left", lang=lang)
    from aicont.report.structure import render_sections

    return render_sections(doc, blocks=blocks, fmt=fmt)


@app.command()
def sections(
    file: Annotated[Path, typer.Argument(help="A language version: .txt or .pdf.")],
    blocks: Annotated[bool, typer.Option("--blocks", help="List every block with kind, id, line ranges.")] = False,
    fmt: Annotated[TextOrJson, typer.Option("--format", help="Output format.")] = TextOrJson.text,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language code; detected when not given.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to FILE instead of stdout.")] = None,
) -> None:
    """Show the section tree of one language version (with --blocks: every block)."""
    _emit(_run_sections(path=file, lang=lang, blocks=blocks, fmt=fmt.value), output)


# --------------------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: run the app, turning a domain error into one line and exit 2.

    Usage errors are typer's own (exit 2); an unexpected crash is also reported in one line with
    exit 2 unless --debug (or AICONT_DEBUG=1) asks for the traceback.
    """
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or bool(os.environ.get("AICONT_DEBUG"))
    try:
        app(args=args, prog_name="aicont", standalone_mode=True)
    except AicontError as exc:
        if debug:
            raise
        sys.stderr.write(f"aicont: error: {exc}\n")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.stderr.write("aicont: interrupted\n")
        sys.exit(130)
    except (SystemExit, BrokenPipeError):
        raise
    except Exception as exc:
        if debug:
            raise
        sys.stderr.write(f"aicont: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n")
        sys.exit(EXIT_ERROR)
