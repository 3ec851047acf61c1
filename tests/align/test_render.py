"""The alignment renderers (text, tsv, json) and the reference TSV reader."""

from __future__ import annotations

import json
import random

import pytest

from aicont.align import align_documents
from aicont.errors import InputError
from aicont.report.alignment import read_alignment_tsv, render_alignment

from .synth import make_doc, random_texts, translate


@pytest.fixture()
def pair():  # noqa: ANN201
    rng = random.Random(7)
    texts = random_texts(rng, 12)
    right_texts = [translate(rng, t) for t in texts]
    del right_texts[4]
    left, right = make_doc("left", texts), make_doc("right", right_texts)
    return left, right, align_documents(left, right)


def test_json_has_beads_and_blocks_with_lines(pair) -> None:  # noqa: ANN001
    left, right, al = pair
    data = json.loads(render_alignment(al, left, right, fmt="json"))
    assert len(data["beads"]) == len(al.beads)
    assert data["beads"][0] == {"left": ["left:1:p1"], "right": ["right:1:p1"], "score": al.beads[0].score}
    assert {"left": ["left:1:p5"], "right": [], "score": 0.3} in data["beads"]
    block = data["blocks"]["left"][0]
    assert set(block) == {"id", "kind", "section", "text", "lines", "page"}
    assert block["lines"] == [[1, 1]] and block["kind"] == "paragraph"
    assert len(data["blocks"]["right"]) == 11


def test_output_is_deterministic(pair) -> None:  # noqa: ANN001
    left, right, al = pair
    again = align_documents(left, right)
    for fmt in ("text", "tsv", "json"):
        assert render_alignment(al, left, right, fmt=fmt) == render_alignment(again, left, right, fmt=fmt)


def test_tsv_round_trip_and_weakest_first(pair, tmp_path) -> None:  # noqa: ANN001
    left, right, al = pair
    tsv = render_alignment(al, left, right, fmt="tsv", weakest=True, max_words=4)
    lines = tsv.splitlines()
    assert lines[0] == "left\tright\tscore\tleft_text\tright_text"
    scores = [float(line.split("\t")[2]) for line in lines[1:]]
    assert scores == sorted(scores)
    assert lines[1].startswith("left:1:p5\t\t0.30\t")
    assert all(len(line.split("\t")[3].split()) <= 5 for line in lines[1:])
    path = tmp_path / "ref.tsv"
    path.write_text("# reviewed by hand\n" + tsv, encoding="utf-8")
    ref = read_alignment_tsv(path)
    assert len(ref) == len(al.beads)
    assert ref[0].left == ("left:1:p5",) and ref[0].right == ()


def test_text_is_side_by_side(pair) -> None:  # noqa: ANN001
    left, right, al = pair
    text = render_alignment(al, left, right, fmt="text", weakest=True)
    assert "[0.30] 1-0  left:1:p5  ↔  -" in text
    assert "(nothing)" in text
    assert " │ " in text


def test_bad_reference_and_format(tmp_path, pair) -> None:  # noqa: ANN001
    left, right, al = pair
    with pytest.raises(InputError):
        render_alignment(al, left, right, fmt="xml")
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        read_alignment_tsv(bad)
    with pytest.raises(InputError, match="cannot read"):
        read_alignment_tsv(tmp_path / "missing.tsv")


def test_quality_in_text_and_json(pair) -> None:  # noqa: ANN001
    from aicont.align import alignment_quality

    left, right, al = pair
    q = round(alignment_quality(al, left, right), 3)
    assert json.loads(render_alignment(al, left, right, fmt="json"))["quality"] == q
    assert f"quality {q:.3f}" in render_alignment(al, left, right, fmt="text").splitlines()[0]
