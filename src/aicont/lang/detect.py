"""Language codes and identification: a file's language from its name or, failing that, its text.

A language version's language is, in order: the code the user declared (`--left-lang`,
`langs.left`), the code its file is named by (`mt.txt`, `sv-SE.txt`, `DA.txt`: a BCP-47 tag, any
case, `_` accepted for `-`), and only then what lingua detects in its text. The declared or named
code always wins; the text is only read to report a *clear* conflict with the name (a file named
`de.txt` whose text is Swedish).

Detection is restricted to the EU's 24 official languages, in lingua's low-accuracy mode: its
models for them load in a fraction of a second (the high-accuracy ones cost about 1 s for two
languages and 15 s for all), and low accuracy is plenty for a whole document or a paragraph of 20+
words; for short strings we return None rather than guess. lingua has no Maltese model: Maltese
text is detected as something else, so a file named `mt` is never said to conflict with its text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from aicont.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from aicont.model import RawDocument

# ISO 639-1 codes of the EU's 24 official languages.
EU_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)

_MIN_CHARS = 40

# A BCP-47 tag as a file name: a primary language subtag of 2-3 letters, then subtags of 1-8
# letters or digits (region, script, variant), separated by "-" (or "_", as in POSIX locales).
_TAG = re.compile(r"([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{1,8})*)")


def is_language_code(code: str) -> bool:
    """True for the EU's 24 languages and any other language CLDR (Babel) has data for."""
    if not re.fullmatch(r"[a-z]{2,3}", code) or code == "root":
        return False
    if code in EU_LANGUAGES:
        return True
    from babel import localedata

    return localedata.exists(code)


def language_code(value: str, what: str) -> str:
    """The lower-case primary language of a declared code ("sv", "SV", "sv-SE"); ConfigError otherwise.

    `what` names the setting in the message ("--left-lang", "langs.left").
    """
    match = _TAG.fullmatch(value.strip()) if isinstance(value, str) else None
    code = match.group(1).lower() if match else ""
    if not code or not is_language_code(code):
        raise ConfigError(
            f"{what}: {value!r} is not a language code; allowed: {', '.join(EU_LANGUAGES)} "
            "or another ISO 639 code CLDR knows (e.g. nb, is)"
        )
    return code


def tag_of_name(path: Path | str) -> str | None:
    """The BCP-47 tag a file is named by, as written but in canonical case ("sv-SE" for
    `sv_se.txt`), or None when the name (without its suffix) is not a language tag."""
    match = _TAG.fullmatch(Path(path).stem)
    if not match or not is_language_code(match.group(1).lower()):
        return None
    subtags = [s for s in re.split(r"[-_]", match.group(2)) if s]
    canon = [s.upper() if len(s) == 2 and s.isalpha() else s.title() if len(s) == 4 and s.isalpha() else s.lower()
             for s in subtags]
    return "-".join([match.group(1).lower(), *canon])


def language_from_name(path: Path | str) -> str | None:
    """The language a file is named by (`mt.txt` → "mt", `sv-SE.txt` → "sv"), or None."""
    tag = tag_of_name(path)
    return tag.split("-")[0] if tag else None


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...] = EU_LANGUAGES, high_accuracy: bool = False):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in codes:
        try:
            iso = getattr(IsoCode639_1, code.upper())
            langs.append(Language.from_iso_code_639_1(iso))
        except (AttributeError, ValueError):  # Maltese: no lingua model
            continue
    builder = LanguageDetectorBuilder.from_languages(*langs)
    return (builder if high_accuracy else builder.with_low_accuracy_mode()).build()


# The EU languages lingua has a model for (all but Maltese): a literal, so that checking a file's
# name against its text, which rarely needs lingua, does not import it (tests/unit/test_detect.py
# compares it with lingua's list).
DETECTABLE = frozenset(c for c in EU_LANGUAGES if c != "mt")


def detectable() -> frozenset[str]:
    """The codes lingua can tell (the EU languages it has a model for: all but Maltese)."""
    return DETECTABLE


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = " ".join(text.split())
    if len(sample) < _MIN_CHARS:
        return None
    lang = _detector().detect_language_of(sample[:20000])
    if lang is None:
        return None
    return lang.iso_code_639_1.name.lower()


def language_confidences(text: str, among: tuple[str, ...] = EU_LANGUAGES, high_accuracy: bool = False) -> dict[str, float]:
    """Confidence per language code for `text` (only the languages lingua considers, of `among`)."""
    sample = " ".join(text.split())[:20000]
    out: dict[str, float] = {}
    for cv in _detector(among, high_accuracy).compute_language_confidence_values(sample):
        if cv.value > 0:
            out[cv.language.iso_code_639_1.name.lower()] = cv.value
    return out


# Languages so close that the low-accuracy models confuse their short passages (lingua reads the
# Slovenian "Vsaka institucija Unije mora uradniku ali drugemu uslužbencu odvzeti priznano
# imuniteto, kadar meni ..." as Croatian, 0.99): between two of them a passage is only said to be
# in the other language when the high-accuracy models of the two agree (Slovenian 0.96 there; the
# Croatian version of the same passage: Croatian 1.00). They load in about a second, only when
# such a case arises.
CLOSE_RELATIVES = (
    frozenset({"bs", "hr", "sl", "sr"}),
    frozenset({"cs", "sk"}),
    frozenset({"da", "nb", "nn", "no", "sv"}),
)


def close_relatives(a: str, b: str) -> bool:
    """`a` and `b` are two different languages of one group of CLOSE_RELATIVES."""
    return a != b and any(a in group and b in group for group in CLOSE_RELATIVES)


def confidence_between(text: str, code: str, other: str) -> float:
    """How sure lingua's high-accuracy models are that `text` is in `code` rather than `other`
    (0 when lingua has no model for either)."""
    among = tuple(sorted({code, other}))
    if not set(among) <= detectable():
        return 0.0
    return language_confidences(text, among, high_accuracy=True).get(code, 0.0)


# Lines sampled across a document for its language: lingua's time grows with the text, and 60
# lines (about 4 000 characters) from all over the document decide Danish from Swedish or
# Norwegian as surely as 20 000 do, at a fifth of the time.
LANG_SAMPLE_LINES = 60


def _sample(raw: RawDocument) -> str:
    lines = [ln.text for ln in raw.lines if len(ln.text.strip()) > 20]
    step = max(1, len(lines) // LANG_SAMPLE_LINES)
    return " ".join(lines[::step][:LANG_SAMPLE_LINES])


def detect_document_language(raw: RawDocument) -> str | None:
    """The language of a whole input: lines sampled from across the document, not just its start."""
    sample = _sample(raw)
    return detect_language(sample) if sample else None


# A conflict between a file's name and its text is "clear" when the sample is long enough, the
# detected language is this sure, and the named one this unlikely. On the 23 languages of the DGT
# acts, low-accuracy lingua gives the true language 1.0 and every other under 0.01 from 60 lines.
CLEAR_CONFIDENCE = 0.9
NAMED_AT_MOST = 0.05
_MIN_SAMPLE_CHARS = 400


# lingua loads a model per language it weighs (about 8 ms each, 0.2 s for all 23): a name is
# checked against itself and the few languages whose function words the text uses most, which
# on the DGT acts gives the same verdict as weighing all 23, for every version and every name.
CANDIDATES = 4


@lru_cache(maxsize=32)
def _function_words(code: str) -> frozenset[str]:
    from aicont.lang.function_words import FUNCTION_WORDS

    return frozenset(FUNCTION_WORDS.get(code, "").split())


def _function_word_hits(sample: str) -> tuple[int, dict[str, int]]:
    """(the sample's number of words, how many of them are function words of each detectable language)."""
    from aicont.text import words

    counts = Counter(map(str.lower, words(sample)))
    # each language's function words among the sample's distinct words: one set intersection each
    return sum(counts.values()), {
        code: sum(counts[w] for w in counts.keys() & _function_words(code)) for code in sorted(detectable())
    }


def _candidates(hits: dict[str, int], named: str) -> tuple[str, ...]:
    """`named` and the CANDIDATES detectable languages whose function words are most of the sample's words."""
    ranked = sorted(hits, key=lambda code: -hits[code])[:CANDIDATES]
    return tuple(sorted({named, *ranked}))


# A text whose words are plainly its name's language needs no judge: lingua (about 10 ms for each
# language model it loads, most of the cost of reading a file) is asked only when the named
# language's function words are not at least NAMED_SHARE of the sample's words and NAMED_MARGIN
# times those of any other language. Chosen on the DGT ecaa act, confirmed on the eu-ch act: of
# the 1,014 wrong names of their 46 versions (each under every other language lingua knows) none passes (the nearest, a Latvian text named
# English, reaches 0.68 of the bar: 20 % English function words, "nr", "es", "un"), while
# 15 of their right names and both of the action plan's (Danish 34 %, 1.8 times; Swedish 37 %,
# 3.3 times) do, and lingua is then spared.
NAMED_SHARE = 0.3
NAMED_MARGIN = 1.5


def _plainly(named: str, n_words: int, hits: dict[str, int]) -> bool:
    """The sample's function words are plainly those of the `named` language (NAMED_SHARE, NAMED_MARGIN)."""
    own = hits.get(named, 0)
    other = max((n for code, n in hits.items() if code != named), default=0)
    return own >= NAMED_SHARE * n_words and own >= NAMED_MARGIN * other


def name_conflict(raw: RawDocument, named: str) -> str | None:
    """The language the text clearly is when it is not `named`, else None.

    Languages lingua cannot tell (Maltese, and codes outside the EU's 24) never conflict: a
    file named `mt.txt` is Maltese, whatever the detector guesses.
    """
    if named not in detectable():
        return None
    sample = _sample(raw)
    if len(sample) < _MIN_SAMPLE_CHARS:
        return None
    n_words, hits = _function_word_hits(sample)
    if _plainly(named, n_words, hits):
        return None
    conf = language_confidences(sample, _candidates(hits, named))
    if not conf:
        return None
    top = max(sorted(conf), key=lambda c: conf[c])
    if top != named and conf[top] >= CLEAR_CONFIDENCE and conf.get(named, 0.0) <= NAMED_AT_MOST:
        return top
    return None
