"""Plain-text inputs: decode (UTF-8 with or without BOM, UTF-16/32, legacy 8-bit) and split into lines.

Line numbers are those the user sees in an editor: CRLF, CR and LF all end a line (and nothing
else does: a form feed, U+2028 or NEL stays inside its line, as editors show it). A form feed
starts a new page, but the line that holds it keeps its number; otherwise page breaks are decided
later, from evidence, by normalize.pages.

Legacy 8-bit text is decoded with the code page whose letters fit the language's alphabet (see
`_LETTERS`): "æøå" in cp1252 is Danish, while the same bytes in cp1250 read "ćřĺ". The language is
the one declared or named by the file (sv.txt), else the one charset-normalizer detects, so a
Swedish cp1252 file never reads "allmдnna" (cp1251) and a Danish one not "ćřĺ". The encoding chosen
is always a notice.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from aicont.errors import InputError
from aicont.model import Line, Page, RawDocument

_LINE_END = re.compile(r"\r\n|\r|\n")

# Non-ASCII letters (lower case) of each EU language: what decides between code pages that decode
# the same bytes to different letters (0xE6 is "æ" in cp1252, "ć" in cp1250). Data, not code: a
# language missing here only makes the choice rest on the other languages' letters.
_LETTERS: dict[str, str] = {
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "cs": "áčďéěíňóřšťúůýž",
    "da": "æøåé",
    "de": "äöüß",
    "el": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋΐΰ",
    "en": "éï",
    "es": "áéíñóúü",
    "et": "õäöüšž",
    "fi": "äöåšž",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "ga": "áéíóú",
    "hr": "čćđšž",
    "hu": "áéíóöőúüű",
    "it": "àèéìíîòóù",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "mt": "ċġħżàèìòù",
    "nl": "éëïèöüáó",
    "pl": "ąćęłńóśźż",
    "pt": "àáâãçéêíóôõú",
    "ro": "ăâîșțşţ",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sl": "čšž",
    "sv": "åäöé",
}
# The legacy code pages EU texts were written in, Windows before ISO: on a tie the earlier one wins
# (cp1252 is by far the most common; Latin-1 decodes any byte and is the last resort).
_LEGACY = (
    "cp1252", "iso-8859-15", "cp1250", "iso-8859-2", "cp1257", "iso-8859-13", "iso-8859-3", "cp1251",
    "iso-8859-5", "cp1253", "iso-8859-7", "latin-1",
)
# charset-normalizer's language names of the EU languages.
_LANGUAGE_NAMES = {
    "Bulgarian": "bg", "Czech": "cs", "Danish": "da", "German": "de", "Greek": "el", "English": "en",
    "Spanish": "es", "Estonian": "et", "Finnish": "fi", "French": "fr", "Irish": "ga", "Croatian": "hr",
    "Hungarian": "hu", "Italian": "it", "Lithuanian": "lt", "Latvian": "lv", "Maltese": "mt", "Dutch": "nl",
    "Polish": "pl", "Portuguese": "pt", "Romanian": "ro", "Slovak": "sk", "Slovene": "sl", "Slovenian": "sl",
    "Swedish": "sv",
}
# The language's letters must make at least this share of the non-ASCII letters for a code page
# to be chosen by that language; below it the language (a wrong file name, or charset-normalizer's
# guess on a few words) is not trusted.
_MIN_FIT = 0.8
_BINARY = "binary file, not text (aicont reads .txt, .pdf, .docx, .odt, .html, .xlf/.xliff and .tmx)"

# A decoded text with more C0 control characters than this (per character) is not text. Tab, the
# line ends and form feed are ordinary; a few stray controls occur in real exports.
_MAX_CONTROL_RATIO = 0.01
_ODD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # C0 controls other than \t \n \v \f \r


def decode(data: bytes, path: Path, lang: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, notices). Raises InputError for binary or undecodable data."""
    if not data:
        raise InputError(f"{path}: the file is empty")
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")):
        if data.startswith(bom):
            return _checked(_strict(data[len(bom):], enc, path), path), enc, (f"{path}: decoded as {enc.upper()}",)
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc, notices = _decode_bytes(data[3:], path, lang)
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
    return _decode_bytes(data, path, lang)


def _decode_bytes(data: bytes, path: Path, lang: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """UTF-8 or a legacy code page, after the BOM and UTF-16/32 have been ruled out."""
    extra: tuple[str, ...] = ()
    nuls = data.count(0)
    if nuls:
        if nuls > len(data) * _MAX_STRAY_NUL:
            raise InputError(f"{path}: {_BINARY}")
        # A handful of NUL bytes in otherwise ordinary text (a damaged export): invisible, dropped.
        data = data.replace(b"\x00", b"")
        extra = (f"{path}: {nuls} NUL byte(s) ignored",)
    text, enc, notices = _decode_utf8(data, path, lang)
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


def _decode_utf8(data: bytes, path: Path, lang: str | None = None) -> tuple[str, str, tuple[str, ...]]:
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
        legacy = _best_legacy(b"".join(data[s:e] for s, e in gaps), lang)
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
    legacy = _best_legacy(data, lang)
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


def _best_legacy(data: bytes, lang: str | None = None) -> str:
    """The legacy code page of `data`: of those that decode it, the one whose non-ASCII letters best
    fit the language's alphabet. The language is `lang` (declared, or the file's name) when its
    letters fit; else the one charset-normalizer detects; else the best fit of any language, less
    the words that would mix scripts ("allmдnna": Swedish read as cp1251)."""
    sample = data[:_SAMPLE]
    if not any(b >= 0x80 for b in sample):
        return "cp1252"
    decoded = {}
    for enc in _LEGACY:
        try:
            decoded[enc] = sample.decode(enc)
        except UnicodeDecodeError:
            continue  # a byte undefined in this code page: it cannot be the file's encoding
    for language in (lang, _detected_language(sample)):
        if language in _LETTERS:
            best = max(decoded, key=lambda enc: _fit(decoded[enc], _LETTERS[language]))
            fits, misfits = _counts(decoded[best], _LETTERS[language])
            if fits >= _MIN_FIT * (fits + misfits):
                return best

    def score(enc: str) -> int:
        return max(_fit(decoded[enc], letters) for letters in _LETTERS.values()) - 2 * len(_MIXED.findall(decoded[enc]))

    return max(decoded, key=score)


# Enough of a file to tell its code page (the letters of a few hundred pages).
_SAMPLE = 1 << 20
# A Latin letter next to a Greek or Cyrillic one inside a word: what a wrong code page makes.
_MIXED = re.compile("[A-Za-z][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z]")


def _counts(text: str, letters: str) -> tuple[int, int]:
    """(non-ASCII letters of `text` in `letters`, those not in it); a C1 control counts as a
    misfit (no text has them)."""
    found = [c for c in text.lower() if c >= "\x80" and (c.isalpha() or c < "\xa0")]
    fits = sum(1 for c in found if c in letters)
    return fits, len(found) - fits


def _fit(text: str, letters: str) -> int:
    """How well `text` reads as a language of `letters`: its letters that fit less those that do
    not (a count, so that one more letter of the language, "œ" rather than "½", decides)."""
    fits, misfits = _counts(text, letters)
    return fits - misfits


def _detected_language(data: bytes) -> str | None:
    """The EU language charset-normalizer reads in legacy-encoded `data`, or None."""
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=[enc.replace("-", "_") for enc in _LEGACY]).best()
    return _LANGUAGE_NAMES.get(match.language) if match is not None else None


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


def read_text(path: Path, data: bytes, lang: str | None = None) -> RawDocument:
    """Decode `data` and split it into lines (numbered as in an editor) and form-feed pages; `lang`
    (declared or named) decides between close legacy code pages."""
    text, encoding, notices = decode(data, path, lang)
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
