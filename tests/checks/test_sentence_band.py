"""AC507's sentence alignment of a long passage (hundreds of sentences on one line): a band around
the diagonal bounds the DP's work per sentence, and it still finds what the full DP finds."""

from __future__ import annotations

import random

import pytest

from aicont.align import dp as dp_module
from aicont.align.dp import _dp as run_dp
from aicont.align.dp import align_dp
from aicont.checks import sentences as S
from aicont.model import Block, BlockKind, Span

WORDS = "artikel henhold bestemmelser medlemsstaterne kommissionen forordning anvendelse gennemførelse".split()


def _block(side: str, text: str) -> Block:
    return Block(id=f"{side}:p1", kind=BlockKind.PARAGRAPH, section="1", text=text, raw=text, spans=(Span("x.txt", 1, 1),))


def _passage(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
        out.append(f"I henhold til artikel {k + 1}, stk. {k % 5 + 1}, gælder {' '.join(words)}.")
    return out


def _sentences(side: str, texts: list[str]) -> list[S.Sentence]:
    block = _block(side, " ".join(texts))
    return S._sentences((block,), frozenset({"stk."}))


@pytest.mark.parametrize("dropped", [3, 60, 116])
def test_long_passage_is_banded_and_finds_the_dropped_sentence(dropped: int, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _passage(120, seed=dropped)
    left, right = _sentences("left", texts), _sentences("right", texts[:dropped] + texts[dropped + 1:])
    assert len(left) == 120 > S.SENTENCE_FULL_DP
    widths = []

    def spy(n, m, cost, types, band=None, max_band=None, **kw):  # noqa: ANN001, ANN003, ANN202
        widths.append(band)
        return align_dp(n, m, cost, types, band, max_band, **kw)

    monkeypatch.setattr(S, "align_dp", spy)
    banded = S.align_sentences(left, right, ratio=1.0)
    assert widths == [S.SENTENCE_BAND]
    lone = [sb for sb in banded if not sb.right]
    assert [s.text for sb in lone for s in sb.left] == [texts[dropped]]
    assert all(len(sb.left) == len(sb.right) == 1 for sb in banded if sb.right)
    # the full DP (a band as wide as the passage) finds the same beads
    monkeypatch.setattr(S, "SENTENCE_FULL_DP", 1000)
    full = S.align_sentences(left, right, ratio=1.0)
    assert widths[-1] is None
    assert [(sb.left, sb.right) for sb in full] == [(sb.left, sb.right) for sb in banded]


def test_short_passage_keeps_the_full_dp(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _passage(S.SENTENCE_FULL_DP, seed=1)
    widths = []

    def spy(n, m, cost, types, band=None, max_band=None, **kw):  # noqa: ANN001, ANN003, ANN202
        widths.append(band)
        return align_dp(n, m, cost, types, band, max_band, **kw)

    monkeypatch.setattr(S, "align_dp", spy)
    S.align_sentences(_sentences("left", texts), _sentences("right", texts[1:]), ratio=1.0)
    assert widths == [None]


def test_band_widens_when_the_path_leaves_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty sentences missing at the start put the path 17 sentences off the diagonal, beyond the
    first band (8): the band doubles and the beads are those of the full DP."""
    texts = _passage(120, seed=7)
    left, right = _sentences("left", texts), _sentences("right", texts[20:])
    widths = []

    def dp(n, m, cost, types, width, *args):  # noqa: ANN001, ANN002, ANN202
        widths.append(width)
        return run_dp(n, m, cost, types, width, *args)

    monkeypatch.setattr(dp_module, "_dp", dp)
    banded = S.align_sentences(left, right, ratio=1.0)
    assert widths[0] == S.SENTENCE_BAND and len(widths) > 1  # widened
    assert [s.text for sb in banded if not sb.right for s in sb.left] == texts[:20]
    monkeypatch.setattr(S, "SENTENCE_FULL_DP", 1000)
    full = S.align_sentences(left, right, ratio=1.0)
    assert [(sb.left, sb.right) for sb in full] == [(sb.left, sb.right) for sb in banded]
