"""The bounded decoders behave exactly like pdfminer's and zlib's within the budget."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from aicont.errors import LimitError
from aicont.ingest import pdfbounds
from aicont.model import Limits


def _runlength(rng: random.Random) -> bytes:
    out = bytearray()
    for _ in range(rng.randrange(20)):
        n = rng.randrange(256)
        if n == 128:
            continue
        out.append(n)
        out += bytes(rng.randrange(256) for _ in range(n + 1 if n < 128 else 1))
    return bytes(out) + b"\x80"


def test_runlength_decodes_as_pdfminer_does() -> None:
    from pdfminer.runlength import rldecode

    rng = random.Random(11)
    for _ in range(300):
        data = _runlength(rng)
        assert pdfbounds._rldecode(data) == rldecode(data)


def test_zlib_shim_matches_zlib_and_counts() -> None:
    data = zlib.compress(b"abc" * 10000)
    shim = pdfbounds._BoundedZlib()
    budget = pdfbounds.Budget(Path("x.pdf"), Limits(pdf_stream_mb=1))
    with pdfbounds._reading(budget):
        assert shim.decompress(data) == b"abc" * 10000
        with pytest.raises(zlib.error):
            shim.decompress(data[: len(data) // 2])  # truncated: as zlib.decompress says
        with pytest.raises(LimitError, match="pdf_stream_mb"):
            shim.decompress(zlib.compress(b" " * (2 << 20)))
    assert shim.decompress(zlib.compress(b" " * (2 << 20))) == b" " * (2 << 20)  # no read in progress: no limit
