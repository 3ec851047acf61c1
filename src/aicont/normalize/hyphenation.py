"""Joining the lines of a block into one text: hyphens at line ends kept or removed, and words
split over two lines without a hyphen (brochure layouts) put back together.

The evidence is the document itself (`Vocabulary`: the words it uses whole, within lines):

* A soft hyphen (U+00AD) at a line's end always goes: the text layer says the word was split.
* A hyphen after a capital or a digit is a compound's: "AI-\\nekosystemet" → "AI-ekosystemet",
  "2021-\\n2027" → "2021-2027". So is one before a capital ("EU-\\nLande") and a lone one
  ("uddannelse, -\\ntræning").
* A hyphen followed by a space in the text layer ("hälso- \\noch sjukvård"), or followed by one of
  the document's most frequent short words, is a suspended compound: "hälso- och".
* Otherwise the hyphen goes when the joined word occurs elsewhere in the document and stays when
  the hyphenated word does; with no evidence it stays (a kept hyphen never changes a value).
* A link broken over two lines is joined without a space when the second line is a single token.
* Two lines with no hyphen are joined without a space only in a document whose layout splits
  words so (`Vocabulary.splits_words`), and only when the joined word occurs elsewhere
  and one of the parts is no word of the document ("mulig\\nheder" → "muligheder").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from aicont.normalize.lines import last_token_start

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAST = re.compile(r"(?P<w>[^\W_]*)-$")
_FIRST = re.compile(r"^(?P<w>[^\W\d_]+)")
_LAST_WORD = re.compile(r"(?P<w>[^\W\d_]+)$")
_SPLIT_EVIDENCE = 3
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


class Vocabulary(NamedTuple):  # (NamedTuples: frozen records without the dataclass machinery's cost at import)
    """The words a document uses whole, with their counts."""

    counts: Counter[str]
    frequent_short: frozenset[str]
    # The layout splits words at line ends without a hyphen (brochures): seen at least
    # _SPLIT_EVIDENCE times as two line-end halves that are no words while their join is one.
    splits_words: bool = False

    @classmethod
    def build(cls, texts: Iterable[str]) -> Vocabulary:
        inner: list[str] = []
        for t in texts:
            # a line's first and last word may be halves of a split word: leave them out
            inner += _WORD.findall(t)[1:-1]
        # lower-cased in one call (no word holds a space; str.lower's final sigma sees a space after
        # each word either way) and counted in one call, in the order of the words
        counts = Counter(" ".join(inner).lower().split(" ")) if inner else Counter()
        short = [w for w, n in counts.most_common(60) if len(w) <= 4 and n >= 5]
        return cls(counts, frozenset(short))

    def with_split_evidence(self, pairs: Iterable[tuple[str, str]]) -> Vocabulary:
        """Look at consecutive lines (a, b) for halves of words split without a hyphen."""
        seen = 0
        for a, b in pairs:
            if not (b[:1].islower() and a[-1:].isalpha()):
                continue  # (the cheap tests first)
            la, fb = _LAST_WORD.search(a, last_token_start(a)), _FIRST.match(b)
            if not (la and fb):
                continue
            wa, wb = la["w"], fb["w"]
            if self.has(wa + wb) and not self.has(wa) and not self.has(wb):
                seen += 1
        return Vocabulary(self.counts, self.frequent_short, seen >= _SPLIT_EVIDENCE)

    def has(self, word: str, at_least: int = 1) -> bool:
        return self.counts.get(word.lower(), 0) >= at_least


class Join(NamedTuple):
    """How two lines join: the text between them, and the edit it makes (if any)."""

    text: str  # what goes between the end of `a` (hyphen included or not) and `b`
    drop_hyphen: bool
    kind: str | None  # edit kind, or None for an ordinary line join
    before: str
    after: str


def join_decision(a: str, b: str, vocab: Vocabulary, *, hyphen_space: bool = False) -> Join:
    """How to join line `a` (ending the text so far) to line `b`."""
    if not a or not b:
        return Join(" " if a and b else "", False, None, "", "")
    if a.endswith("\u00ad"):
        # a soft hyphen: the text layer says the word was split here
        m = _LAST_WORD.search(a[:-1])
        fb = _FIRST.match(b)
        joined = (m["w"] if m else "") + (fb["w"] if fb else "")
        return Join("", True, "hyphen-join", f"{m['w'] if m else ''}\u00ad|{fb['w'] if fb else ''}", joined)
    if a.endswith("-") and not a.endswith("--"):
        m = _LAST.search(a)
        frag_a = m["w"] if m else ""
        fm = _FIRST.match(b)
        frag_b = fm["w"] if fm else ""
        shown = f"{frag_a}-|{b.split(' ', 1)[0]}"
        if hyphen_space or (frag_b and frag_b.lower() in vocab.frequent_short and not vocab.has(frag_a + frag_b)):
            return Join(" ", False, "hyphen-keep", shown, f"{frag_a}- {frag_b}")
        if not frag_a or len(a) >= 2 and a[-2] == " ":
            return Join("", False, "hyphen-keep", shown, f"-{frag_b}")
        if frag_a[-1].isupper() or frag_a[-1].isdigit() or not frag_b or b[0].isupper() or b[0].isdigit():
            return Join("", False, "hyphen-keep", shown, f"{frag_a}-{frag_b}")
        if vocab.has(frag_a + frag_b) and not vocab.has(f"{frag_a}-{frag_b}"):
            return Join("", True, "hyphen-join", shown, frag_a + frag_b)
        return Join("", False, "hyphen-keep", shown, f"{frag_a}-{frag_b}")
    # _URL_TAIL and _LAST_WORD are anchored at the end and match no space: searched from the last token
    last = last_token_start(a)
    url = _URL_TAIL.search(a, last)
    if url and " " not in b.strip() and not a.endswith((".", ",", ";", ")")) and not _URL_TAIL.match(b):
        # a link broken over two lines ("...%20mill" + "ion."): its tail is a single token
        return Join("", False, "url-join", f"{url.group(0)[-12:]}|{b}", "")
    if not vocab.splits_words:
        return Join(" ", False, None, "", "")  # (most layouts: no word is split without a hyphen)
    la = _LAST_WORD.search(a, last)
    fb = _FIRST.match(b)
    if la and fb and b[0].islower() and a[-1].isalpha():
        wa, wb = la["w"], fb["w"]
        joined = wa + wb
        if vocab.has(joined) and (not vocab.has(wb) or not vocab.has(wa)) and len(wb) >= 2 and len(wa) >= 2:
            return Join("", False, "word-join", f"{wa}|{wb}", joined)
    return Join(" ", False, None, "", "")
