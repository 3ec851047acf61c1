"""Benchmark: `aicont check` over the shared DGT-TM acts in 23 languages (../shared/dgt), serial and
with --jobs 2: 2 documents × 22 pairs against English (44 pairs).

Each run is the whole command in a fresh interpreter (start-up, language packs, every pair), with
no cache, on a copy of the acts in a temporary folder, without a baseline. A third run repeats the
check with a warm --cache (every pair's result kept): what a CI job pays when one file changed is
about one pair more than that. Prints Markdown; exits 1 when the parallel output is not
byte-identical to the serial one. Skips (exit 0, one line) when ../shared/dgt is absent.

`--witnesses de,fr,it,es,sv` measures instead what witnesses cost (CI mode, AC508): `--select AC508
--min-confidence low --jobs 2` without them and with them (each version also compared with the
witnesses), then the witnessed run again with a warm --cache; exits 1 when the cached output differs.

    .venv/bin/python benchmarks/bench_ci_corpus.py
    .venv/bin/python benchmarks/bench_ci_corpus.py --witnesses de,fr,it,es,sv
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DGT = ROOT.parent / "shared" / "dgt"
DOCUMENTS = ("ecaa-annex", "eu-ch-air-transport")


def _check(corpus: Path, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "aicont", "check", str(corpus), "--no-baseline", "--format", "json", *args],
        capture_output=True, text=True, check=False,
    )
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"aicont check failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return took, proc.stdout


def main() -> int:
    if not (DGT / DOCUMENTS[0] / "en.txt").is_file():
        print(f"skipped: the shared DGT-TM acts are not at {DGT}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        for doc in DOCUMENTS:
            (corpus / doc).mkdir(parents=True)
            for path in sorted((DGT / doc).glob("*.txt")):
                (corpus / doc / path.name).write_bytes(path.read_bytes())
        if "--witnesses" in sys.argv[1:]:
            return _witnesses(corpus, sys.argv[sys.argv.index("--witnesses") + 1], Path(tmp) / "cache")
        serial, out1 = _check(corpus, "--jobs", "1")
        parallel, out2 = _check(corpus, "--jobs", "2")
        cache = str(Path(tmp) / "cache")
        _check(corpus, "--jobs", "2", "--cache", cache)
        cached, out3 = _check(corpus, "--jobs", "2", "--cache", cache)
    print("| `aicont check` on 2 DGT acts × 23 languages (44 pairs) | seconds |")
    print("|---|---|")
    print(f"| serial (`--jobs 1`) | {serial:.1f} |")
    print(f"| `--jobs 2` | {parallel:.1f} |")
    print(f"| `--jobs 2`, every pair in a warm `--cache` | {cached:.1f} |")
    same = out1 == out2 == out3
    print(f"\nparallel and cached output byte-identical to serial: {'yes' if same else 'NO'}")
    return 0 if same else 1


def _witnesses(corpus: Path, tags: str, cache: Path) -> int:
    clauses = ("--select", "AC508", "--min-confidence", "low", "--jobs", "2")
    alone, plain = _check(corpus, *clauses)
    witnessed, out1 = _check(corpus, *clauses, "--witnesses", tags, "--cache", str(cache))
    cached, out2 = _check(corpus, *clauses, "--witnesses", tags, "--cache", str(cache))
    import json

    def count(out: str) -> int:
        return sum(len(r["findings"]) for r in json.loads(out)["reports"])

    n = len(tags.split(","))
    print("| `aicont check --select AC508 --min-confidence low --jobs 2` on 2 DGT acts × 23 languages | seconds | findings |")
    print("|---|---|---|")
    print(f"| without witnesses (44 pairs) | {alone:.1f} | {count(plain)} |")
    print(f"| `--witnesses {tags}` (44 pairs and about {n} witness pairs a version) | {witnessed:.1f} | {count(out1)} |")
    print(f"| the same, every pair in a warm `--cache` | {cached:.1f} | {count(out2)} |")
    print(f"\ncached output byte-identical: {'yes' if out1 == out2 else 'NO'}")
    return 0 if out1 == out2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
