"""Generate src/aicont/lang/data/<code>.json: what CLDR (Babel) and num2words say about each EU language.

Run by hand after upgrading Babel or num2words, or after changing a language's `number_cases` or
lang/cldr.py (tests/lang/test_cldr_data.py fails until then):

    .venv/bin/python tools/make_cldr_data.py

The files are the output of `aicont.lang.cldr.computed_facts`, so a run reads them instead of
importing Babel's locale data and num2words (see lang/cldr.py).
"""

from __future__ import annotations

import sys

from aicont.lang import get_data, supported_languages
from aicont.lang.cldr import DATA_DIR, facts_file


def main() -> int:
    DATA_DIR.mkdir(exist_ok=True)
    for code in supported_languages():
        (DATA_DIR / f"{code}.json").write_text(facts_file(code, get_data(code).number_cases), encoding="utf-8")
    print(f"wrote {len(supported_languages())} files to {DATA_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
