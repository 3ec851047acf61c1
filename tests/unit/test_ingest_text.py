"""Text ingest: every encoding and line-end variant the issue names, line numbers as in an editor,
and the refusals (empty, binary, missing, folder) as InputError."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from aicont.errors import InputError
from aicont.ingest import load
from aicont.ingest.text import decode, read_text

DANISH = "Den Europæiske Union vil nå målet.\nØkonomien og færdighederne styrkes på øen Ærø.\n"
SWEDISH = "Europeiska unionen är fast besluten att bli ledande.\nÅtgärderna gäller öarna.\n"
CZECH = "Evropská unie se zavázala k příliš žluťoučkému koni.\nŘeditelé úřadů šetří.\n"
POLISH = "Unia Europejska jest zobowiązana.\nZażółć gęślą jaźń, łódź płynie.\n"
BULGARIAN = "Европейският съюз е решен да стане световен лидер.\n"
GREEK = "Η Ευρωπαϊκή Ένωση δεσμεύεται να γίνει παγκόσμιος ηγέτης.\n"
LITHUANIAN = "Europos Sąjunga įsipareigojusi tapti pasauline lyderė šioje srityje.\n"


def _write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _texts(raw) -> list[str]:
    return [line.text for line in raw.lines]


# --------------------------------------------------------------------------- encodings


def test_utf8_without_bom_has_no_notice(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, DANISH.encode("utf-8")))
    assert raw.encoding == "utf-8"
    assert raw.notices == ()
    assert raw.source == "text"
    assert _texts(raw) == DANISH.splitlines()


def test_utf8_bom_is_removed_and_line_one_is_clean(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, b"\xef\xbb\xbf" + DANISH.encode("utf-8")))
    assert raw.encoding == "utf-8-sig"
    assert raw.lines[0].text == "Den Europæiske Union vil nå målet."
    assert not raw.lines[0].text.startswith("\ufeff")
    assert [line.number for line in raw.lines] == [1, 2]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("text", [DANISH, SWEDISH, GREEK], ids=["da", "sv", "el"])
def test_utf16_with_and_without_bom(tmp_path: Path, enc: str, bom: bool, text: str) -> None:
    data = text.encode(enc)
    if bom:
        data = ("\ufeff").encode(enc) + data
    raw = load(_write(tmp_path, data))
    assert _texts(raw) == text.splitlines()
    assert raw.encoding.startswith("utf-16")
    assert len(raw.notices) == 1 and "UTF-16" in raw.notices[0]
    if not bom:
        assert raw.encoding == enc
        assert "no byte-order mark" in raw.notices[0]


def test_utf32_with_bom(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, DANISH.encode("utf-32")))
    assert _texts(raw) == DANISH.splitlines()
    assert "UTF-32" in raw.notices[0]


@pytest.mark.parametrize(
    ("text", "enc"),
    [
        (DANISH, "cp1252"),
        (SWEDISH, "cp1252"),
        (CZECH, "cp1250"),
        (POLISH, "cp1250"),
        (POLISH, "iso-8859-2"),
        (BULGARIAN, "cp1251"),
        (GREEK, "cp1253"),
        (LITHUANIAN, "cp1257"),
    ],
)
def test_legacy_8bit_detected_by_alphabet(tmp_path: Path, text: str, enc: str) -> None:
    raw = load(_write(tmp_path, text.encode(enc)))
    assert _texts(raw) == text.splitlines()
    assert raw.encoding == enc
    assert raw.notices == (f"{tmp_path / 'doc.txt'}: not UTF-8; decoded as {enc}",)


def test_cp1252_danish_is_not_read_as_central_european(tmp_path: Path) -> None:
    # The same bytes are valid cp1250 ("ćřĺ"); the Danish alphabet must win.
    data = "æble, ørred og ål; Æ Ø Å\n".encode("cp1252")
    assert data.decode("cp1250") != data.decode("cp1252")
    raw = load(_write(tmp_path, data))
    assert raw.encoding == "cp1252"
    assert raw.lines[0].text == "æble, ørred og ål; Æ Ø Å"


def test_cp1252_punctuation_decoded(tmp_path: Path) -> None:
    text = "Beløbet – 20 mia. € – er „foreløbigt“.\n"
    raw = load(_write(tmp_path, text.encode("cp1252")))
    assert raw.lines[0].text == text.strip()


def test_utf8_with_a_few_stray_legacy_bytes_keeps_the_utf8(tmp_path: Path) -> None:
    good = "Første linje med æøå.\n" * 5
    data = good.encode("utf-8") + "Sidste linje: Ærø.\n".encode("cp1252")
    raw = load(_write(tmp_path, data))
    assert raw.encoding == "utf-8"
    assert _texts(raw) == (good + "Sidste linje: Ærø.\n").splitlines()
    assert len(raw.notices) == 1
    assert "2 invalid byte(s)" in raw.notices[0] and "line 6" in raw.notices[0]


def test_decode_is_deterministic_and_sha_is_of_the_bytes(tmp_path: Path) -> None:
    data = CZECH.encode("cp1250")
    path = _write(tmp_path, data)
    assert load(path) == load(path)
    assert load(path).sha256 == hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- line ends and pages


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_line_ends_give_editor_line_numbers(tmp_path: Path, eol: str) -> None:
    lines = ["Første linje", "", "Tredje linje", "   indrykket", ""]
    raw = load(_write(tmp_path, eol.join(lines).encode("utf-8") + eol.encode()))
    assert [(line.number, line.text) for line in raw.lines] == list(enumerate(lines, start=1))
    assert all("\r" not in line.text and "\n" not in line.text for line in raw.lines)


def test_no_final_line_end_still_counts_the_last_line(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, b"a\nb"))
    assert [(line.number, line.text) for line in raw.lines] == [(1, "a"), (2, "b")]


@pytest.mark.parametrize("seed", range(8))
def test_mixed_line_ends_random(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    lines = ["".join(rng.choice("abc æøå 123") for _ in range(rng.randint(0, 12))) for _ in range(40)]
    parts, previous = [], ""
    for line in lines:
        # A CR, then an empty line ended by LF, is one CRLF to an editor too: keep that out.
        eol = "\r" if previous == "\r" and not line else rng.choice(["\n", "\r\n", "\r"])
        parts.append(line + eol)
        previous = eol
    data = "".join(parts)
    raw = load(_write(tmp_path, data.encode("utf-8")))
    assert [line.text for line in raw.lines] == lines
    assert [line.number for line in raw.lines] == list(range(1, 41))


def test_form_feed_starts_a_page_but_keeps_line_numbers(tmp_path: Path) -> None:
    data = "side et\nslut på side et\n\fside to\nmere\n\fside tre\n".encode("utf-8")
    raw = load(_write(tmp_path, data))
    assert [page.number for page in raw.pages] == [1, 2, 3]
    assert [(line.number, line.page, line.text) for line in raw.lines] == [
        (1, 1, "side et"),
        (2, 1, "slut på side et"),
        (3, 2, "side to"),
        (4, 2, "mere"),
        (5, 3, "side tre"),
    ]


def test_form_feed_in_mid_line_splits_the_line_but_keeps_its_number(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, b"one\nend of page\x0cnew page\nthree\n"))
    assert [(line.number, line.page, line.text) for line in raw.lines] == [
        (1, 1, "one"),
        (2, 1, "end of page"),
        (2, 2, "new page"),
        (3, 2, "three"),
    ]


def test_unicode_line_separators_do_not_end_lines(tmp_path: Path) -> None:
    # Editors count only CR/LF; U+2028 and NEL stay inside the line, so line numbers agree.
    raw = load(_write(tmp_path, "a\u2028b\nc\x85d\ne\n".encode("utf-8")))
    assert [line.text for line in raw.lines] == ["a\u2028b", "c\x85d", "e"]


# --------------------------------------------------------------------------- refusals


def test_empty_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty"):
        load(_write(tmp_path, b""))


def test_whitespace_only_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text"):
        load(_write(tmp_path, b" \n\r\n\t\n"))


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(3).randbytes(3000),
        b"PK\x03\x04\x14\x00\x06\x00" + random.Random(4).randbytes(3000),
        bytes(random.Random(5).choices(range(1, 32), k=2000)),  # control bytes, no NUL
    ],
    ids=["all-bytes", "png", "zip", "controls"],
)
def test_binary_file_with_txt_suffix_is_an_input_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="binary file, not text"):
        load(_write(tmp_path, data))


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("brev.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "not a readable Word .docx file"),
        ("brev.rtf", b"{\\rtf1\\ansi Hej}", "RTF format; aicont reads .txt, .pdf, .docx, .odt, .html"),
        ("brev.odt", b"PK\x03\x04" + bytes(range(256)), "not a readable OpenDocument .odt file"),
    ],
)
def test_office_files_name_their_format(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=kind):
        load(_write(tmp_path, data, name))


def test_markdown_and_suffixless_files_are_text(tmp_path: Path) -> None:
    for name in ("notes.md", "README", "data.docx"):  # a .docx that is really text is read as text
        raw = load(_write(tmp_path, DANISH.encode("utf-8"), name))
        assert raw.source == "text" and _texts(raw) == DANISH.splitlines()


def test_a_few_nul_bytes_in_text_are_dropped_with_a_notice(tmp_path: Path) -> None:
    text = DANISH * 200
    data = text.encode("utf-8")
    data = data[:100] + b"\x00" + data[100:2000] + b"\x00\x00" + data[2000:]
    raw = load(_write(tmp_path, data))
    assert "\n".join(_texts(raw)) + "\n" == text
    assert raw.notices == (f"{tmp_path / 'doc.txt'}: 3 NUL byte(s) ignored",)


def test_many_nul_bytes_are_binary_even_at_one_parity(tmp_path: Path) -> None:
    # NULs at odd offsets only, like UTF-16-LE, but the rest is UTF-8: not text.
    with pytest.raises(InputError, match="binary file"):
        load(_write(tmp_path, "Hej\x00 med dig æøå\n".encode("utf-8") * 100))


def _mojibake(text: str) -> bytes:
    """UTF-8 bytes read as cp1252 (undefined bytes as Latin-1) and saved as UTF-8 again."""
    undefined = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in text.encode("utf-8")).encode()


def test_double_encoded_utf8_is_repaired(tmp_path: Path) -> None:
    text = "Den Europæiske Union vil nå målet – på øen Ærø, “citat” og 20 €.\nÅtgärderna gäller öarna.\n"
    raw = load(_write(tmp_path, _mojibake(text)))
    assert _texts(raw) == text.splitlines()
    assert raw.encoding == "utf-8"
    assert len(raw.notices) == 1 and "repaired" in raw.notices[0]


def test_double_encoded_utf8_with_a_bom_is_repaired(tmp_path: Path) -> None:
    text = "Beløbet på 20 mia. € gælder for Ærø og Øresund.\n"
    raw = load(_write(tmp_path, b"\xef\xbb\xbf" + _mojibake(text)))
    assert _texts(raw) == text.splitlines() and raw.encoding == "utf-8-sig"


def test_a_lone_mojibake_lookalike_is_left_alone(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, "Ã¸ once is not evidence enough.\n".encode("utf-8")))
    assert _texts(raw) == ["Ã¸ once is not evidence enough."]
    assert raw.notices == ()


def test_french_spacing_is_not_mistaken_for_mojibake(tmp_path: Path) -> None:
    text = "« déjà\u00a0» et «\u00a0voilà\u00a0»\n" * 5
    raw = load(_write(tmp_path, text.encode("utf-8")))
    assert _texts(raw) == text.splitlines() and raw.notices == ()


def test_byte_order_marks_inside_the_text_are_dropped(tmp_path: Path) -> None:
    raw = load(_write(tmp_path, "første fil\n\ufeffanden fil\n".encode("utf-8")))
    assert _texts(raw) == ["første fil", "anden fil"]


def test_utf16_bom_with_odd_length_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="UTF-16"):
        load(_write(tmp_path, b"\xff\xfea\x00b"))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        load(tmp_path)


def test_decode_rejects_bytes_directly() -> None:
    with pytest.raises(InputError):
        decode(b"", Path("x.txt"))
    assert decode("æ".encode(), Path("x.txt")) == ("æ", "utf-8", ())


# --------------------------------------------------------------------------- the bundled corpus


def test_corpus_files_load_with_editor_line_numbers() -> None:
    from conftest import CORPUS

    files = sorted(CORPUS.glob("*/*.txt"))
    assert len(files) == 5
    for path in files:
        data = path.read_bytes()
        raw = read_text(path, data)
        expected = data.decode("utf-8").split("\n")
        if expected[-1] == "":
            expected.pop()
        assert raw.encoding == "utf-8" and raw.notices == (), path
        assert [line.text for line in raw.lines] == expected, path
        assert [line.number for line in raw.lines] == list(range(1, len(expected) + 1)), path
        assert all(line.size is None and line.top is None for line in raw.lines)
