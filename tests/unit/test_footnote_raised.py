"""Footnote markers read from the PDF layout: superscript ranges (`Line.raised`) carried through
the working lines' cleaning, raised digits as exact, heavy marker candidates, flat digits beside
them as weak ones; and text input read as before (no raised ranges, no change)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from aicont.model import Line, Page, RawDocument
from aicont.normalize.footnotes import _assign, _candidates, _Cand, _match_score, cut_markers
from aicont.normalize.lines import BODY, FOOTNOTE, NLine, make_lines

try:  # `python -m pytest` puts the repository root on sys.path; plain `pytest` puts tests/.
    from tests.pdf import make
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest was started
    from pdf import make  # type: ignore[no-redef]


def body(text: str, raised: tuple[tuple[int, int], ...] = (), number: int = 1) -> NLine:
    """A body working line; `raised` are offsets into `text`."""
    line = NLine(number=number, raw=text, page=1, text=text, lead=0, trail=0, path="x.pdf")
    line.raised = raised
    line.raised_text = text if raised else ""
    return line


def note(number: int, line_number: int) -> NLine:
    line = NLine(line_number, f"{number} Se bilag.", page=1, text="Se bilag.", lead=0, trail=0, role=FOOTNOTE)
    line.fn = number
    return line


def raised_at(text: str, marker: str, occurrence: int = -1) -> tuple[tuple[int, int], ...]:
    """The range of `marker` in `text` (its last occurrence unless told)."""
    start = text.rindex(marker) if occurrence == -1 else text.index(marker)
    return ((start, start + len(marker)),)


def cands_of(line: NLine, *, ocr: bool = False) -> list[_Cand]:
    return _candidates([line], 0, ocr=ocr)


# --------------------------------------------------------------------------- carrying the ranges


def _raw(*lines: Line) -> RawDocument:
    return RawDocument(path="x.pdf", sha256="0", source="pdf", pages=(Page(1, tuple(lines)),))


def test_raised_ranges_follow_cleaning() -> None:
    # a ligature spelt out (one character becomes two), spaces collapsed, a soft hyphen dropped,
    # an invisible character removed, the line's outer spaces stripped
    text = "  Den \ufb01nale  plan\u00adlægning\u200b i marts  20258 og 40 m2."
    eight = text.index("20258") + 4
    two = text.index("m2") + 1
    (nline,) = make_lines(_raw(Line(1, text, raised=((eight, eight + 1), (two, two + 1)))))
    assert nline.text == "Den finale planlægning i marts 20258 og 40 m2."
    assert [nline.text[a:b] for a, b in nline.raised_ranges()] == ["8", "2"]
    assert nline.raised_ranges() == ((35, 36), (44, 45))


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_raised_ranges_survive_any_cleaning(seed: int) -> None:
    # random lines of letters, raised digits and every character the cleaning touches: the
    # carried ranges select exactly the raised digits, in order, in the cleaned text
    rng = random.Random(seed)
    noise = ["a", "b", "ø", " ", "  ", "\t", "\u00a0", "\u202f", "\u00ad", "\u200b", "\ufb01", "e\u0301", "1"]
    for _ in range(200):
        pieces: list[tuple[str, bool]] = [(rng.choice(noise), False) for _ in range(rng.randint(0, 10))]
        for _ in range(rng.randint(1, 3)):
            pieces.insert(rng.randint(0, len(pieces)), (str(rng.randint(2, 9)), True))
        text, ranges, pos = "", [], 0
        for piece, up in pieces:
            if up:
                ranges.append((pos, pos + len(piece)))
            text += piece
            pos += len(piece)
        (nline,) = make_lines(_raw(Line(1, text, raised=tuple(ranges))))
        got = "".join(nline.text[a:b] for a, b in nline.raised_ranges())
        assert got == "".join(p for p, up in pieces if up), (text, nline.text, nline.raised)


def test_text_lines_carry_no_ranges() -> None:
    (nline,) = make_lines(_raw(Line(1, "i marts 20258 af Kommissionen.")))
    assert nline.raised == () and nline.raised_ranges() == ()


def test_raised_ranges_follow_a_later_change_of_the_text() -> None:
    line = body("Al-fabrikkerne3 i marts 20258.", ((14, 15), (28, 29)))
    line.text = "AI-fabrikkerne3 i marts 20258."  # an OCR repair of the same length
    assert [line.text[a:b] for a, b in line.raised_ranges()] == ["3", "8"]
    line.text = "De nye AI-fabrikkerne3 i marts 20258."  # text before the markers grew
    assert [line.text[a:b] for a, b in line.raised_ranges()] == ["3", "8"]
    line.text = "AI-fabrikkerne3 i marts 20259."  # a repair replaced the raised digit itself
    assert [line.text[a:b] for a, b in line.raised_ranges()] == ["3"]


# --------------------------------------------------------------------------- candidates


def test_raised_digits_after_a_year_are_exactly_the_marker() -> None:
    text = "Planen blev vedtaget i marts 20258 af Kommissionen."
    (c,) = cands_of(body(text, raised_at(text, "8")))
    assert (text[c.start : c.end], c.digits, c.raised) == ("8", 8, True)
    # the layout decides how many digits: a raised "58" is footnote 58
    (c,) = cands_of(body(text, raised_at(text, "58")))
    assert (c.printed, c.digits) == ("58", 58)


def test_raised_digits_replace_a_longer_glued_guess() -> None:
    text = "Projekterne under EuroHPC28 i alt."
    assert [c.printed for c in cands_of(body(text))] == ["28"]  # without layout: digits glued to a word
    (c,) = cands_of(body(text, raised_at(text, "8")))
    assert (c.printed, c.digits, c.raised) == ("8", 8, True)


@pytest.mark.parametrize(
    ("text", "marker", "printed"),
    [
        ("Andelen steg til 15 %18 i 2024.", "18", "18"),  # after a percent sign
        ("Programmet (Digitale Europa)4 fortsætter.", "4", "4"),  # after a bracket
        ("Det kaldes ”AI-fabrikker”12 her.", "12", "12"),  # after a quote
        ("Det sker i 2025.7 Over halvdelen er med.", "7", "7"),  # after the full stop
        ("områderne80,81 og mere.", "80,81", "80"),  # a raised pair: two candidates
    ],
)
def test_raised_digits_after_punctuation(text: str, marker: str, printed: str) -> None:
    cands = cands_of(body(text, raised_at(text, marker)))
    assert cands[0].printed == printed and cands[0].raised is True
    if "," in marker:
        assert [(c.printed, c.raised) for c in cands] == [("80", True), ("81", True)]


def test_raised_digits_set_apart_by_a_space() -> None:
    text = "de europæiske fabrikker 9 i alt."
    (c,) = cands_of(body(text, raised_at(text, "9")))
    assert (c.printed, c.lead_space, c.raised) == ("9", True, True)
    assert cands_of(body(text)) == []  # without layout a lone digit is text


@pytest.mark.parametrize(
    ("text", "marker", "occurrence"),
    [
        ("4 Se punkt 4 nedenfor.", "4", 0),  # at the line's start: nothing it could be glued to
        ("Den 1er janvier 2025.", "er", -1),  # a raised ordinal ending, no digits
        ("Værdien 1012345 er stor.", "12345", -1),  # more than three digits: no footnote number
        ("Værdien 10x2y er stor.", "2", -1),  # inside a token
    ],
)
def test_raised_characters_that_are_no_marker(text: str, marker: str, occurrence: int) -> None:
    cands = cands_of(body(text, raised_at(text, marker, occurrence)))
    assert all(c.raised is not True for c in cands), cands


def test_flat_digits_beside_raised_ones_are_weak() -> None:
    text = "Vedtaget i marts 20258 og G8-landene tilsluttede sig."
    flat = cands_of(body(text))
    assert [(c.printed, c.raised) for c in flat] == [("8", None), ("8", None)]
    eight = text.index("20258") + 4
    cands = cands_of(body(text, ((eight, eight + 1),)))
    assert [(c.printed, c.raised) for c in cands] == [("8", True), ("8", False)]
    raised, g8 = cands
    assert _match_score(raised, 8, ocr=False) > 2 * _match_score(flat[0], 8, ocr=False) > 0
    assert 0 < _match_score(g8, 8, ocr=False) < _match_score(flat[0], 8, ocr=False)
    assert _match_score(raised, 5, ocr=False) is None  # raised digits still equal their number


# --------------------------------------------------------------------------- matching and cutting


def test_assign_prefers_the_raised_marker_over_a_later_flat_one() -> None:
    text = "Vedtaget i marts 20258 og G8-landene tilsluttede sig."
    eight = text.index("20258") + 4
    plain = cands_of(body(text))
    # text input: two equal guesses, the later one is taken (as before)
    ((c, num),) = _assign(plain, [8], ocr=False)
    assert (c.start, num) == (text.index("G8") + 1, 8)
    ((c, num),) = _assign(cands_of(body(text, ((eight, eight + 1),))), [8], ocr=False)
    assert (c.start, num) == (eight, 8)


def test_raised_marker_wins_over_flat_digits_on_another_line() -> None:
    lines = [body("Planen gælder for G7-landene.", number=1)]
    second = "Planen blev vedtaget i marts 20257 af alle."
    lines.append(body(second, raised_at(second, "7"), number=2))
    cands = [c for k in range(2) for c in _candidates(lines, k, ocr=False)]
    ((c, num),) = _assign(cands, [7], ocr=False)
    assert (c.line, num) == (1, 7)


def test_flat_digits_still_match_when_nothing_better_stands() -> None:
    text = "Programmet Horizon2 fortsætter i marts 20257."
    cands = cands_of(body(text, raised_at(text, "7")))
    matched = _assign(cands, [2, 3, 4, 5, 6, 7], ocr=False)
    assert [(c.printed, c.raised, num) for c, num in matched] == [("2", False, 2), ("7", True, 7)]


def _cut(lines: list[NLine]) -> list[NLine]:
    cut_markers(lines, ocr=False)
    return [line for line in lines if line.role == BODY]


def test_cut_markers_with_raised_ranges() -> None:
    texts = [
        "Kommissionen fremlagde planen for kunstig intelligens1 i hele Unionen.",
        "Forskere deltager i arbejdet med EuroHPC22 i alt.",
        "Planen blev vedtaget i mars 20253 og G3-landene tilsluttede sig den.",
    ]
    glued = ["intelligens1", "EuroHPC22", "20253"]  # each word's last digit is raised
    lines = []
    for k, (t, word) in enumerate(zip(texts, glued)):
        end = t.index(word) + len(word)
        lines.append(body(t, ((end - 1, end),), number=k + 1))
    lines += [note(n, 10 + n) for n in (1, 2, 3)]
    out = _cut(lines)
    assert [line.text for line in out] == [
        "Kommissionen fremlagde planen for kunstig intelligens i hele Unionen.",
        "Forskere deltager i arbejdet med EuroHPC2 i alt.",
        "Planen blev vedtaget i mars 2025 og G3-landene tilsluttede sig den.",
    ]
    assert [line.refs for line in out] == [[1], [2], [3]]
    assert [(e.before, e.after) for line in out for e in line.edits] == [
        ("intelligens1", "intelligens"),
        ("EuroHPC22", "EuroHPC2"),
        ("20253", "2025"),
    ]


def test_cut_markers_on_text_input_is_unchanged() -> None:
    # the same lines without layout: the text alone decides, as it always did ("22" is no
    # footnote here, and of two glued 3s the later one is taken)
    texts = [
        "Kommissionen fremlagde planen for kunstig intelligens1 i hele Unionen.",
        "Forskere deltager i arbejdet med EuroHPC22 i alt.",
        "Planen blev vedtaget i mars 20253 og G3-landene tilsluttede sig den.",
    ]
    lines = [body(t, number=k + 1) for k, t in enumerate(texts)] + [note(n, 10 + n) for n in (1, 2, 3)]
    out = _cut(lines)
    assert [line.text for line in out] == [
        "Kommissionen fremlagde planen for kunstig intelligens i hele Unionen.",
        "Forskere deltager i arbejdet med EuroHPC22 i alt.",
        "Planen blev vedtaget i mars 20253 og G-landene tilsluttede sig den.",
    ]
    assert [line.refs for line in out] == [[1], [], [3]]


def test_detached_raised_marker_takes_its_space_along() -> None:
    text = "de europæiske fabrikker 1 i alt."
    out = _cut([body(text, raised_at(text, "1")), note(1, 5)])
    assert (out[0].text, out[0].refs) == ("de europæiske fabrikker i alt.", [1])


# --------------------------------------------------------------------------- end to end (PDF)

# (text before, raised marker, text after) per body line: markers glued to words, to a name that
# ends in a digit ("EuroHPC2" + 7) and to a year on a line that also holds flat digits ("G8").
_MARKED = (
    ("Kommissionen fremlagde planen for kunstig intelligens", "1", " i hele Unionen."),
    ("Medlemsstaterne bidrager med data og beregningskraft", "2", " til fabrikkerne."),
    ("Virksomhederne skal have adgang til data", "3", " og til netværk."),
    ("Forskningen i kunstig intelligens styrkes", "4", " gennem programmerne."),
    ("De digitale færdigheder forbedres", "5", " for alle borgere."),
    ("Reglerne forenkles for små virksomheder", "6", " i hele Unionen."),
    ("Forskere deltager i arbejdet med EuroHPC2", "7", " i alt."),
    ("Planen blev vedtaget i mars 2025", "8", " og G8-landene tilsluttede sig den."),
)


def _marked_pdf() -> bytes:
    """One page: the _MARKED lines with 7 pt markers raised 4 pt, a separator rule, and footnotes
    1-8 in 8 pt at the bottom (the layout of make.document_pdf)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(make._FIXED_DATE)
    pdf.add_page()
    y = 100.0
    for before, marker, after in _MARKED:
        x = 72.0
        pdf.set_font("Helvetica", "", make.BODY_SIZE)
        pdf.text(x, y, before)
        x += pdf.get_string_width(before)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(x, y - 4, marker)
        x += pdf.get_string_width(marker)
        pdf.set_font("Helvetica", "", make.BODY_SIZE)
        pdf.text(x, y, after)
        y += 15
    fy = 842 - 130.0
    pdf.set_line_width(0.5)
    pdf.line(72, fy - 12, 72 + 150, fy - 12)
    pdf.set_font("Helvetica", "", make.FOOTNOTE_SIZE)
    for number in range(1, len(_MARKED) + 1):
        pdf.text(72, fy, f"{number} Se bilag {number}.")
        fy += 10
    return bytes(pdf.output())


def test_pdf_markers_cut_by_layout(tmp_path: Path) -> None:
    from aicont.pipeline import load_document

    path = tmp_path / "marked.pdf"
    path.write_bytes(_marked_pdf())
    doc = load_document(path, side="left", lang="da")
    body_blocks = [b for b in doc.blocks if b.kind != "footnote"]
    text = " ".join(b.text for b in body_blocks)
    assert "i mars 2025 og G8-landene" in text
    assert "EuroHPC2 i alt" in text
    mars = next(b for b in body_blocks if "mars 2025" in b.text)
    assert 8 in mars.refs
    assert sorted(r for b in body_blocks for r in b.refs) == list(range(1, 9))
    assert [b.id for b in doc.blocks if b.kind == "footnote"] == [f"left:fn{n}" for n in range(1, 9)]
    assert not [p for p in doc.problems if p.kind.startswith("footnote")]


def _assign_plain(cands: list[_Cand], numbers: list[int], *, ocr: bool, digits_only: frozenset[int] = frozenset()) -> list:
    """_assign's definition: every cell the max over (score, move) of its options."""
    m, k = len(cands), len(numbers)
    if not m or not k:
        return []
    best = [[0.0] * (k + 1) for _ in range(m + 1)]
    move = [[0] * (k + 1) for _ in range(m + 1)]
    for a in range(m + 1):
        for b in range(k + 1):
            if a == 0 and b == 0:
                continue
            options = []
            if a > 0:
                options.append((best[a - 1][b] + (-1.0 if cands[a - 1].weight >= 2.0 else 0.0), 1))
            if b > 0:
                options.append((best[a][b - 1], 2))
            if a > 0 and b > 0:
                s = _match_score(cands[a - 1], numbers[b - 1], ocr=ocr, digits_only=digits_only)
                if s is not None:
                    options.append((best[a - 1][b - 1] + s, 3))
            best[a][b], move[a][b] = max(options)
    out = []
    a, b = m, k
    while a > 0 or b > 0:
        if move[a][b] == 3:
            out.append((cands[a - 1], numbers[b - 1]))
            a, b = a - 1, b - 1
        elif move[a][b] == 1:
            a -= 1
        else:
            b -= 1
    return out[::-1]


@pytest.mark.parametrize("seed", range(40))
def test_assign_is_its_plain_definition(seed: int) -> None:
    rng = random.Random(seed)
    cands = []
    for i in range(rng.randint(0, 14)):
        digits = rng.choice([None, rng.randint(1, 12)])
        printed = str(digits) if digits is not None else rng.choice(["®", "*", "°", "’"])
        cands.append(_Cand(0, i, i + 1, printed, digits, rng.choice([0.0, 0.5, 0.7, 1.5, 2.0]),
                           loose=rng.random() < 0.2, raised=rng.choice([None, True, False])))
    numbers = sorted(rng.sample(range(1, 13), rng.randint(0, 6)))
    ocr = rng.random() < 0.5
    only = frozenset(rng.sample(numbers, min(len(numbers), rng.randint(0, 2))))
    assert _assign(cands, numbers, ocr=ocr, digits_only=only) == _assign_plain(cands, numbers, ocr=ocr, digits_only=only)
