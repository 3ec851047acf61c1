"""Benchmark: values in 23 languages on the shared DGT-TM acts (../shared/dgt), against English.

Every language file of a DGT act has the same segment on the same line, so the values English has
on a line are the values every other language must have there. For each language and value family
this prints the share of English's values found on the same line with the same canonical value
(target: >= 95 %), how many values the language has that English has not ("extra"), and the share
of English's qualified values found with the same qualifier. Then the findings of the EN-X reports
and of 30 X-Y reports covering every language, per document, grouped by who owns the noise (values
AC1xx-AC3xx, references AC4xx, passages AC5xx, other), with how many are not reviewed real
differences (tests/corpus/expected/dgt_clean.toml); target: <= 3 per pair, each a real difference.

    .venv/bin/python benchmarks/bench_dgt_values.py                 # everything (about 4 minutes)
    .venv/bin/python benchmarks/bench_dgt_values.py --no-reports    # only the value shares (seconds)
    .venv/bin/python benchmarks/bench_dgt_values.py --langs de fr --show dates   # the lines that miss
    .venv/bin/python benchmarks/bench_dgt_values.py --unlisted      # + the findings not listed as real

Skips (exit 0, one line) when ../shared/dgt is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DGT = ROOT.parent / "shared" / "dgt"
DOCUMENTS = ("ecaa-annex", "eu-ch-air-transport")
LANGS = tuple("bg cs da de el es et fi fr hr hu it lt lv mt nl pl pt ro sk sl sv".split())

FAMILIES: dict[str, frozenset[str]] = {
    "dates": frozenset({"date", "month", "year", "quarter", "half", "period"}),
    "references": frozenset({"reference", "url"}),
    # a rank ("No 1244", "n.º 2") is the same number as a plain count ("Resolution 1244")
    "counts": frozenset({"count", "rank", "duration", "amount", "percent", "points"}),
}
TARGET = 0.95

Key = tuple[str, str]  # family, canonical
LineValues = dict[int, Counter]


def family_of(kind: str) -> str | None:
    return next((name for name, kinds in FAMILIES.items() if kind in kinds), None)


def line_values(path: Path, lang: str) -> tuple[LineValues, dict[int, Counter]]:
    """(line → Counter of (family, canonical)), (line → Counter of (family, canonical, qualifier))."""
    from aicont.extract import extract_document
    from aicont.pipeline import load_document

    doc = load_document(path, side=lang, lang=lang)
    values = extract_document(doc)
    plain: LineValues = {}
    qualified: dict[int, Counter] = {}
    for block in doc.blocks:
        for v in values[block.id]:
            fam = family_of(v.kind)
            if fam is None or v.line is None:
                continue
            plain.setdefault(v.line, Counter())[(fam, v.canonical)] += 1
            qualified.setdefault(v.line, Counter())[(fam, v.canonical, v.qualifier or "")] += 1
    return plain, qualified


def english_differences(document: str) -> dict[int, set[str]]:
    """line → canonical values English has where every other version differs from it: the
    reviewed real differences of tests/corpus/expected/dgt_values.toml that name "en" (English
    "Articles 8 ad 9", a typo, has a count 9 no other version has). Not counted in the shares."""
    import tomllib

    entries = tomllib.loads((ROOT / "tests" / "corpus" / "expected" / "dgt_values.toml").read_text(encoding="utf-8"))
    out: dict[int, set[str]] = {}
    for e in entries["difference"]:
        if e["document"] == document and "en" in e["langs"]:
            out.setdefault(e["line"], set()).add(e["value"])
    return out


def without(values: LineValues, differences: dict[int, set[str]]) -> LineValues:
    """`values` less one of each listed (line, canonical)."""
    out = dict(values)
    for line, canonicals in differences.items():
        if line in out:
            out[line] = out[line] - Counter({k: 1 for k in out[line] if k[1] in canonicals})
    return out


def compare(en: LineValues, other: LineValues) -> dict[str, tuple[int, int, int]]:
    """family → (English values found on the same line, English values, values English has not)."""
    out = {name: [0, 0, 0] for name in FAMILIES}
    for line in set(en) | set(other):
        e, o = en.get(line, Counter()), other.get(line, Counter())
        for key, n in e.items():
            out[key[0]][0] += min(n, o.get(key, 0))
            out[key[0]][1] += n
        for key, n in (o - e).items():
            out[key[0]][2] += n
    return {name: (a, b, c) for name, (a, b, c) in out.items()}


def _same_sense(a: str, b: str) -> bool:
    from aicont.checks.qualifiers import SAME_SENSE

    return a == b or frozenset({a, b}) in SAME_SENSE


def qualifier_share(en: dict[int, Counter], other: dict[int, Counter]) -> tuple[int, int]:
    """(English qualified values found with the same canonical value and a qualifier of the same
    sense, as the checks compare them, English qualified values)."""
    found = total = 0
    for line, e in en.items():
        o = other.get(line, Counter())
        for key, n in e.items():
            if key[2]:
                total += n
                found += min(n, sum(m for k, m in o.items() if k[:2] == key[:2] and k[2] and _same_sense(k[2], key[2])))
    return found, total


def misses(en: LineValues, other: LineValues, family: str) -> list[tuple[int, list, list]]:
    """(line, English-only values, other-only values) of one family, where they differ."""
    out = []
    for line in sorted(set(en) | set(other)):
        e = Counter({k: n for k, n in en.get(line, Counter()).items() if k[0] == family})
        o = Counter({k: n for k, n in other.get(line, Counter()).items() if k[0] == family})
        if e != o:
            out.append((line, sorted((e - o).elements()), sorted((o - e).elements())))
    return out


OWNERS = {"1": "values", "2": "values", "3": "values", "4": "refs", "5": "passages"}


def findings(document: str, left: str, right: str) -> tuple[Counter, list[str]]:
    """(code → findings of the default report of one pair, the findings that are not a reviewed
    real difference of tests/corpus/expected/dgt_clean.toml, described)."""
    from dataclasses import replace

    from aicont.config import DEFAULT
    from aicont.pipeline import run
    from clean_pairs import describe, is_real

    config = replace(DEFAULT, left_lang=left, right_lang=right)
    report = run(DGT / document / f"{left}.txt", DGT / document / f"{right}.txt", config)
    unlisted = [describe(f) for f in report.findings if not is_real(f, document, left, right)]
    return Counter(f.code for f in report.findings), unlisted


def _show_qualifiers(document: str, lang: str, en: dict[int, Counter], other: dict[int, Counter]) -> None:
    text = (DGT / document / f"{lang}.txt").read_text(encoding="utf-8").split("\n")
    for line, e in sorted(en.items()):
        o = other.get(line, Counter())
        lost = [
            k for k, n in e.items()
            if k[2] and sum(m for x, m in o.items() if x[:2] == k[:2] and x[2] and _same_sense(x[2], k[2])) < n
        ]
        if lost:
            got = [k for k in o if k[:2] in {x[:2] for x in lost}]
            print(f"{document}:{line} {lang}\n  en {lost}\n  {lang} {got}  {text[line - 1][:200]}", file=sys.stderr)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}" if b else "–"


def value_table(langs: tuple[str, ...], show: str | None) -> list[str]:
    lines = [
        "| doc | lang | dates % | refs % | counts % | qualifiers % | extra d/r/c |",
        "|---|---|---|---|---|---|---|",
    ]
    below = []
    for document in DOCUMENTS:
        en, en_q = line_values(DGT / document / "en.txt", "en")
        en = without(en, english_differences(document))
        for lang in langs:
            other, other_q = line_values(DGT / document / f"{lang}.txt", lang)
            res = compare(en, other)
            qf, qt = qualifier_share(en_q, other_q)
            cells = [_pct(res[f][0], res[f][1]) for f in FAMILIES]
            for f in FAMILIES:
                if res[f][1] and res[f][0] / res[f][1] < TARGET:
                    below.append(f"{document}/{lang}/{f}")
            extra = "/".join(str(res[f][2]) for f in FAMILIES)
            lines.append(f"| {document} | {lang} | {' | '.join(cells)} | {_pct(qf, qt)} | {extra} |")
            if show == "qualifiers":
                _show_qualifiers(document, lang, en_q, other_q)
            elif show:
                en_text = (DGT / document / "en.txt").read_text(encoding="utf-8").split("\n")
                text = (DGT / document / f"{lang}.txt").read_text(encoding="utf-8").split("\n")
                for line, only_en, only_other in misses(en, other, show):
                    if not only_en:
                        continue  # only the values English has and this language lacks
                    print(f"{document}:{line} {lang}\n  en  {only_en}  {en_text[line - 1][:160]}\n  {lang}  {only_other}  {text[line - 1][:160]}", file=sys.stderr)
    totals = f"\nBelow {TARGET:.0%}: {', '.join(below) if below else 'none'}"
    return lines + [totals]


def report_table(langs: tuple[str, ...], show_unlisted: bool = False) -> list[str]:
    """Findings per document and pair, and how many are not listed as real differences."""
    from clean_pairs import MAX_FINDINGS

    lines = [
        "| doc | pair | findings | not listed as real | values | refs | passages | other | codes |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    # EN-X, then 30 X-Y pairs covering every language: each with the next (a cycle) and the first
    # eight with the one half-way round (as benchmarks/bench_dgt_align.py)
    cycle = [(a, b) for a, b in zip(langs, langs[1:] + langs[:1]) if a != b]
    across = [(langs[k], langs[k + len(langs) // 2]) for k in range(min(8, len(langs) // 2))] if len(langs) > 3 else []
    pairs = [("en", x) for x in langs] + cycle + across
    over = false_pairs = false_total = 0
    most: dict[str, tuple[int, str]] = {}
    for document in DOCUMENTS:
        for left, right in pairs:
            codes, unlisted = findings(document, left, right)
            false_pairs += bool(unlisted)
            false_total += len(unlisted)
            if show_unlisted:
                for text in unlisted:
                    print(f"{document} {left}-{right}: {text}", file=sys.stderr)
            groups: Counter = Counter()
            for code, n in codes.items():
                groups[OWNERS.get(code[2], "other")] += n
            total = sum(codes.values())
            over += total > MAX_FINDINGS
            most[document] = max(most.get(document, (0, "")), (total, f"{left}-{right}"))
            code_text = " ".join(f"{c}×{n}" for c, n in sorted(codes.items()))
            lines.append(
                f"| {document} | {left}-{right} | {total} | {len(unlisted)} | {groups['values']} | {groups['refs']} | "
                f"{groups['passages']} | {groups['other']} | {code_text} |"
            )
    lines.append(f"\nPairs over {MAX_FINDINGS} findings: {over} of {len(pairs) * len(DOCUMENTS)}")
    lines.append(f"Findings not listed as real differences: {false_total}, in {false_pairs} of {len(pairs) * len(DOCUMENTS)} pairs")
    lines += [f"Most findings in {document}: {n} ({pair})" for document, (n, pair) in most.items()]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="*", default=list(LANGS))
    parser.add_argument("--no-reports", action="store_true", help="only the value shares")
    parser.add_argument("--unlisted", action="store_true", help="print the findings not listed as real differences (stderr)")
    parser.add_argument("--show", choices=sorted(FAMILIES) + ["qualifiers"], help="print the lines where English has values of a family that a language lacks (stderr)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))  # clean_pairs: the reviewed real differences
    if not (DGT / "ecaa-annex" / "en.txt").is_file():
        print(f"skipped: the shared DGT-TM acts are not at {DGT}")
        return 0
    langs = tuple(args.langs)
    t0 = time.perf_counter()
    print("\n".join(value_table(langs, args.show)))
    print(f"\n({time.perf_counter() - t0:.1f} s)\n")
    if not args.no_reports:
        t0 = time.perf_counter()
        print("\n".join(report_table(langs, args.unlisted)))
        print(f"\n({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
