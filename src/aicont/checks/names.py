"""AC404/AC405: names and acronyms (EuroHPC, InvestAI, ARISA) that one version of a passage gives and the other does not.

Part of the entities family (AC4xx); in its own module because it reads words and names, not the
reference values of checks/entities.py.

A name (a word with two capitals: an acronym, "EuroHPC", "GenAI4EU") is looked for on the other
side among all its words, not only among its names: case-insensitively ("ARISA" = "Arisa"), OCR-
folded ("InvestAl" = "InvestAI"), transliterated ("ATM" in a Greek text), as a word or the start of
one ("EuroHPC:s", "AI-förordningen", "SMV'er"). The document's names are those of both sides, each
counted on both sides in any of these forms, so a name one version writes as a plain word ("RAISE"
/ "Raise", "ICAO" / "ICAOn") is judged from either side. Whether its absence matters is learned
from the pair:

- a name the pair gives on both sides in every other passage where it stands is missing here
  (translators who write an acronym out, or use their own, never keep it: "SMV" / "SMF"), unless
  the other side writes it out here and this side does not give it in brackets after the same
  phrase ("European Cockpit Association (ECA)" / "European Cockpit Association" is reported), or
  gives an acronym of its own at the same place ("(ATM)" / "(ΔΕΚ)": a local acronym is normal in
  translation, even where the same translation keeps "(ATM)" in other passages) (AC404);
- an acronym introduced in brackets after the phrase it abbreviates, "(IPCEI)", that the other
  version never gives (AC405, off by default: that is as often the translation's style).

Measured on the shared DGT acts (en against the 22 other languages, da-sv, de-fr; both acts, 46
pair-documents): AC404 8 times, 4 of them an acronym that the translation gives in its other
passages and not in this one ("(ATM)" in the Swedish, Danish and Greek, "(SESAR)" in the Slovak;
the Greek one writes its own "(ΔΕΚ)" there and is no finding now, see _local_acronym),
4 no error ("EASA" written out in full in one passage of two, "UIR" in a segment Latvian merged
with the next); AC405 30 times ("(VAT)", "(EAEC)" never given by German, Danish ...). Seeded
removals: benchmarks/bench_omissions.py (README, "Omissions").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Iterator, NamedTuple

from aicont.checks.context import DocumentContext, Hit, PairContext, blocks_quote, value_quote
from aicont.checks.registry import check
from aicont.model import Block, Confidence, Kind, Severity, Value
from aicont.text import LOWER, WORD, is_roman, name_key, name_matches

# A name in more than this share of the paired passages is the document's vocabulary ("EU", "AI"),
# which a translator may write out or leave implicit; only rarer, distinctive names are checked.
COMMON_SHARE = 0.1
COMMON_MIN = 3
# A name is found at the start of a longer word of the other side ("EuroHPCs", "Arisan") from this
# many letters: a shorter key ("EU", "ATM") must stand as a word of its own, or "eu" would be found
# in "europæisk" and "atm" in "atmosphere".
PREFIX_MIN = 4
# A name counts as kept in translation when the other side has it in every other passage where it
# stands, and in at least this many. One: with two, the names that stand in two passages could
# never be found (recall of seeded removals 55 % instead of 90 %+, benchmarks/bench_omissions.py);
# the price, measured on the DGT acts (46 pair-documents): 4 findings that are not errors, "EASA"
# written out in full in one passage of two (Estonian, Polish, Swedish) and "UIR" in a segment that
# Latvian merged with the next, against 4 real ones. A name of two letters ("AI", "EU", "UN": short,
# generic, often written out by one version) needs one more.
KEPT_MIN = 1
# A block whose letters are capitals in at least this share is a title set in capitals: its words
# ("KAPITEL", "UNION", "HAR") are not names.
CAPITALS_SHARE = 0.8

# two lower-case letters in a row: a name ("EuroHPC"), not an acronym ("FoI", "KfW")
_LOWER_PAIR = re.compile(rf"[{LOWER}]{{2}}")
# letters and digits: a word and what is glued to it ("GenAI4EU"); hyphens, apostrophes and colons
# split ("AI-förordningen", "SMV'er", "EuroHPC:s")
_TOKEN = re.compile(r"[^\W_]+")
# a name first in brackets, the brackets closing at the end of its word: "(ARISA)", "(KI-grupper)"
_OPENS = re.compile(r"\(\s*[\"'“‘«„]?$")
_CLOSES = re.compile(r"[^\s()]*\)")


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """The word `m` of `text` stands alone in brackets: "(ARISA)", "(„ATM“)"."""
    return bool(_OPENS.search(text, max(0, m.start() - 3), m.start()) and _CLOSES.match(text, m.end()))


# The records below are NamedTuples (immutable like a frozen dataclass): a tenth of the cost to
# define at import, and cheaper to make (every name of every block).


class Occurrence(NamedTuple):
    """One name in a block."""

    key: str  # name_key: case-, accent-, OCR- and script-folded
    raw: str
    start: int
    bracketed: bool  # stands alone in brackets: "(ARISA)"


class BlockNames(NamedTuple):
    """The names of a block and the keys of all its words (for finding a name in any form)."""

    names: tuple[Occurrence, ...]
    capitals: bool  # a title set in capitals (CAPITALS_SHARE)
    tokens: Counter  # key -> how often
    ordered: tuple[str, ...]  # the token keys, sorted (prefix search)

    def count(self, key: str) -> int:  # (not tuple.count: a record's own)
        """How often `key` stands as a word, or as the start of one (from PREFIX_MIN letters)."""
        n = self.tokens.get(key, 0)
        if len(key) >= PREFIX_MIN:
            k = bisect_left(self.ordered, key)
            while k < len(self.ordered) and self.ordered[k].startswith(key):
                if self.ordered[k] != key:
                    n += self.tokens[self.ordered[k]]
                k += 1
        return n


# words set in capitals next to each other ("HAR ENATS OM", "EU/SCHWEIZ HAR"): a styled phrase, not
# acronyms. The neighbour is the nearest run of two letters or more within NEAR characters, and it
# counts when at most GAP characters part it from the name, none of them a bracket: "(SESAR) (OJ L
# 64", "(ICAO) ATM" are no phrase.
NEAR = 40
GAP = 3
_BRACKETS = frozenset("()[]")


def _letter(c: str) -> bool:
    """`c` is what the pattern [^\\W\\d_] matches (a letter, or a numeral that is no digit)."""
    return c.isalnum() and not c.isdecimal()


def _styled(text: str, m: re.Match[str]) -> bool:
    """The name stands next to another word in capitals: part of a phrase set in capitals."""
    # Only the GAP characters on each side of the name can end or start a neighbour that counts, so
    # those are looked at, and the neighbour's other end is found from there.
    start, end = m.start(), m.end()
    lo, hi = max(0, start - NEAR), min(len(text), end + NEAR)
    for stop in range(start, max(lo, start - GAP) - 1, -1):  # the nearest run that ends here
        if stop - lo >= 2 and _letter(text[stop - 1]) and _letter(text[stop - 2]) and (stop == start or not _letter(text[stop])):
            if text[stop - 1].islower():
                break  # a word with a lower-case letter is not in capitals (most words: no need to find their start)
            begin = stop - 2
            while begin > lo and _letter(text[begin - 1]):
                begin -= 1
            if text[begin:stop].isupper() and not _BRACKETS.intersection(text[stop:start]):
                return True
            break
    for begin in range(end, min(hi, end + GAP + 1)):  # the nearest run that starts here
        if hi - begin >= 2 and _letter(text[begin]) and _letter(text[begin + 1]) and (begin == end or not _letter(text[begin - 1])):
            if text[begin].islower():
                return False
            stop = begin + 2
            while stop < hi and _letter(text[stop]):
                stop += 1
            return text[begin:stop].isupper() and not _BRACKETS.intersection(text[end:begin])
    return False


def block_names(text: str) -> BlockNames:
    occurrences = []
    for m in name_matches(text):
        raw = m.group()
        if is_roman(raw):
            continue
        key = name_key(raw)
        if len(key) < 2 or raw.isupper() and _styled(text, m):
            continue
        occurrences.append(Occurrence(key, raw, m.start(), _bracketed(text, m)))
    # a short word in lower case is a word, not an acronym ("atm", "us", "it"); each written form
    # keyed once (a block repeats its words), the keys in the order of their first form
    tokens: Counter = Counter()
    get = tokens.get  # (not `tokens[key] += n`: a new key would go through Counter.__missing__)
    for t, n in Counter(_TOKEN.findall(text)).items():
        if len(t) >= PREFIX_MIN or not t.islower():
            key = name_key(t)
            tokens[key] = get(key, 0) + n
    tokens.pop("", None)
    return BlockNames(tuple(occurrences), _in_capitals(text), tokens, tuple(sorted(tokens)))


_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
# A text in capitals has CAPITALS_SHARE / (1 - CAPITALS_SHARE) capitals (4) for each letter a-z (a
# letter and no capital); a whole number below that ratio (3), for a test free of rounding.
_CAPITALS_PER_LOWER = int(CAPITALS_SHARE / (1 - CAPITALS_SHARE) - 1e-9)


def _in_capitals(text: str) -> bool:
    """At least CAPITALS_SHARE of the letters of `text` are capitals."""
    # a text with fewer other characters than _CAPITALS_PER_LOWER for each a-z (a paragraph) is
    # told at once, without a look at each letter
    lower = sum(map(text.count, _ASCII_LOWER))
    if len(text) - lower < _CAPITALS_PER_LOWER * lower:
        return False
    letters = "".join(filter(str.isalpha, text))
    return sum(map(str.isupper, letters)) >= CAPITALS_SHARE * max(1, len(letters))


def _all_block_names(doc: DocumentContext, side: str) -> tuple[BlockNames, ...]:
    """`block_names` of every block of one side, computed once per pair."""
    blocks = (doc.left if side == "left" else doc.right).blocks
    return doc.memo(("names.blocks", side), lambda: tuple(block_names(b.text) for b in blocks))


def _side_names(doc: DocumentContext, side: str, indices: tuple[int, ...]) -> tuple[BlockNames, ...]:
    per_block = _all_block_names(doc, side)
    return tuple(per_block[i] for i in indices)


def _keys(parts: tuple[BlockNames, ...]) -> set[str]:
    return {o.key for p in parts for o in p.names}


def _count(parts: tuple[BlockNames, ...], key: str) -> int:
    return sum(p.count(key) for p in parts)


class NameStats(NamedTuple):
    """The document's names (the keys of both sides' names) with, for each, how many paired
    passages have it on either side and how many on both (as a name or as any word that starts
    with it: "Raise" for "RAISE", "ICAOn" for "ICAO"); `found[k]` the keys each paired bead has on
    its left and right; `raw` a written form of each key (its acronym if there is one)."""

    either: dict[str, int]
    both: dict[str, int]
    found: dict[int, tuple[Counter, Counter]]
    raw: dict[str, str]
    paired: int

    def common(self, key: str) -> bool:
        return self.either.get(key, 0) > max(COMMON_SHARE * self.paired, COMMON_MIN)


def _key_hits(part: BlockNames, keys: frozenset[str], heads: frozenset[str]) -> Counter:
    """How often each of the document's name keys stands in a block: as a word, or as the start of
    a word (from PREFIX_MIN letters). `heads`: the first PREFIX_MIN letters of the keys that long
    (a word that starts with none of them starts with no key: most words, spared the search)."""
    out: Counter = Counter()
    for token, n in part.tokens.items():
        if token in keys:
            out[token] += n
        if token[:PREFIX_MIN] not in heads:
            continue
        for k in range(PREFIX_MIN, len(token)):
            if token[:k] in keys:
                out[token[:k]] += n
    return out


def _doc_keys(doc: DocumentContext) -> tuple[frozenset[str], dict[str, str]]:
    raw: dict[str, str] = {}
    for side in ("left", "right"):
        for part in _all_block_names(doc, side):
            if part.capitals:
                continue
            for o in part.names:
                if o.key not in raw or _form_rank(o.raw) > _form_rank(raw[o.key]):
                    raw[o.key] = o.raw
    return frozenset(raw), raw


def _form_rank(raw: str) -> int:
    """Which written form of a name to show and spell out: capitals ("ATM"), then an acronym
    ("FoI" before its OCR'd "Fol"), then any."""
    return 2 if raw.isupper() else 0 if _LOWER_PAIR.search(raw) else 1


def _name_stats(doc: DocumentContext) -> NameStats:
    def compute() -> NameStats:
        keys, raw = _doc_keys(doc)
        heads = frozenset(k[:PREFIX_MIN] for k in keys if len(k) >= PREFIX_MIN)
        hits = {side: [_key_hits(p, keys, heads) for p in _all_block_names(doc, side)] for side in ("left", "right")}
        either: Counter = Counter()
        both: Counter = Counter()
        found = {}
        for k, bead in enumerate(doc.beads):
            if not (bead.left and bead.right):
                continue
            left = sum((hits["left"][i] for i in bead.left), Counter())
            right = sum((hits["right"][i] for i in bead.right), Counter())
            found[k] = (left, right)
            either.update(left.keys() | right.keys())
            both.update(left.keys() & right.keys())
        return NameStats(dict(either), dict(both), found, raw, len(found))

    return doc.memo(("names.stats",), compute)


def spelled_out(acronym: str, text: str) -> bool:
    """`text` writes the acronym out: consecutive words (or hyphen parts) whose initials give at
    least three quarters of its letters in order ("Marie Skłodowska-Curie" for "MSCA",
    "artificiell intelligens" for "AI", "forskning och innovation" for "FoI"). An acronym has no
    two lower-case letters in a row."""
    if _LOWER_PAIR.search(acronym):
        return False  # a name such as "InvestAI" or "EuroHPC" is not an abbreviation of words
    # compared folded, OCR confusions and scripts included ("Fol" = "FoI": forskning och innovation)
    caps = [name_key(c)[:1] for c in acronym if c.isalpha()]
    if len(caps) < 2:
        return False
    initials = [name_key(m.group()[0]) for m in WORD.finditer(text)]
    need = max(2, -(-3 * len(caps) // 4))
    for k in range(len(initials)):
        got = 0
        for letter, want in zip(initials[k:], caps):
            if letter != want:
                break
            got += 1
        if got >= need:
            return True
    return False


def _moved_to_neighbour(pair: PairContext, side: str, key: str) -> bool:
    """A bead next to this one has the name more often on `side` (the side that lacks it here) than
    on the other: where it went when the aligner drew the border between two passages differently."""
    found = _name_stats(pair.doc).found
    lacking = 0 if side == "left" else 1
    for k in (pair.index - 1, pair.index + 1):
        if k in found and found[k][lacking][key] > found[k][1 - lacking][key]:
            return True
    return False


def _occurrence(blocks: tuple[Block, ...], key: str) -> tuple[Block, Occurrence]:
    """The first word of `blocks` that is the name or starts with it, as an Occurrence."""
    for block in blocks:
        for m in _TOKEN.finditer(block.text):
            token = name_key(m.group())
            if token == key or len(key) >= PREFIX_MIN and token.startswith(key):
                return block, Occurrence(key, m.group(), m.start(), _bracketed(block.text, m))
    raise LookupError(key)  # pragma: no cover - the key was counted in these blocks


def _quote_name(blocks: tuple[Block, ...], key: str):  # noqa: ANN202 - (Quote, Occurrence)
    block, o = _occurrence(blocks, key)
    value = Value(kind="name", raw=o.raw, canonical=o.raw, block_id=block.id, offset=o.start, line=block.line_at(o.start))
    return value_quote(value, blocks), o


def _first_bracketed(doc: DocumentContext, side: str, key: str) -> int | None:
    """The index of the first block of `side` that gives the acronym in brackets."""
    per_block = _all_block_names(doc, side)
    return next((i for i, p in enumerate(per_block) if any(o.key == key and o.bracketed for o in p.names)), None)


def _anywhere(doc: DocumentContext, side: str, key: str) -> bool:
    """`side` has the name somewhere in the document."""
    return doc.memo(("names.anywhere", side, key), lambda: any(p.count(key) for p in _all_block_names(doc, side)))


def _text(blocks: tuple[Block, ...]) -> str:
    return " ".join(b.text for b in blocks)


# The acronyms a passage gives in brackets, in the order they stand: a word in capitals of two
# letters or more alone in brackets, in any script ("(ΔΕΚ)", "(OEV)", "(EG)"; not a Roman numeral).
# Capitals outside brackets are left out: "OJ L 352" has no such counterpart in German "ABl. L 352",
# and one more on one side would pair every acronym after it with the wrong one.
def _acronyms(blocks: tuple[Block, ...]) -> list[tuple[str, float]]:
    """(key, relative position in the passage) of each acronym the passage gives in brackets."""
    text = _text(blocks)
    size = max(1, len(text))
    return [
        (name_key(m.group()), m.start() / size)
        for m in _TOKEN.finditer(text)
        if m.group().isupper() and sum(c.isalpha() for c in m.group()) >= 2 and not is_roman(m.group())
        and _bracketed(text, m)
    ]


# An acronym and its counterpart stand at the same place of the two passages: their relative
# positions differ by at most this much (a translation reorders within a clause, not across it).
PLACE_SHARE = 0.2


def _local_acronym(pair: PairContext, side: str, key: str) -> bool:
    """The other side gives an acronym of its own at the same place: "(ΔΕΚ)" for "(ATM)", "(OEV)",
    "(УВД)" for "(ATM)" (a local acronym is normal in translation). The acronyms of each side that
    the other side lacks in any form are paired in order, so both sides must have as many of them
    (the other side has one fewer where it has none here: "(ARISA)" / nothing), and the name's
    counterpart must stand at about the same relative position of the passage (PLACE_SHARE)."""
    other = "right" if side == "left" else "left"
    mine_blocks = pair.left if side == "left" else pair.right
    their_blocks = pair.right if side == "left" else pair.left
    mine_names = _side_names(pair.doc, side, getattr(pair.bead, side))
    their_names = _side_names(pair.doc, other, getattr(pair.bead, other))
    mine = [(k, at) for k, at in _acronyms(mine_blocks) if not _count(their_names, k)]
    theirs = [(k, at) for k, at in _acronyms(their_blocks) if not _count(mine_names, k)]
    rank = next((n for n, (k, _) in enumerate(mine) if k == key), None)
    if rank is None or len(mine) != len(theirs):
        return False
    return abs(theirs[rank][1] - mine[rank][1]) <= PLACE_SHARE


def _kept_elsewhere(pair: PairContext, side: str) -> Iterator[tuple[str, str]]:
    """(key, reason) for each name that `side` of the bead gives and the other side lacks, while
    the pair gives it on both sides in every other passage where it stands (AC404)."""
    doc = pair.doc
    stats = _name_stats(doc)
    other = "right" if side == "left" else "left"
    found = stats.found.get(pair.index)
    if found is None:
        return
    mine, theirs = found if side == "left" else found[::-1]
    blocks = pair.left if side == "left" else pair.right
    their_blocks = pair.right if side == "left" else pair.left
    parts = _side_names(doc, side, getattr(pair.bead, side))
    for key in sorted(k for k in mine if not theirs[k]):
        kept, total = stats.both.get(key, 0), stats.either[key]
        if kept != total - 1 or kept < (KEPT_MIN if len(key) > 2 else KEPT_MIN + 1) or stats.common(key):
            continue
        if all(p.capitals for p in parts if p.count(key)) or _moved_to_neighbour(pair, other, key):
            continue  # a word of a title set in capitals ("KAPITEL", "UNION"), or moved next door
        acronym, here = stats.raw[key], _occurrence(blocks, key)[1]
        # the other side writes the acronym out, and this side does not give "phrase (ACR)"
        if spelled_out(acronym, _text(their_blocks)) and not (here.bracketed and spelled_out(acronym, _text(blocks))):
            continue
        if here.bracketed and _local_acronym(pair, side, key):
            continue
        where = f"{'its' if kept > 1 else 'the'} {kept} other passage{'s' if kept > 1 else ''} where it stands"
        form = f' as "{acronym}"' if acronym != here.raw else ""
        yield key, f"the {other} version gives it{form} in {where}"


def _never_given(pair: PairContext, side: str) -> Iterator[tuple[str, str]]:
    """(key, reason) for each acronym introduced in brackets on `side` of the bead that the other
    side never gives (AC405)."""
    doc = pair.doc
    other = "right" if side == "left" else "left"
    common = _name_stats(doc).common
    mine = _side_names(doc, side, getattr(pair.bead, side))
    theirs = _side_names(doc, other, getattr(pair.bead, other))
    # the other side gives an acronym of its own in brackets here ("(ICAO)" / "(OACI)")
    if any(o.bracketed and not _count(mine, o.key) for p in theirs for o in p.names):
        return
    for key in sorted(_keys(mine)):
        found = [o for p in mine if not p.capitals for o in p.names if o.key == key]
        if not any(o.bracketed for o in found) or not found[0].raw.isupper() or _count(theirs, key) or common(key):
            continue
        if not _anywhere(doc, other, key) and _first_bracketed(doc, side, key) in getattr(pair.bead, side):
            yield key, f"an acronym introduced in brackets that the {other} version never gives"


def _hits(pair: PairContext, code: str) -> Iterator[Hit]:
    doc = pair.doc
    if doc is None or not pair.left or not pair.right:
        return
    for side in ("left", "right"):
        blocks = pair.left if side == "left" else pair.right
        other_q = blocks_quote(pair.right if side == "left" else pair.left)
        missing = _kept_elsewhere if code == "AC404" else _never_given
        for key, reason in missing(pair, side):
            q, o = _quote_name(blocks, key)
            shown = f"({o.raw})" if o.bracketed else o.raw
            yield Hit(
                message=f'{"name" if code == "AC404" else "acronym"} on the {side} only: "{shown}" ({reason})',
                left=q if side == "left" else other_q,
                right=other_q if side == "left" else q,
                confidence=Confidence.MEDIUM if code == "AC404" else Confidence.LOW,
            )


@check("AC404", "name-one-side", kind=Kind.ENTITY, severity=Severity.MEDIUM)
def name_one_side(pair: PairContext) -> Iterator[Hit]:
    """A name or acronym stands in one version of a passage and not in the other.

    The name is looked for in any form on the other side: in another case ("ARISA" / "Arisa"),
    OCR-damaged ("InvestAl"), at the start of a word or compound ("EuroHPC:s", "AI-förordningen"),
    in another script ("ATM" in a Greek text), from either side ("RAISE" / "Raise"). Reported
    (medium confidence) when the pair gives the name on both sides in every other passage where it
    stands (at least one; two for a two-letter name). (An acronym that the other version never
    gives: AC405.)
    Example: left "... den europæiske alliance for AI-færdigheder (ARISA)." / right "... den
    europeiska alliansen för kompetens inom artificiell intelligens." (the Swedish gives "(Arisa)"
    in the next footnote).
    Not raised: "SMV" vs "SMF" (each version's own acronym, never kept), an acronym with one of the
    other version's own in brackets ("(ICAO)" / "(OACI)"), an acronym in brackets where the other
    version writes an acronym of its own, in any script, at the same place of the passage ("(ATM)"
    / "(ΔΕΚ)" where the Greek writes "(ATM)" elsewhere), a name in the neighbouring passage of
    the other side, names in more than a tenth of the passages ("EU", "AI"), an acronym written out
    with the same initials ("MSCA" / "Marie Skłodowska-Curie-åtgärderna", "FoI" / "forskning och
    innovation") unless the version that has it gives it in brackets after the same phrase, words
    of a title set in capitals, a short word in lower case ("atm", "us"). Raised although no error: a name written out in other words in one passage of two
    ("EASA" / "Euroopa Lennundusohutusamet"). Not caught: a name the translation renders in its own
    words or letters everywhere (never kept, so never missed), and a name given once more
    or less in a passage that has it on both sides ("inklusive AI-förordningen" in a passage that
    names the AI Act twice on each side; see AC508 for clauses).
    """
    yield from _hits(pair, "AC404")


@check("AC405", "acronym-one-side", kind=Kind.ENTITY, severity=Severity.LOW, default=False)
def acronym_one_side(pair: PairContext) -> Iterator[Hit]:
    """An acronym that one version introduces in brackets is never given by the other version.

    The acronym stands in brackets after the phrase it abbreviates. Off by default: as often the translation's style as an omission. On the shared DGT acts (en
    against the 22 other languages, da-sv, de-fr) it is raised 30 times, mostly for acronyms the
    other language does not use ("(VAT)" in English, nothing in German; "(EAEC)" / "Euratom").
    Reported once per acronym, where the version introduces it; low confidence.
    Example: left "... vigtige projekter af fælleseuropæisk interesse (IPCEI) ..." / right "...
    viktiga projekt av gemensamt europeiskt intresse ..." (the Swedish never writes "IPCEI").
    Not raised: when the other version gives the acronym anywhere (then AC404 judges the passage),
    or gives an acronym of its own in brackets there ("(ICAO)" / "(OACI)", "(KIC)" / "(KI-grupper)").
    """
    yield from _hits(pair, "AC405")
