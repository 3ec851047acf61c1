"""Files with one passage per line (translation-memory exports, text saved from a word processor)
are cut at every line in every language, so two versions get the same blocks whatever their
capitalisation or punctuation habits; wrapped text keeps its old rules."""

from __future__ import annotations

from pathlib import Path

from aicont.ingest.text import read_text
from aicont.segment import build_document, one_passage_per_line

from align.handmade import TEXTS


def _doc(lines: list[str], lang: str):  # noqa: ANN202
    text = "\n\n".join(lines) + "\n"
    return build_document(read_text(Path(f"{lang}.txt"), text.encode("utf-8")), side=lang, lang=lang)


def test_every_language_gets_one_block_per_line() -> None:
    for lang, lines in TEXTS.items():
        doc = _doc(lines, lang)
        assert len(doc.blocks) == len(lines), lang
        assert [b.spans[0].line_start for b in doc.blocks] == [2 * k + 1 for k in range(len(lines))], lang


def test_wrapped_text_is_not_one_passage_per_line() -> None:
    wrapped = [
        "Kunstig intelligens er lige begyndt at blive indført i nøglesektorerne i vores",
        "økonomi og bidrager til at tackle nogle af de mest presserende udfordringer i",
        "vores tid. Virksomhederne skal opskalere deres investeringer og omfavne kunstig",
        "intelligens på deres områder, mens den offentlige sektor skal forbedre sin",
        "kapacitet og sine færdigheder inden for de kommende år, som planen beskriver.",
        "Den europæiske form for åben innovation viser gode resultater, og computerkraft",
        "er offentligt tilgængelig.",
    ]
    assert not one_passage_per_line(wrapped)
    # short lines that end sentences are no evidence either: nothing is longer than a printed line
    assert not one_passage_per_line([f"Linje {k} slutter her." for k in range(10)])
    assert one_passage_per_line(TEXTS["en"])
