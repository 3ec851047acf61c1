"""Property-based tests (hypothesis) of the stages on arbitrary input: ingest (any bytes under any
suffix are a document or one clear error), normalise and segment (every block points into the
file it came from), extract (never raises; every value's offset and raw text are its block's),
and the whole pipeline (arbitrary small pairs: no exception, the same report twice).

Example counts are bounded (and the texts small) so the suite stays fast; a failing example is
printed by hypothesis and can be pinned with @example.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from aicont.errors import AicontError

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEWER = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Tokens of the kind the stages look for (dates, amounts, references, footnote markers, headings,
# OCR confusions, URLs, other scripts), mixed with arbitrary text: the stages must hold on both.
_TOKENS = (
    "2.2.2025", "2 februari 2026", "11. marts 2025", "Q2", "2. kvartal", "2021-2027", "48", "over",
    "mindst", "högst", "EUR", "€", "200 mia.", "1,5", "10 %", "procent", "COM(2025) 165",
    "artikel 5", "forordning (EU) 2024/1689", "https://example.eu/a_b", "(ARISA)", "Al", "AI",
    "1.3", "1.", "a)", "•", "–", "54", "¹", "§", "fn", "Kapitel", "KAPITEL", "Σύμβαση", "2019 г.",
    "\u00ad", "\u200b", "\x0c", "\t", ";", ":", "(", ")", "\"", "«", "»",
)


def _text(categories: tuple[str, ...]) -> st.SearchStrategy[str]:
    word = st.one_of(
        st.sampled_from(_TOKENS),
        st.text(alphabet=st.characters(blacklist_categories=categories), min_size=1, max_size=12),
    )
    return st.lists(st.lists(word, max_size=14).map(" ".join), min_size=1, max_size=30).map("\n".join)


# any characters (control characters too: a "binary file" error is a right answer)
TEXT = _text(("Cs",))
# what a text file of a document holds: no control characters but the tokens' (most pairs run)
DOCUMENT = _text(("Cs", "Cc"))
SUFFIXES = (".txt", ".md", ".html", ".pdf", ".docx", ".odt", ".xliff", ".tmx", ".xml", "")


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _one_line(exc: AicontError) -> None:
    message = str(exc)
    assert message.strip() and "\n" not in message.strip(), repr(message)


# --------------------------------------------------------------------------- ingest


@FEW
@given(data=st.one_of(st.binary(max_size=3000), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_are_a_document_or_one_clear_error(data: bytes, suffix: str) -> None:
    from aicont.ingest import load

    with tempfile.TemporaryDirectory() as tmp:
        path = _write(Path(tmp), "doc" + suffix, data)
        try:
            raw = load(path)
        except AicontError as exc:
            event("error")
            _one_line(exc)
            return
    event(f"document ({raw.source})")
    # lines are numbered as in the file: a page break inside a line keeps its number
    numbers = [line.number for line in raw.lines]
    assert all(n >= 1 for n in numbers) and numbers == sorted(numbers)
    if raw.source == "text" and raw.encoding.startswith("utf-8"):
        assert numbers[-1:] <= [len(data.decode("utf-8", "replace").splitlines()) + 1]


# --------------------------------------------------------------------------- normalise, segment, extract


def _raw(text: str, folder: Path, name: str = "da.txt"):  # noqa: ANN202 - RawDocument
    from aicont.ingest import load

    return load(_write(folder, name, text.encode("utf-8", "surrogatepass")))


@FEW
@given(text=st.one_of(TEXT, DOCUMENT), ocr_repair=st.booleans())
def test_normalise_keeps_every_line_of_the_file(text: str, ocr_repair: bool) -> None:
    from aicont.normalize import normalize

    with tempfile.TemporaryDirectory() as tmp:
        try:
            raw = _raw(text, Path(tmp))
        except AicontError as exc:  # e.g. nothing but white space: one clear error
            _one_line(exc)
            return
    norm = normalize(raw, ocr_repair=ocr_repair)
    assert [line.number for line in norm.lines] == [line.number for line in raw.lines]
    for line in norm.lines:
        for edit in line.edits:
            assert edit.span.line_start <= line.number <= edit.span.line_end


@FEW
@given(text=st.one_of(TEXT, DOCUMENT), ocr_repair=st.booleans())
def test_segment_and_extract_keep_provenance(text: str, ocr_repair: bool) -> None:
    from aicont.extract import extract_document
    from aicont.segment import build_document

    with tempfile.TemporaryDirectory() as tmp:
        try:
            raw = _raw(text, Path(tmp))
        except AicontError as exc:
            _one_line(exc)
            return
    last = max((line.number for line in raw.lines), default=0)
    doc = build_document(raw, side="da", lang="da", ocr_repair=ocr_repair)
    assert len({b.id for b in doc.blocks}) == len(doc.blocks)
    for block in doc.blocks:
        assert block.spans, block.id
        for span in block.spans:
            assert 1 <= span.line_start <= span.line_end <= last, (block.id, span)
        starts = [off for off, _ in block.line_offsets]
        assert starts == sorted(starts) and all(0 <= off <= len(block.text) for off in starts)
    values = extract_document(doc)
    event(f"blocks: {min(len(doc.blocks), 3)}+, values: {min(sum(map(len, values.values())), 3)}+")
    assert set(values) == {b.id for b in doc.blocks}
    for block in doc.blocks:
        first, final = block.spans[0].line_start, block.spans[-1].line_end
        for value in values[block.id]:
            assert value.block_id == block.id
            assert block.text[value.offset:value.offset + len(value.raw)] == value.raw, (block.text, value)
            assert value.line is not None and first <= value.line <= final, (block.id, value)


@FEW
@given(text=st.text(max_size=400), lang=st.sampled_from(("da", "sv", "en", "de", "el", "bg", "hu", "fi", "mt", "ga", "xx")))
def test_extract_never_raises_in_any_language(text: str, lang: str) -> None:
    from aicont.extract import extract_text
    from aicont.lang import get_pack

    pack = get_pack(lang)
    for value in extract_text(text, pack):
        assert 0 <= value.offset <= len(text) - len(value.raw)
        assert text[value.offset:value.offset + len(value.raw)] == value.raw


# --------------------------------------------------------------------------- the whole pipeline


@FEWER
@given(left=DOCUMENT, right=DOCUMENT)
def test_whole_pipeline_on_arbitrary_pairs_is_deterministic(left: str, right: str) -> None:
    from aicont.config import Config
    from aicont.pipeline import run
    from aicont.report.base import get_renderer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        left_path = _write(folder, "da.txt", left.encode("utf-8", "surrogatepass"))
        right_path = _write(folder, "sv.txt", right.encode("utf-8", "surrogatepass"))
        try:
            first = get_renderer("json").render(run(left_path, right_path, Config()))
        except AicontError as exc:
            event(f"error: {str(exc).split(':')[-1][:40]}")
            _one_line(exc)
            return
        second = get_renderer("json").render(run(left_path, right_path, Config()))
    findings = first.count('"code"')
    event(f"findings: {min(findings, 3)}+")
    assert first == second
