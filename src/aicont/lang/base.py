"""LanguagePack: the language facts the extractors need, as data.

A pack joins three sources:

- CLDR through Babel for any locale: month names (wide and abbreviated), the decimal and group
  symbols, and the quarter noun (taken from CLDR's "2. kvartal" / "2:a kvartalet" / "2nd quarter").
- num2words for number words: cardinals 0..100, the hundreds and 1000, ordinals 1..100.
- `LanguageData`, written by hand per language in lang/<code>.py, for what no library has:
  qualifier words, scale abbreviations ("mia."), currency words, time-unit nouns, quarter and half
  phrases, the numeric-ordinal notation ("2." / "2:a" / "2nd"), reference abbreviations.

A pack is frozen, hashable data. Nothing in here knows Danish from Swedish: that is in da.py/sv.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from aicont.text import MIN_FOLD, fold, fold_key  # noqa: F401 - the lookup keys of the packs' words

# Qualifier codes a value can carry (the `Value.qualifier` vocabulary).
QUALIFIER_CODES = ("gt", "ge", "lt", "le", "approx", "by", "before", "after", "from", "until")

# Abbreviations that name the Communities/Union in act numbers, across the EU languages; used when a
# pack does not list its own (they identify the same institution in every language, so they are not a
# per-language fact). EF/EG/EC/CE/EK/WE/ES = the European Community; EØF/EEG/EEC/CEE/EWG = EEC.
COMMUNITY_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("EU", "EU"), ("UE", "EU"), ("ЕС", "EU"),
    ("EF", "EC"), ("EG", "EC"), ("EC", "EC"), ("CE", "EC"), ("EK", "EC"), ("WE", "EC"), ("EY", "EC"),
    ("EØF", "EEC"), ("EEG", "EEC"), ("EEC", "EEC"), ("CEE", "EEC"), ("EWG", "EEC"), ("EOF", "EEC"),
    ("EURATOM", "Euratom"), ("EKSF", "ECSC"), ("EGKS", "ECSC"), ("ECSC", "ECSC"), ("CECA", "ECSC"),
    ("FUSP", "CFSP"), ("GUSP", "CFSP"), ("CFSP", "CFSP"), ("PESC", "CFSP"),
    ("RIA", "JHA"), ("JHA", "JHA"), ("JAI", "JHA"),
)

# Currency symbols and ISO codes are the same in every language.
COMMON_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("EUR", "EUR"), ("€", "EUR"), ("USD", "USD"), ("US$", "USD"), ("$", "USD"), ("GBP", "GBP"),
    ("£", "GBP"), ("DKK", "DKK"), ("SEK", "SEK"), ("NOK", "NOK"), ("CHF", "CHF"), ("JPY", "JPY"),
    ("CNY", "CNY"),
)


@dataclass(frozen=True, slots=True)
class LanguageData:
    """The hand-written facts of one language (what CLDR and num2words do not have).

    All words are lower case unless said otherwise. Multi-word phrases use single spaces; the
    extractors accept any whitespace between their words.
    """

    # phrase before a value → qualifier code ("mere end" → "gt"); see QUALIFIER_CODES
    qualifiers: tuple[tuple[str, str], ...] = ()
    # qualifiers that bind only at the start of a clause (after , ; : ( or the block start)
    clause_qualifiers: tuple[tuple[str, str], ...] = ()
    # words that turn a following qualifier word into a plain preposition ("spænder over 15
    # medlemsstater" = spans 15 member states, not "more than 15")
    qualifier_blockers: tuple[str, ...] = ()
    # words that may stand between a qualifier and its value ("senest i 2035", "fra den 2.2.2025")
    qualifier_fillers: tuple[str, ...] = ()
    # scale words after a number → power of ten ("mia." → 9)
    scales: tuple[tuple[str, int], ...] = ()
    # currency words → ISO 4217 code (added to COMMON_CURRENCIES)
    currencies: tuple[tuple[str, str], ...] = ()
    # words for "per cent" (the sign % is common to all), and for "percentage points" (a
    # difference of percentages, never equal to a percentage)
    percent_words: tuple[str, ...] = ()
    point_words: tuple[str, ...] = ()
    # words joining the two ends of a range ("fem til syv år")
    range_words: tuple[str, ...] = ()
    # words opening a range ("fra 2025 til 2027", "mellem 2025 og 2027")
    from_words: tuple[str, ...] = ()
    between_words: tuple[str, ...] = ()
    # words for "and"/"or" joining two ordinals ("tredje och fjärde kvartalet")
    and_words: tuple[str, ...] = ()
    # time-unit nouns (all inflections) → ISO 8601 duration designator (Y, M, W, D)
    time_units: tuple[tuple[str, str], ...] = ()
    # regex of a numeric ordinal with one group for the digits: r"(\d{1,2})\." (da), r"(\d{1,2}):[ae]" (sv)
    numeric_ordinal: str = r"(\d{1,2})\."
    # quarter nouns beyond the CLDR one (plural, definite forms)
    quarter_nouns: tuple[str, ...] = ()
    # half-year nouns ("halvår", "halvdel")
    half_nouns: tuple[str, ...] = ()
    # words between a quarter/half noun and its year ("anden halvdel af 2025")
    year_links: tuple[str, ...] = ()
    # extra ordinal forms num2words does not produce (da neuter "andet") → number
    extra_ordinals: tuple[tuple[str, int], ...] = ()
    # extra cardinal forms (da "tre" is there already; e.g. "tretten" variants, "hundrede")
    extra_cardinals: tuple[tuple[str, int], ...] = ()
    # number words that are far more often ordinary words (articles "en", "et", "ett", "one"):
    # never a value on their own
    cardinal_stopwords: tuple[str, ...] = ()
    # number words that are also common words of another language quoted in the text (da "to" is
    # English "to" in an English title), and function words of those quoted languages: an ambiguous
    # number word with one of them within six words is part of a quote, not a value
    ambiguous_cardinals: tuple[str, ...] = ()
    foreign_words: tuple[str, ...] = ()
    # words for "number" before a rank ("nr.", "nummer")
    rank_words: tuple[str, ...] = ()
    # words for "article" before an article number (case-insensitive)
    article_words: tuple[str, ...] = ()
    # Official Journal abbreviations (case-sensitive, e.g. "EUT"), the word between its number and
    # date ("af" in "EUT L 117 af 5.5.2017"), and the page abbreviation ("s.")
    journal_names: tuple[str, ...] = ()
    journal_links: tuple[str, ...] = ()
    page_words: tuple[str, ...] = ()
    # community abbreviations of this language (case-sensitive) → canonical (added to the common table)
    communities: tuple[tuple[str, str], ...] = ()
    # words that precede a date without changing it ("den 5. april"), and words between a day and
    # its month or a month and its year in long dates (en "of")
    date_articles: tuple[str, ...] = ()
    # one-letter words an OCR engine reads as the digit "1" (da/sv "i"); a lone "1" standing
    # where such a word fits is not a value
    one_confusables: tuple[str, ...] = ()
    # day-month order in long dates: True for "5. april 2017", False for "April 5, 2017" (both accepted
    # when the language uses both, as English does)
    month_first_dates: bool = False


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Everything the extractors know about one language. Frozen, hashable, built once per code."""

    code: str
    # lower-case month name or abbreviation (without its dot) → month number
    months: tuple[tuple[str, int], ...]
    decimal: str
    # group separators: the CLDR one plus the spaces EU texts use ("6 800", "100 000")
    groups: tuple[str, ...]
    # lower-case number word → value (cardinals), and ordinal word → value
    cardinals: tuple[tuple[str, int], ...]
    ordinals: tuple[tuple[str, int], ...]
    quarter_nouns: tuple[str, ...]
    data: LanguageData

    # convenience views -------------------------------------------------------------------
    @property
    def qualifiers(self) -> tuple[tuple[str, str], ...]:
        return self.data.qualifiers

    def month_number(self, word: str) -> int | None:
        w = fold(word.rstrip("."))
        for name, number in self.months:
            if fold(name) == w:
                return number
        return None


def _cldr_months(code: str) -> tuple[tuple[str, int], ...]:
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                names = get_month_names(width, context=context, locale=code)
            except Exception:  # unknown locale: no month names rather than a crash
                return ()
            for number, name in names.items():
                key = name.lower().rstrip(".")
                if len(key) >= 3:
                    out.setdefault(key, int(number))
    return tuple(sorted(out.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def _cldr_symbols(code: str) -> tuple[str, tuple[str, ...]]:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        decimal = get_decimal_symbol(code)
        group = get_group_symbol(code)
    except Exception:
        decimal, group = ".", ","
    groups = [group] if group != decimal else []
    for space in (" ", "\u00a0", "\u202f"):
        if space not in groups:
            groups.append(space)
    return decimal, tuple(groups)


def _cldr_quarter_nouns(code: str) -> tuple[str, ...]:
    """The noun of CLDR's wide quarter names with the number taken out ("2:a kvartalet" → "kvartalet")."""
    from babel.dates import get_quarter_names

    try:
        names = get_quarter_names("wide", locale=code)
    except Exception:
        return ()
    nouns = set()
    for name in names.values():
        words = [w for w in name.lower().split() if not any(ch.isdigit() for ch in w)]
        if len(words) == 1 and len(words[0]) > 3:
            nouns.add(words[0])
    return tuple(sorted(nouns))


def _number_words(code: str) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Cardinal and ordinal words from num2words: 0..100, hundreds, 1000 (cardinals); 1..100 (ordinals)."""
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
        except (NotImplementedError, OverflowError, KeyError, ValueError, TypeError):
            return (), ()
        cardinals.setdefault(word, n)
        cardinals.setdefault(word.replace("-", ""), n)
    for n in range(1, 101):
        try:
            word = num2words(n, lang=code, to="ordinal").lower()
        except (NotImplementedError, OverflowError, KeyError, ValueError, TypeError):
            break
        ordinals.setdefault(word, n)
    return tuple(sorted(cardinals.items())), tuple(sorted(ordinals.items()))


def build_pack(code: str, data: LanguageData) -> LanguagePack:
    """Join CLDR, num2words and the hand-written `data` into one pack."""
    decimal, groups = _cldr_symbols(code)
    cardinals, ordinals = _number_words(code)
    stop = set(data.cardinal_stopwords)
    card = {w: n for w, n in cardinals if w not in stop}
    for w, n in data.extra_cardinals:
        card[w] = n
    ords = dict(ordinals)
    for w, n in data.extra_ordinals:
        ords[w] = n
    nouns = set(_cldr_quarter_nouns(code)) | set(data.quarter_nouns)
    return LanguagePack(
        code=code,
        months=_cldr_months(code),
        decimal=decimal,
        groups=groups,
        cardinals=tuple(sorted(card.items())),
        ordinals=tuple(sorted(ords.items())),
        quarter_nouns=tuple(sorted(nouns)),
        data=data,
    )
