"""Run every benchmark (benchmarks/bench_*.py, each with a main() printing Markdown) and print the results.

`make bench` runs this; the README's "Performance" section quotes its output. Speed and memory
targets live here, not in timed unit tests.
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    print(f"# aicont benchmarks ({platform.python_implementation()} {platform.python_version()}, {platform.machine()})\n")
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(module)
        print(f"## {path.stem}\n")
        module.main()
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
