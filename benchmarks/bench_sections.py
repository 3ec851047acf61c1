"""Structure speed: `load_document` (ingest, language id, normalisation, segmentation) on both
versions of the action plan and on the other corpus documents, excluding interpreter start-up.

Run alone with `.venv/bin/python benchmarks/bench_sections.py`, or through `make bench`. Prints
Markdown. Each figure is the best of several runs after one warm-up run (which pays the imports
and lingua's model load); the warm-up time is shown too. Target: well under a second per file.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 5


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from aicont.ingest import load
    from aicont.pipeline import load_document
    from aicont.segment import build_document

    print("| input | lines | blocks | first run (ms) | load_document best (ms) | build_document only (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    paths = [ROOT / "corpus/ai-continent-action-plan/da.txt", ROOT / "corpus/ai-continent-action-plan/sv.txt"]
    paths += sorted(p for p in (ROOT / "corpus").glob("*/*.txt") if p not in paths)
    for path in paths:
        start = time.perf_counter()
        doc = load_document(path, side="left")
        first = time.perf_counter() - start
        best = float("inf")
        for _ in range(REPEAT):
            start = time.perf_counter()
            load_document(path, side="left")
            best = min(best, time.perf_counter() - start)
        raw = load(path)
        seg = float("inf")
        for _ in range(REPEAT):
            start = time.perf_counter()
            build_document(raw, side="left", lang=doc.lang)
            seg = min(seg, time.perf_counter() - start)
        name = path.relative_to(ROOT / "corpus")
        print(f"| {name} | {len(raw.lines)} | {len(doc.blocks)} | {first * 1000:.0f} | {best * 1000:.0f} | {seg * 1000:.0f} |")


if __name__ == "__main__":
    main()
