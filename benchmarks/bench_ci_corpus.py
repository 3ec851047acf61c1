"""Benchmark: `aicont check` over the shared DGT-TM acts in 23 languages (../shared/dgt), serial and
with --jobs 2: 2 documents × 22 pairs against English (44 pairs).

Each run is the whole command in a fresh interpreter (start-up, language packs, every pair), with
no cache, on a copy of the acts in a temporary folder, without a baseline. A third run repeats the
check with a warm --cache (every pair's result kept): what a CI job pays when one file changed is
about one pair more than that. Prints Markdown; exits 1 when the parallel output is not
byte-identical to the serial one. Skips (exit 0, one line) when ../shared/dgt is absent.
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


if __name__ == "__main__":
    raise SystemExit(main())
