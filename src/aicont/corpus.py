"""CI mode over a corpus: which versions are compared, in parallel, with the majority and the baseline.

A corpus is `CORPUS/<document>/<tag>.<suffix>`: one folder per document, one file per language
version, named by its BCP-47 tag (`sv.txt`, `sv-SE.pdf`, `DA.txt`). Every version of a document is
compared with its reference version (`reference`/`references` in the config; else English; else
the first tag in order): N versions make N - 1 pairs, not N(N-1)/2.

With three or more versions, the values of all versions stand side by side: for a value finding
between the reference R and a version X, every other version Y is asked what it states at the
place its own alignment with R pairs with R's passage. If most of them state R's value, X is
likely wrong ("21 of 22 other versions agree with en"); if most state X's value, the reference is
the odd one out, and the same finding (which every pair with R then has) is kept once, in the pair
of R with the first of the versions that agree, naming R as likely wrong; the copies in the other
pairs are dropped.

With `witnesses` (AC508 selected), each version X is also compared with those versions W for
clauses only: a clause that two or more of the pairs (W, X) find X lacks at one passage is reported
in the pair of the reference with X, quoted against the reference's passage, even when that pair's
own evidence missed it; a clause the pair itself finds says how many of the witness pairs find it
too (`corroborate`). Each pair misses different clauses (its own lexicon, its own word order) and
their false runs seldom fall on one passage (README "Omissions").

Pairs run in a process pool (`jobs`); results are sorted, so a parallel run is byte-identical to
a serial one. A pair's result can be kept in a cache folder, keyed by the contents of both files,
the settings' signature and aicont's own source, so a re-run recomputes only the pairs whose files
changed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from aicont.errors import InputError
from aicont.model import Confidence, CorpusReport, Document, Finding, Kind, PairReport, Quote, Report, Severity

if TYPE_CHECKING:  # pragma: no cover
    from aicont.baseline import Baseline
    from aicont.config import Config

# The formats a language version of a corpus can have: what ingest reads as one language
# (XLIFF and TMX hold two, and are compared alone with `aicont diff FILE.xlf`).
VERSION_SUFFIXES = (".txt", ".pdf", ".docx", ".odt", ".html", ".htm", ".xhtml")
DEFAULT_REFERENCE = "en"


@dataclass(frozen=True, slots=True)
class Version:
    """One language version: its document, tag as named ("sv-SE"), language ("sv") and path."""

    document: str
    tag: str
    lang: str
    path: Path


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    name: str
    reference: Version
    others: tuple[Version, ...]


@dataclass(frozen=True, slots=True)
class Corpus:
    root: Path
    documents: tuple[CorpusDocument, ...]
    skipped: tuple[tuple[str, str], ...]  # (path, reason)
    # every document folder looked at (also those with one version): their baseline entries count
    names: tuple[str, ...] = ()


# --------------------------------------------------------------------------- discovery


def _is_version(path: Path) -> bool:
    from aicont.lang.detect import tag_of_name

    return path.suffix.lower() in VERSION_SUFFIXES and tag_of_name(path) is not None


def locate(paths: Sequence[Path]) -> tuple[Path, list[Path], list[tuple[str, str]]]:
    """(corpus root, document folders, files skipped) of what the user gave: a corpus root,
    document folders, or files of document folders (the documents a change touched; a file that
    is no language version, such as a README, is skipped). All must be in one corpus."""
    roots: set[Path] = set()
    folders: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_file() and not _is_version(path):
            skipped.append((str(path), "not a language version (e.g. sv.txt, sv-SE.pdf)"))
            continue
        if path.is_file():
            folder = path.parent
        elif any(p.is_file() and _is_version(p) for p in path.iterdir()):
            folder = path
        else:
            roots.add(path)
            folders.extend(sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")))
            continue
        roots.add(folder.parent)
        folders.append(folder)
    if len({r.resolve() for r in roots}) > 1:
        raise InputError("the inputs are in different corpora: " + ", ".join(sorted(map(str, roots))))
    root = min(roots, key=str) if roots else (paths[0].parent.parent if paths else Path("."))
    unique: dict[Path, Path] = {}
    for folder in folders:
        unique.setdefault(folder.resolve(), root / folder.name)
    return root, sorted(unique.values(), key=lambda f: f.name), skipped


def _versions(folder: Path, skipped: list[tuple[str, str]], preferred: Callable[[str], tuple]) -> list[Version]:
    """The language versions of a document folder. Of two files with the same text, the one
    `preferred` orders first is compared (the reference, then a version the baseline knows, then
    the first tag) and the other is skipped: it would only repeat the same findings."""
    from aicont.lang.detect import tag_of_name

    candidates: list[Version] = []
    for path in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
        tag = tag_of_name(path) if path.is_file() else None
        if path.is_dir():
            skipped.append((str(path), "a folder inside a document folder"))
        elif path.suffix.lower() not in VERSION_SUFFIXES:
            skipped.append((str(path), f"not a language version ({', '.join(VERSION_SUFFIXES)})"))
        elif tag is None:
            skipped.append((str(path), "not named by a language tag (e.g. sv.txt, sv-SE.txt)"))
        else:
            candidates.append(Version(folder.name, tag, tag.split("-")[0], path))
    versions: dict[str, Version] = {}
    digests: dict[str, Version] = {}
    for version in sorted(candidates, key=lambda v: preferred(v.tag)):
        digest = hashlib.sha256(version.path.read_bytes()).hexdigest()
        if version.tag.lower() in versions:
            kept = versions[version.tag.lower()]
            skipped.append((str(version.path), f"a second file of version {version.tag} (compared: {kept.path.name})"))
        elif digest in digests:
            skipped.append((str(version.path), f"the same text as {digests[digest].path.name} (compared once)"))
        else:
            versions[version.tag.lower()] = digests[digest] = version
    return sorted(versions.values(), key=lambda v: v.tag.lower())


def _reference(versions: list[Version], wanted: str) -> Version:
    by_tag = {v.tag.lower(): v for v in versions}
    if wanted and wanted not in by_tag:
        raise InputError(
            f"{versions[0].path.parent}: the reference version {wanted!r} is not there "
            f"(versions: {', '.join(v.tag for v in versions)})"
        )
    return by_tag.get(wanted) or by_tag.get(DEFAULT_REFERENCE) or versions[0]


def discover(paths: Sequence[Path], config: Config, known: frozenset[tuple[str, str]] = frozenset()) -> Corpus:
    """The documents to check and the files skipped (with the reason), from what the user gave.

    `known` holds the (document, tag) of versions the baseline has entries for."""
    root, folders, skipped = locate(paths)
    documents = []
    for folder in folders:
        wanted = config.reference_for(folder.name).lower() or DEFAULT_REFERENCE

        def preferred(tag: str, folder: Path = folder, wanted: str = wanted) -> tuple:
            return (tag.lower() != wanted, (folder.name, tag) not in known, tag.lower())

        versions = _versions(folder, skipped, preferred)
        if len(versions) < 2:
            skipped.append((str(folder), f"{len(versions)} language version{'s' if len(versions) != 1 else ''}; nothing to compare"))
            continue
        ref = _reference(versions, config.reference_for(folder.name).lower())
        documents.append(CorpusDocument(folder.name, ref, tuple(v for v in versions if v is not ref)))
    return Corpus(root, tuple(documents), tuple(skipped), tuple(f.name for f in folders))


# --------------------------------------------------------------------------- one pair (in a worker)


@dataclass(frozen=True, slots=True)
class PairResult:
    """A pair's report, the values the version states beside each reference passage (for the
    majority: reference block key → canonical values), and a name/text conflict found."""

    document: str
    left: Version
    right: Version
    report: Report
    aligned: tuple[tuple[str, tuple[str, ...]], ...]
    conflicts: tuple[str, ...]
    # with witnesses: the version's block key -> the passages paired there (the reference's quote,
    # the version's quote, the section), for the clauses only witnesses find (`corroborate`)
    passages: tuple[tuple[str, Quote, Quote, str], ...] = ()


def _block_key(block_id: str) -> str:
    # block ids carry the side ("en:3.2:p4" or "left:3.2:p4"); the rest names the passage
    return block_id.split(":", 1)[-1]


@lru_cache(maxsize=4)
def _load(path: Path, lang: str, side: str, ocr_repair: bool, verify: bool) -> tuple[Document, str | None]:
    """A version as a Document (the reference is reused by every pair a worker runs), and the
    language its text clearly reads as when that is not the one it is named by."""
    from aicont.ingest import load
    from aicont.lang.detect import name_conflict
    from aicont.segment import build_document

    raw = load(path)
    conflict = name_conflict(raw, lang) if verify else None
    return build_document(raw, side=side, lang=lang, ocr_repair=ocr_repair), conflict


def _aligned_values(alignment, left_values: dict, right_values: dict, left: Document, right: Document) -> tuple:  # noqa: ANN001
    out = []
    for bead in alignment.beads:
        if not bead.left or not bead.right:  # no aligned place: the version abstains
            continue
        stated = sorted({v.canonical for j in bead.right for v in right_values.get(right.blocks[j].id, ())})
        for i in bead.left:
            out.append((_block_key(left.blocks[i].id), tuple(stated)))
    return tuple(sorted(out))


def _passages(alignment, left: Document, right: Document) -> tuple:  # noqa: ANN001
    from aicont.checks.context import block_section, blocks_quote

    out = {}
    for bead in alignment.beads:
        if not bead.left or not bead.right:
            continue
        lq = blocks_quote(tuple(left.blocks[i] for i in bead.left))
        rq = blocks_quote(tuple(right.blocks[j] for j in bead.right))
        for j in bead.right:
            out.setdefault(_block_key(right.blocks[j].id), (lq, rq, block_section(left.blocks[bead.left[0]])))
    return tuple(sorted((k, *v) for k, v in out.items()))


def compare_pair(left: Version, right: Version, config: Config, verify_left: bool) -> PairResult:
    """Compare the reference `left` with `right`: the report and what the majority needs."""
    from aicont.pipeline import _align, _extract, _sides, compare_documents

    lside, rside = _sides(left.lang, right.lang)
    ldoc, lconflict = _load(left.path, left.lang, lside, config.ocr_repair, verify_left)
    rdoc, rconflict = _load(right.path, right.lang, rside, config.ocr_repair, True)
    lvals, rvals = _extract(ldoc), _extract(rdoc)
    alignment = _align(ldoc, rdoc, lvals, rvals, config)
    report = compare_documents(ldoc, rdoc, config, alignment=alignment, values=(lvals, rvals))
    conflicts = tuple(
        f"{v.path}: named {v.lang!r} but its text reads as {c!r}"
        for v, c in ((left, lconflict), (right, rconflict)) if c
    )
    passages = _passages(alignment, ldoc, rdoc) if _witnessed(config) else ()
    return PairResult(left.document, left, right, report, _aligned_values(alignment, lvals, rvals, ldoc, rdoc), conflicts, passages)


# --------------------------------------------------------------------------- the cache


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of aicont's own source: a cached result from other code is never reused."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _cache_key(left: Version, right: Version, config: Config, verify_left: bool) -> str:
    h = hashlib.sha256()
    for part in (_code_digest(), config.signature(left_lang=left.lang, right_lang=right.lang), repr(config),
                 str(verify_left), str(left.path), str(right.path)):
        h.update(part.encode("utf-8") + b"\x1f")
    for version in (left, right):
        h.update(hashlib.sha256(version.path.read_bytes()).digest())
    return h.hexdigest()


def _cached_pair(job: tuple[Version, Version, Config, bool, str | None]) -> PairResult:
    left, right, config, verify_left, cache = job
    if cache is None:
        return compare_pair(left, right, config, verify_left)
    path = Path(cache) / f"{_cache_key(left, right, config, verify_left)}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    result = compare_pair(left, right, config, verify_left)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:  # a cache that cannot be written only costs time
        tmp.unlink(missing_ok=True)
    except BaseException:  # SIGINT/SIGTERM while writing: no temporary file is left in the cache
        tmp.unlink(missing_ok=True)
        raise
    return result


# --------------------------------------------------------------------------- all pairs


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_pairs(
    corpus: Corpus,
    config: Config,
    *,
    jobs: int = 1,
    cache: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[PairResult, ...]:
    """Every document's pairs (reference, version), in (document, tag) order, serial or in `jobs`
    processes; the same results either way. A version whose text clearly is another language than
    its name is an InputError naming the file."""
    work = [
        (doc.reference, other, config, n == 0, str(cache) if cache else None)
        for doc in corpus.documents
        for n, other in enumerate(doc.others)
    ]
    main = len(work)
    # the witness pairs: each version X with the witnesses its document has (not the reference,
    # not X itself), for AC508 only; (index of X's pair with the reference, witness pair's job)
    witness_of: list[int] = []
    if _witnessed(config):
        clauses_only = _witness_config(config)
        n = 0
        for doc in corpus.documents:
            by_tag = {v.tag.lower(): v for v in (doc.reference, *doc.others)}
            for other in doc.others:
                for tag in config.witnesses:
                    w = by_tag.get(tag)
                    if w is not None and w is not doc.reference and w is not other:
                        work.append((w, other, clauses_only, False, str(cache) if cache else None))
                        witness_of.append(n)
                n += 1
    done = 0
    results: list[PairResult | None] = [None] * len(work)
    if jobs <= 1 or len(work) <= 1:
        for n, job in enumerate(work):
            results[n] = _cached_pair(job)
            done += 1
            if progress:
                progress(done, len(work))
    else:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
            futures = {pool.submit(_cached_pair, job): n for n, job in enumerate(work)}
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                done += 1
                if progress:
                    progress(done, len(work))
    final = tuple(r for r in results if r is not None)
    conflicts = sorted({c for r in final for c in r.conflicts})
    if conflicts:
        raise InputError("; ".join(conflicts) + " (rename the file, or fix its text)")
    if not witness_of:
        return final
    witnessed: dict[int, list[PairResult]] = {}
    for n, r in zip(witness_of, final[main:]):
        witnessed.setdefault(n, []).append(r)
    # the reference's own pairs with the witnesses: where the reference lacks what a witness has
    with_reference = {(r.document, r.right.tag.lower()): r for r in final[:main]}
    return tuple(
        corroborate(r, witnessed.get(n, []), config,
                    {w.left.tag: with_reference[w.document, w.left.tag.lower()] for w in witnessed.get(n, [])})
        for n, r in enumerate(final[:main])
    )


# --------------------------------------------------------------------------- the witnesses

CLAUSE_CODE = "AC508"
# A clause the pair of the reference with X misses is reported when at least this many witness pairs
# find that X lacks one at the passage. Measured through `aicont check` (bench_omissions.py
# --check-witnesses, README "Omissions"; en the reference, de, fr, it, es, sv the witnesses, 12 clause
# seeds removed from each X of both acts): fi, hu, pl, et 55 % -> 75 % of the seeds, 14 findings more
# on the 8 clean versions (26 runs of the pairs with en); 11 other languages 55 % -> 80 %, 25 more (38).
MIN_WITNESSES = 2


def _witnessed(config: Config) -> bool:
    """Witnesses are asked for: some are named and the clause check is selected."""
    if not config.witnesses:
        return False
    from aicont.checks.registry import resolve

    return any(spec.code == CLAUSE_CODE for spec in resolve(config.select, config.ignore))


def _witness_config(config: Config) -> Config:
    """The settings of a witness pair: the clause check alone, every finding kept (the pair of the
    reference applies the user's filters)."""
    return replace(config, select=(CLAUSE_CODE,), ignore=(), min_confidence=Confidence.LOW, min_severity=Severity.LOW,
                   witnesses=())


def _lacking(result: PairResult) -> dict[str, list[Finding]]:
    """The pair's clause findings whose clause the right side (the version X) lacks, by X's block key."""
    out: dict[str, list[Finding]] = {}
    for f in result.report.findings:
        if f.code == CLAUSE_CODE and f.likely_wrong == "right" and f.right is not None:
            out.setdefault(_block_key(f.right.block), []).append(f)
    return out


def corroborate(result: PairResult, witnesses: list[PairResult], config: Config,
                reference: dict[str, PairResult] | None = None) -> PairResult:
    """The pair (R, X) with what its witness pairs (W, X) say about clauses X lacks: a clause the pair
    finds says how many witness pairs find one at that passage too; a passage where MIN_WITNESSES
    witness pairs or more find one and the pair none gets a finding quoted against R's passage (low
    confidence, as the pairs' own: the runs pairs agree on were no more often real than one pair's).
    A witness whose own pair with R (`reference`: W's tag -> the pair (R, W)) finds R lacking something
    at R's passage (an omission finding of the checks selected: a clause, a sentence) does not count:
    what R lacks too is no omission of X against R (the Spanish and Swedish give a title that English,
    Finnish and Hungarian leave out)."""
    from aicont.baseline import fingerprint
    from aicont.checks.run import first_line

    if not witnesses:
        return result
    x, n = result.right.tag, len(witnesses)
    asked = ", ".join(w.left.tag for w in witnesses)
    passages = {key: (lq, rq, section) for key, lq, rq, section in result.passages}

    def passage(key: str) -> str:  # X's passage as the pair with R pairs it: its first block
        return _block_key(passages[key][1].block) if key in passages else key

    found: dict[str, dict[str, tuple[PairResult, Finding]]] = {}  # X's passage -> witness tag -> its finding
    for w in witnesses:
        for key, fs in sorted(_lacking(w).items()):
            found.setdefault(passage(key), {}).setdefault(w.left.tag, (w, fs[0]))
    own = {passage(key) for key in _lacking(result)}
    findings = []
    for f in result.report.findings:
        if f.code == CLAUSE_CODE and f.likely_wrong == "right" and f.right is not None:
            agree = [tag for tag in (w.left.tag for w in witnesses) if tag in found.get(passage(_block_key(f.right.block)), {})]
            said = (f"the pairs of {x} with {len(agree)} of {n} other versions ({', '.join(agree)}) find one there too"
                    if agree else f"none of the pairs of {x} with {n} other versions ({asked}) finds one there")
            f = replace(f, reason=f"{f.reason}; {said}" if f.reason else said)
        findings.append(f)
    reference_lacks = {  # an omission of any size on R's side (a clause, a sentence, a passage), as far as selected
        tag: {_block_key(f.left.block) for f in r.report.findings if f.kind == Kind.OMISSION and f.likely_wrong == "left" and f.left is not None}
        for tag, r in (reference or {}).items()
    }
    added, hidden = [], 0
    for key in sorted(found):
        if key in own or key not in passages:
            continue
        at = _block_key(passages[key][0].block)
        agree = [found[key][w.left.tag] for w in witnesses
                 if w.left.tag in found[key] and at not in reference_lacks.get(w.left.tag, ())]
        if len(agree) < MIN_WITNESSES:
            continue
        first = agree[0][1]
        if first.severity.rank < config.min_severity.rank or Confidence.LOW.rank < config.min_confidence.rank:
            hidden += 1
            continue
        lq, rq, section = passages[key]
        tags = ", ".join(w.left.tag for w, _ in agree)
        text = first.left.text if first.left is not None else ""
        added.append(Finding(
            code=CLAUSE_CODE, name=first.name, kind=first.kind, severity=first.severity, confidence=Confidence.LOW,
            message=f"clause only the other versions have: {len(agree)} of {n} ({tags}) have words here that the {x} "
                    f"passage lacks ({agree[0][0].left.tag}: '{text[:160]}')",
            section=section, left=lq, right=rq, likely_wrong="right",
            reason=f"the pairs of {x} with {len(agree)} of {n} other versions ({tags}) find a clause {x} lacks here; "
                   f"its pair with {result.left.tag} does not",
            fingerprint=fingerprint(CLAUSE_CODE, lq, rq),
        ))
    for f in added:  # in reading order of the reference: before the first finding further down
        line = first_line(f.left)
        at = next((k for k, g in enumerate(findings) if g.left is not None and first_line(g.left) > line), len(findings))
        findings.insert(at, f)
    stats = tuple((k, v + hidden if k == "hidden_by_filters" and isinstance(v, int) else v) for k, v in result.report.stats)
    return replace(result, report=replace(result.report, findings=tuple(findings), stats=stats))


# --------------------------------------------------------------------------- the majority


def _value_of(quote) -> str | None:  # noqa: ANN001 - Quote | None
    return quote.value if quote is not None and quote.value else None


def _votes(f: Finding, ref_value: str, other_value: str | None, others: list[dict[str, tuple[str, ...]]]) -> tuple[int, int, int]:
    """(agree with the reference, agree with the version, asked) over the other versions."""
    key = _block_key(f.left.block)
    with_ref = with_other = asked = 0
    for aligned in others:
        stated = aligned.get(key)
        if stated is None:
            continue
        asked += 1
        has_ref = ref_value in stated
        has_other = other_value in stated if other_value is not None else not has_ref
        if has_ref and not has_other:
            with_ref += 1
        elif has_other and not has_ref:
            with_other += 1
    return with_ref, with_other, asked


def _tally(agree: int, against: int, total: int, side: str, other: str) -> str:
    """'11 of 21 other versions agree with en, none with sv (10 state neither)'."""
    verb = "agrees" if agree == 1 else "agree"
    text = f"{agree} of {total} other version{'s' if total != 1 else ''} {verb} with {side}, {against or 'none'} with {other}"
    neither = total - agree - against
    return text + (f" ({neither} state{'s' if neither == 1 else ''} neither)" if neither else "")


# A side is the odd one out when the versions that state one of the two values at the aligned
# place side with the other one by more than two to one, and at least this many versions (or all
# of them, in a corpus of three) speak for the other side. Versions that state neither value
# (a value their extraction missed, a passage aligned elsewhere) abstain.
MIN_AGREEING = 2


def majority(results: tuple[PairResult, ...]) -> tuple[PairResult, ...]:
    """With three or more versions of a document, say which side of each value finding the other
    versions agree with; collapse a reference that is the odd one out into one finding."""
    by_doc: dict[str, list[int]] = {}
    for n, r in enumerate(results):
        by_doc.setdefault(r.document, []).append(n)
    out = list(results)
    for indices in by_doc.values():
        if len(indices) < 2:
            continue
        aligned = {n: dict(results[n].aligned) for n in indices}
        collapsed: dict[tuple[str, str, str, str], str] = {}  # (code, ref block, ref value) → the pair keeping it
        for n in indices:
            r = results[n]
            others = [aligned[m] for m in indices if m != n]
            kept = []
            for f in r.report.findings:
                f = _judge(f, r, others, len(indices) - 1, collapsed)
                if f is not None:
                    kept.append(f)
            out[n] = replace(r, report=replace(r.report, findings=tuple(kept)))
    return tuple(out)


def _judge(f: Finding, r: PairResult, others: list, n_others: int, collapsed: dict) -> Finding | None:  # noqa: ANN001
    """The finding with the majority's verdict; None for a copy of a collapsed reference finding."""
    ref_value = _value_of(f.left)
    if ref_value is None:
        return f
    other_value = _value_of(f.right)
    with_ref, with_other, _ = _votes(f, ref_value, other_value, others)
    ref, tag = r.left.tag, r.right.tag
    if with_ref > 2 * with_other and with_ref >= min(MIN_AGREEING, n_others):
        return replace(f, likely_wrong="right", reason="the majority: " + _tally(with_ref, with_other, n_others, ref, tag))
    # the reference odd: the version itself and the others that state its value, against the rest
    if with_other + 1 > 2 * with_ref and with_other + 1 >= MIN_AGREEING:
        key = (f.code, _block_key(f.left.block), ref_value, other_value or "")
        if collapsed.setdefault(key, tag) != tag:
            return None
        said = f" ({other_value})" if other_value else " (no such value)"
        return replace(
            f,
            likely_wrong="left",
            reason=f"the reference {ref} is the odd one out: " + _tally(with_other + 1, with_ref, n_others + 1, tag + said, ref),
        )
    return f


# --------------------------------------------------------------------------- the baseline


def pair_reports(results: tuple[PairResult, ...]) -> tuple[PairReport, ...]:
    return tuple(PairReport(r.document, r.left.tag, r.right.tag, r.report) for r in results)


def apply_baseline(pairs: tuple[PairReport, ...], baseline: Baseline | None, documents: frozenset[str]) -> tuple[tuple[PairReport, ...], tuple]:
    """(pairs with findings split into new and accepted, stale entries of the checked documents).

    Each pair's Report.stale holds the fingerprints of its own stale entries; entries of a pair
    that no longer exists (a version removed) are stale too, and only in the second value."""
    from aicont.baseline import Matcher

    if baseline is None:
        return pairs, ()
    matcher = Matcher(baseline)
    done = []
    for p in pairs:
        new, accepted = matcher.split(p.report.findings, (p.document, p.pair))
        done.append(replace(p, report=replace(p.report, findings=new, accepted=p.report.accepted + accepted)))
    stale = matcher.unused(documents)
    out = []
    for p in done:
        own = tuple(sorted(e.fingerprint for e in stale if (e.document, e.pair) == (p.document, p.pair)))
        out.append(replace(p, report=replace(p.report, stale=own)))
    return tuple(out), stale


def check(
    corpus: Corpus,
    config: Config,
    baseline: Baseline | None,
    *,
    jobs: int = 1,
    cache: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CorpusReport:
    """The CI run: every pair, the majority, the baseline."""
    results = majority(run_pairs(corpus, config, jobs=jobs, cache=cache, progress=progress))
    documents = frozenset(corpus.names)
    pairs, stale = apply_baseline(pair_reports(results), baseline, documents)
    return CorpusReport(
        root=str(corpus.root),
        signature=config.signature(),
        pairs=pairs,
        skipped=corpus.skipped,
        stale=stale,
        documents=tuple(sorted(documents)),
    )
