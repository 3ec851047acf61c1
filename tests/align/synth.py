"""Seeded synthetic documents for the aligner's invariant tests (no corpus, no segmentation)."""

from __future__ import annotations

import random

from aicont.model import Block, BlockKind, Document, Span

WORDS = (
    "kommission strategi data model netværk forskning investering marked sektor teknologi "
    "infrastruktur innovation virksomhed talent uddannelse regel tillid sikkerhed europa plan "
    "kapacitet fabrik computer adgang kvalitet anvendelse udvikling program fond borger"
).split()
# Another document's vocabulary, for "not a translation" controls.
OTHER_WORDS = (
    "skole elev lærer klasse time bog opgave sprog musik idræt frikvarter mad pause bus cykel "
    "regn sol vind by hus have hund kat fugl træ blomst vej bro havn skib"
).split()
NAMES = ("EuroHPC", "InvestAI", "LUMI", "RAISE", "JUPITER", "MareNostrum", "Leonardo", "CERN")


def random_texts(rng: random.Random, n: int, vocabulary: tuple[str, ...] | list[str] = WORDS) -> list[str]:
    """n paragraph texts of 5-60 words, some with a name or a number."""
    out = []
    for _ in range(n):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(5, 60))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(NAMES))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), str(rng.randint(100, 99999)))
        out.append(" ".join(words))
    return out


def translate(rng: random.Random, text: str) -> str:
    """A 'translation': same words, a few letters changed, a word dropped now and then."""
    out = []
    for w in text.split():
        if rng.random() < 0.05:
            continue
        if len(w) > 3 and not w[0].isdigit() and not w[0].isupper() and rng.random() < 0.3:
            k = rng.randrange(len(w))
            w = w[:k] + rng.choice("aeiouäöå") + w[k + 1 :]
        out.append(w)
    return " ".join(out)


def make_doc(side: str, texts: list[str], kinds: list[BlockKind] | None = None) -> Document:
    blocks = []
    for k, t in enumerate(texts):
        kind = kinds[k] if kinds else BlockKind.PARAGRAPH
        span = Span(f"{side}.txt", k + 1, k + 1, 1)
        blocks.append(Block(id=f"{side}:1:p{k + 1}", kind=kind, section="1", text=t, raw=t, spans=(span,)))
    return Document(side=side, lang=None, path=f"{side}.txt", sha256="", sections=(), blocks=tuple(blocks))
