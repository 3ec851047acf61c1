"""Text primitives for every script: letter case, words, names and acronyms, sentence ends,
abbreviations and folding.

One home, so that Polish "Łączna", Greek "Ο Κανονισμός" and Bulgarian "Регламентът" start a
sentence like "The", and "ł", "ő", "ș"/"ş", "ħ" fold like "é". Python's `re` has no \\p{Lu}:
UPPER and LOWER are character-class contents built once from unicodedata over the Latin, Greek
and Cyrillic blocks (the scripts of the EU languages), to put inside [...] in a pattern.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --------------------------------------------------------------------------- letter case

# Latin (Basic to Extended-B, IPA skipped), Greek and Coptic, Cyrillic and its supplement, Latin
# Extended Additional, Greek Extended, Latin Extended-C/D: every letter of the 24 EU languages
# and their neighbours (Romanian ș/ț with comma, Maltese ħ, Vietnamese-style stacked accents).
_BLOCKS = ((0x0041, 0x024F), (0x0370, 0x03FF), (0x0400, 0x052F), (0x1E00, 0x1FFF), (0x2C60, 0x2C7F), (0xA640, 0xA7FF))


def _class(test) -> str:  # noqa: ANN001 - str -> bool
    """The characters of _BLOCKS that pass `test`, as regex class contents with ranges."""
    chars = [chr(c) for a, b in _BLOCKS for c in range(a, b + 1) if test(chr(c))]
    parts: list[str] = []
    k = 0
    while k < len(chars):
        j = k
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        parts.append(re.escape(chars[k]) + ("-" + re.escape(chars[j]) if j > k else ""))
        k = j + 1
    return "".join(parts)


# Capitals (title-case digraphs such as "ǅ" count as capitals); lower-case letters.
UPPER = _class(lambda c: c.isalpha() and (c.isupper() or c.istitle()))
LOWER = _class(lambda c: c.isalpha() and c.islower())
# a letter of any script (no digit, no underscore)
LETTER = r"[^\W\d_]"

WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    """The runs of letters of `text` (any script; digits, hyphens and apostrophes split them)."""
    return WORD.findall(text)


def starts_upper(text: str) -> bool:
    """The first character of `text` is a capital letter (of any script)."""
    return text[:1].isupper()


# --------------------------------------------------------------------------- names and acronyms

# A name or acronym: a word that begins with a letter and holds two capitals anywhere (EuroHPC,
# LUMI, InvestAI, GenAI4EU, EØF, ΕΚ, ЕС). Hyphenated compounds are split ("AI-fabrikker" holds
# "AI"); a possessive ending ("EU's", "EU:s") is not part of it.
NAME = re.compile(rf"(?<![^\W_])[^\W\d_]*[{UPPER}][^\W_]*[{UPPER}][^\W_]*(?![^\W_])")
_ROMAN = re.compile(r"^[IVXLC]+$")
# Two capitals in one run of letters and digits: every NAME match holds one (from its first
# capital). It starts with a capital, so the regex engine skips to the next capital in C, where
# NAME is tried at every word of the text (a third of the time on a paragraph).
_TWO_CAPS = re.compile(rf"[{UPPER}][^\W_]*?[{UPPER}]")


def name_matches(text: str) -> list[re.Match[str]]:
    """`list(NAME.finditer(text))`, found faster: NAME is tried only at the start of the words
    that hold two capitals (a NAME match is a whole word: `[^\\W_]` is `str.isalnum`)."""
    out = []
    pos, n = 0, len(text)
    while (m := _TWO_CAPS.search(text, pos)) is not None:
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < n and text[end].isalnum():
            end += 1
        name = NAME.match(text, start)
        if name is not None:
            out.append(name)
        pos = end
    return out


def names(text: str) -> list[str]:
    """The names and acronyms of `text`, in order, Roman numerals (numbering) left out. A text in
    capitals only (a heading such as "TARIFELE DE AEROPORT") has none: every word looks like one."""
    if not any(c.islower() for c in text):
        return []
    return [m.group() for m in name_matches(text) if not _ROMAN.match(m.group())]


def is_roman(token: str) -> bool:
    """`token` is a Roman numeral in capitals ("IV", "XII"): numbering, not a name."""
    return bool(_ROMAN.match(token))


# --------------------------------------------------------------------------- confusable letters

# Greek and Cyrillic capitals drawn like Latin ones: a typist (or OCR) mixes them into acronyms
# ("EΟΚ" with a Latin E and Greek Ο, Κ). The skeleton writes them all in Latin, to look an acronym
# up when its exact spelling is not known.
_LATIN_LOOKALIKES = str.maketrans(
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕЅІЈКМНОРСТХУ",
    "ABEZHIKMNOPTYXABESIJKMHOPCTXY",
)


def skeleton(text: str) -> str:
    """`text` with Greek and Cyrillic capitals that look like Latin ones written in Latin
    ("ΕΟΚ" → "EOK", "ЕО" → "EO"); other letters unchanged."""
    return text.translate(_LATIN_LOOKALIKES)


# --------------------------------------------------------------------------- folding

# Letters that Unicode does not decompose into a base letter and a mark, folded by hand: the
# stroke and ligature letters of the EU languages (Polish ł, Croatian đ, Maltese ħ, Danish ø/æ,
# German ß, French œ, Icelandic þ/ð met in names, Turkish dotless ı met in names).
STROKE_FOLDS: tuple[tuple[str, str], ...] = (
    ("æ", "ae"), ("ø", "o"), ("ß", "ss"), ("œ", "oe"), ("ł", "l"), ("đ", "d"), ("ħ", "h"),
    ("ı", "i"), ("þ", "th"), ("ð", "d"), ("ŧ", "t"), ("ŀ", "l"),
)
# Romanian s and t with a cedilla (the legacy code-page forms) are the letters with a comma below.
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")
# the combining marks NFKD splits off Latin, Greek and Cyrillic letters (and the rarer extended blocks)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def unify_letters(text: str) -> str:
    """One spelling for letters that have two code points: Romanian "ş"/"ţ" (cedilla) as "ș"/"ț"
    (comma below), so that words from either encoding compare equal with their diacritics kept."""
    return text.translate(_COMMA_BELOW)


def strip_marks(text: str) -> str:
    """`text` without diacritics: NFKD and the combining marks dropped ("Šefčovič" → "Sefcovic",
    "ő" → "o", "ș"/"ş" → "s", Greek "ή" → "η"). Stroke letters stay (see STROKE_FOLDS)."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def _stroke_fold(text: str) -> str:
    for a, b in STROKE_FOLDS:
        if a in text:
            text = text.replace(a, b)
    return text


# fold() and fold_key() are pure functions of a word, called for every word of every block by
# the extractors (thousands per document, over a vocabulary of a few hundred): cached.
@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """Case- and accent-insensitive key: "Måneder" → "maneder", "Æ" → "ae", "ø" → "o", "Ł" → "l",
    "ő" → "o", "ș" = "ş" → "s", "ħ" → "h", "Μαρτίου" → "μαρτιου".

    Used to match unit nouns and words despite OCR that drops diacritics ("maneder", "ar").
    """
    return strip_marks(_stroke_fold(word.casefold()))


# Folding merges words only from this length on: "næsten"/"naesten" are one word, but the short
# "før"/"for" and Swedish "år"/"är" are different words that folding would merge.
MIN_FOLD = 4


@lru_cache(maxsize=16384)
def fold_key(word: str) -> str:
    """The lookup key of a word: folded (`fold`) when that is at least MIN_FOLD long, else lower
    case (with Romanian cedilla letters as comma letters)."""
    lower = unify_letters(word.casefold())
    folded = fold(lower)
    return folded if len(folded) >= MIN_FOLD else lower


# Spelling correspondences between close languages (Danish/Norwegian æ ø aa vs Swedish ä ö å),
# folded to one letter so that cognates ("værdier"/"värden", "økonomi"/"ekonomi") compare
# equal letter for letter; then the stroke letters of the other languages. Data, not code: add
# a pair here for another language family. (Order matters: "aa" before "å" → "a".)
SPELLING_FOLDS: tuple[tuple[str, str], ...] = (
    ("aa", "a"),
    ("æ", "a"),
    ("ä", "a"),
    ("å", "a"),
    ("ø", "o"),
    ("ö", "o"),
) + tuple(pair for pair in STROKE_FOLDS if pair[0] not in "æø")

# Characters that OCR confuses with one another inside names and acronyms ("Al" for "AI",
# "|" or "1" for "I", "0" for "O"). Applied only to name keys, never to numbers.
OCR_NAME_FOLDS: tuple[tuple[str, str], ...] = (
    ("l", "i"),
    ("|", "i"),
    ("1", "i"),
    ("!", "i"),
    ("0", "o"),
)

_NOT_WORD = re.compile(r"[^\w\s]")
# the spelling folds an ASCII text can meet ("aa"): what fold_text applies to one (its other folds
# and strip_marks leave it unchanged), a fifth of the time of the whole list on a word
_ASCII_FOLDS = tuple(pair for pair in SPELLING_FOLDS if pair[0].isascii())
assert all(b.isascii() for _, b in _ASCII_FOLDS), "an ASCII text must stay ASCII through its folds"


def fold_text(text: str) -> str:
    """Lower-case text with spelling variants and diacritics folded and punctuation dropped."""
    s = text.casefold()
    if s.isascii():
        for a, b in _ASCII_FOLDS:
            s = s.replace(a, b)
    else:
        for a, b in SPELLING_FOLDS:
            s = s.replace(a, b)
        s = strip_marks(s)
    if s.isalnum():  # a word (re's \w is str.isalnum): no punctuation to drop, no white space
        return s
    s = _NOT_WORD.sub(" ", s)
    # white-space runs as one space, none at the ends (what re.sub(r"\s+", " ", s).strip() gives,
    # at a fraction of its time: str.split() and the regex's \s agree on what white space is)
    return " ".join(s.split())


def latin_text(text: str) -> str:
    """`fold_text` in Latin letters: Greek and Cyrillic (and any other script) transliterated with
    anyascii, so that names, numbers' neighbours and cognates compare across scripts
    ("Μολδαβίας" → "moldavias", "Молдова" → "moldova"). Text already in Latin letters is
    `fold_text` unchanged."""
    return in_latin(fold_text(text))


def in_latin(folded: str) -> str:
    """A `fold_text` result in Latin letters (see `latin_text`)."""
    if folded.isascii():
        return folded
    from anyascii import anyascii  # imported on first use: only non-Latin text needs it

    return " ".join(_NOT_WORD.sub(" ", anyascii(folded).casefold()).split())


@lru_cache(maxsize=8192)  # pure, and called for every name of every block
def fold_name(word: str) -> str:
    """A name's comparison key: `fold_text` without spaces, OCR confusions folded ("InvestAl" = "InvestAI")."""
    s = fold_text(word).replace(" ", "")
    for a, b in OCR_NAME_FOLDS:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=16384)  # pure, and called for every word of every block by the name check
def name_key(word: str) -> str:
    """A name's comparison key in any script: `fold_name` in Latin letters (`latin_text`), so that
    "ARISA" = "Arisa", "InvestAl" = "InvestAI" and a Latin acronym in a Greek or Bulgarian text
    compare equal ("ATM" in either)."""
    return latin_text(fold_name(word)).replace(" ", "")


# --------------------------------------------------------------------------- sentences

# A sentence ends at . ! ? (closing quotes and brackets included) before white space and a
# letter or an opening quote or bracket; a clause ends at ";" and at ":" before a letter
# (`is_sentence_end` then asks for a capital). Clauses are units too: translators turn a list of
# clauses separated by semicolons into sentences and back.
SENTENCE_END = re.compile(r"(?:[.!?][\"'”’»)\]]*|:)(?=\s+[\"'“‘«„(\[]?[^\W\d_])|;(?=\s)")
_OPENERS = "\"'“‘«„(["
# the first character after a sentence end's white space and opening quotes or brackets
_NEXT_CHAR = re.compile(r"\s*[\"'“‘«„(\[]*(\S)")
# the token a full stop closes: what stands since the last white space
_TOKEN_BEFORE = re.compile(r"(\S+)$")
# "1." "12." "2./3." "(2.-3." (an ordinal, a numbered item, a range of ordinals): not a sentence end
_ORDINAL = re.compile(r"^\(?(?:\d{1,2}\.[-–/]?)+$")
# a short lower-case word with its dot: "nr." "art." "ca." "det." (an abbreviation or a real end,
# decided by the document, see learn_abbreviations)
_SHORT = re.compile(r"^[^\W\d_]{1,4}\.$")
# a dot inside the token ("f.eks." "bl.a." "m.fl." "t.ex." "π.χ."): an abbreviation whatever follows
_INNER_DOT = re.compile(r"^[^\W\d_]{1,4}\.(?:[^\W\d_]{1,4}\.)+$")
# a unit after a number before a code in capitals ("200 mia. EUR", "5 mio. USD")
_NUMBER_BEFORE = re.compile(r"\d\s+\S+$")
_CODE_AFTER = re.compile(rf"\s+[{UPPER}]{{2,}}(?![^\W_])")
# a short token with its dot before a lower-case word or a digit
_DOT_BEFORE_LOWER = re.compile(rf"(?<!\S)(\S{{1,5}}\.)\s+(?=[\d{LOWER}])")


def learn_abbreviations(text: str) -> frozenset[str]:
    """Short lower-case tokens with a dot that the document also writes before a lower-case word or
    a digit ("nr. 178", "ca. en tredjedel", "σελ. 1"): there the dot cannot end a sentence, so the
    token is an abbreviation. Learnt from the document itself (Punkt's idea), so no language needs
    a list."""
    out = set()
    for m in _DOT_BEFORE_LOWER.finditer(text):
        token = m.group(1)
        if _SHORT.match(token) and token.islower():
            out.add(token)
    return frozenset(out)


def is_sentence_end(text: str, m: re.Match[str], abbreviations: frozenset[str] = frozenset()) -> bool:
    """A SENTENCE_END match `m` of `text` ends a sentence: ";" always; otherwise the next word
    starts with a capital and a full stop does not close an ordinal, an abbreviation with inner
    dots, a known abbreviation, or a unit between a number and a currency code."""
    mark = text[m.start()]
    if mark == ";":
        return True
    nxt = _NEXT_CHAR.match(text, m.end())
    if not (nxt and nxt.group(1).isupper()):
        return False
    if mark != ".":
        return True
    token = _TOKEN_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
    tok = token.group(1).lstrip(_OPENERS) if token else ""
    if _ORDINAL.match(tok) or _INNER_DOT.match(tok.casefold()):
        return False
    if _SHORT.match(tok) and tok.islower():
        if tok in abbreviations:
            return False
        if _NUMBER_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1) and _CODE_AFTER.match(text, m.end()):
            return False
    return True


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """[start, end) of each sentence (or clause: see SENTENCE_END) of `text`, white space trimmed."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if is_sentence_end(text, m, abbreviations):
            bounds.append((start, m.end()))
            start = m.end()
    bounds.append((start, len(text)))
    out = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
