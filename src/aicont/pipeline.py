"""The pipeline: ingest → normalise → segment → extract → align → check → report. Never prints."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from aicont.model import Document, Limits, Report

if TYPE_CHECKING:  # pragma: no cover
    from aicont.config import Config


def _read(path: Path | str, lang: str | None, limits: Limits = Limits()):  # noqa: ANN202 - (RawDocument, language code)
    """Read an input once, with its language: `lang` when declared, else the one its file is named
    by (`sv.txt`, `sv-SE.txt`) or, failing that, declares (HTML `lang`); a clear conflict with the
    text becomes a notice. Else detected from lines sampled across it."""
    from aicont.ingest import load
    from aicont.lang.detect import detect_document_language, language_from_name, name_conflict

    raw = load(Path(path), limits, lang or language_from_name(path))  # the language decides a legacy code page
    if lang is not None:
        return raw, lang
    named = language_from_name(path) or raw.lang  # the file's name, else what the file declares
    if named is None:
        return raw, detect_document_language(raw)
    other = name_conflict(raw, named)
    if other is not None:
        from dataclasses import replace

        notice = f"{path}: named {named!r} but its text reads as {other!r}; compared as {named!r}"
        raw = replace(raw, notices=(*raw.notices, notice))
    return raw, named


def load_document(
    path: Path | str,
    *,
    side: str | None = None,
    lang: str | None = None,
    ocr_repair: bool = True,
    limits: Limits = Limits(),
) -> Document:
    """Read one language version and turn it into a Document of sections and blocks.

    `side` is the block-id prefix; for a single document it defaults to the language code
    (ids such as "da:3.2:p4"), or "doc" when the language is unknown.
    """
    from aicont.segment import build_document

    raw, lang = _read(path, lang, limits)
    return build_document(raw, side=side or lang or "doc", lang=lang, ocr_repair=ocr_repair)


def load_pair(
    left_path: Path | str,
    right_path: Path | str,
    *,
    left_lang: str | None = None,
    right_lang: str | None = None,
    ocr_repair: bool = True,
    limits: Limits = Limits(),
) -> tuple[Document, Document]:
    """Read two language versions, each once; block ids carry the language codes when they tell
    the sides apart ("da:fn54" / "sv:fn54"), else "left"/"right"."""
    from aicont.segment import build_document

    left_raw, left_lang = _read(left_path, left_lang, limits)
    right_raw, right_lang = _read(right_path, right_lang, limits)
    from aicont.errors import InputError
    from aicont.ingest import BILINGUAL

    for path, raw in ((left_path, left_raw), (right_path, right_raw)):
        if raw.source in BILINGUAL:
            raise InputError(f"{path}: a bilingual {raw.source.upper()} file holds both versions; compare them with `aicont diff {path}` alone")
    left_side, right_side = _sides(left_lang, right_lang)
    return (
        build_document(left_raw, side=left_side, lang=left_lang, ocr_repair=ocr_repair),
        build_document(right_raw, side=right_side, lang=right_lang, ocr_repair=ocr_repair),
    )


def load_bilingual_pair(
    path: Path | str,
    *,
    left_lang: str | None = None,
    right_lang: str | None = None,
    ocr_repair: bool = True,
    limits: Limits = Limits(),
):  # noqa: ANN201 - (Document, Document, Alignment)
    """Both language versions of an XLIFF or TMX file, and the alignment the file gives: one bead
    per segment (score 1), one-sided where a segment has text on one side only."""
    from aicont.ingest import load_bilingual
    from aicont.lang.detect import detect_document_language
    from aicont.model import Alignment, Bead
    from aicont.paragraphs import build_from_paragraphs

    both = load_bilingual(Path(path), left_lang=left_lang, right_lang=right_lang, limits=limits)
    left_lang = left_lang or both.left.lang or detect_document_language(both.left)
    right_lang = right_lang or both.right.lang or detect_document_language(both.right)
    left_side, right_side = _sides(left_lang, right_lang)
    left = build_from_paragraphs(both.left, side=left_side, lang=left_lang, ocr_repair=ocr_repair, one_block_each=True)
    right = build_from_paragraphs(both.right, side=right_side, lang=right_lang, ocr_repair=ocr_repair, one_block_each=True)
    beads = tuple(
        Bead(left=() if i is None else (i,), right=() if j is None else (j,), cost=0.0, score=1.0)
        for i, j in both.pairs
    )
    return left, right, Alignment(beads=beads, params=(("given", "segments"),))


# --------------------------------------------------------------------------- the pair (checks and report)
# run() and its helpers belong to the checks/report part (issue 5).


def _sides(left_lang: str | None, right_lang: str | None) -> tuple[str, str]:
    """Block-id prefixes: the language codes when they tell the sides apart, else left/right."""
    if left_lang and right_lang and left_lang != right_lang:
        return left_lang, right_lang
    return "left", "right"


def _pack(code: str | None):  # noqa: ANN202 - a LanguagePack
    try:
        from aicont.lang import get_pack
    except ImportError:  # the language packs are not there yet
        return None
    return get_pack(code) if code else None


def _extract(doc: Document) -> dict:
    from aicont.extract import extract_document

    return dict(extract_document(doc))


def _align(left: Document, right: Document, left_values: dict, right_values: dict, config: Config):  # noqa: ANN202
    from dataclasses import replace

    from aicont.align import AlignParams, align_documents

    params = replace(AlignParams(), max_bead=config.align_max_bead)
    if config.align_band:
        params = replace(params, band=config.align_band)
    return align_documents(left, right, left_values, right_values, params)


def compare_documents(
    left: Document, right: Document, config: Config, *, alignment=None, values: tuple[dict, dict] | None = None  # noqa: ANN001
) -> Report:
    """Extract (unless given), align (unless given), check and filter: the Report of a loaded pair."""
    from aicont.checks.context import DocumentContext
    from aicont.checks.registry import resolve
    from aicont.checks.run import CRASH_CODE, run_checks
    from aicont.model import InputInfo

    left_values, right_values = values if values is not None else (_extract(left), _extract(right))
    if alignment is None:
        alignment = _align(left, right, left_values, right_values, config)
    from aicont.align import alignment_quality
    from aicont.align.verdict import evidence

    quality = alignment_quality(alignment, left, right)
    # the align stage's verdict on the pair (align/verdict.py): the one truth the checks use too
    verdict = alignment.verdict
    unrelated = verdict.relation == "unrelated"
    confident, one_sided = evidence(alignment.beads, left, right)
    ctx = DocumentContext(
        left=left,
        right=right,
        left_values=left_values,
        right_values=right_values,
        alignment=alignment,
        left_pack=_pack(left.lang),
        right_pack=_pack(right.lang),
        quality=verdict.confident_share,
        one_sided=verdict.one_sided_share,
    )
    specs = resolve(config.select, config.ignore)
    if unrelated:
        # not translations of each other: only the notices (AC0xx) say anything useful
        specs = tuple(s for s in specs if s.code.startswith("AC0"))
    findings, incomplete = run_checks(
        ctx,
        specs,
        severity={code: sev for code, sev in config.severity},
        options={code: dict(opts) for code, opts in config.checks},
    )
    shown = tuple(
        f
        for f in findings
        if f.code == CRASH_CODE
        or (f.severity.rank >= config.min_severity.rank and f.confidence.rank >= config.min_confidence.rank)
    )
    beads = alignment.beads
    stats: tuple[tuple[str, int | float | str], ...] = (
        ("checks", ",".join(s.code for s in specs)),
        ("left_blocks", len(left.blocks)),
        ("right_blocks", len(right.blocks)),
        ("beads", len(beads)),
        ("beads_one_sided", sum(1 for b in beads if not b.left or not b.right)),
        ("alignment_quality", round(quality, 3)),
        ("confident_share", round(confident, 3)),
        ("one_sided_share", round(one_sided, 3)),
        ("hidden_by_filters", len(findings) - len(shown)),
    )
    return Report(
        signature=config.signature(left_lang=left.lang, right_lang=right.lang),
        inputs=(
            InputInfo("left", left.path, left.lang, left.sha256, left.unit, _title(left)),
            InputInfo("right", right.path, right.lang, right.sha256, right.unit, _title(right)),
        ),
        findings=shown,
        incomplete=incomplete,
        stats=stats,
        notices=left.notices + right.notices,
        section_titles=tuple((s.number, " ".join(s.title.split())) for s in left.sections if s.number and s.title),
    )


def _title(doc: Document) -> str:
    """The document's title: its title block as it reads, else the introduction's title."""
    from aicont.model import BlockKind

    block = next((b for b in doc.blocks if b.kind == BlockKind.TITLE), None)
    if block is not None:
        return " ".join(block.text.split())
    return next((s.title for s in doc.sections if not s.number), "")


def run(left_path: Path | str, right_path: Path | str | None, config: Config | None = None, progress=None) -> Report:  # noqa: ANN001
    """The discrepancy report of two language versions of one document (or of the two sides of
    one bilingual XLIFF/TMX file, when `right_path` is None). Never prints.

    `progress`, when given, is called with a short message before each stage.
    """
    from aicont.config import DEFAULT

    config = config or DEFAULT
    if right_path is not None and Path(left_path).resolve() == Path(right_path).resolve():
        from aicont.errors import InputError

        raise InputError(f"{left_path}: the same file on both sides; give two language versions")
    say = progress or (lambda message: None)
    say("reading")
    if right_path is None:
        left, right, given = load_bilingual_pair(
            left_path, left_lang=config.left_lang, right_lang=config.right_lang, ocr_repair=config.ocr_repair,
            limits=config.limits,
        )
        say("comparing")
        return compare_documents(left, right, config, alignment=given)
    left, right = load_pair(
        left_path,
        right_path,
        left_lang=config.left_lang,
        right_lang=config.right_lang,
        ocr_repair=config.ocr_repair,
        limits=config.limits,
    )
    say("comparing")
    return compare_documents(left, right, config)


def pair_key(left_path: Path | str, right_path: Path | str) -> tuple[str, str] | None:
    """(document, pair) of two files of a corpus (`doc/en.txt`, `doc/sv.txt` → ("doc", "en/sv")), the
    key of their baseline entries; None when they are not two named versions of one folder."""
    from aicont.lang.detect import tag_of_name

    left, right = Path(left_path), Path(right_path)
    tags = tag_of_name(left), tag_of_name(right)
    if None in tags or left.parent.resolve() != right.parent.resolve():
        return None
    return left.resolve().parent.name, f"{tags[0]}/{tags[1]}"


def apply_baseline(report: Report, baseline, key: tuple[str, str] | None = None) -> Report:  # noqa: ANN001 - Baseline
    """Split the report's findings into new and accepted (by the entries of `key` = (document,
    pair), and unkeyed ones); record the stale ones."""
    from dataclasses import replace

    from aicont.baseline import split

    new, accepted, stale = split(report.findings, baseline, key)
    return replace(report, findings=new, accepted=report.accepted + accepted, stale=stale)
