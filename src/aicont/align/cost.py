"""The cost of a bead: how unlikely it is that these left blocks translate these right blocks.

Evidence, cheapest first:
- length (Gale–Church): translations have proportional lengths; the ratio is measured on the
  document pair itself, so Danish→Swedish or German→English need no table;
- anchors: things that survive translation unchanged — the canonical values of the values stage
  (dates, amounts, percentages, references), digit strings, and names/acronyms (EuroHPC, LUMI,
  InvestAI). Each anchor weighs its inverse document frequency over the pair, so an anchor found
  in many blocks ("AI", "EU", "2025") says little, and small numbers (section numbers, footnote
  numbers, "1") weigh little, so a shared "1" cannot drag a heading onto the wrong paragraph;
- string similarity (rapidfuzz) of the two texts after folding spelling variants of related
  languages (æ/ä, ø/ö, aa/å) and diacritics, which is strong between close languages;
- block kinds (a heading pairs with a heading) and heading/footnote numbers.

All weights below were calibrated on the bundled action plan (Danish OCR vs Swedish text layer)
against the reviewed reference alignment in alignments/; the comments give the measurements.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from aicont.model import Block, BlockKind, Value
from aicont.text import fold_text, in_latin, name_key, name_matches

_WS = re.compile(r"\s+")
# Digit strings with thousands separators or decimals: "6 800", "200", "13,5", "2025".
_NUMBER = re.compile(r"(?<![\w])\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|(?<![\w])\d+(?:[.,]\d+)?(?!\d)")
# A thousands separator: written to start with the separator (the digit before it is looked
# behind), so that the regex engine skips from separator to separator instead of trying every
# character (a fifth of the time of the pattern led by its look-behind).
_THOUSANDS = re.compile(r"[ .\u00a0\u202f](?<=\d[ .\u00a0\u202f])(?=\d{3}(?!\d))")
_LEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")
_DIGITS = re.compile(r"\d+")
# A word of the lexical signal: letters only, from this length (shorter ones are mostly function
# words and inflection endings), cut to a prefix of WORD_STEM letters, a stemmer that knows no
# language: Finnish "sopimuksen"/"sopimus" and Hungarian "megállapodás"/"megállapodásra" meet.
WORD_MIN = 3
WORD_STEM = 6
_LEX_WORD = re.compile(r"[^\W\d_]{3,}")


def number_key(raw: str) -> str:
    return _THOUSANDS.sub("", raw).replace("\u00a0", "").replace(" ", "")


# --------------------------------------------------------------------------- features


@dataclass(slots=True)
class Features:
    """What the cost needs to know about one block (or a run of blocks)."""

    kind: str
    number: str | None
    size: int  # folded characters
    text: str  # folded text
    anchors: Counter[str] = field(default_factory=Counter)
    sample: str = ""  # what the text similarity compares (see text_sample)
    # word stems for the learned lexical signal, filled on first use (see stems_of): only a pair
    # of distant languages needs them
    words: frozenset[str] | None = None
    shape: str = ""  # the punctuation that ends it and whether it is set in capitals (see text_shape)
    # rapidfuzz's ratio of `sample` against the samples of right-side records, filled on first use
    # (see BeadCoster.char_sim): the passes of an alignment compare many pairs more than once
    ratios: dict[str, float] | None = None


def digit_runs(text: str) -> set[str]:
    """The numbers of a text as runs of digits, thousands groups joined and leading zeros dropped:
    the same set for "16.10.2006", "2006.10.16." and "16 октомври 2006" minus the month, for
    "2 500", "2.500" and "2500", and for "09.04" and "9. april" — whatever the language."""
    if not _DIGITS.search(text):
        return set()
    return {run.lstrip("0") or "0" for run in _DIGITS.findall(_THOUSANDS.sub("", text))}


_END_MARKS = frozenset(":;,.!?)")
# The longest passage whose capitals count (the longest DGT heading set in capitals has 105
# characters; a passage of 200 in capitals is a rare shout, and the flag is only weak evidence).
SHAPE_CAPS_CHARS = 200


def text_shape(text: str) -> str:
    """What a translation keeps of a passage's form in any language: the punctuation mark that
    ends it ("." of a sentence, ":" of a lead-in, ";" or "," of a list item or recital, nothing
    after a title) and whether it is set in capitals (a heading such as "ANNEX" / "ΠΑΡΑΡΤΗΜΑ")."""
    stripped = text.rstrip()
    end = stripped[-1:] if stripped[-1:] in _END_MARKS else "-"
    # capitals are looked for in passages of a heading's size only (a scan of every paragraph
    # would cost more than the rest of the features)
    caps = False
    if len(stripped) <= SHAPE_CAPS_CHARS:
        letters = [c for c in stripped if c.isalpha()]
        caps = len(letters) >= 3 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)
    return end + ("C" if caps else "l")


def word_stems(folded: str) -> frozenset[str]:
    return frozenset(w[:WORD_STEM] for w in _LEX_WORD.findall(folded))


def stems_of(f: Features) -> frozenset[str]:
    """The word stems of a feature record, computed once."""
    if f.words is None:
        f.words = word_stems(f.text)
    return f.words


# rapidfuzz's ratio costs O(len1 * len2 / 64); on the action plan, comparing the first and the
# last 300 folded characters of each side separates correct from wrong pairs as well as the
# whole texts (correct 0.53-0.65 vs wrong <= 0.45, against 0.54-0.66 vs <= 0.44 on full texts)
# at a third of the time for a typical 800-character paragraph.
SAMPLE_CHARS = 300


def text_sample(text: str) -> str:
    if len(text) <= 2 * SAMPLE_CHARS:
        return text
    return text[:SAMPLE_CHARS] + " " + text[-SAMPLE_CHARS:]


def _small_number(key: str) -> bool:
    """1 to 99 without decimals: section numbers, footnote numbers, counts like "5"."""
    return key.isdigit() and len(key) <= 2


@lru_cache(maxsize=4096)
def block_fold(text: str) -> str:
    """`fold_text` of a block's text, kept for a while: the aligner folds every block, and AC507
    measures the same blocks by their folded length (checks/sentences._block_sizes)."""
    return fold_text(text)


def block_features(block: Block, values: Sequence[Value] | None = None) -> Features:
    """Features of one block; `values` are its values from the values stage (None: none known).

    Anchors: the block's digit runs ("d:"), which every EU language writes alike; its names and
    acronyms ("n:", transliterated, so a Latin acronym in a Greek text still matches); and the
    canonical forms of its values ("v:"), which add what digits cannot show ("sju" = "syv" = 7,
    "andra kvartalet" = "2. kvartal"). Values only reward a shared anchor: the values stage may
    know one language's month names and not the other's (see BeadCoster.anchor_term).
    """
    text = block.text
    if block.kind in (BlockKind.HEADING, BlockKind.FOOTNOTE):
        # The section or footnote number is matched separately (Features.number); as a digit
        # string it would be a shared small number on the wrong blocks.
        text = _LEADING_NUMBER.sub("", text, count=1)
    anchors: Counter[str] = Counter()
    # Anchors count once per block: a name repeated in one sentence is not more evidence.
    for m in name_matches(text):
        key = name_key(m.group(0))  # in Latin letters: a Latin acronym in a Greek text still matches
        if len(key) >= 2:
            anchors["n:" + key] = 1
    for run in digit_runs(text):
        anchors["d:" + run] = 1
    for v in values or ():
        anchors[f"v:{v.kind}:{v.canonical}"] = 1
    number = block.number if block.kind in (BlockKind.HEADING, BlockKind.FOOTNOTE) else None
    folded = in_latin(block_fold(text))
    return Features(str(block.kind), number, len(folded), folded, anchors, text_sample(folded), None, text_shape(text))


def anchor_weights(left: Sequence[Features], right: Sequence[Features]) -> dict[str, float]:
    """Inverse block frequency of every anchor over both documents.

    idf = log(N / df): an anchor in one block of 400 weighs 6, one in every tenth block 2.3, one
    in every other block ("AI", "EU") 0.7. Small numbers and values of kind number/count get a
    third of that (they are common and they are what section and footnote numbers look like).
    """
    df: Counter[str] = Counter()
    for f in (*left, *right):
        df.update(f.anchors.keys())
    total = max(1, len(left) + len(right))
    weights: dict[str, float] = {}
    for key, d in df.items():
        w = max(0.0, math.log(total / d))
        raw = key.rsplit(":", 1)[-1]
        if _small_number(raw) and not key.startswith("n:"):
            w /= 3.0
        weights[key] = w
    return weights


# --------------------------------------------------------------------------- cost


@dataclass(frozen=True, slots=True)
class CostParams:
    """Weights of the bead cost; see the module docstring and the comments for their origin."""

    # Weights of the evidence. Their ratios come from a logistic regression of correct against
    # wrong pairs (the 198 paired beads of the reviewed action-plan reference against 215
    # pairs between unrelated documents and 382 near misses), which gave text : length :
    # anchors = 7.4 : 5.0 : 4.1, i.e. 2.5 : 1.7 : 1.4; length and anchors were then lowered
    # to 1.2 each because the aligner also needs to pair blocks whose anchors were translated
    # away (spelled-out acronyms) and whose lengths differ after OCR debris, which the
    # regression's pairs under-represent. Length: |log(length ratio)| after the document-level
    # ratio is divided out; a correct pair has a median of 0.05 and a 95th percentile of 0.2.
    length: float = 1.2
    # Weight of (1 - normalised text similarity). Correct Danish/Swedish pairs score 0.51-0.98
    # (5th percentile 0.51, median 0.64) with rapidfuzz's ratio after folding, unrelated ones
    # 0.35-0.45: we subtract the chance level and rescale so that 0 is chance and 1 is
    # identical text. The chance level is measured on each document pair (chance_similarity),
    # because it depends on how close the two languages are; `sim_floor` is the fallback.
    text: float = 2.5
    sim_floor: float = 0.40
    # Weight of the anchor term (see BeadCoster.anchor_term): the reward of shared anchors
    # saturates as shared / (shared + anchor_half) in idf units, so two blocks sharing
    # "EuroHPC" and "2018" are a strong pair and two blocks without anchors tell nothing.
    anchors: float = 1.2
    anchor_half: float = 3.0
    # Weight of anchors found on one side only, relative to the reward of shared ones.
    anchor_mismatch: float = 0.3
    # A heading opposite a non-heading, or a footnote opposite body text, is almost never a
    # translation; a heading pair with the same section number almost always is.
    kind_mismatch: float = 1.0
    number_match: float = -1.0
    number_mismatch: float = 0.5
    rare_kind_match: float = -0.7
    # The form of the two passages (see text_shape): the same end mark and case is weak evidence
    # for a pair, a different one weak evidence against it, each about as much as a shared
    # anchor of middling weight; what tips a short heading ("ANNEX" / "MELLÉKLET") or a lead-in
    # ("HAS DECIDED AS FOLLOWS:") onto its partner when its words are unknown.
    shape_match: float = -0.3
    shape_mismatch: float = 0.3
    # A shared shape rewards in proportion to its rarity: in full from an inverse block frequency
    # of this (a shape found in one block in 7 or fewer), hardly at all for the shape most
    # paragraphs share (a sentence in lower case: 60-80% of the blocks), so that two unrelated
    # documents do not pair their paragraphs for ending alike.
    shape_idf_full: float = 2.0
    # Prior cost of the rarer shapes, added on top of the evidence (vecalign uses the same idea):
    # a 1-2 bead must explain the data clearly better than a 1-1 bead plus a deletion.
    shape: Mapping[tuple[int, int], float] = field(
        default_factory=lambda: {(1, 1): 0.0, (1, 2): 0.3, (2, 1): 0.3, (2, 2): 1.5, (1, 3): 0.6, (3, 1): 0.6}
    )
    # Multiplies how much worse a merged bead's evidence is than its best single part (see
    # BeadCoster.__call__); 2 makes an absorbed short block cost about as much as its deletion.
    merge_gain: float = 2.0
    # How much better (in |log length ratio|) a merged bead's lengths must fit than its best
    # part's: 0.1 is a 10% better length ratio.
    merge_length_gain: float = 0.1
    # |log length ratio| of a diagonal pair above which a 2-2 bead may be a shifted paragraph
    # boundary (0.4: one pair 1.5x longer on one side; correct 1-1 pairs are at 0.35 or less
    # for 95% of the action plan's).
    boundary_shift: float = 0.4
    # The cost of leaving one block unpaired (1-0 or 0-1). Two deletions (2.0) are cheaper than
    # a pair whose text is at chance level (2.5 plus the rest) and dearer than all but three
    # correct pairs of the action plan (those are recovered by position: see align's lone-gap
    # and near-crossing passes). Measured: deletion 0.9 loses 5 reference beads, 1.0 none, and
    # at 1.0 the aligner pairs 19%/7%/6% of the blocks of the three unrelated Danish documents
    # against the Swedish action plan, against 58%/43%/45% at 1.1 with the earlier weights.
    deletion: float = 1.0


def merge_features(parts: Sequence[Features]) -> Features:
    """A run of blocks as one feature record (texts joined, anchors united)."""
    anchors: Counter[str] = Counter()
    for p in parts:
        for key in p.anchors:
            anchors[key] = 1
    kinds = {p.kind for p in parts}
    kind = parts[0].kind if len(kinds) == 1 else "mixed"
    size = sum(p.size for p in parts) + len(parts) - 1
    text = " ".join(p.text for p in parts)
    words = frozenset().union(*(p.words for p in parts)) if all(p.words is not None for p in parts) else None
    # a run of blocks ends as its last block does, and is in capitals when all its blocks are
    caps = "C" if all(p.shape.endswith("C") for p in parts) else "l"
    shape = parts[-1].shape[:1] + caps if parts[-1].shape else ""
    return Features(kind, parts[0].number, size, text, anchors, text_sample(text), words, shape)


RARE_KINDS = frozenset({"figure", "table", "box", "title"})


def chance_similarity(left: Sequence[Features], right: Sequence[Features], samples: int = 120) -> float | None:
    """The median text similarity of blocks that are *not* translations of each other.

    Pairs each sampled left block with a right block of comparable length (within 1.5x) some
    way off its expected position (the diagonal), where its translation is not: 25 to 50
    blocks away, or half the document when it is short. Not "half a document away" always: a
    document that repeats itself would pair a block with a copy of its translation. Danish vs
    Swedish gives 0.41; unrelated languages give less, near-identical ones more. None when
    there are too few blocks.
    """
    from rapidfuzz.fuzz import ratio

    n, m = len(left), len(right)
    if n < 8 or m < 8:
        return None
    offset = 25 if m >= 100 else m // 2
    step = max(1, n // samples)
    values = []
    for i in range(0, n, step):
        lf = left[i]
        if lf.size < 80:
            continue
        start = int(i * m / n) + offset
        for k in range(min(25, m // 4) + 1):
            rf = right[(start + k) % m]
            if rf.size >= 80 and 1.5 * lf.size >= rf.size and 1.5 * rf.size >= lf.size:
                values.append(ratio(lf.sample, rf.sample) / 100.0)
                break
    if len(values) < 5:
        return None
    values.sort()
    return min(0.8, max(0.05, values[len(values) // 2]))


# --------------------------------------------------------------------------- calibration on the pair

# The normalised text similarity (0 = chance, 1 = identical) of a correct pair of close
# languages: the median correct pair of the bundled Danish/Swedish pair scores 0.39 (raw 0.64
# against a chance level of 0.41) and the DGT da-sv pairs 0.54. A pair of languages whose
# correct pairs score less (English/Greek: 0.15 after transliteration; English/Hungarian 0.07)
# has its similarity stretched up to this level, so that a correct pair of any two languages
# costs what a correct Danish/Swedish pair costs; pairs at this level or above are left alone.
TEXT_REFERENCE = 0.4
# A pair whose correct first-pass pairs score at least this (normalised) is read as it is: the
# bundled Danish/Swedish pair scores 0.385 (an OCR'd side lowers it), English/German 0.23,
# English/Greek 0.15. Between this and TEXT_REFERENCE the stretch would be under 1.35: not worth
# a second pass, and Danish/Swedish stays exactly the calibrated case it was.
TEXT_CLOSE = 0.3
# At most this stretch: beyond it the text is noise, whatever the first pass found.
MAX_TEXT_GAIN = 4.0
# A calibration needs this many 1-1 beads of the first pass (fewer: a tiny or unrelated pair).
MIN_CALIBRATION_PAIRS = 8
# The text medians are taken over at most about this many pairs (evenly spread): enough for a
# median, and no cost that grows with the document for a pair that needs no calibration.
CALIBRATION_SAMPLE = 60
# The null sample pairs each left block with the right block of the bead this many beads on: a
# pair of the same document pair at the same place in the text, which is not a translation.
NULL_SHIFT = 3
# ... and the correct pairs must score at least this much above it (normalised similarity), or
# the first pass's pairs are no better than chance (unrelated documents) and nothing is stretched.
MIN_SIGNAL = 0.03
# The learned lexicon (hunalign's idea, with Dice instead of a dictionary): word stems that stand
# in the same first-pass beads. A pair is kept when the stems co-occur in at least LEX_MIN_CO
# beads with a Dice coefficient of at least LEX_DICE, at most LEX_TOP translations per stem; a
# stem found in more than LEX_MAX_DF of the beads (function words) and the words of a bead beyond
# its LEX_WORDS rarest are left out, so learning is linear in the document's length.
LEX_MIN_CO = 2
LEX_DICE = 0.5
LEX_TOP = 3
LEX_MAX_DF = 0.3
LEX_WORDS = 24

_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class TextCalibration:
    """How the text evidence of one document pair is read (see `calibrate_text`)."""

    gain: float = 1.0
    lexicon: Mapping[str, frozenset[str]] = field(default_factory=dict)  # left stem -> right stems
    reverse: Mapping[str, frozenset[str]] = field(default_factory=dict)  # right stem -> left stems
    lex_floor: float = 0.0
    lex_gain: float = 1.0


def learn_lexicon(
    pairs: Sequence[tuple[Features, Features]], max_df: float = LEX_MAX_DF, max_words: int = LEX_WORDS
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Word-stem translations learned from pairs of blocks that translate each other (Dice).

    `max_df` and `max_words`: see LEX_MAX_DF and LEX_WORDS (the clause check, AC508, learns the
    frequent words too: "Regulation" / "Verordnung" in a list of acts)."""
    df_l: Counter[str] = Counter()
    df_r: Counter[str] = Counter()
    for a, b in pairs:
        df_l.update(stems_of(a))
        df_r.update(stems_of(b))
    top_df = max(2.0, max_df * len(pairs))

    def kept(words: frozenset[str], df: Counter[str]) -> list[str]:
        usable = sorted((w for w in words if LEX_MIN_CO <= df[w] <= top_df), key=lambda w: (df[w], w))
        return usable[:max_words]

    co: Counter[tuple[str, str]] = Counter()
    for a, b in pairs:
        right = kept(stems_of(b), df_r)
        for w in kept(stems_of(a), df_l):
            for t in right:
                co[(w, t)] += 1
    scored = sorted(
        (-2.0 * c / (df_l[w] + df_r[t]), w, t) for (w, t), c in co.items() if c >= LEX_MIN_CO
    )
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for neg, w, t in scored:
        if -neg < LEX_DICE:
            break
        if len(forward.get(w, ())) < LEX_TOP and len(backward.get(t, ())) < LEX_TOP:
            forward.setdefault(w, []).append(t)
            backward.setdefault(t, []).append(w)
    return (
        {w: frozenset(ts) for w, ts in forward.items()},
        {t: frozenset(ws) for t, ws in backward.items()},
    )


def lexical_similarity(lf: Features, rf: Features, cal: TextCalibration) -> float:
    """Share of the two blocks' word stems that have a learned translation in the other block."""
    left, right = stems_of(lf), stems_of(rf)
    if not left or not right:
        return 0.0
    hits = sum(1 for w in left if not cal.lexicon.get(w, _NO_WORDS).isdisjoint(right))
    hits += sum(1 for t in right if not cal.reverse.get(t, _NO_WORDS).isdisjoint(left))
    return hits / (len(left) + len(right))


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def calibrate_text(coster: BeadCoster, pairs: Sequence[tuple[int, int]]) -> TextCalibration | None:
    """How to read the text evidence of this document pair, from the 1-1 beads of a first pass.

    None when the text needs no help (close languages: the correct pairs already score like
    Danish/Swedish ones) or when the first pass found too few pairs, or pairs no better than
    chance, to learn from (unrelated documents stay unrelated). Otherwise the stretch of the
    character similarity (`gain`) and a lexicon learned from the pairs, with the chance level
    and the stretch of its own similarity measured the same way.
    """
    if len(pairs) < MIN_CALIBRATION_PAIRS:
        return None
    left, right = coster.left, coster.right
    shifted = [(i, pairs[(k + NULL_SHIFT) % len(pairs)][1]) for k, (i, _) in enumerate(pairs)]
    # the medians from an even sample of the pairs: a close pair of languages is told at once
    step = max(1, len(pairs) // CALIBRATION_SAMPLE)
    true = _median([coster.char_sim(left[i], right[j]) for i, j in pairs[::step]])
    if true >= TEXT_CLOSE:
        return None
    null = _median([coster.char_sim(left[i], right[j]) for i, j in shifted[::step]])
    if true - null < MIN_SIGNAL:
        return None
    gain = min(MAX_TEXT_GAIN, TEXT_REFERENCE / true)
    lexicon, reverse = learn_lexicon([(left[i], right[j]) for i, j in pairs])
    if not lexicon:
        return TextCalibration(gain=gain)
    bare = TextCalibration(lexicon=lexicon, reverse=reverse)
    lex_true = _median([lexical_similarity(left[i], right[j], bare) for i, j in pairs])
    lex_null = _median([lexical_similarity(left[i], right[j], bare) for i, j in shifted])
    if lex_null >= 1.0 or lex_true - lex_null < MIN_SIGNAL:
        return TextCalibration(gain=gain)
    lex_norm = (lex_true - lex_null) / (1.0 - lex_null)
    lex_gain = min(MAX_TEXT_GAIN, max(1.0, TEXT_REFERENCE / lex_norm))
    return TextCalibration(gain=gain, lexicon=lexicon, reverse=reverse, lex_floor=lex_null, lex_gain=lex_gain)


class BeadCoster:
    """Computes `cost(i, a, j, b)` for the DP over two feature lists, with a cache of merged runs."""

    def __init__(
        self,
        left: Sequence[Features],
        right: Sequence[Features],
        params: CostParams | None = None,
        weights: Mapping[str, float] | None = None,
        ratio: float | None = None,
        floor: float | None = None,
        calibration: TextCalibration | None = None,
    ) -> None:
        self.left = left
        self.calibration = calibration
        self.right = right
        self.params = params or CostParams()
        # The similarity of two unrelated blocks of this document pair (see chance_similarity).
        self.floor = self.params.sim_floor if floor is None else floor
        self.weights = dict(weights) if weights is not None else anchor_weights(left, right)
        if ratio is None:
            total_left = sum(f.size for f in left) or 1
            total_right = sum(f.size for f in right) or 1
            ratio = total_right / total_left
        self.ratio = ratio
        self._runs: dict[tuple[int, int, int], Features] = {}
        self._pairs: dict[tuple[int, int, int, int], tuple[float, bool]] = {}
        self._beads: dict[tuple[int, int, int, int], float] = {}
        self._left_prefix = [0]
        for f in left:
            self._left_prefix.append(self._left_prefix[-1] + f.size)
        self._right_prefix = [0]
        for f in right:
            self._right_prefix.append(self._right_prefix[-1] + f.size)
        shapes = Counter(f.shape for f in (*left, *right))
        total = max(1, len(left) + len(right))
        self._shape_weight = {
            sh: min(1.0, math.log(total / df) / self.params.shape_idf_full) for sh, df in shapes.items()
        }
        self._left_logs = [math.log(f.size + 20.0) for f in left]
        self._right_logs = [math.log(f.size + 20.0) for f in right]
        self._log_ratio = math.log(self.ratio)
        from rapidfuzz.fuzz import ratio as _text_ratio  # imported once per coster, not per pair

        self._text_ratio = _text_ratio

    def run(self, side: int, i: int, a: int) -> Features:
        """Blocks [i, i+a) of a side merged into one feature record."""
        feats = self.left if side == 0 else self.right
        if a == 1:
            return feats[i]
        key = (side, i, a)
        got = self._runs.get(key)
        if got is None:
            got = merge_features(feats[i : i + a])
            self._runs[key] = got
        return got

    def merged(self, side: int, indices: Sequence[int]) -> Features:
        """Any blocks of a side (not necessarily adjacent) merged into one feature record."""
        feats = self.left if side == 0 else self.right
        if len(indices) == 1:
            return feats[indices[0]]
        return merge_features([feats[k] for k in indices])

    def __call__(self, i: int, a: int, j: int, b: int) -> float:
        if a == 0 or b == 0:
            return self.params.deletion * (a + b)
        key = (i, a, j, b)
        got = self._beads.get(key)
        if got is None:
            got = self._bead(i, a, j, b)
            self._beads[key] = got
        return got

    def _size(self, side: int, i: int, a: int) -> int:
        prefix = self._left_prefix if side == 0 else self._right_prefix
        return prefix[i + a] - prefix[i] + a - 1

    def _len_term(self, left_size: int, right_size: int) -> float:
        return abs(math.log((right_size + 20.0) / (self.ratio * (left_size + 20.0))))

    def _bead(self, i: int, a: int, j: int, b: int) -> float:
        p = self.params
        if a == 1 and b == 1:
            # A pair dearer than deleting both blocks never wins: no need for its text.
            return self.pair(i, 1, j, 1, 2.0 * p.deletion)
        shape = p.shape.get((a, b))
        if shape is None:
            if min(a, b) != 1:
                return math.inf
            # 1-4, 5-1, ... (max_bead > 3): each further merged list item adds 0.3, like 1-2.
            shape = 0.3 * (max(a, b) - 1)
        # A split paragraph shows in the lengths: the merged side matches the other side's
        # length better than any of its parts does. Without that, a merged bead is only a way
        # to pool the anchors of neighbours (the action plan's wrong 2-2 beads before this rule
        # all had a merged length term no better than their best part's). Checked first: it
        # needs no text and rejects most candidates.
        log_ratio = self._log_ratio
        # (the sizes of self._size, inlined: this runs for every candidate bead of the DP; one
        # block's is the log its list keeps)
        lp, rp = self._left_prefix, self._right_prefix
        left_logs, right_logs = self._left_logs, self._right_logs
        log_l = left_logs[i] if a == 1 else math.log(lp[i + a] - lp[i] + a - 1 + 20.0)
        log_r = right_logs[j] if b == 1 else math.log(rp[j + b] - rp[j] + b - 1 + 20.0)
        merged_len = abs(log_r - log_l - log_ratio)
        best_len = math.inf
        if a > 1:
            for x in range(i, i + a):
                if (part := abs(log_r - left_logs[x] - log_ratio)) < best_len:
                    best_len = part
        if b > 1:
            for y in range(j, j + b):
                if (part := abs(right_logs[y] - log_l - log_ratio)) < best_len:
                    best_len = part
        if merged_len > best_len - p.merge_length_gain:
            return math.inf
        # A 2-2 bead is for a paragraph boundary placed differently in the two versions, which
        # shows as a length mismatch of a diagonal pair. When both diagonal pairs fit in length
        # (a lead-in line and a list item opposite the same two), they are two 1-1 beads, however
        # much evidence pooling them gathers.
        if a == 2 and b == 2:
            diagonal = max(
                self._len_term(self.left[i].size, self.right[j].size),
                self._len_term(self.left[i + 1].size, self.right[j + 1].size),
            )
            if diagonal < p.boundary_shift:
                return math.inf
        # Each block of a merged bead must pull its weight: a 1-2 bead is a split paragraph only
        # if the pair gets *better* evidence with both right blocks than with the best one
        # alone. Otherwise a short block that has no counterpart (a real omission) would hide
        # inside its neighbour's bead, where no one looks for it.
        best_part = min(
            [self.pair(i + x, 1, j, b, (1 + b) * p.deletion) for x in range(a) if a > 1]
            + [self.pair(i, a, j + y, 1, (a + 1) * p.deletion) for y in range(b) if b > 1]
        )
        # The merged bead competes with its best part plus deletions of the other blocks; when
        # even a lower bound of its cost loses, its text is never compared.
        # The evidence of a merged bead counts once per block pair it stands for ((a+b)/2), as
        # two 1-1 beads would: otherwise one 2-2 bead (one evidence cost) beats two correct 1-1
        # beads (two evidence costs, each with the residual cost of any translation).
        size = (a + b) / 2.0
        limit = (best_part + (a + b - 2) * p.deletion - shape) / size
        merged = self.pair(i, a, j, b, limit)
        return shape + size * merged + p.merge_gain * max(0.0, merged - best_part)

    def pair(self, i: int, a: int, j: int, b: int, limit: float = math.inf) -> float:
        """Evidence cost of left[i:i+a] against right[j:j+b] (cached), or a lower bound of it
        that is >= `limit` when the text comparison cannot bring it under `limit`."""
        key = (i, a, j, b)
        got = self._pairs.get(key)
        if got is None or (got[1] and got[0] < limit):
            lf = self.left[i] if a == 1 else self.run(0, i, a)
            rf = self.right[j] if b == 1 else self.run(1, j, b)
            cost, bound = self.pair_cost(lf, rf, limit), False
            if cost >= limit:
                bound = True
            got = (cost, bound)
            self._pairs[key] = got
        return got[0]

    def pair_cost(self, lf: Features, rf: Features, limit: float = math.inf) -> float:
        """Evidence cost of a pair (lower = more likely a translation). When `limit` is given
        and a lower bound already reaches it, the lower bound is returned instead."""
        p = self.params
        cost = p.length * self._len_term(lf.size, rf.size)  # (length_term, one call less)
        cost += p.anchors * self.anchor_term(lf, rf)
        cost += self.kind_term(lf, rf)
        # Text similarity last: rapidfuzz on two long paragraphs is the most expensive step. Its
        # normalised Indel similarity cannot exceed 2*min/(sum) of the two lengths, which gives
        # a lower bound of the cost for free.
        if lf.size and rf.size:
            best = 2.0 * min(lf.size, rf.size) / (lf.size + rf.size)
        else:
            best = 0.0
        floor = self.floor
        cal = self.calibration
        if cal is not None and cal.lexicon:
            lower = cost  # the lexical similarity has no bound from the lengths
        else:
            gain = cal.gain if cal is not None else 1.0
            lower = cost + p.text * (1.0 - min(1.0, gain * max(0.0, (best - floor) / (1.0 - floor))))
        if lower >= limit:
            return lower
        return cost + p.text * (1.0 - self.text_sim(lf, rf))

    def length_term(self, lf: Features, rf: Features) -> float:
        # +20 smooths very short blocks (a heading of 8 letters vs 14 is not a mismatch).
        return self._len_term(lf.size, rf.size)

    def anchor_term(self, lf: Features, rf: Features) -> float:
        """-1..+mismatch: shared anchors are strong evidence for a pair; anchors on one side only
        are weak evidence against it, because translators spell names out ("IPCEI'er" vs
        "viktiga projekt av gemensamt europeiskt intresse", "SMV'er" vs "små och medelstora
        företag") and because a value that differs is exactly what the checks must report, so
        it must not pull the pair apart."""
        la, ra = lf.anchors, rf.anchors
        if not la or not ra:
            return 0.0
        w = self.weights.get
        shared = 0.0
        total = 0.0
        for key in la:
            wk = w(key, 1.0)
            if key in ra:
                shared += 2.0 * wk
                total += 2.0 * wk
            elif not key.startswith("v:"):  # a value only one side's values stage knows
                total += wk
        for key in ra:
            if key not in la and not key.startswith("v:"):
                total += w(key, 1.0)
        if total <= 0.0:
            return 0.0
        p = self.params
        reward = shared / (shared + p.anchor_half)
        unshared = (total - shared) / total
        return -reward + p.anchor_mismatch * unshared * total / (total + p.anchor_half)

    def kind_term(self, lf: Features, rf: Features) -> float:
        p = self.params
        cost = 0.0
        lh, rh = lf.kind == "heading", rf.kind == "heading"
        lfn, rfn = lf.kind == "footnote", rf.kind == "footnote"
        if lh != rh or lfn != rfn:
            cost += p.kind_mismatch
        if lf.number and rf.number and (lh and rh or lfn and rfn):
            cost += self.number_term(lf, rf)
        elif lf.kind == rf.kind and lf.kind in RARE_KINDS:
            # A figure opposite a figure, a table opposite a table: their text is often OCR
            # debris or a list of labels, so the kind is the best evidence they have.
            cost += p.rare_kind_match
        if lf.shape and rf.shape:
            if lf.shape == rf.shape:
                cost += p.shape_match * self._shape_weight.get(lf.shape, 1.0)
            else:
                cost += p.shape_mismatch
        return cost

    def number_term(self, lf: Features, rf: Features) -> float:
        """The evidence of two headings' or footnotes' numbers (0 when either has none)."""
        if not (lf.number and rf.number and lf.kind == rf.kind and lf.kind in ("heading", "footnote")):
            return 0.0
        p = self.params
        return p.number_match if lf.number == rf.number else p.number_mismatch

    def content_cost(self, lf: Features, rf: Features) -> float:
        """The pair cost without the numbers' evidence: what verifies a pairing by number."""
        return self.pair_cost(lf, rf) - self.number_term(lf, rf)

    def char_sim(self, lf: Features, rf: Features) -> float:
        """Character similarity of the two (transliterated, folded) texts: 0 = chance, 1 = identical."""
        if not lf.sample or not rf.sample:
            return 0.0
        ratios = lf.ratios
        if ratios is None:
            ratios = lf.ratios = {}
        s = ratios.get(rf.sample)
        if s is None:
            s = ratios[rf.sample] = self._text_ratio(lf.sample, rf.sample) / 100.0
        floor = self.floor
        return max(0.0, (s - floor) / (1.0 - floor))

    def text_sim(self, lf: Features, rf: Features) -> float:
        """The text evidence, 0..1: the character similarity, read through the pair's calibration
        (stretched, or the learned lexicon's similarity when that is stronger)."""
        s = self.char_sim(lf, rf)
        cal = self.calibration
        if cal is None:
            return s
        s = min(1.0, cal.gain * s)
        if cal.lexicon:
            lex = (lexical_similarity(lf, rf, cal) - cal.lex_floor) / (1.0 - cal.lex_floor)
            s = max(s, min(1.0, cal.lex_gain * lex))
        return s
