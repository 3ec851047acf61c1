"""Growth of the cost with the input: the bundled pair concatenated 1×, 4× and 16× (and 10×, the
issue's size), per stage and for the whole `aicont report` command. Prints Markdown.

Each size runs in a fresh interpreter, so that its CPU time and its peak RSS are its own:
- per stage (`--stages`): read (ingest, language check), normalise + segment, extract, align,
  checks (and filters), render (JSON), CPU seconds each and the peak RSS after it, as the command
  runs them (cold: the language packs read and their patterns compiled on first use, lingua's models
  loaded only if a text is weighed);
- the whole command: `aicont report da.txt sv.txt --format json -o FILE` as a user runs it, CPU
  (user + system) and peak RSS of the child process.

A second table grows the inputs that were once quadratic (issue 11): one line of N values (value
extraction's `resolve`), a run of N characters without a space (the structure checks' link
pattern), a table of N rows, one line of N sentences citing articles and paragraphs (AC507's
sentence alignment DP; the values of one passage matched), the same with one sentence repeated:
the whole command on a small pair holding it, 1×, 4×, 16×.

The "per 1× unit" column divides a stage's time by the number of copies: a linear stage keeps
it flat from 4× to 16× (1× carries the fixed costs). Targets (issue 11): the whole command on
the pair ≤ 0.5 s CPU including start-up; on the pair concatenated 10× ≤ 5 s and ≤ 300 MB.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "corpus" / "ai-continent-action-plan"
SIZES = (1, 4, 16)
ISSUE_SIZE = 10
STAGES = ("read", "segment", "extract", "align", "checks", "render")
REPEAT = int(os.environ.get("BENCH_REPEAT", 3))  # the whole command: best of REPEAT (the machine's speed varies from minute to minute)
TARGET_1X_CPU = 0.5
TARGET_10X_CPU, TARGET_10X_MB = 5.0, 300


def _stages(left: str, right: str) -> None:
    """In a fresh interpreter: run the report's stages one by one; print JSON rows of
    (stage, CPU seconds, peak RSS in MB after it)."""
    import resource

    def peak_mb() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = []
    clock = time.process_time()

    def done(stage: str) -> None:
        nonlocal clock
        now = time.process_time()
        rows.append((stage, now - clock, peak_mb()))
        clock = now

    from aicont.config import Config
    from aicont.pipeline import _align, _extract, _read, _sides, compare_documents
    from aicont.report.base import get_renderer
    from aicont.segment import build_document

    config = Config()
    done("import")
    (lraw, llang), (rraw, rlang) = _read(left, None), _read(right, None)
    done("read")
    lside, rside = _sides(llang, rlang)
    ldoc = build_document(lraw, side=lside, lang=llang)
    rdoc = build_document(rraw, side=rside, lang=rlang)
    done("segment")
    values = _extract(ldoc), _extract(rdoc)
    done("extract")
    alignment = _align(ldoc, rdoc, *values, config)
    done("align")
    report = compare_documents(ldoc, rdoc, config, alignment=alignment, values=values)
    done("checks")
    get_renderer("json").render(report)
    done("render")
    print(json.dumps(rows))


def _concatenated(tmp: Path, copies: int) -> tuple[Path, Path]:
    folder = tmp / f"x{copies}"
    folder.mkdir()
    for lang in ("da", "sv"):
        text = (PAIR / f"{lang}.txt").read_text(encoding="utf-8")
        (folder / f"{lang}.txt").write_text("\n".join([text] * copies), encoding="utf-8")
    return folder / "da.txt", folder / "sv.txt"


# (what, the text of one unit): the hostile part is the unit repeated, inside an ordinary pair
HOSTILE = (
    ("one line of values (2,000 a unit)", lambda n: " ".join(f"{k % 97},{k % 10} % EUR {k} mio. 1.{k % 12 + 1}.2025" for k in range(2000 * n)) + "\n"),
    ("a run without spaces (20,000 characters a unit)", lambda n: "ab1.cd/" * (20000 * n // 7) + "\n"),
    ("a table (2,000 rows a unit)", lambda n: "".join(f"Række {k} | {k * 3} | {k % 100},5 % | 2025\n" for k in range(2000 * n))),
    # one passage of hundreds of sentences: AC507's sentence alignment (the DP) and the value matching
    ("one line of sentences citing articles and paragraphs (500 a unit)", lambda n: " ".join(
        f"I henhold til artikel {k + 1}, stk. {k % 5 + 1}, og stk. {k % 7 + 2} i artikel {k + 2}." for k in range(500 * n)) + "\n"),
    ("one line of one such sentence repeated (500 a unit)", lambda n: " ".join(
        ["I henhold til artikel 12, stk. 3, og stk. 4 i artikel 7."] * (500 * n)) + "\n"),
)


def _hostile_pair(tmp: Path, k: int, copies: int) -> tuple[Path, Path]:
    folder = tmp / f"h{k}x{copies}"
    folder.mkdir()
    part = HOSTILE[k][1](copies)
    for lang in ("da", "sv"):
        head = (PAIR / f"{lang}.txt").read_text(encoding="utf-8")[:3000]
        (folder / f"{lang}.txt").write_text(head + "\n\n" + part, encoding="utf-8")
    return folder / "da.txt", folder / "sv.txt"


def _stage_rows(left: Path, right: Path) -> list[tuple[str, float, float]]:
    out = subprocess.run(
        [sys.executable, __file__, "--stages", str(left), str(right)], capture_output=True, text=True, check=True
    ).stdout
    return [tuple(row) for row in json.loads(out)]


def _command(left: Path, right: Path, out: Path, repeat: int = REPEAT) -> tuple[float, float]:
    """Best CPU (user + system, s) and its peak RSS (MB) of the whole command in a child process."""
    best = (float("inf"), 0.0)
    for _ in range(repeat):
        proc = subprocess.Popen(
            [sys.executable, "-m", "aicont", "report", str(left), str(right), "--format", "json", "-o", str(out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"aicont report failed on {left} (exit {os.waitstatus_to_exitcode(status)})")
        best = min(best, (usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))
    return best


def main() -> int:
    stage_table: dict[int, list[tuple[str, float, float]]] = {}
    whole: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for copies in sorted({*SIZES, ISSUE_SIZE}):
            left, right = _concatenated(Path(tmp), copies)
            if copies in SIZES:
                stage_table[copies] = _stage_rows(left, right)
            whole[copies] = _command(left, right, Path(tmp) / f"r{copies}.json")
        hostile = {
            (k, copies): _command(*_hostile_pair(Path(tmp), k, copies), Path(tmp) / "h.json", repeat=1)
            for k in range(len(HOSTILE)) for copies in SIZES
        }
    print("| stage (CPU s, peak RSS MB after it) | " + " | ".join(f"{c}×" for c in SIZES)
          + " | per 1× unit: " + " / ".join(f"{c}×" for c in SIZES) + " |")
    print("|---|" + "---:|" * (len(SIZES) + 1))
    for k, stage in enumerate(("import", *STAGES)):
        cells = [f"{stage_table[c][k][1]:.3f} s, {stage_table[c][k][2]:.0f} MB" for c in SIZES]
        units = " / ".join(f"{stage_table[c][k][1] / c * 1000:.0f} ms" for c in SIZES)
        print(f"| {stage} | " + " | ".join(cells) + f" | {units} |")
    totals = [sum(row[1] for row in stage_table[c]) for c in SIZES]
    print("| **all stages** | " + " | ".join(f"**{t:.2f} s**" for t in totals) + " | "
          + " / ".join(f"{t / c * 1000:.0f} ms" for t, c in zip(totals, SIZES)) + " |")
    print()
    print(f"| `aicont report da.txt sv.txt --format json -o FILE` (best of {REPEAT}) | CPU (user + system) | peak RSS |")
    print("|---|---:|---:|")
    for copies in sorted(whole):
        cpu, mb = whole[copies]
        print(f"| the pair {copies}× | {cpu:.2f} s | {mb:.0f} MB |")
    print()
    print("| once quadratic: the whole command, one run (CPU s, peak RSS MB) | " + " | ".join(f"{c}×" for c in SIZES)
          + " | per 1× unit (without the 1× run's): " + " / ".join(f"{c}×" for c in SIZES[1:]) + " |")
    print("|---|" + "---:|" * (len(SIZES) + 1))
    for k, (what, _) in enumerate(HOSTILE):
        cells = [f"{hostile[k, c][0]:.2f} s, {hostile[k, c][1]:.0f} MB" for c in SIZES]
        base = hostile[k, SIZES[0]][0]
        units = " / ".join(f"{(hostile[k, c][0] - base) / (c - SIZES[0]) * 1000:.0f} ms" for c in SIZES[1:])
        print(f"| {what} | " + " | ".join(cells) + f" | {units} |")
    missed = []
    if whole[1][0] > TARGET_1X_CPU:
        missed.append(f"the pair: {whole[1][0]:.2f} s CPU > {TARGET_1X_CPU} s")
    cpu, mb = whole[ISSUE_SIZE]
    if cpu > TARGET_10X_CPU or mb > TARGET_10X_MB:
        missed.append(f"the pair {ISSUE_SIZE}×: {cpu:.2f} s, {mb:.0f} MB > {TARGET_10X_CPU} s, {TARGET_10X_MB} MB")
    print()
    print("targets met" if not missed else "targets MISSED: " + "; ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--stages"]:
        _stages(*sys.argv[2:4])
    else:
        raise SystemExit(main())
