"""The discrepancy report of the bundled pair: time per stage, per check family, per renderer, and
the whole `aicont report` command (start-up included). Prints Markdown.

Target (issue 5): the whole report well under a second after start-up, and a warm `run()` (the
row in bold) at most 0.45 s on the 2-core reference machine. Timings on a shared virtual machine
vary by up to 2x from minute to minute: compare rows of one run, not runs of different days.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DA = ROOT / "corpus" / "ai-continent-action-plan" / "da.txt"
SV = ROOT / "corpus" / "ai-continent-action-plan" / "sv.txt"
REPEAT = 3


def _best(fn, repeat: int = REPEAT):  # noqa: ANN001, ANN202
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    from aicont.checks.context import DocumentContext
    from aicont.checks.registry import resolve
    from aicont.checks.run import run_checks
    from aicont.config import Config
    from aicont.ingest import load
    from aicont.lang.detect import detect_document_language
    from aicont.pipeline import _align, _extract, compare_documents, load_document, run
    from aicont.report.base import get_renderer

    config = Config()
    rows: list[tuple[str, float]] = []
    t, _ = _best(lambda: (detect_document_language(load(DA)), detect_document_language(load(SV))))
    rows.append(("detect languages (both)", t))
    t, (left, right) = _best(lambda: (load_document(DA, side="da", lang="da"), load_document(SV, side="sv", lang="sv")))
    rows.append(("read + normalise + segment (both)", t))
    t, (lv, rv) = _best(lambda: (_extract(left), _extract(right)))
    rows.append(("extract values (both)", t))
    t, alignment = _best(lambda: _align(left, right, lv, rv, config))
    rows.append(("align", t))
    specs = resolve()
    # a new context each time: what the checks compute once per pair (DocumentContext.memo) is
    # part of their cost
    t, (findings, _) = _best(lambda: run_checks(DocumentContext(left, right, lv, rv, alignment), specs))
    rows.append((f"checks ({len(specs)} default, {len(findings)} findings)", t))
    t, report = _best(lambda: compare_documents(left, right, config, alignment=alignment))
    rows.append(("compare_documents (extract + checks + filters)", t))
    for fmt in ("json", "sarif", "markdown", "html", "terminal"):
        t, _ = _best(lambda fmt=fmt: get_renderer(fmt).render(report), repeat=5)
        rows.append((f"render {fmt}", t))
    # The number the target is about: the whole report in a warm process (issue: well
    # under a second after start-up; this part's target: 0.45 s).
    t, _ = _best(lambda: run(DA, SV, config), repeat=5)
    rows.append(("**run(): the whole report, warm (read, detect, ..., check; best of 5)**", t))
    print("| step (bundled pair, warm, best of 3) | seconds |")
    print("|---|---:|")
    for name, t in rows:
        print(f"| {name} | {t:.3f} |")
    print()
    print("| check family | seconds |")
    print("|---|---:|")
    families: dict[str, list] = {}
    for spec in specs:
        families.setdefault(spec.code[:3], []).append(spec)
    for fam, group in sorted(families.items()):
        t, _ = _best(lambda group=group: run_checks(DocumentContext(left, right, lv, rv, alignment), group))
        print(f"| {fam}xx ({', '.join(s.code for s in group)}) | {t:.3f} |")
    print()
    def wall(*extra: str) -> float:
        walls = []
        for _ in range(REPEAT):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "aicont", "report", str(DA), str(SV), "--format", "json", *extra],
                capture_output=True, check=False,
            )
            walls.append(time.perf_counter() - t)
        return statistics.median(walls)

    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import aicont.cli"], capture_output=True, check=False)
    startup = time.perf_counter() - t
    print("| whole command | seconds |")
    print("|---|---:|")
    print(f"| `python -c 'import aicont.cli'` (start-up) | {startup:.3f} |")
    print(f"| `aicont report da.txt sv.txt --format json` (median of {REPEAT}) | {wall():.3f} |")
    print(f"| the same with `--left-lang da --right-lang sv` | {wall('--left-lang', 'da', '--right-lang', 'sv'):.3f} |")


if __name__ == "__main__":
    main()
