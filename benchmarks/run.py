"""Run every benchmark (benchmarks/bench_*.py) and print the results as Markdown.

`make bench` runs this; the README's "Performance" section quotes its output. Speed and memory
targets live here, not in timed unit tests. Each benchmark runs in its own interpreter, so that
its timings and its peak memory are its own.
"""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    print(f"# aicont benchmarks ({platform.python_implementation()} {platform.python_version()}, {platform.machine()})\n")
    failed = 0
    for path in sorted(HERE.glob("bench_*.py")):
        print(f"## {path.stem}\n", flush=True)
        proc = subprocess.run([sys.executable, str(path)], cwd=HERE.parent, text=True, capture_output=True)
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            failed += 1
            sys.stdout.write(f"\n**{path.stem} failed (exit {proc.returncode})**\n\n```\n{proc.stderr[-2000:]}\n```\n")
        print(flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
