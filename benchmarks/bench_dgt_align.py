"""Alignment accuracy on real EU acts in 23 languages (the shared DGT-TM acts, ../shared/dgt).

Each act's language versions hold the same segments in the same order, one per line (segment k
on line 2k+1), so the true alignment is known. For EN-X (all 22 X) and 30 non-English pairs that
cover every language, on both acts: the share of left segments whose bead holds the true right
segment (line accuracy), the share of one-sided beads, and the align stage's verdict (AC003 when
"unrelated"); then one act against the other in two languages, which must all be "unrelated".
Targets (issue 8): median >= 0.99, every pair >= 0.97, no AC003 on a real pair, AC003 on every
mismatched pair. Prints Markdown; exits 1 when a target is missed. Skips (exit 0) without the acts.

    .venv/bin/python benchmarks/bench_dgt_align.py          # EN-X + 30 X-Y pairs (about 2 minutes)
    .venv/bin/python benchmarks/bench_dgt_align.py --all    # all 253 pairs of the 23 languages (about 10 minutes)
    .venv/bin/python benchmarks/bench_dgt_align.py --cut    # + every language cut at half: AC004, nothing new
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DGT = ROOT.parent / "shared" / "dgt"
ACTS = ("ecaa-annex", "eu-ch-air-transport")
LANGS = tuple("bg cs da de el en es et fi fr hr hu it lt lv mt nl pl pt ro sk sl sv".split())
OTHERS = tuple(x for x in LANGS if x != "en")
# 30 non-English pairs: each language with the next (a cycle of 22) and 8 with the one half-way round.
NON_EN = tuple((OTHERS[k], OTHERS[(k + 1) % 22]) for k in range(22)) + tuple((OTHERS[k], OTHERS[k + 11]) for k in range(8))
PAIRS = tuple(("en", x) for x in OTHERS) + NON_EN
ALL_PAIRS = tuple(combinations(LANGS, 2))
# One act in one language against the other act in another (every language on each side once).
MISMATCHED = tuple((OTHERS[k], OTHERS[(k + 5) % 22]) for k in range(0, 22, 3))
MEDIAN_FLOOR = 0.99
PAIR_FLOOR = 0.97


def _load(path: Path, lang: str):  # noqa: ANN202
    from aicont.extract import extract_document
    from aicont.pipeline import load_document

    doc = load_document(path, side=lang, lang=lang)
    return doc, dict(extract_document(doc))


def line_accuracy(left, right, alignment) -> float:  # noqa: ANN001
    """Share of left segments (odd lines) whose bead holds the right block of the same line."""
    def blocks_by_line(doc) -> dict[int, int]:  # noqa: ANN001
        return {ln: i for i, b in enumerate(doc.blocks) for s in b.spans for ln in range(s.line_start, s.line_end + 1)}

    lm, rm = blocks_by_line(left), blocks_by_line(right)
    bead_l = {i: k for k, b in enumerate(alignment.beads) for i in b.left}
    bead_r = {j: k for k, b in enumerate(alignment.beads) for j in b.right}
    lines = range(1, max(lm) + 1, 2)
    ok = sum(1 for ln in lines if ln in lm and ln in rm and bead_l.get(lm[ln]) == bead_r.get(rm[ln]))
    return ok / len(lines)


def _finding_keys(report) -> set[tuple]:  # noqa: ANN001
    def line(quote) -> int | None:  # noqa: ANN001
        return quote.spans[0].line_start if quote is not None and quote.spans else None

    return {(f.code, line(f.left), line(f.right)) for f in report.findings}


def cut_at_half() -> bool:
    """EN against each language cut at half (its second half removed), on both acts: one AC004,
    no AC003 and no finding the whole pair lacks. Prints one row per act; True when all pass."""
    from dataclasses import replace

    from aicont.config import DEFAULT
    from aicont.pipeline import run

    ok = True
    print("\n| act | languages cut at half | AC004 once | AC003 | with other new findings |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for act in ACTS:
            once = unrelated = 0
            noisy = []
            for lang in OTHERS:
                text = (DGT / act / f"{lang}.txt").read_text(encoding="utf-8").split("\n")
                half = Path(tmp) / f"{lang}.txt"
                half.write_text("\n".join(text[: len(text) // 2]) + "\n", encoding="utf-8")
                config = replace(DEFAULT, left_lang="en", right_lang=lang)
                whole = run(DGT / act / "en.txt", DGT / act / f"{lang}.txt", config)
                report = run(DGT / act / "en.txt", half, config)
                codes = [f.code for f in report.findings]
                once += codes.count("AC004") == 1
                unrelated += "AC003" in codes
                new = sorted(k for k in _finding_keys(report) - _finding_keys(whole) if k[0] != "AC004")
                if new:
                    noisy.append(f"{lang} {' '.join(f'{c}@{l or r}' for c, l, r in new)}")
            print(f"| {act} | {len(OTHERS)} | {once} | {unrelated} | {len(noisy)}{': ' + '; '.join(noisy) if noisy else ''} |")
            ok &= once == len(OTHERS) and not unrelated
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="all 253 pairs of the 23 languages")
    parser.add_argument("--cut", action="store_true", help="also EN against every language cut at half")
    args = parser.parse_args(argv)
    pairs = ALL_PAIRS if args.all else PAIRS
    if not (DGT / ACTS[0] / "en.txt").is_file():
        print(f"skipped: the shared DGT-TM acts are not at {DGT}")
        return 0
    from aicont.align import align_documents

    cache: dict[tuple[str, str], tuple] = {}

    def doc(act: str, lang: str):  # noqa: ANN202
        if (act, lang) not in cache:
            cache[(act, lang)] = _load(DGT / act / f"{lang}.txt", lang)
        return cache[(act, lang)]

    failed = False
    print("| act | pairs | median | worst pair | pairs < 0.97 | one-sided (max) | AC003 | s/pair |")
    print("|---|---|---|---|---|---|---|---|")
    worst_rows = []
    for act in ACTS:
        accs, ones, unrelated = [], [], []
        start = time.perf_counter()
        for a, b in pairs:
            (left, lv), (right, rv) = doc(act, a), doc(act, b)
            al = align_documents(left, right, lv, rv)
            acc = line_accuracy(left, right, al)
            accs.append((acc, f"{a}-{b}"))
            ones.append(sum(1 for x in al.beads if not x.left or not x.right) / len(al.beads))
            if al.verdict.relation == "unrelated":
                unrelated.append(f"{a}-{b}")
        took = (time.perf_counter() - start) / len(pairs)
        values = sorted(x for x, _ in accs)
        median = values[len(values) // 2]
        low = sorted(accs)[:3]
        below = [name for x, name in accs if x < PAIR_FLOOR]
        worst_rows.append((act, low))
        print(
            f"| {act} | {len(pairs)} | {median:.3f} | {low[0][0]:.3f} ({low[0][1]}) | {len(below)} | "
            f"{max(ones):.2f} | {len(unrelated)} | {took:.2f} |"
        )
        failed |= median < MEDIAN_FLOOR or bool(below) or bool(unrelated)
    print()
    for act, low in worst_rows:
        print(f"- {act}: lowest pairs " + ", ".join(f"{name} {x:.3f}" for x, name in low))
    caught = 0
    for a, b in MISMATCHED:
        (left, lv), (right, rv) = doc(ACTS[0], a), doc(ACTS[1], b)
        caught += align_documents(left, right, lv, rv).verdict.relation == "unrelated"
    print(f"- mismatched acts ({ACTS[0]} in X against {ACTS[1]} in Y): {caught} of {len(MISMATCHED)} judged unrelated (AC003)")
    failed |= caught < len(MISMATCHED)
    if args.cut:
        failed |= not cut_at_half()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
