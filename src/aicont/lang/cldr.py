"""What CLDR (through Babel) and num2words say about a language, for its LanguagePack.

`library_facts(code, cases)` returns them as plain data: month, weekday, quarter, unit, scale and
currency words, the decimal and group symbols, cardinal and ordinal number words. For the 24 EU
languages they are read from lang/data/<code>.json, written by tools/make_cldr_data.py from these
same functions, so that a run never imports Babel's locale data and num2words' 50 languages
(0.05 s of every run); tests/lang/test_cldr_data.py computes them again and compares, so the
files cannot drift from the installed libraries. Any other code is computed here, at run time.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
# The facts a pack takes from the libraries, in file order.
FIELDS = ("months", "weekdays", "symbols", "quarters", "units", "scales", "currencies", "number_words")


@functools.lru_cache(maxsize=64)
def library_facts(code: str, cases: tuple[str, ...] = ()) -> dict[str, Any]:
    """The facts of language `code`, with cardinals also in the grammatical `cases` (fi
    "genitive"): stored for the EU languages, else computed."""
    path = DATA_DIR / f"{code}.json"
    if code.isalpha() and path.is_file():
        stored = json.loads(path.read_text(encoding="utf-8"))
        if tuple(stored["cases"]) == cases:
            return {k: _tuples(stored[k]) for k in FIELDS}
    return computed_facts(code, cases)


def computed_facts(code: str, cases: tuple[str, ...] = ()) -> dict[str, Any]:
    """The facts of language `code` asked of Babel and num2words (slow: imports their data)."""
    return {
        "months": _cldr_months(code),
        "weekdays": _cldr_weekdays(code),
        "symbols": _cldr_symbols(code),
        "quarters": _cldr_quarters(code),
        "units": _cldr_units(code),
        "scales": _cldr_scales(code),
        "currencies": _cldr_currencies(code),
        "number_words": _number_words(code, cases),
    }


def library_versions() -> dict[str, str]:
    """The installed versions of the libraries the facts come from (recorded in each file)."""
    from importlib.metadata import version

    return {name: version(name) for name in ("babel", "num2words")}


def stored_versions(code: str) -> dict[str, str]:
    """The library versions lang/data/<code>.json was made with."""
    return json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))["made_with"]


def facts_file(code: str, cases: tuple[str, ...]) -> str:
    """The text of lang/data/<code>.json: the computed facts, the cases and the library versions
    they were made with."""
    facts = {"made_with": library_versions(), "cases": cases, **computed_facts(code, cases)}
    lines = (f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in facts.items())
    return "{\n" + ",\n".join(lines) + "\n}\n"  # one fact a line, for readable diffs


def _tuples(value: Any) -> Any:  # noqa: ANN401 - JSON arrays back to the tuples the pack holds
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _cldr(call, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    """A Babel call, or None when CLDR does not know the locale (an unknown code is not a crash)."""
    try:
        return call(*args, **kwargs)
    except Exception:  # babel raises UnknownLocaleError, ValueError or KeyError by locale and version
        return None


def _cldr_months(code: str) -> tuple[tuple[str, int], ...]:
    """CLDR month names (wide and abbreviated, format and stand-alone), lower case without a final
    dot, three letters or more, each with its number, the first spelling of a name first."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names = _cldr(get_month_names, width, context=context, locale=code) or {}
            for number, name in names.items():
                key = name.lower().rstrip(".")
                if len(key) >= 3:
                    out.setdefault(key, int(number))
    return tuple(out.items())


def _cldr_weekdays(code: str) -> tuple[tuple[str, int], ...]:
    """CLDR's wide weekday names (format and stand-alone; abbreviations are too often words)."""
    from babel.dates import get_day_names

    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in (_cldr(get_day_names, "wide", context=context, locale=code) or {}).items():
            out.setdefault(name.lower(), int(number) + 1)
    return tuple(sorted(out.items()))


def _cldr_symbols(code: str) -> tuple[str, tuple[str, ...]]:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    decimal = _cldr(get_decimal_symbol, code) or "."
    group = _cldr(get_group_symbol, code) or ","
    groups = [group] if group != decimal else []
    for space in (" ", "\u00a0", "\u202f"):
        if space not in groups:
            groups.append(space)
    return decimal, tuple(groups)


def _cldr_quarters(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the nouns of CLDR's wide quarter names, the letters of its abbreviated ones):
    "2:a kvartalet" → "kvartalet", "K2" → "K"."""
    from babel.dates import get_quarter_names

    nouns, letters = set(), set()
    for name in (_cldr(get_quarter_names, "wide", locale=code) or {}).values():
        words = [w for w in name.lower().split() if not any(ch.isdigit() for ch in w)]
        if len(words) == 1 and len(words[0]) > 3:
            nouns.add(words[0])
    for name in (_cldr(get_quarter_names, "abbreviated", locale=code) or {}).values():
        if len(name) == 2 and name[0].isalpha() and name[0].isupper() and name[1] in "1234":
            letters.add(name[0])
    return tuple(sorted(nouns)), tuple(sorted(letters)) or ("Q",)


# Numbers that reach every plural category of the EU languages (one, two, few, many, other).
_PLURAL_SAMPLES = (0, 1, 2, 3, 5, 11, 21, 100, 1.5)
# Units of duration in CLDR → ISO 8601 designator.
_CLDR_DURATIONS = (("duration-year", "Y"), ("duration-month", "M"), ("duration-week", "W"), ("duration-day", "D"))


def _unit_words(pattern: str) -> str | None:
    """The words of a CLDR unit pattern without its number: "{0} dni" → "dni"."""
    word = " ".join(pattern.replace("{0}", " ").split()).lower()
    return word if word and "{" not in word and "/" not in word else None


def _cldr_units(code: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """(CLDR's long names of years, months, weeks and days in every plural form → designator,
    its long words for per cent)."""
    from babel import Locale

    locale = _cldr(Locale.parse, code)
    if locale is None:
        return (), ()
    patterns = locale._data["unit_patterns"]  # no public Babel API lists a unit's plural forms

    def words(unit: str) -> list[str]:
        # CLDR's long names fall back to the short ones where a locale has no long ones (it, pt);
        # short abbreviations ("bl", "m", "Tg.") are left out: too often other words
        out = []
        for width in ("long", "short"):
            forms = patterns.get(unit, {}).get(width, {})
            out += [w for k, v in forms.items() if k != "per" and isinstance(v, str) and (w := _unit_words(v))]
        return [w for w in out if len(w) >= 3 and "." not in w]

    units = {w: d for unit, d in _CLDR_DURATIONS for w in words(unit)}
    return tuple(sorted(units.items())), tuple(sorted(set(words("concentr-percent"))))


def _cldr_scales(code: str) -> tuple[tuple[str, int], ...]:
    """Scale words of CLDR's compact number formats, long and short ("200 Milliarden", "200 Mrd.")
    with the power of ten each stands for. One-letter short forms ("2 M", "5B") are left out:
    a letter after a number is far more often a label than a scale."""
    import math
    import re

    from babel.numbers import format_compact_decimal

    out: dict[str, int] = {}
    for exp in (3, 6, 9, 12):
        for mantissa in (1, 2, 5, 21, 100):
            for kind in ("long", "short"):
                text = _cldr(format_compact_decimal, mantissa * 10**exp, format_type=kind, locale=code)
                m = re.fullmatch(r"(\d+)[\s\u00a0]*([^\d\s].*)", text or "")
                if m is None:
                    continue
                word = " ".join(m.group(2).lower().split())
                power = exp + round(math.log10(mantissa / int(m.group(1))))
                if len(word.rstrip(".")) >= 2 and power > 0:
                    out.setdefault(word, power)
    return tuple(sorted(out.items()))


# The currencies whose CLDR names are read, in every language: the EU's and its main partners'.
# (Names such as pt "real" or en "rand" are left out: they are ordinary words.)
CLDR_CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "DKK", "SEK", "NOK", "ISK", "PLN", "CZK", "HUF", "RON",
    "BGN", "HRK", "CAD", "AUD",
)


def _cldr_currencies(code: str) -> tuple[tuple[str, str], ...]:
    """CLDR's names of CLDR_CURRENCIES in every plural form ("Swiss francs", "schweiziska franc",
    "franków szwajcarskich"), and their local symbols where only one currency uses the symbol."""
    from babel.numbers import get_currency_name, get_currency_symbol

    out: dict[str, str] = {}
    symbols: dict[str, set[str]] = {}
    for iso in CLDR_CURRENCIES:
        for count in (None, *_PLURAL_SAMPLES):
            name = _cldr(get_currency_name, iso, count=count, locale=code)
            if name and name != iso and len(name) > 2:
                out.setdefault(name.lower(), iso)
        symbol = _cldr(get_currency_symbol, iso, locale=code)
        if symbol and symbol != iso and (not symbol.isascii() or len(symbol) >= 2):
            symbols.setdefault(symbol, set()).add(iso)
    for symbol, isos in symbols.items():
        if len(isos) == 1:
            out.setdefault(symbol.lower(), next(iter(isos)))
    return tuple(sorted(out.items()))


_NUM2WORDS_ERRORS = (NotImplementedError, OverflowError, KeyError, ValueError, TypeError, AttributeError)


def _number_words(code: str, cases: tuple[str, ...] = ()) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Cardinal and ordinal words from num2words: 0..100, hundreds, 1000 (cardinals, also in the
    grammatical `cases` num2words can inflect them into); 1..100 (ordinals)."""
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - a declared dependency
        return (), ()

    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    values = list(range(0, 101)) + [n * 100 for n in range(2, 10)] + [1000]
    for n in values:
        try:
            word = num2words(n, lang=code).lower()
        except _NUM2WORDS_ERRORS:
            return (), ()
        cardinals.setdefault(word, n)
        cardinals.setdefault(word.replace("-", ""), n)
        for case in cases:
            try:
                cardinals.setdefault(num2words(n, lang=code, case=case).lower(), n)
            except _NUM2WORDS_ERRORS:
                break
    for n in range(1, 101):
        try:
            word = num2words(n, lang=code, to="ordinal").lower()
        except _NUM2WORDS_ERRORS:
            break
        ordinals.setdefault(word, n)
    return tuple(sorted(cardinals.items())), tuple(sorted(ordinals.items()))
