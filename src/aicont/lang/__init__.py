"""Language facts: per-language packs (data only) and language identification.

`get_pack(code)` returns the LanguagePack of a language: CLDR data through Babel and number words
through num2words for any language they know, plus the hand-written data of lang/<code>.py, one
file for each of the 24 official EU languages. Any other code gives a base pack with CLDR data only
(or, when CLDR does not know the code either, neutral symbols), and its `notice()` says so.

Adding a language is adding lang/<code>.py (a `DATA = LanguageData(...)`), its line below, and its
hand-made cases in tests/lang/.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from aicont.lang.base import LanguageData, LanguagePack, build_pack, fold, fold_key

# Languages with hand-written data; a literal list, no directory scanning.
_DATA_MODULES = {
    code: f"aicont.lang.{code}"
    for code in (
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
        "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    )
}

__all__ = ["LanguageData", "LanguagePack", "get_data", "get_pack", "fold", "fold_key", "supported_languages"]


def supported_languages() -> tuple[str, ...]:
    """The codes with complete hand-written data."""
    return tuple(sorted(_DATA_MODULES))


@lru_cache(maxsize=64)
def get_pack(code: str | None) -> LanguagePack:
    """The pack of language `code` (an EU language, or any CLDR code); built once and cached."""
    key = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return build_pack(key or "und", get_data(key))


def get_data(code: str) -> LanguageData:
    """The hand-written data of language `code` (a bare lower-case code), empty for any other."""
    module = _DATA_MODULES.get(code)
    return importlib.import_module(module).DATA if module else LanguageData()
