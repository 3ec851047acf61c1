"""Plain-text inputs: decode (UTF-8 with or without BOM, UTF-16/32, legacy 8-bit) and split into lines.

Line numbers are those the user sees in an editor: CRLF, CR and LF all end a line (and nothing
else does: a form feed, U+2028 or NEL stays inside its line, as editors show it). A form feed
starts a new page, but the line that holds it keeps its number; otherwise page breaks are decided
later, from evidence, by normalize.pages.

Legacy 8-bit text is decoded with the Windows code page whose letters make the most coherent
alphabet of one EU language (see `_ALPHABETS`): "æøå" in cp1252 is Danish, while the same bytes
in cp1250 read "ćřĺ", letters that no single language uses together.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from aicont.errors import InputError
from aicont.model import Line, Page, RawDocument

_LINE_END = re.compile(r"\r\n|\r|\n")

# Non-ASCII letters (lower case) of the EU's official languages, grouped by the legacy code page
# their texts were written in. Data, not code: a language missing here only makes detection a
# little weaker. Only letters that a code page can encode matter; the rest never appear.
_ALPHABETS: dict[str, dict[str, str]] = {
    "cp1252": {
        "da": "æøåé",
        "sv": "åäöé",
        "de": "äöüß",
        "fi": "äöå",
        "et": "õäöüšž",
        "nl": "éëïèöü",
        "fr": "àâæçéèêëîïôœùûüÿ",
        "es": "áéíñóúü",
        "it": "àèéìíîòóù",
        "pt": "àáâãçéêíóôõú",
        "ga": "áéíóú",
        "en": "éï",
    },
    "cp1250": {
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "pl": "ąćęłńóśźż",
        "hu": "áéíóöőúüű",
        "sl": "čšž",
        "hr": "čćđšž",
        "ro": "ăâîşţșț",
        "de": "äöüß",
    },
    "iso-8859-2": {
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "pl": "ąćęłńóśźż",
        "hu": "áéíóöőúüű",
        "sl": "čšž",
        "hr": "čćđšž",
        "ro": "ăâîşţ",
    },
    "cp1257": {
        "lt": "ąčęėįšųūž",
        "lv": "āčēģīķļņšūž",
        "et": "õäöüšž",
    },
    "cp1251": {"bg": "абвгдежзийклмнопрстуфхцчшщъьюя"},
    "cp1253": {"el": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋΐΰ"},
}
_BINARY = "binary file, not text (aicont reads .txt, .pdf, .docx, .odt, .html, .xlf/.xliff and .tmx)"

# Tried in this order; on a tie the earlier one wins (cp1252 is by far the most common).
_LEGACY = tuple(_ALPHABETS)

# A decoded text with more C0 control characters than this (per character) is not text. Tab, the
# line ends and form feed are ordinary; a few stray controls occur in real exports.
_MAX_CONTROL_RATIO = 0.01
_ODD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # C0 controls other than \t \n \v \f \r


def decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, notices). Raises InputError for binary or undecodable data."""
    if not data:
        raise InputError(f"{path}: the file is empty")
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")):
        if data.startswith(bom):
            return _checked(_strict(data[len(bom):], enc, path), path), enc, (f"{path}: decoded as {enc.upper()}",)
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc, notices = _decode_bytes(data[3:], path)
        return text, "utf-8-sig" if enc == "utf-8" else enc, notices
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _checked(_strict(data[2:], enc, path), path), "utf-16", (f"{path}: decoded as UTF-16",)
    if b"\x00" in data[:8192]:
        enc = _utf16_without_bom(data[:8192])
        if enc is not None:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                text = ""
            if _alphabetic_script(text):
                return _checked(text, path), enc, (f"{path}: no byte-order mark; decoded as {enc.upper()}",)
    return _decode_bytes(data, path)


def _decode_bytes(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """UTF-8 or a legacy code page, after the BOM and UTF-16/32 have been ruled out."""
    extra: tuple[str, ...] = ()
    nuls = data.count(0)
    if nuls:
        if nuls > len(data) * _MAX_STRAY_NUL:
            raise InputError(f"{path}: {_BINARY}")
        # A handful of NUL bytes in otherwise ordinary text (a damaged export): invisible, dropped.
        data = data.replace(b"\x00", b"")
        extra = (f"{path}: {nuls} NUL byte(s) ignored",)
    text, enc, notices = _decode_utf8(data, path)
    if enc == "utf-8":
        text, repaired = _repair_double_encoding(text)
        if repaired:
            notices += (
                f"{path}: {repaired} character(s) were UTF-8 read as {_MOJIBAKE_SOURCE} (e.g. 'Ã¦' for 'æ'); repaired",
            )
    return _checked(text, path), enc, extra + notices


# A text with more NUL bytes than this share is binary (or UTF-16 we could not recognise).
_MAX_STRAY_NUL = 0.001

# Double encoding: UTF-8 bytes once decoded as cp1252 and saved again as UTF-8 turn "æ" into "Ã¦".
# A run of such characters that re-encodes to valid UTF-8 is put back; real text never has "Ã"
# followed by a character from U+0080-U+00BF or the cp1252 punctuation block.
_MOJIBAKE_SOURCE = "cp1252"
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)
_MIN_MOJIBAKE = 3  # fewer could be a genuine oddity; leave those alone


def _legacy_bytes(text: str) -> bytes:
    """The bytes `text` came from under cp1252, where the five bytes cp1252 leaves undefined were
    read as their Latin-1 control characters (what Windows tools do)."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode(_MOJIBAKE_SOURCE)
        except UnicodeEncodeError:
            if ord(c) > 0xFF:
                raise
            out.append(ord(c))
    return bytes(out)


def _repair_double_encoding(text: str) -> tuple[str, int]:
    matches = _MOJIBAKE.findall(text)
    if len(matches) < _MIN_MOJIBAKE:
        return text, 0
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = _legacy_bytes(m.group()).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group()
        if not _alphabetic_script(fixed):
            return m.group()  # "déjà\u00a0»" is French, not a garbled Samaritan letter
        count += 1
        return fixed

    repaired = _MOJIBAKE.sub(fix, text)
    return (repaired, count) if count >= _MIN_MOJIBAKE else (text, 0)


def _alphabetic_script(text: str) -> bool:
    """True when nearly all of `text` is Latin, Greek or Cyrillic letters, digits, punctuation or
    spaces, as in an EU language. Bytes of another encoding read as UTF-16 give mostly CJK,
    Hangul or unassigned code points."""
    sample = text[:4096]
    if not sample:
        return False
    ok = sum(1 for c in sample if ord(c) < 0x0530 or 0x1E00 <= ord(c) < 0x2200)
    return ok >= 0.9 * len(sample)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit (almost) only at odd/even offsets, else None.

    Text in a Latin script has an ASCII character (NUL high byte) every few characters; in Greek or
    Cyrillic at least the spaces and digits are ASCII. Binary data has NULs at both parities.
    """
    pairs = len(head) // 2
    if pairs == 0:
        return None
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.05 and even <= odd * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.05 and odd <= even * 0.02:
        return "utf-16-be"
    return None


def _decode_utf8(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    valid = list(_UTF8_RUN.finditer(data))
    gaps: list[tuple[int, int]] = []
    pos = 0
    for m in valid:
        if m.start() > pos:
            gaps.append((pos, m.start()))
        pos = m.end()
    if pos < len(data):
        gaps.append((pos, len(data)))
    stray_bytes = sum(end - start for start, end in gaps)
    multibyte = len(_UTF8_MULTI.findall(data))
    if multibyte and stray_bytes <= multibyte:
        # Mostly UTF-8 with a few stray bytes (text pasted together from two sources): decoding the
        # whole file as 8-bit would garble every correct letter, so only the stray bytes are.
        legacy = _best_legacy(b"".join(data[s:e] for s, e in gaps))
        parts: list[str] = []
        pos = 0
        for start, end in gaps:
            parts.append(data[pos:start].decode("utf-8"))
            parts.append(data[start:end].decode(legacy, errors="replace"))
            pos = end
        parts.append(data[pos:].decode("utf-8"))
        lines = sorted({data.count(b"\n", 0, start) + 1 for start, _ in gaps[:50]})
        where = ", ".join(str(n) for n in lines[:5]) + (" ..." if len(lines) > 5 else "")
        return "".join(parts), "utf-8", (
            f"{path}: UTF-8 with {stray_bytes} invalid byte(s) (line {where}); those decoded as {legacy}",
        )
    legacy = _best_legacy(data)
    text = data.decode(legacy, errors="replace")
    return text, legacy, (f"{path}: not UTF-8; decoded as {legacy}",)


# Runs of well-formed UTF-8 (RFC 3629: no overlongs, no surrogates), and its multi-byte sequences,
# which in real 8-bit text are rare accidents.
_UTF8_MULTI_RE = (
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_MULTI = re.compile(_UTF8_MULTI_RE)
_UTF8_RUN = re.compile(rb"(?:[\x00-\x7f]|" + _UTF8_MULTI_RE + rb")+")


def _best_legacy(data: bytes) -> str:
    """The legacy code page under which the non-ASCII letters best fit one language's alphabet."""
    sample = bytes(b for b in data if b >= 0x80)
    if not sample:
        return "cp1252"
    best, best_score = "latin-1", -1.0  # latin-1 decodes any byte: the last resort
    for enc in _LEGACY:
        try:
            decoded = sample.decode(enc)
        except UnicodeDecodeError:
            continue  # a byte undefined in this code page: it cannot be the file's encoding
        counts: dict[str, int] = {}
        for c in decoded.lower():
            counts[c] = counts.get(c, 0) + 1
        total = len(decoded)
        score = max(
            sum(n for c, n in counts.items() if c in alphabet) for alphabet in _ALPHABETS[enc].values()
        ) / total
        if score > best_score + 1e-9:
            best, best_score = enc, score
    return best


def _strict(data: bytes, enc: str, path: Path) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid {enc.upper()} text") from None


def _checked(text: str, path: Path) -> str:
    """Refuse decoded text that is really binary (many control characters)."""
    sample = text[:100_000]
    controls = len(_ODD_CONTROL.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        raise InputError(f"{path}: {_BINARY}")
    return text


def read_text(path: Path, data: bytes) -> RawDocument:
    """Decode `data` and split it into lines (numbered as in an editor) and form-feed pages."""
    text, encoding, notices = decode(data, path)
    # A byte-order mark is invisible; inside a file it marks where two files were joined.
    text = text.replace("\ufeff", "")
    parts = _LINE_END.split(text)
    if parts and parts[-1] == "":
        parts.pop()  # a final line end does not start another line
    pages: list[Page] = []
    current: list[Line] = []
    page_no = 1
    for number, raw_line in enumerate(parts, start=1):
        while "\f" in raw_line:
            before, raw_line = raw_line.split("\f", 1)
            if before.strip():
                current.append(Line(number=number, text=before, page=page_no))
            pages.append(Page(number=page_no, lines=tuple(current)))
            current, page_no = [], page_no + 1
        current.append(Line(number=number, text=raw_line, page=page_no))
    pages.append(Page(number=page_no, lines=tuple(current)))
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise InputError(f"{path}: the file has no text")
    return RawDocument(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        source="text",
        pages=tuple(pages),
        encoding=encoding,
        notices=notices,
    )
