"""Ingest speed: loading each bundled corpus .txt file, and a generated 30-page PDF (read + layout roles).

Run alone with `.venv/bin/python benchmarks/bench_ingest.py`, or through `make bench`. Prints Markdown.
Each figure is the best of several runs (the first run also pays pdfminer's import).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 5


def _best(fn, repeat: int = REPEAT) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "src"))
    from aicont.ingest import load
    from aicont.normalize.layout import line_roles

    print("| input | size | pages | lines | load (ms) | line_roles (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    for path in sorted((ROOT / "corpus").glob("*/*.txt")):
        raw = load(path)
        t = _best(lambda: load(path))
        name = path.relative_to(ROOT / "corpus")
        print(f"| {name} | {path.stat().st_size / 1024:.0f} KiB | {len(raw.pages)} | {len(raw.lines)} | {t * 1000:.1f} | - |")
    try:
        from tests.pdf.make import document_pdf
    except ImportError:  # fpdf2 is a dev dependency; `make bench` installs only the runtime ones
        print("\nThe PDF row needs fpdf2 (`pip install -e '.[dev]'`); skipped.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for pages in (30,):
            path = Path(tmp) / f"generated-{pages}.pdf"
            start = time.perf_counter()
            path.write_bytes(document_pdf(pages, body_lines_per_page=40))
            made = time.perf_counter() - start
            start = time.perf_counter()
            raw = load(path)
            first = time.perf_counter() - start
            t = _best(lambda: load(path), repeat=3)
            r = _best(lambda: line_roles(raw))
            roles = line_roles(raw)
            counts = {role: sum(1 for v in roles.values() if v == role) for role in sorted(set(roles.values()))}
            print(
                f"| generated {pages}-page PDF | {path.stat().st_size / 1024:.0f} KiB | {len(raw.pages)} | "
                f"{len(raw.lines)} | {t * 1000:.0f} (first run {first * 1000:.0f}) | {r * 1000:.1f} |"
            )
    print()
    print(f"Generating the PDF with fpdf2 took {made * 1000:.0f} ms. Roles found: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".")
    per_page = t / len(raw.pages) * 1000
    print(f"PDF reading costs about {per_page:.0f} ms per page (pdfminer layout analysis dominates).")


if __name__ == "__main__":
    main()
