"""Language identification with lingua, over the EU's official languages (plus a few neighbours).

lingua's low-accuracy mode over ~25 languages loads in a fraction of a second; the
high-accuracy models cost about 1 s for two languages and 15 s for all of them, which is too
much start-up for a terminal tool. Low accuracy is plenty for a whole document or a paragraph
of 20+ words; for short strings we return None rather than guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from aicont.model import RawDocument

# ISO 639-1 codes of the EU's 24 official languages, plus Norwegian (Bokmål) and Icelandic,
# which a Danish or Swedish text is most easily confused with.
EU_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "nb", "is",
)

# lingua has no Maltese model; text in Maltese is then reported as unknown rather than mislabelled.
_MIN_CHARS = 40


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in EU_LANGUAGES:
        try:
            iso = getattr(IsoCode639_1, code.upper())
            langs.append(Language.from_iso_code_639_1(iso))
        except (AttributeError, ValueError):
            continue
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = " ".join(text.split())
    if len(sample) < _MIN_CHARS:
        return None
    lang = _detector().detect_language_of(sample[:20000])
    if lang is None:
        return None
    code = lang.iso_code_639_1.name.lower()
    return "nb" if code == "no" else code


def language_confidences(text: str) -> dict[str, float]:
    """Confidence per language code for `text` (only the languages lingua considers)."""
    sample = " ".join(text.split())[:20000]
    out: dict[str, float] = {}
    for cv in _detector().compute_language_confidence_values(sample):
        if cv.value > 0:
            out[cv.language.iso_code_639_1.name.lower()] = cv.value
    return out


# Lines sampled across a document for its language: lingua's time grows with the text, and 60
# lines (about 4 000 characters) from all over the document decide Danish from Swedish or
# Norwegian as surely as 20 000 do, at a fifth of the time.
LANG_SAMPLE_LINES = 60


def detect_document_language(raw: RawDocument) -> str | None:
    """The language of a whole input: lines sampled from across the document, not just its start."""
    lines = [ln.text for ln in raw.lines if len(ln.text.strip()) > 20]
    if not lines:
        return None
    step = max(1, len(lines) // LANG_SAMPLE_LINES)
    return detect_language(" ".join(lines[::step][:LANG_SAMPLE_LINES]))
