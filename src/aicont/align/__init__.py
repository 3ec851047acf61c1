"""Alignment of the blocks of two language versions: which left blocks translate which right blocks.

Coarse to fine:
1. The blocks are split into two streams, the body and the footnotes, because footnotes stand
   wherever the page ended, which differs between the versions.
2. In each stream, numbered blocks (section headings in the body, footnotes by their number) are
   paired by number with a cheap monotone DP over the number sequences, and each pair is kept as
   an anchor only when its content agrees (two footnotes can swap numbers when the word order
   differs between languages; a heading can lose its number to OCR).
3. A segment between anchors that is still large is cut at content anchors: block pairs that
   share an anchor found nowhere else in the segment and agree in content (longest chain).
4. Between anchors, the blocks are aligned by the bead DP (align/dp.py) with the evidence cost
   of align/cost.py; segments too large for a full DP use a band. Time and memory grow about
   linearly with the length (benchmarks/bench_align.py).
5. Repairs the monotone DP cannot make: two neighbouring pairs whose partners are crossed
   (footnotes that swapped numbers) are swapped when the content says so; a lone block on
   each side of a gap is paired by position; blocks left unpaired (1-0 and 0-1) are paired
   across positions when their content clearly agrees (a figure, table or footnote placed
   elsewhere in the other version).

Representation of the result: `Alignment.beads` lists the beads in left document order (by the
first left block of each bead). A 0-1 bead (right-only block) stands after the bead that holds
the nearest preceding right block. Beads of step 5 are ordinary beads in that order, so their
right indices can be out of order: they are the "moved" beads, counted in `params["moved"]`
(a pair found between two neighbouring gaps is counted too, though it does not cross). Every
block of both sides is in exactly one bead. Scores: see SCORE_WEIGHTS.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from aicont.align.cost import (
    BeadCoster,
    CostParams,
    Features,
    TextCalibration,
    anchor_weights,
    block_features,
    calibrate_text,
    chance_similarity,
)
from aicont.align.dp import align_dp, bead_types, longest_chain
from aicont.align.verdict import judge
from aicont.model import Alignment, Bead, Block, BlockKind, Document, Value, Verdict

__all__ = ["AlignParams", "align_documents", "alignment_quality", "bead_score", "repair_gaps"]

ValueMap = Mapping[str, Sequence[Value]]


@dataclass(frozen=True, slots=True)
class AlignParams:
    """The aligner's settings (the bead shapes, the band, the anchors, the passes); the evidence
    weights are CostParams (`cost`)."""

    # Largest number of blocks on one side of a bead (3 adds 1-3 and 3-1 for merged list items).
    max_bead: int = 3
    # Half-width of the band for segments that are too large for the full DP (doubled while the
    # path touches the band's edge).
    band: int = 6
    # The band is doubled at most up to this half-width (see dp.align_dp).
    max_band: int = 48
    # Segments up to this many DP cells (n*m) get the full DP (a 20x20 section: ~3,000 bead
    # costs, ~15 ms); larger ones the band.
    full_dp_cells: int = 400
    # A content anchor of a long segment must cost less than this (a correct pair of the action
    # plan costs 0.2 at the median; 1.0 is the cost of one deletion).
    anchor_max_cost: float = 1.0
    # The second pass pairs two unpaired blocks across positions only when their pair cost is
    # below this (a correct 1-1 pair of the reference costs 0.68 at the median and 1.73 at the
    # 95th percentile; two deletions cost 2.0), and only mutual best matches.
    cross_max_cost: float = 1.4
    # The second pass compares at most this many unpaired pairs (left x right); beyond that it
    # only compares pairs that share an anchor (a name, a value or a digit string).
    cross_max_pairs: int = 40_000
    # ... and only anchors found in at most this many unpaired blocks of a side.
    cross_key_blocks: int = 8
    # A lone one-block-a-side gap is paired when its pair cost is below this (above the 2.0 of
    # two deletions: the position is the extra evidence; chance-level pairs cost about 3; the
    # dearest correct pair of the reference costs 2.35).
    gap_max_cost: float = 2.8
    # A gap between two paired beads with as many blocks on each side, up to this many, is paired
    # in order when every pair fits (see _pair_even_gaps); longer gaps are left to the DP.
    even_gap_max: int = 6
    # A run of unpaired passages is paired in order with the weak or merged beads around it (up to
    # this many beads on each side, see _pair_runs) when the run then holds as many passages on
    # each side, at most `run_max` ...
    run_reach: int = 3
    run_max: int = 8
    # ... every pair fits in length (`cost.boundary_shift`), the pairs cost `gap_max_cost` on
    # average and none as much as this (chance-level text costs about 3: above it, the anchors,
    # the kinds or the form speak against the pair).
    run_max_cost: float = 3.4
    # A pair fits in length when its lengths agree under the pair of documents' own length model
    # (Gale and Church: the right length is the left one times the documents' ratio, with a
    # variance proportional to the length, measured on the sure pairs): at most this many
    # standard deviations off (2.5: 1 correct pair in 80 is further off).
    run_max_delta: float = 2.5
    # A pair whose evidence other than length (text, anchors, kinds) says "a pair" rather than
    # "two deletions" (costs less than 2 * `cost.deletion`, the DP's own test) fits up to this
    # in length (|log ratio|): a version that spells out a name, adds a date or writes references
    # longhand is longer (bg "Международната асоциация за гражданска авиация" / cs "ICAO": 0.47,
    # evidence 1.44; el adds a Regulation's full title: 0.50 and 0.52; fr "l'article 2,
    # paragraphes 6 et 7" for "Article 2(6),(7)": 0.50 and 0.49).
    run_text_length: float = 0.8
    # The average cost of the pairs of a run of RUN_LONG or more (chance-level text: about 3; a
    # list of four formula lines, et-fr eu-ch 147-153 "a = assotsieerunud riikide arv," / "a = le
    # nombre d'États associés", 2.81).
    run_long_cost: float = 3.0
    # A paired bead scored this much or more bounds a run: it is not re-paired; a merged bead
    # never does (between two distant languages the DP merges a passage with its neighbours
    # when their lengths add up to a longer partner's: el-es eu-ch line 799 at 0.91).
    run_sure_score: float = 0.8
    # Lonely blocks at most this many beads apart count as "near" in the second pass.
    cross_near: int = 3
    # How much cheaper (content cost) two crossed pairs must be than the two pairs the DP chose
    # (footnotes 31 and 32 of the action plan: 5.9 as numbered, 1.9 crossed).
    swap_margin: float = 1.0
    cost: CostParams = field(default_factory=CostParams)

    def signature(self) -> tuple[tuple[str, str], ...]:
        return (
            ("max_bead", str(self.max_bead)),
            ("band", str(self.band)),
            ("deletion", f"{self.cost.deletion:g}"),
        )


# --------------------------------------------------------------------------- scores

# The score of a paired bead is a logistic regression over its evidence, fitted (pure Python,
# gradient descent) on the reviewed reference alignment of the action plan (198 correct paired
# beads) against 215 wrong ones (every paired bead the aligner makes between the three Danish
# single-version documents and the Swedish action plan) and 382 near misses (each correct 1-1
# pair's left block with the right block before or after its partner):
#   text     normalised text similarity (0 = chance level of the pair, 1 = identical)
#   length   |log length ratio| after the document ratio
#   anchors  the anchor term of the cost (-1 = all shared)
#   context  0..1, half for each neighbouring bead that continues this one on both sides
#            (adjacent blocks in both versions), weighted by that neighbour's own text evidence,
#            so a run of chance-level pairs in unrelated documents does not vouch for itself.
# Fit: 177 of 198 correct beads scored >= 0.8, no wrong one did (the highest 0.49). With the
# context refinements below (edges of a document, crossed neighbours) the aligner now scores
# 184 of the 199 paired beads of the action plan >= 0.8, all correct; between the unrelated
# documents the only bead >= 0.8 pairs two footnotes that cite the same URL. The correct beads
# below 0.8 are short headings, lead-in lines and a figure whose texts differ in wording.
SCORE_WEIGHTS = {"intercept": -7.0, "text": 7.4, "length": -5.0, "anchors": -4.1, "context": 7.5}
# The steps (in blocks of the same stream) that still count as continuing a neighbour on the
# side where the other side steps by exactly one.
NEAR_STEPS = frozenset({-1, 1, 2})
# Neighbour text evidence at which its support is full (normalised similarity).
CONTEXT_FULL = 0.2
# An unpaired block is either a real omission or a failure to align; both need a human, so a
# 1-0/0-1 bead never scores high.
DELETION_SCORE = 0.3


def bead_score(text: float, length: float, anchors: float, context: float) -> float:
    """Probability-like score of a paired bead from its evidence (see SCORE_WEIGHTS)."""
    w = SCORE_WEIGHTS
    z = w["intercept"] + w["text"] * text + w["length"] * length + w["anchors"] * anchors + w["context"] * context
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


# --------------------------------------------------------------------------- public API


def align_documents(
    left: Document,
    right: Document,
    left_values: ValueMap | None = None,
    right_values: ValueMap | None = None,
    params: AlignParams | None = None,
) -> Alignment:
    """Pair the blocks of two versions; beads cover every block of both sides exactly once."""
    params = params or AlignParams()
    lf, rf = feature_lists(left, right, left_values, right_values)
    weights = anchor_weights(lf, rf)
    l_foot = [i for i, b in enumerate(left.blocks) if b.kind == BlockKind.FOOTNOTE]
    r_foot = [i for i, b in enumerate(right.blocks) if b.kind == BlockKind.FOOTNOTE]
    l_body = [i for i, b in enumerate(left.blocks) if b.kind != BlockKind.FOOTNOTE]
    r_body = [i for i, b in enumerate(right.blocks) if b.kind != BlockKind.FOOTNOTE]
    # The length ratio is measured on the body: footnotes can be missing on one side (OCR).
    size_l = sum(lf[i].size for i in l_body) or sum(f.size for f in lf) or 1
    size_r = sum(rf[i].size for i in r_body) or sum(f.size for f in rf) or 1
    ratio = size_r / size_l

    floor = chance_similarity([lf[i] for i in l_body], [rf[j] for j in r_body])
    streams = ((l_body, r_body), (l_foot, r_foot))
    raw, full, crossing = _align_pass(lf, rf, streams, weights, ratio, floor, params, None)
    # Second pass when the first says the text is weak evidence for this pair of languages
    # (see cost.calibrate_text): its pairs calibrate the text similarity and teach a lexicon.
    calibration = calibrate_text(full, [(bl[0], br[0]) for bl, br, _ in raw if len(bl) == 1 and len(br) == 1])
    # ... or when the pairs it found say the length ratio is not the documents' (one version
    # stops early: the whole-document ratio is then half the ratio of its passages).
    # The passages that share a number or a name found once on each side measure it without
    # the first pass (misled by the documents' ratio, a distant pair with no word in common pairs
    # too few passages to tell), and the first and last of them hold the path, which the band
    # around the documents' diagonal would lose.
    pins: tuple[tuple[int, int], ...] = ()
    paired_ratio = _paired_ratio(raw, lf, rf)
    chain = _anchor_chain(lf, rf, l_body, r_body)
    if chain and (paired_ratio is None or abs(math.log(paired_ratio / ratio)) > RATIO_REFIT):
        paired_ratio = _chain_ratio(chain, lf, rf, l_body, r_body)
        pins = (chain[0], chain[-1])
    if paired_ratio is not None and abs(math.log(paired_ratio / ratio)) > RATIO_REFIT:
        ratio = paired_ratio
        raw, full, crossing = _align_pass(lf, rf, streams, weights, ratio, floor, params, None, pins)
        calibration = calibrate_text(full, [(bl[0], br[0]) for bl, br, _ in raw if len(bl) == 1 and len(br) == 1])
    else:
        pins = ()
    if calibration is not None:
        raw, full, crossing = _align_pass(lf, rf, streams, weights, ratio, floor, params, calibration, pins)
    for _ in range(RUN_PASSES):
        paired = _pair_runs(raw, full, left, right, params)
        if paired is raw:
            break
        raw = paired
    beads = repair_gaps(_order_and_score(raw, full, left, right), left, right)
    verdict = judge(beads, left, right)
    if verdict.relation == "partial" and _strays(raw, verdict):
        # A passage of the missing run paired across the document (content alike: two acts
        # amending the same regulation) is part of the missing run, not a counterpart.
        raw = _release(raw, verdict, params.cost.deletion)
        beads = repair_gaps(_order_and_score(raw, full, left, right), left, right)
        verdict = judge(beads, left, right)
    sig = (
        *params.signature(),
        ("ratio", f"{ratio:.3f}"),
        ("chance", f"{full.floor:.3f}"),
        ("text_gain", f"{calibration.gain:.2f}" if calibration else "1"),
        ("lexicon", str(len(calibration.lexicon)) if calibration else "0"),
        ("moved", str(crossing)),
    )
    return Alignment(beads=beads, params=sig, verdict=verdict)


def _strays(raw: list[Raw], verdict: Verdict) -> list[Raw]:
    """The paired beads that hold a block of the verdict's missing run."""
    gone = set(verdict.missing)
    k = 0 if verdict.missing_side == "left" else 1
    return [bead for bead in raw if bead[0] and bead[1] and gone.intersection(bead[k])]


def _release(raw: list[Raw], verdict: Verdict, deletion: float) -> list[Raw]:
    """`raw` with every block of the stray beads (see _strays) in a one-sided bead of its own."""
    strays = set(_strays(raw, verdict))
    out: list[Raw] = []
    for bead in raw:
        if bead in strays:
            out += [((i,), (), deletion) for i in bead[0]] + [((), (j,), deletion) for j in bead[1]]
        else:
            out.append(bead)
    return out


# The length ratio of the passages paired with shared anchors differs from the documents' ratio
# by more than this (|log|; 0.22 = 25%) only when one version lacks a large part of the other:
# on the corpus and the 44 DGT EN-X pairs the two agree within 6%.
RATIO_REFIT = 0.22
# ... measured on at least this many anchored pairs.
RATIO_MIN_PAIRS = 4
# ... and on at least this share of the shorter document's blocks (a version cut at half pairs
# 40-50% of its blocks on a shared number or name; two unrelated documents of the corpus 2-8%).
RATIO_MIN_SHARE = 0.2


def _paired_ratio(raw: list[Raw], lf: list[Features], rf: list[Features]) -> float | None:
    """right/left size of the 1-1 pairs that share an anchor (a number, a name), or None."""
    left_size = right_size = count = 0
    for bl, br, _ in raw:
        if len(bl) == 1 and len(br) == 1 and lf[bl[0]].anchors.keys() & rf[br[0]].anchors.keys():
            left_size += lf[bl[0]].size
            right_size += rf[br[0]].size
            count += 1
    # Too few for a ratio, or no more than two unrelated documents pair by chance (a year, an
    # acronym): the documents' ratio stands.
    if count < max(RATIO_MIN_PAIRS, RATIO_MIN_SHARE * min(len(lf), len(rf))) or not left_size or not right_size:
        return None
    return right_size / left_size


def _anchor_chain(lf: list[Features], rf: list[Features], l_body: list[int], r_body: list[int]) -> list[tuple[int, int]]:
    """The body blocks that share an anchor found once on each side, in order (the longest
    chain), when they are enough to measure a ratio (as `_paired_ratio`), else []: a version cut
    at half, whose first pass was misled by the documents' ratio (Finnish or Hungarian against
    English, whose words share nothing, paired nothing but a heading and a number)."""
    def unique(features: list[Features], body: list[int]) -> dict[str, int]:
        seen = Counter(key for i in body for key in features[i].anchors)
        return {key: i for i in body for key in features[i].anchors if seen[key] == 1}

    left, right = unique(lf, l_body), unique(rf, r_body)
    chain = longest_chain(sorted({(i, right[key]) for key, i in left.items() if key in right}))
    return chain if len(chain) >= max(RATIO_MIN_PAIRS, RATIO_MIN_SHARE * min(len(l_body), len(r_body))) else []


def _chain_ratio(chain: list[tuple[int, int]], lf: list[Features], rf: list[Features], l_body: list[int], r_body: list[int]) -> float:
    """right/left size of the body text between the chain's first and last pair: the
    documents' ratio measured on the stretch both versions hold."""
    (i0, j0), (i1, j1) = chain[0], chain[-1]
    left = sum(lf[i].size for i in l_body if i0 <= i <= i1)
    right = sum(rf[j].size for j in r_body if j0 <= j <= j1)
    return (right or 1) / (left or 1)


def _align_pass(
    lf: list[Features],
    rf: list[Features],
    streams: tuple[tuple[list[int], list[int]], ...],
    weights: dict[str, float],
    ratio: float,
    floor: float | None,
    params: AlignParams,
    calibration: TextCalibration | None,
    pins: tuple[tuple[int, int], ...] = (),
) -> tuple[list[Raw], BeadCoster, int]:
    """One alignment of both streams with the repairs: (raw beads, the coster, moved beads).
    `pins`: (left, right) block pairs the path goes through (see align_documents)."""
    raw: list[Raw] = []
    for li, ri in streams:
        coster = BeadCoster([lf[i] for i in li], [rf[j] for j in ri], params.cost, weights, ratio, floor, calibration)
        local = [(li.index(i), ri.index(j)) for i, j in pins if i in li and j in ri]
        for bl, br, c in _align_stream(coster, params, local):
            raw.append((tuple(li[k] for k in bl), tuple(ri[k] for k in br), c))
    full = BeadCoster(lf, rf, params.cost, weights, ratio, floor, calibration)
    raw, swapped = _swap_pass(raw, full, params)
    raw, crossing = _cross_pass(raw, full, params)
    # A block moved away by the second pass can leave a lone gap behind (a table placed
    # elsewhere between two paragraphs): pair it now.
    raw = _pair_lone_gaps(raw, full, params)
    return raw, full, crossing + swapped


def alignment_quality(alignment: Alignment, left: Document, right: Document) -> float:
    """How much of the two documents is paired with confidence, 0..1.

    The share of all characters (both sides) that stand in paired beads, each weighted by its
    bead's score. Translations of each other score about 0.8 and above (the action plan pair:
    see tests/corpus/test_alignment.py); unrelated documents score below 0.1. Later stages can
    refuse a comparison below ~0.3.
    """
    total = sum(len(b.text) for b in left.blocks) + sum(len(b.text) for b in right.blocks)
    if total == 0:
        return 0.0
    got = 0.0
    for bead in alignment.beads:
        if bead.left and bead.right:
            size = sum(len(left.blocks[i].text) for i in bead.left)
            size += sum(len(right.blocks[j].text) for j in bead.right)
            got += bead.score * size
    return got / total


# --------------------------------------------------------------------------- gaps

# A passage alone between two paired beads on each side is the other's translation even when the
# aligner would not pair it (a sentence deleted or added inside it raises the pair's cost above a
# deletion's): the gap can hold nothing else. Such a repaired pair gets this score: below the
# aligner's "almost always right" 0.8, above the checks' weak-bead score 0.5, because its
# evidence is position. (Once done inside the checks; here, so that `aicont align` prints it.)
GAP_PAIR_SCORE = 0.6
GAP_PAIR_RATIO = (0.2, 5.0)



def _stream(block: Block) -> str:
    return "fn" if block.kind == BlockKind.FOOTNOTE else "body"


def repair_gaps(beads: tuple[Bead, ...], left: Document, right: Document) -> tuple[Bead, ...]:
    """Pair the one left and one right block that are alone in a gap between paired beads."""
    out: list[Bead] = []
    k = 0
    n = len(beads)
    while k < n:
        if beads[k].left and beads[k].right:
            out.append(beads[k])
            k += 1
            continue
        run_end = k
        while run_end < n and not (beads[run_end].left and beads[run_end].right):
            run_end += 1
        run = beads[k:run_end]
        ls = [i for b in run for i in b.left]
        rs = [j for b in run for j in b.right]
        paired = False
        if len(ls) == 1 and len(rs) == 1:
            lb, rb = left.blocks[ls[0]], right.blocks[rs[0]]
            ratio = len(rb.text) / max(1, len(lb.text))
            if _stream(lb) == _stream(rb) and GAP_PAIR_RATIO[0] <= ratio <= GAP_PAIR_RATIO[1]:
                out.append(Bead((ls[0],), (rs[0],), min(b.cost for b in run), GAP_PAIR_SCORE))
                paired = True
        if not paired:
            out.extend(run)
        k = run_end
    return tuple(out)


# --------------------------------------------------------------------------- stages

Raw = tuple[tuple[int, ...], tuple[int, ...], float]


def _align_stream(coster: BeadCoster, params: AlignParams, pins: list[tuple[int, int]] | None = None) -> list[Raw]:
    """Beads over one stream (indices into the coster's feature lists), monotone, through `pins`."""
    n, m = len(coster.left), len(coster.right)
    anchors = _number_anchors(coster, params)
    if pins:
        anchors = longest_chain(sorted(set(pins) | set(anchors)))
    out: list[Raw] = []
    pi, pj = 0, 0
    for ai, aj in [*anchors, (n, m)]:
        out += _align_between(coster, pi, ai, pj, aj, params)
        if ai < n:
            c = coster(ai, 1, aj, 1)
            out.append(((ai,), (aj,), c))
        pi, pj = ai + 1, aj + 1
    return _split_beside_gaps(_pair_even_gaps(_pair_lone_gaps(out, coster, params), coster, params), coster, params)


def _split_beside_gaps(beads: list[Raw], coster: BeadCoster, params: AlignParams) -> list[Raw]:
    """Split a 1-2 (2-1) bead next to a lone 1-0 (0-1) bead into two 1-1 beads when both pairs
    fit as a lone gap's pair does (`_gap_fits`).

    A short sentence of a pair whose words share little (en "Similarly, its dissolution or
    liquidation shall not give rise to any imposition." / nl "Haar opheffing en liquidering zullen
    evenmin enige heffing medebrengen.") costs the DP more as a pair than as a deletion beside a
    merged neighbour; the order of the passages is the evidence its cost lacks.
    """
    out = list(beads)
    k = 0
    while k + 1 < len(out):
        split = _split_pair(out[k], out[k + 1], coster, params)
        if split is not None:
            out[k : k + 2] = split
        k += 1
    return out


def _split_pair(first: Raw, second: Raw, coster: BeadCoster, params: AlignParams) -> list[Raw] | None:
    """The two 1-1 beads that replace a merged bead and the lone bead beside it, or None."""
    for merged, lone, after in ((first, second, True), (second, first, False)):
        for side in (0, 1):
            other = 1 - side
            if not (len(merged[side]) == 1 and len(merged[other]) == 2 and len(lone[side]) == 1 and not lone[other]):
                continue
            pairs = (
                [(merged[side][0], merged[other][0]), (lone[side][0], merged[other][1])]
                if after
                else [(lone[side][0], merged[other][0]), (merged[side][0], merged[other][1])]
            )
            if pairs[0][0] + 1 != pairs[1][0]:
                continue  # the lone block is not the merged one's neighbour
            if side == 1:
                pairs = [(j, i) for i, j in pairs]
            if all(_gap_fits(coster, i, j, params) for i, j in pairs):
                return [((i,), (j,), coster.pair_cost(coster.left[i], coster.right[j])) for i, j in pairs]
    return None


def _pair_even_gaps(beads: list[Raw], coster: BeadCoster, params: AlignParams) -> list[Raw]:
    """Pair, in order, the blocks of a gap that holds as many blocks on each side (2 to
    `even_gap_max`) between two paired beads, when every such pair fits in length and content.

    The same evidence as a lone gap, for a run of passages whose words the pair cannot compare
    (the items of a list in a protocol of a distant language pair, with no number or name): the
    order and the lengths say what the text cannot. One pair that does not fit leaves the gap as
    the DP left it.
    """
    out: list[Raw] = []
    k = 0
    while k < len(beads):
        if beads[k][0] and beads[k][1]:
            out.append(beads[k])
            k += 1
            continue
        end = k
        while end < len(beads) and not (beads[end][0] and beads[end][1]):
            end += 1
        ls = sorted(i for bl, _, _ in beads[k:end] for i in bl)
        rs = sorted(j for _, br, _ in beads[k:end] for j in br)
        pairs = list(zip(ls, rs))
        if len(ls) == len(rs) and 2 <= len(ls) <= params.even_gap_max and all(_gap_fits(coster, i, j, params) for i, j in pairs):
            out.extend(((i,), (j,), coster.pair_cost(coster.left[i], coster.right[j])) for i, j in pairs)
        else:
            out.extend(beads[k:end])
        k = end
    return out


def _pair_runs(raw: list[Raw], coster: BeadCoster, left: Document, right: Document, params: AlignParams) -> list[Raw]:
    """Pair in order the passages of a run of unpaired beads and the weak or merged beads around
    it, when the run then holds as many passages on each side and their lengths agree pair by
    pair (Gale and Church's evidence), the text not being against it (see `_run_fits`).

    The DP pairs on content, and between two distant languages (bg-sl, lt-sv, fi-fr) a passage
    whose words the lexicon does not know costs more as a pair than as a deletion: it pairs a
    heading with the next paragraph, merges two passages into one bead, and leaves their true
    partners unpaired (en "Checks" / el "Έλεγχοι" beside a 3-1 bead). Between sure pairs, equal
    counts and agreeing lengths are the evidence the text lacks. A real omission leaves one side
    a passage short, so its run never balances, and a real addition the same.
    """
    beads = _order_and_score(raw, coster, left, right)
    pos_l, pos_r = _stream_positions(left), _stream_positions(right)
    model = _length_model(beads, coster, params)

    def movable(bead: Bead) -> bool:
        if not (bead.left and bead.right):
            return True
        return len(bead.left) > 1 or len(bead.right) > 1 or bead.score < params.run_sure_score

    # first bead of a window -> its new pairs, and right blocks it leaves unpaired
    replace: dict[int, tuple[list[tuple[int, int]], tuple[int, ...]]] = {}
    skip: set[int] = set()
    k = floor = 0
    while k < len(beads):
        if beads[k].left and beads[k].right:
            k += 1
            continue
        end = k
        while end < len(beads) and not (beads[end].left and beads[end].right):
            end += 1
        window = _run_window(beads, (floor, k, end), movable, coster, model, pos_l, pos_r, params)
        if window is not None:
            start, stop, pairs, released = window
            replace[start] = (pairs, released)
            skip.update(range(start, stop))
            end = floor = stop
        k = end
    if not replace:
        return raw
    out: list[Raw] = []
    for k, bead in enumerate(beads):
        if k in replace:
            pairs, released = replace[k]
            out += [((i,), (j,), coster.pair_cost(coster.left[i], coster.right[j])) for i, j in pairs]
            out += [((), (j,), params.cost.deletion) for j in released]
        elif k not in skip:
            out.append((bead.left, bead.right, bead.cost))
    return out


def _run_window(
    beads: tuple[Bead, ...],
    bounds: tuple[int, int, int],
    movable,  # noqa: ANN001 - Callable[[Bead], bool]
    coster: BeadCoster,
    model: tuple[float, float],
    pos_l: list[tuple[int, int]],
    pos_r: list[tuple[int, int]],
    params: AlignParams,
) -> tuple[int, int, list[tuple[int, int]], tuple[int, ...]] | None:
    """The smallest window beads[s:e] around the unpaired run beads[start:end] (widened over
    movable beads only, not before beads[floor], where the previous window ended) whose passages
    pair in order (see _pair_runs), with those pairs and the right blocks it sends back to their
    place (`_moved_away`); `bounds` is (floor, start, end)."""
    floor, start, end = bounds
    reach_before = _reach(beads, range(start - 1, floor - 1, -1), movable, params.run_reach)
    reach_after = _reach(beads, range(end, len(beads)), movable, params.run_reach)
    widths = sorted(((a, b) for a in range(reach_before + 1) for b in range(reach_after + 1)), key=lambda w: (sum(w), w))
    for a, b in widths:
        s, e = start - a, end + b
        released = _moved_away(beads, (s, e), movable, pos_l, pos_r, params.cross_near)
        ls = sorted(i for bead in beads[s:e] for i in bead.left)
        rs = sorted(j for bead in beads[s:e] for j in bead.right if j not in released)
        if not ls or len(ls) != len(rs) or len(ls) > params.run_max:
            continue
        if not (_contiguous([pos_l[i] for i in ls]) and _contiguous([pos_r[j] for j in rs])):
            continue
        if pos_l[ls[0]][0] != pos_r[rs[0]][0]:
            continue  # never across the streams
        pairs = list(zip(ls, rs))
        kept = {(b.left[0], b.right[0]) for b in beads[s:e] if len(b.left) == len(b.right) == 1}
        if _run_fits(coster, model, [p for p in pairs if p not in kept], params):
            return s, e, pairs, released
    return None


def _moved_away(
    beads: tuple[Bead, ...],
    window: tuple[int, int],
    movable,  # noqa: ANN001 - Callable[[Bead], bool]
    pos_l: list[tuple[int, int]],
    pos_r: list[tuple[int, int]],
    far: int,
) -> tuple[int, ...]:
    """The right blocks of the weak 1-1 beads of beads[s:e] that the second pass paired across
    the document (more than `far` passages, `cross_near`, off the diagonal of the paired bead
    that bounds the window, and not beside the window's other right blocks): a run's passage paired by chance with a heading elsewhere (en "Sole Article" / bg
    "ПРИЛОЖЕНИЕ I", 16 lines off). They go back to their own place, unpaired, when the run pairs
    in order without them."""
    s, e = window

    def offset(bead: Bead) -> int:
        return pos_r[bead.right[0]][1] - pos_l[bead.left[0]][1]

    bounds = [b for b in (beads[s - 1] if s > 0 else None, beads[e] if e < len(beads) else None) if b and b.left and b.right]
    if not bounds:
        return ()
    typical = offset(bounds[0])
    ranks = [pos_r[j][1] for b in beads[s:e] for j in b.right]

    def outside(j: int) -> bool:
        """Not beside the window's other right blocks (a crossed pair inside the run stays)."""
        rest = list(ranks)
        rest.remove(pos_r[j][1])
        return not rest or pos_r[j][1] < min(rest) - 1 or pos_r[j][1] > max(rest) + 1

    return tuple(
        b.right[0]
        for b in beads[s:e]
        if len(b.left) == len(b.right) == 1 and movable(b) and abs(offset(b) - typical) > far and outside(b.right[0])
    )


def _reach(beads: tuple[Bead, ...], order: range, movable, limit: int) -> int:  # noqa: ANN001
    """How many beads a window may take in `order`: movable ones, at most `limit` of them paired."""
    taken = paired = 0
    for k in order:
        if not movable(beads[k]):
            break
        paired += bool(beads[k].left and beads[k].right)
        if paired > limit:
            break
        taken += 1
    return taken


def _contiguous(positions: list[tuple[int, int]]) -> bool:
    """(stream, rank) positions, sorted: one stream, consecutive ranks."""
    return all(b[0] == a[0] and b[1] == a[1] + 1 for a, b in zip(positions, positions[1:]))


def _length_model(beads: tuple[Bead, ...], coster: BeadCoster, params: AlignParams) -> tuple[float, float]:
    """(ratio, variance per character) of right against left lengths, Gale and Church's model,
    measured on the sure 1-1 pairs (the variance: the mean squared deviation per character of
    all but the furthest 5%); never tighter than Gale and Church's own variance, because a pair's
    sure pairs are the ones whose lengths agree best. The documents' ratio without them."""
    sure = [
        (coster.left[b.left[0]].size, coster.right[b.right[0]].size)
        for b in beads
        if len(b.left) == 1 and len(b.right) == 1 and b.score >= params.run_sure_score
    ]
    if len(sure) < RUN_MODEL_PAIRS:
        return coster.ratio, GALE_CHURCH_VARIANCE
    ratio = sum(r for _, r in sure) / max(1, sum(x for x, _ in sure))
    deviations = sorted((r - ratio * x) ** 2 / max(x, 1) for x, r in sure)
    kept = deviations[: max(1, int(0.95 * len(deviations)))]
    return ratio, max(GALE_CHURCH_VARIANCE, sum(kept) / len(kept))


# Gale and Church's variance per character (1993), and the sure pairs needed to measure a pair
# of documents' own ratio and variance.
GALE_CHURCH_VARIANCE = 6.8
RUN_MODEL_PAIRS = 10


def _length_delta(model: tuple[float, float], left_size: int, right_size: int) -> float:
    """How many standard deviations the right length is off the left one's prediction."""
    ratio, variance = model
    return abs(right_size - ratio * left_size) / math.sqrt(variance * max(left_size, 1))


def _run_fits(coster: BeadCoster, model: tuple[float, float], pairs: list[tuple[int, int]], params: AlignParams) -> bool:
    """Every new pair fits in length (or its other evidence is sure) and none is clearly against
    its content; together they cost what a lone gap's pair may cost (the pairs the window keeps
    as they were are no evidence for the others)."""
    if not pairs:
        return False
    costs = []
    for i, j in pairs:
        lf, rf = coster.left[i], coster.right[j]
        length, cost = coster.length_term(lf, rf), coster.pair_cost(lf, rf)
        if cost >= params.run_max_cost:
            return False
        fits = _length_delta(model, lf.size, rf.size) <= params.run_max_delta
        sure = length <= params.run_text_length and cost - params.cost.length * length < 2.0 * params.cost.deletion
        if not (fits or sure):
            return False
        costs.append(cost)
    limit = params.gap_max_cost if len(costs) < RUN_LONG else params.run_long_cost
    return sum(costs) / len(costs) < limit


# Runs are paired again once: a passage a window sent back to its place (_moved_away) can start a
# run of its own.
RUN_PASSES = 2
# From this many new pairs, lengths that agree pair after pair are evidence no single pair has:
# their text may be at chance level on average (`run_long_cost`).
RUN_LONG = 3


def _gap_fits(coster: BeadCoster, i: int, j: int, params: AlignParams) -> bool:
    lf, rf = coster.left[i], coster.right[j]
    return coster.length_term(lf, rf) <= params.cost.boundary_shift and coster.pair_cost(lf, rf) < params.gap_max_cost


def _pair_lone_gaps(beads: list[Raw], coster: BeadCoster, params: AlignParams) -> list[Raw]:
    """Pair the one left and the one right block of a gap between two paired beads.

    A gap of exactly one block a side, between pairs on both sides, is nearly always a
    translation whose wording moved too much for the text similarity (da:1.1:p4 "Bilag I
    indeholder en oversigt over de 13 udvalgte EuroHPC-AI-fabrikker." / "En sammanfattning av
    EuroHPC:s 13 utvalda AI-fabriker finns i bilaga I."). Their position is the evidence the
    DP's cost lacks; content still has to be plausible (`gap_max_cost`).
    """
    out: list[Raw] = []
    k = 0
    while k < len(beads):
        if k + 1 < len(beads) and _lone_gap(beads, k):
            (bl, _, _), (_, br, _) = sorted(beads[k : k + 2], key=lambda r: 0 if r[0] else 1)
            lf, rf = coster.left[bl[0]], coster.right[br[0]]
            # Never across the streams: the last body block and the first footnote can meet
            # in the bead list without being neighbours in either document.
            same_stream = (lf.kind == "footnote") == (rf.kind == "footnote")
            c = coster.pair_cost(lf, rf)
            if same_stream and c < params.gap_max_cost:
                out.append((bl, br, c))
                k += 2
                continue
        out.append(beads[k])
        k += 1
    return out


def _lone_gap(beads: list[Raw], k: int) -> bool:
    """beads[k], beads[k+1] are one 1-0 and one 0-1 bead with paired beads (or an end) around."""
    a, b = beads[k], beads[k + 1]
    if not ((a[0] and not a[1] and b[1] and not b[0]) or (a[1] and not a[0] and b[0] and not b[1])):
        return False
    before = beads[k - 1] if k > 0 else None
    after = beads[k + 2] if k + 2 < len(beads) else None
    return all(x is None or (x[0] and x[1]) for x in (before, after)) and not (before is None and after is None)


def _number_anchors(coster: BeadCoster, params: AlignParams) -> list[tuple[int, int]]:
    """Pairs of numbered blocks (same heading or footnote number) whose content agrees."""
    left = [(k, f.number) for k, f in enumerate(coster.left) if f.number]
    right = [(k, f.number) for k, f in enumerate(coster.right) if f.number]
    if not left or not right:
        return []

    def cost(i: int, a: int, j: int, b: int) -> float:
        if a == 0 or b == 0:
            return 1.0
        return 0.0 if left[i][1] == right[j][1] else 3.0

    beads = align_dp(
        len(left), len(right), cost, ((1, 1), (1, 0), (0, 1)), band=params.band, max_band=params.max_band
    )
    anchors = []
    limit = 2.0 * params.cost.deletion
    for i, a, j, b, c in beads:
        if a == 1 and b == 1 and c == 0.0:
            li, rj = left[i][0], right[j][0]
            # Verified by content alone: the number must not vouch for itself.
            if coster.content_cost(coster.left[li], coster.right[rj]) < limit:
                anchors.append((li, rj))
    return anchors


def _align_between(coster: BeadCoster, i0: int, i1: int, j0: int, j1: int, params: AlignParams) -> list[Raw]:
    """Beads for a segment between two anchors; a large segment is first cut at content anchors."""
    if (i1 - i0) * (j1 - j0) <= params.full_dp_cells:
        return _align_segment(coster, i0, i1, j0, j1, params)
    anchors = _content_anchors(coster, i0, i1, j0, j1, params)
    if not anchors:
        return _align_segment(coster, i0, i1, j0, j1, params)
    out: list[Raw] = []
    pi, pj = i0, j0
    for ai, aj in anchors:
        out += _align_segment(coster, pi, ai, pj, aj, params)
        out.append(((ai,), (aj,), coster(ai, 1, aj, 1)))
        pi, pj = ai + 1, aj + 1
    out += _align_segment(coster, pi, i1, pj, j1, params)
    return out


def _content_anchors(
    coster: BeadCoster, i0: int, i1: int, j0: int, j1: int, params: AlignParams
) -> list[tuple[int, int]]:
    """Sure pairs inside a long segment, so that the band follows the true path.

    A block pair is a candidate when both share an anchor found in no other block of the
    segment on either side (a unique name, amount, date or digit string) and their whole
    content agrees (pair cost below `anchor_max_cost`); the longest chain of candidates that
    is increasing on both sides is kept. Without it, a document with a long passage on one
    side only (a preface, an annex) drifts out of the band, where the DP cannot follow.
    """
    left_keys: dict[str, list[int]] = {}
    for i in range(i0, i1):
        for key in coster.left[i].anchors:
            left_keys.setdefault(key, []).append(i)
    right_keys: dict[str, list[int]] = {}
    for j in range(j0, j1):
        for key in coster.right[j].anchors:
            right_keys.setdefault(key, []).append(j)
    candidates: set[tuple[int, int]] = set()
    for key, lis in left_keys.items():
        ris = right_keys.get(key)
        # a key as often on each side pairs its occurrences in order (once each side: the unique
        # anchor; a repeated one too, so a document that repeats a part keeps its anchors)
        if ris is not None and len(lis) == len(ris):
            candidates.update(zip(lis, ris))
    sure = [
        (i, j)
        for i, j in sorted(candidates)
        if coster.pair_cost(coster.left[i], coster.right[j]) < params.anchor_max_cost
    ]
    return longest_chain(sure)


def _align_segment(coster: BeadCoster, i0: int, i1: int, j0: int, j1: int, params: AlignParams) -> list[Raw]:
    n, m = i1 - i0, j1 - j0
    if n <= 0 and m <= 0:
        return []

    band = None if n * m <= params.full_dp_cells else params.band
    out: list[Raw] = []
    types = bead_types(params.max_bead)
    beads = align_dp(
        n, m, coster, types, band=band, max_band=params.max_band, gap=coster.params.deletion, offset=(i0, j0)
    )
    for i, a, j, b, c in beads:
        out.append((tuple(range(i0 + i, i0 + i + a)), tuple(range(j0 + j, j0 + j + b)), c))
    return out


def _swap_pass(raw: list[Raw], coster: BeadCoster, params: AlignParams) -> tuple[list[Raw], int]:
    """Swap the partners of two neighbouring 1-1 beads when the crossed pairs fit far better.

    Two footnotes swap numbers when the word order differs between the languages (the action
    plan's footnotes 31 and 32); a monotone DP cannot cross, so it pairs them by position.
    The swap is decided on content alone (the numbers are what is in doubt): the crossed pairs
    must each stand on their own and together win by `swap_margin`.
    """
    out: list[Raw] = []
    swapped = 0
    # A 2-2 bead can be the DP's way to hold two crossed pairs: split it when both crossed
    # pairs are strong on their own and beat the straight ones.
    for bl, br, c in raw:
        if len(bl) == 2 and len(br) == 2:
            a, b = coster.left[bl[0]], coster.left[bl[1]]
            x, y = coster.right[br[0]], coster.right[br[1]]
            ay, bx = coster.content_cost(a, y), coster.content_cost(b, x)
            straight = coster.content_cost(a, x) + coster.content_cost(b, y)
            if max(ay, bx) < 2.0 * params.cost.deletion and ay + bx + params.swap_margin < straight:
                out += [((bl[0],), (br[1],), ay), ((bl[1],), (br[0],), bx)]
                swapped += 2
                continue
        out.append((bl, br, c))
    k = 0
    while k + 1 < len(out):
        (l0, r0, _), (l1, r1, _) = out[k], out[k + 1]
        if len(l0) == len(r0) == len(l1) == len(r1) == 1:
            a, b = coster.left[l0[0]], coster.left[l1[0]]
            c, d = coster.right[r0[0]], coster.right[r1[0]]
            if len({f.kind == "footnote" for f in (a, b, c, d)}) > 1:
                k += 1  # the two beads belong to different streams
                continue
            straight = coster.content_cost(a, c) + coster.content_cost(b, d)
            crossed_ad, crossed_bc = coster.content_cost(a, d), coster.content_cost(b, c)
            if (
                max(crossed_ad, crossed_bc) < 2.0 * params.cost.deletion
                and crossed_ad + crossed_bc + params.swap_margin < straight
            ):
                out[k] = (l0, r1, crossed_ad)
                out[k + 1] = (l1, r0, crossed_bc)
                swapped += 2
                k += 2
                continue
        k += 1
    return out, swapped


def _cross_pass(raw: list[Raw], coster: BeadCoster, params: AlignParams) -> tuple[list[Raw], int]:
    """Pair unpaired blocks across positions when their content clearly agrees (mutual best)."""
    lonely_l = sorted(b[0][0] for b in raw if b[0] and not b[1])
    lonely_r = sorted(b[1][0] for b in raw if b[1] and not b[0])
    # Where each lonely block stands in the bead sequence: a pair that crosses only a bead or
    # two (a paragraph and a table swapped) is held to the looser cost of a lone gap.
    where_l = {b[0][0]: k for k, b in enumerate(raw) if b[0] and not b[1]}
    where_r = {b[1][0]: k for k, b in enumerate(raw) if b[1] and not b[0]}
    if not lonely_l or not lonely_r:
        return raw, 0
    if len(lonely_l) * len(lonely_r) <= params.cross_max_pairs:
        candidates = [(i, j) for i in lonely_l for j in lonely_r]
    else:
        by_anchor: dict[str, list[int]] = {}
        for j in lonely_r:
            for key in coster.right[j].anchors:
                by_anchor.setdefault(key, []).append(j)
        by_anchor_l: dict[str, list[int]] = {}
        for i in lonely_l:
            for key in coster.left[i].anchors:
                by_anchor_l.setdefault(key, []).append(i)
        seen: set[tuple[int, int]] = set()
        for key, lis in by_anchor_l.items():
            ris = by_anchor.get(key, [])
            # A common anchor ("AI", "EU", "2025") would make every pair a candidate.
            if len(lis) > params.cross_key_blocks or len(ris) > params.cross_key_blocks:
                continue
            for i in lis:
                for j in ris:
                    seen.add((i, j))
        candidates = sorted(seen)
    best_l: dict[int, tuple[float, int]] = {}
    best_r: dict[int, tuple[float, int]] = {}
    for i, j in candidates:
        c = coster.pair_cost(coster.left[i], coster.right[j])
        distance = abs(where_l[i] - where_r[j])
        if c >= (params.gap_max_cost if distance <= params.cross_near else params.cross_max_cost):
            continue
        # Between equally good candidates (a repeated table or footnote) the nearer one wins.
        c += 1e-4 * distance
        if i not in best_l or (c, j) < best_l[i]:
            best_l[i] = (c, j)
        if j not in best_r or (c, i) < best_r[j]:
            best_r[j] = (c, i)
    pairs = {i: (j, c) for i, (c, j) in best_l.items() if best_r[j][1] == i}
    if not pairs:
        return raw, 0
    paired_r = {j for j, _ in pairs.values()}
    out: list[Raw] = []
    for bl, br, c in raw:
        if bl and not br and bl[0] in pairs:
            j, pc = pairs[bl[0]]
            out.append((bl, (j,), pc))
        elif br and not bl and br[0] in paired_r:
            continue
        else:
            out.append((bl, br, c))
    return out, len(pairs)


def _stream_positions(doc: Document) -> list[tuple[int, int]]:
    """(stream, rank in stream) of every block: stream 0 is the body, 1 the footnotes."""
    out: list[tuple[int, int]] = []
    counts = [0, 0]
    for block in doc.blocks:
        stream = 1 if block.kind == BlockKind.FOOTNOTE else 0
        out.append((stream, counts[stream]))
        counts[stream] += 1
    return out


def _order_and_score(raw: list[Raw], coster: BeadCoster, left: Document, right: Document) -> tuple[Bead, ...]:
    """Beads in left document order (0-1 beads after their right predecessor), with scores."""
    pos_l, pos_r = _stream_positions(left), _stream_positions(right)

    def follows(first: Raw, second: Raw) -> bool:
        """`second` continues `first` on both sides (next block of the same stream)."""
        (l0, r0, _), (l1, r1, _) = first, second
        if not (l0 and r0 and l1 and r1):
            return False
        a, b = pos_l[l0[-1]], pos_l[l1[0]]
        c, d = pos_r[r0[-1]], pos_r[r1[0]]
        if a[0] != b[0] or c[0] != d[0]:
            return False
        # Adjacent on one side, and on the other adjacent or one block off, so that a couple of
        # crossed pairs (footnotes that swapped numbers) still counts as a continuation.
        step_l, step_r = b[1] - a[1], d[1] - c[1]
        return (step_l == 1 and step_r in NEAR_STEPS) or (step_r == 1 and step_l in NEAR_STEPS)

    evidence: list[tuple[float, float, float] | None] = []
    for bl, br, _ in raw:
        if bl and br:
            x, y = coster.merged(0, bl), coster.merged(1, br)
            evidence.append((coster.text_sim(x, y), coster.length_term(x, y), coster.anchor_term(x, y)))
        else:
            evidence.append(None)
    sizes_l = [sum(1 for s, _ in pos_l if s == stream) for stream in (0, 1)]
    sizes_r = [sum(1 for s, _ in pos_r if s == stream) for stream in (0, 1)]

    def at_edge(bead: Raw, start: bool) -> bool:
        """The bead holds the first (or last) block of its stream on both sides: the
        beginning and the end of a document are a neighbour that continues it."""
        bl, br, _ = bead
        (sl, rl), (sr, rr) = (pos_l[bl[0]], pos_r[br[0]]) if start else (pos_l[bl[-1]], pos_r[br[-1]])
        if start:
            return rl == 0 and rr == 0
        return sl == sr and rl == sizes_l[sl] - 1 and rr == sizes_r[sr] - 1

    scores: list[float] = []
    for k, ev in enumerate(evidence):
        if ev is None:
            scores.append(DELETION_SCORE)
            continue
        context = 0.0
        for nb in (k - 1, k + 1):
            if 0 <= nb < len(raw):
                first, second = (raw[nb], raw[k]) if nb < k else (raw[k], raw[nb])
                other = evidence[nb]
                if other is not None and follows(first, second):
                    context += 0.5 * min(1.0, other[0] / CONTEXT_FULL)
                    continue
            if at_edge(raw[k], start=nb < k):
                context += 0.5
        scores.append(bead_score(ev[0], ev[1], ev[2], context))

    owner: list[int] = [-1] * len(right.blocks)  # right index -> first left index of its bead
    for bl, br, _ in raw:
        if bl:
            for j in br:
                owner[j] = bl[0]
    keyed: list[tuple[tuple[int, int, int], Bead]] = []
    for (bl, br, c), score in zip(raw, scores):
        if bl:
            key = (bl[0], 0, br[0] if br else -1)
        else:
            j = br[0]
            anchor = -1
            for k in range(j - 1, -1, -1):
                if owner[k] >= 0:
                    anchor = owner[k]
                    break
            key = (anchor, 1, j)
        keyed.append((key, Bead(left=bl, right=br, cost=round(c, 6), score=round(score, 4))))
    keyed.sort(key=lambda kb: kb[0])
    return tuple(b for _, b in keyed)


def feature_lists(
    left: Document, right: Document, left_values: ValueMap | None = None, right_values: ValueMap | None = None
) -> tuple[list[Features], list[Features]]:
    """The per-block features of both documents (values add anchors; see block_features)."""
    lv, rv = left_values or {}, right_values or {}
    lf = [block_features(b, tuple(lv.get(b.id, ()))) for b in left.blocks]
    rf = [block_features(b, tuple(rv.get(b.id, ()))) for b in right.blocks]
    return lf, rf
