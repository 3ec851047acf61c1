"""Benchmark of the aligner: the action-plan pair, and the pair concatenated 5, 10 and 30 times.

Targets (issue 4): the pair aligns in well under a second; 30x (about 6,000 blocks a side) in
under 10 s and under 500 MB peak RSS; time grows about linearly. Each size runs in a fresh
process so that its peak RSS (resource.getrusage) is its own. Prints Markdown.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DA = ROOT / "corpus" / "ai-continent-action-plan" / "da.txt"
SV = ROOT / "corpus" / "ai-continent-action-plan" / "sv.txt"
REFERENCE = ROOT / "alignments" / "ai-continent-action-plan.da-sv.tsv"
UNRELATED = ROOT / "corpus" / "genai-startups-communication" / "da.txt"
SIZES = (1, 5, 10, 30)


def repeat_document(doc, times: int):  # noqa: ANN001, ANN201 - Document
    """The document's blocks `times` over, each copy's blocks with new ids (`<id>~<copy>`)."""
    blocks = tuple(
        dataclasses.replace(b, id=f"{b.id}~{k}") for k in range(times) for b in doc.blocks
    )
    return dataclasses.replace(doc, blocks=blocks)


def repeat_values(values: dict | None, times: int) -> dict | None:
    if values is None:
        return None
    return {f"{bid}~{k}": v for k in range(times) for bid, v in values.items()}


def _load(left_path: Path = DA):  # noqa: ANN202
    from aicont.pipeline import load_document

    left = load_document(left_path, side="da", lang="da")
    right = load_document(SV, side="sv", lang="sv")
    try:
        from aicont.extract import extract_document

        lv, rv = dict(extract_document(left)), dict(extract_document(right))
    except ImportError:
        lv = rv = None
    return left, right, lv, rv


def _run(times: int, queue, left_path: Path = DA) -> None:  # noqa: ANN001
    from aicont.align import align_documents, alignment_quality

    left, right, lv, rv = _load(left_path)
    left, right = repeat_document(left, times), repeat_document(right, times)
    lv, rv = repeat_values(lv, times), repeat_values(rv, times)
    import rapidfuzz.fuzz  # noqa: F401 - imported before the clock starts, as in a CLI run

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    alignment = align_documents(left, right, lv, rv)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    quality = alignment_quality(alignment, left, right)
    strict = _strict(alignment, left, right, times) if left_path == DA else float("nan")
    queue.put((times, len(left.blocks), len(right.blocks), len(alignment.beads), elapsed, before, peak, quality, strict))


def _strict(alignment, left, right, times: int) -> float:  # noqa: ANN001
    """Share of the reviewed reference's beads (repeated per copy) that the aligner reproduces."""
    from aicont.report.alignment import read_alignment_tsv

    def bare(block_id: str) -> str:
        return block_id.split(":", 1)[1]

    ref = read_alignment_tsv(REFERENCE)
    expected = {
        (tuple(f"{bare(x)}~{k}" for x in r.left), tuple(f"{bare(x)}~{k}" for x in r.right))
        for k in range(times)
        for r in ref
    }
    got = {
        (tuple(bare(left.blocks[i].id) for i in b.left), tuple(bare(right.blocks[j].id) for j in b.right))
        for b in alignment.beads
    }
    return len(expected & got) / len(expected)


def _measure(sizes: tuple[int, ...], left_path: Path = DA) -> list[tuple]:
    ctx = multiprocessing.get_context("spawn")
    rows = []
    for times in sizes:
        queue = ctx.Queue()
        proc = ctx.Process(target=_run, args=(times, queue, left_path))
        proc.start()
        rows.append(queue.get())
        proc.join()
    return rows


def _table(rows: list[tuple]) -> None:
    base = rows[0][4] or 1e-9
    print(
        "| copies | left blocks | right blocks | beads | align time (s) | time / 1x | ms per block "
        "| RSS before (MB) | peak RSS (MB) | quality | strict vs reference |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for times, nl, nr, nb, elapsed, before, peak, quality, strict in rows:
        print(
            f"| {times} | {nl} | {nr} | {nb} | {elapsed:.3f} | {elapsed / base:.1f} | {1000 * elapsed / nl:.2f} | "
            f"{before / 1024:.0f} | {peak / 1024:.0f} | {quality:.3f} | {strict:.3f} |"
        )


def main() -> None:
    print("The action plan, Danish OCR vs Swedish, concatenated n times (new block ids per copy):\n")
    rows = _measure(SIZES)
    _table(rows)
    last = rows[-1]
    print()
    print(
        f"Targets: 1x well under 1 s ({rows[0][4]:.2f} s); {last[0]}x under 10 s ({last[4]:.2f} s) "
        f"and under 500 MB ({last[6] / 1024:.0f} MB peak RSS, the process including the loaded documents)."
    )
    print("\nNo translation (worst case: hardly anything pairs), genai-startups-communication/da.txt vs the Swedish "
          "action plan:\n")
    _table(_measure((1, 30), UNRELATED))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
