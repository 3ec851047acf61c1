"""Invariants of the bead DP and of align_documents on seeded random documents."""

from __future__ import annotations

import random

import pytest

from aicont.align import align_documents, alignment_quality
from aicont.align.dp import align_dp, bead_types
from aicont.model import Alignment

from .synth import OTHER_WORDS, make_doc, random_texts, translate

SEEDS = [1, 2, 3, 5, 8, 13, 21, 34]


def assert_cover(al: Alignment, n: int, m: int, monotone: bool = True) -> None:
    """Each block of both sides in exactly one bead; with `monotone`, beads in order on both sides."""
    lefts = [i for b in al.beads for i in b.left]
    rights = [j for b in al.beads for j in b.right]
    assert sorted(lefts) == list(range(n))
    assert sorted(rights) == list(range(m))
    if monotone:
        assert lefts == sorted(lefts)
        assert rights == sorted(rights)
    for b in al.beads:
        assert b.left or b.right
        assert list(b.left) == list(range(b.left[0], b.left[0] + len(b.left))) if b.left else True
        assert 0.0 <= b.score <= 1.0


def test_dp_full_and_banded_agree_on_random_costs() -> None:
    for seed in SEEDS:
        rng = random.Random(seed)
        n, m = rng.randint(5, 40), rng.randint(5, 40)
        table = {(i, j): rng.random() * 3 for i in range(n) for j in range(m)}

        def cost(i: int, a: int, j: int, b: int) -> float:
            if a == 0 or b == 0:
                return 1.0 * (a + b)
            return sum(table[i + x, j + y] for x in range(a) for y in range(b)) / (a * b) + 0.3 * (a + b - 2)

        full = align_dp(n, m, cost, bead_types(3))
        banded = align_dp(n, m, cost, bead_types(3), band=max(n, m))
        assert full == banded
        assert sum(a for _, a, _, _, _ in full) == n
        assert sum(b for _, _, _, b, _ in full) == m
        # monotone and contiguous
        pos_i = pos_j = 0
        for i, a, j, b, _ in full:
            assert (i, j) == (pos_i, pos_j)
            pos_i += a
            pos_j += b


def test_dp_gap_and_offset_give_the_path_of_the_plain_cost() -> None:
    """A constant `gap` spares the calls for 1-0 / 0-1 beads and `offset` the shifting wrapper: the
    path is the same, full and banded, and `cost` is only asked about paired beads."""
    for seed in SEEDS:
        rng = random.Random(seed)
        n, m, i0, j0 = rng.randint(0, 30), rng.randint(0, 30), rng.randint(0, 9), rng.randint(0, 9)
        table = {(i, j): rng.random() * 3 for i in range(i0 + n) for j in range(j0 + m)}
        asked = []

        def cost(i: int, a: int, j: int, b: int) -> float:
            asked.append((a, b))
            if a == 0 or b == 0:
                return 1.2 * (a + b)
            return sum(table[i + x, j + y] for x in range(a) for y in range(b)) / (a * b) + 0.3 * (a + b - 2)

        def shifted(i: int, a: int, j: int, b: int) -> float:
            return cost(i0 + i, a, j0 + j, b)

        for band in (None, 2):
            plain = align_dp(n, m, shifted, bead_types(3), band=band)
            asked.clear()
            assert align_dp(n, m, cost, bead_types(3), band=band, gap=1.2, offset=(i0, j0)) == plain
            assert n == 0 or m == 0 or all(a and b for a, b in asked)


def test_dp_band_widens_when_the_path_leaves_it() -> None:
    # Right has 30 extra items at the start: the true path leaves a band of 2 at once.
    n, m = 20, 50

    def cost(i: int, a: int, j: int, b: int) -> float:
        if a == 0 or b == 0:
            return a + b
        return 0.0 if (a, b) == (1, 1) and j == i + 30 else 5.0

    path = align_dp(n, m, cost, bead_types(2), band=2)
    pairs = [(i, j) for i, a, j, b, _ in path if a == 1 and b == 1]
    assert pairs == [(i, i + 30) for i in range(n)]


def test_dp_empty_sides() -> None:
    def cost(i: int, a: int, j: int, b: int) -> float:
        return 1.0

    assert align_dp(0, 3, cost) == [(0, 0, 0, 1, 1.0), (0, 0, 1, 1, 1.0), (0, 0, 2, 1, 1.0)]
    assert align_dp(2, 0, cost) == [(0, 1, 0, 0, 1.0), (1, 1, 0, 0, 1.0)]


@pytest.mark.parametrize("seed", SEEDS)
def test_identity_gives_all_one_to_one(seed: int) -> None:
    rng = random.Random(seed)
    texts = random_texts(rng, rng.randint(10, 60))
    left, right = make_doc("left", texts), make_doc("right", texts)
    al = align_documents(left, right)
    assert_cover(al, len(texts), len(texts))
    assert [(b.left, b.right) for b in al.beads] == [((i,), (i,)) for i in range(len(texts))]
    assert all(b.score >= 0.8 for b in al.beads)
    assert alignment_quality(al, left, right) > 0.9


@pytest.mark.parametrize("seed", SEEDS)
def test_translation_is_monotone_and_covers(seed: int) -> None:
    rng = random.Random(seed)
    texts = random_texts(rng, rng.randint(10, 60))
    left, right = make_doc("left", texts), make_doc("right", [translate(rng, t) for t in texts])
    al = align_documents(left, right)
    assert_cover(al, len(texts), len(texts))
    exact = sum(1 for b in al.beads if b.left == b.right and len(b.left) == 1)
    assert exact >= 0.95 * len(texts)


@pytest.mark.parametrize("seed", SEEDS)
def test_deleted_block_gives_one_deletion(seed: int) -> None:
    rng = random.Random(seed)
    texts = random_texts(rng, rng.randint(10, 50))
    gone = rng.randrange(len(texts))
    right_texts = [translate(rng, t) for k, t in enumerate(texts) if k != gone]
    al = align_documents(make_doc("left", texts), make_doc("right", right_texts))
    assert_cover(al, len(texts), len(right_texts))
    deletions = [b for b in al.beads if b.left and not b.right]
    assert [b.left for b in deletions] == [(gone,)]
    assert not [b for b in al.beads if b.right and not b.left]
    assert deletions[0].score < 0.8


@pytest.mark.parametrize("seed", SEEDS)
def test_split_paragraph_gives_one_to_two(seed: int) -> None:
    rng = random.Random(seed)
    texts = random_texts(rng, rng.randint(10, 50))
    k = rng.randrange(len(texts))
    texts[k] = texts[k] + " " + " ".join(random_texts(rng, 1))  # long enough to split
    words = texts[k].split()
    cut = len(words) // 2
    right_texts = [translate(rng, t) for t in texts]
    right_texts[k : k + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
    al = align_documents(make_doc("left", texts), make_doc("right", right_texts))
    assert_cover(al, len(texts), len(right_texts))
    multi = [(b.left, b.right) for b in al.beads if len(b.left) + len(b.right) > 2]
    assert multi == [((k,), (k, k + 1))]


@pytest.mark.parametrize("seed", SEEDS[:4])
def test_moved_block_is_found_across_positions(seed: int) -> None:
    rng = random.Random(seed)
    texts = random_texts(rng, 40)
    right_texts = [translate(rng, t) for t in texts]
    moved = right_texts.pop(5)
    right_texts.insert(30, moved)
    al = align_documents(make_doc("left", texts), make_doc("right", right_texts))
    assert_cover(al, 40, 40, monotone=False)
    assert ((5,), (30,)) in [(b.left, b.right) for b in al.beads]
    assert dict(al.params)["moved"] == "1"


@pytest.mark.parametrize("seed", SEEDS[:4])
def test_unrelated_documents_are_mostly_unpaired(seed: int) -> None:
    rng = random.Random(seed)
    left = make_doc("left", random_texts(rng, 30))
    right = make_doc("right", random_texts(random.Random(seed + 1000), 30, OTHER_WORDS))
    al = align_documents(left, right)
    assert_cover(al, 30, 30, monotone=False)
    assert alignment_quality(al, left, right) < 0.3


@pytest.mark.parametrize("seed", SEEDS[:3])
def test_long_passage_on_one_side_only(seed: int) -> None:
    """A preface of 60 blocks on the right only: content anchors keep the band on the true path."""
    rng = random.Random(seed)
    texts = random_texts(rng, 300)
    preface = random_texts(random.Random(seed + 500), 60, OTHER_WORDS)
    right_texts = preface + [translate(rng, t) for t in texts]
    al = align_documents(make_doc("left", texts), make_doc("right", right_texts))
    assert_cover(al, 300, 360)
    pairs = [(b.left, b.right) for b in al.beads if b.left and b.right]
    assert pairs == [((i,), (i + 60,)) for i in range(300)]
    assert [b.right for b in al.beads if not b.left] == [(j,) for j in range(60)]


def test_longest_chain() -> None:
    from aicont.align.dp import longest_chain as _longest_chain

    assert _longest_chain([(1, 5), (1, 2), (2, 3), (3, 1), (4, 4), (5, 6), (5, 7)]) == [(1, 2), (2, 3), (4, 4), (5, 6)]
    assert _longest_chain([]) == []


def test_list_items_merged_into_one() -> None:
    """Four list items on the left are one item on the right: a 4-1 bead with max_bead=4."""
    from aicont.align import AlignParams
    from aicont.model import BlockKind

    rng = random.Random(3)
    texts = random_texts(rng, 12)
    items = [" ".join(rng.choice(texts[0].split()) for _ in range(12)) for _ in range(4)]
    left_texts = texts[:6] + items + texts[6:]
    right_texts = [translate(rng, t) for t in texts[:6]] + [" ".join(items)] + [translate(rng, t) for t in texts[6:]]
    kinds_l = [BlockKind.PARAGRAPH] * 6 + [BlockKind.LIST_ITEM] * 4 + [BlockKind.PARAGRAPH] * 6
    kinds_r = [BlockKind.PARAGRAPH] * 6 + [BlockKind.LIST_ITEM] + [BlockKind.PARAGRAPH] * 6
    left, right = make_doc("left", left_texts, kinds_l), make_doc("right", right_texts, kinds_r)
    al = align_documents(left, right, params=AlignParams(max_bead=4))
    assert_cover(al, 16, 13)
    assert ((6, 7, 8, 9), (6,)) in [(b.left, b.right) for b in al.beads]


def test_footnotes_that_swapped_numbers_are_crossed() -> None:
    """Right footnotes 3 and 4 hold the texts of left 4 and 3: crossed beads, found by content."""
    from aicont.model import Block, BlockKind, Document, Span

    rng = random.Random(11)
    texts = random_texts(rng, 6)

    def doc(side: str, order: list[int]) -> Document:
        blocks = []
        for k, src in enumerate(order):
            t = texts[src] if side == "left" else translate(rng, texts[src])
            span = Span(f"{side}.txt", k + 1, k + 1, 1)
            blocks.append(Block(id=f"{side}:fn{k + 1}", kind=BlockKind.FOOTNOTE, section="fn", text=t, raw=t,
                                spans=(span,), number=str(k + 1)))
        return Document(side=side, lang=None, path=f"{side}.txt", sha256="", sections=(), blocks=tuple(blocks))

    left, right = doc("left", [0, 1, 2, 3, 4, 5]), doc("right", [0, 1, 3, 2, 4, 5])
    al = align_documents(left, right)
    assert_cover(al, 6, 6, monotone=False)
    assert [(b.left, b.right) for b in al.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (3,)), ((3,), (2,)),
                                                     ((4,), (4,)), ((5,), (5,))]


@pytest.mark.parametrize("seed", SEEDS[:4])
def test_paragraph_split_in_three_gives_one_to_three(seed: int) -> None:
    rng = random.Random(seed)
    texts = random_texts(rng, 20)
    k = 8
    texts[k] = " ".join(random_texts(rng, 3))
    words = texts[k].split()
    third = len(words) // 3
    right_texts = [translate(rng, t) for t in texts]
    right_texts[k : k + 1] = [" ".join(words[:third]), " ".join(words[third : 2 * third]), " ".join(words[2 * third :])]
    al = align_documents(make_doc("left", texts), make_doc("right", right_texts))
    assert_cover(al, 20, 22)
    assert [(b.left, b.right) for b in al.beads if len(b.left) + len(b.right) > 2] == [((k,), (k, k + 1, k + 2))]
