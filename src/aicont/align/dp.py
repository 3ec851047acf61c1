"""The dynamic-programming aligner over beads: pure, no I/O, no knowledge of text.

A bead covers `a` consecutive items on the left and `b` on the right (1-1, 1-2, 2-1, 2-2, 1-0,
0-1, and 1-3 / 3-1 where list items are merged). The caller gives a cost function
`cost(i, a, j, b)` for the bead that covers left[i:i+a] and right[j:j+b]; the DP finds the
monotone sequence of beads that covers both sides exactly once with the least total cost.

Long inputs use a band around the diagonal: row i only visits the columns within `band` of
i*m/n. When the best path touches the edge of the band (it wanted to leave it), the band is
doubled and the DP rerun, so the band only costs accuracy when the true path really wanders
further than the final band; time and memory are O((n + m) * band).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence

BeadCost = Callable[[int, int, int, int], float]

# A doubled band must lower the path's total cost by at least this share to be doubled again.
WIDEN_GAIN = 0.02

# 1-1 first so that, on a tie in cost, the simplest explanation wins (tie-breaks are by the
# order of this tuple, which keeps the result deterministic).
DEFAULT_BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))


def bead_types(max_bead: int) -> tuple[tuple[int, int], ...]:
    """The bead shapes for `max_bead` (the most items one side of a bead may hold).

    Beyond 2-2 only the 1-n / n-1 shapes are added: they are what merged or split list items
    and paragraphs split at different places produce, while 2-3 or 3-3 beads mostly hide a
    mistake.
    """
    if max_bead < 2:
        return ((1, 1), (1, 0), (0, 1))
    types = list(DEFAULT_BEAD_TYPES)
    for k in range(3, max_bead + 1):
        types += [(1, k), (k, 1)]
    return tuple(types)


def align_dp(
    n: int,
    m: int,
    cost: BeadCost,
    types: Sequence[tuple[int, int]] = DEFAULT_BEAD_TYPES,
    band: int | None = None,
    max_band: int | None = None,
    *,
    gap: float | None = None,
    offset: tuple[int, int] = (0, 0),
) -> list[tuple[int, int, int, int, float]]:
    """The cheapest monotone path of beads over n left and m right items.

    Returns beads as (i, a, j, b, cost) in order. `band` None means the full DP; otherwise the
    initial half-width of the band, doubled while the path touches the band's edge, up to
    `max_band` (None: until the band covers everything). Two unrelated documents touch the edge
    everywhere, and a wider band cannot make them align, so the cap bounds their time.

    `gap`: what `cost` gives a 1-0 or 0-1 bead, when that is a constant (a 0-b bead costs `gap * b`
    without a call: the DP asks for thousands of them). `offset`: (i0, j0) added to the indices
    `cost` is given (the items are left[i0:i0+n] and right[j0:j0+m] of the cost's lists); the path
    keeps indices from 0.
    """
    if n == 0 or m == 0:
        # Nothing can pair: every item is a deletion or an insertion.
        i0, j0 = offset
        out = [(i, 1, 0, 0, cost(i0 + i, 1, j0, 0)) for i in range(n)]
        out += [(n, 0, j, 1, cost(i0 + n, 0, j0 + j, 1)) for j in range(m)]
        return out
    if band is None or band >= max(n, m):
        path, _ = _dp(n, m, cost, types, None, gap, offset)
        return path
    width = max(band, 1)
    best: list[tuple[int, int, int, int, float]] | None = None
    best_cost = math.inf
    while True:
        path, touched = _dp(n, m, cost, types, width, gap, offset)
        total = sum(step[4] for step in path)
        if best is not None and total >= best_cost - WIDEN_GAIN * abs(best_cost):
            # The wider band found little better: the path is not held back by the band (two
            # unrelated documents touch its edge everywhere, and chance pairs further out gain
            # a fraction of a percent), so stop widening.
            return path if total < best_cost else best
        best, best_cost = path, total
        if not touched or width >= max(n, m) or (max_band is not None and width * 2 > max_band):
            return path
        width *= 2


def _row_range(i: int, n: int, m: int, width: int | None) -> tuple[int, int]:
    """Inclusive column range [lo, hi] that row i may visit."""
    if width is None:
        return 0, m
    # From the previous row's centre to the next row's, widened by `width`: consecutive rows
    # overlap even when the diagonal is steep (m much larger than n).
    lo = max(0, math.floor(max(0, i - 1) * m / n) - width)
    hi = min(m, math.ceil(min(n, i + 1) * m / n) + width)
    return lo, hi


def _dp(
    n: int,
    m: int,
    cost: BeadCost,
    types: Sequence[tuple[int, int]],
    width: int | None,
    gap: float | None = None,
    offset: tuple[int, int] = (0, 0),
) -> tuple[list[tuple[int, int, int, int, float]], bool]:
    inf = math.inf
    i0, j0 = offset
    # the cost of each bead type when it needs no call (a 1-0 / 0-1 bead with a constant `gap`)
    fixed = [gap * (a + b) if gap is not None and (a == 0 or b == 0) else None for a, b in types]
    ranges = [_row_range(i, n, m, width) for i in range(n + 1)]
    # Row-major storage of only the band: D[i][j - lo_i]; back[i][j - lo_i] is the bead index.
    dist: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        lo, hi = ranges[i]
        row_d = [inf] * (hi - lo + 1)
        row_b = [-1] * (hi - lo + 1)
        # the bead types that reach row i, each with the row it starts from (its distances and
        # column range), looked up once per row instead of once per cell; a 0-b bead starts in
        # this row, on a column already done
        steps = []
        for t, (a, b) in enumerate(types):
            pi = i - a
            if pi >= 0:
                plo, phi = ranges[pi]
                steps.append((t, a, b, row_d if a == 0 else dist[pi], plo, phi, pi + i0, fixed[t]))
        first = lo
        if i == 0:  # row 0 starts at column 0: the origin
            row_d[0] = 0.0
            first = 1
        for j in range(first, hi + 1):
            best = inf
            best_t = -1
            for t, a, b, prev_row, plo, phi, ci, fix in steps:
                pj = j - b
                if pj < plo or pj > phi:  # (plo >= 0: a column before the first is out too)
                    continue
                prev = prev_row[pj - plo]
                if prev == inf:
                    continue
                c = prev + (cost(ci, a, pj + j0, b) if fix is None else fix)
                if c < best:
                    best = c
                    best_t = t
            row_d[j - lo] = best
            row_b[j - lo] = best_t
        dist.append(row_d)
        back.append(row_b)

    if dist[n][m - ranges[n][0]] == inf:  # pragma: no cover - 1-0/0-1 always connect the band
        raise ValueError("no path through the band")

    path: list[tuple[int, int, int, int, float]] = []
    touched = False
    i, j = n, m
    while i > 0 or j > 0:
        lo, hi = ranges[i]
        t = back[i][j - lo]
        a, b = types[t]
        if width is not None and ((j == lo and lo > 0) or (j == hi and hi < m)):
            touched = True
        pi, pj = i - a, j - b
        plo = ranges[pi][0]
        step = dist[i][j - lo] - dist[pi][pj - plo]
        path.append((pi, a, pj, b, step))
        i, j = pi, pj
    path.reverse()
    return path, touched


def longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (i, j) pairs increasing strictly in both i and j.

    Patience sorting on j after sorting by (i, -j): two pairs with the same i then come in
    decreasing j, so no strictly increasing run of j can hold both.
    """
    ordered = sorted(pairs, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # tails[k]: the smallest j that ends a chain of length k + 1
    ends: list[int] = []  # the index in `ordered` of that chain's last pair
    parent = [-1] * len(ordered)
    for k, (_, j) in enumerate(ordered):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[pos] = j
            ends[pos] = k
        parent[k] = ends[pos - 1] if pos > 0 else -1
    chain: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(ordered[k])
        k = parent[k]
    return chain[::-1]
