"""LanguagePack: the language facts the extractors need, as data.

A pack joins three sources:

- CLDR through Babel for any locale: month names (wide and abbreviated, format and stand-alone),
  weekday names, the decimal and group symbols, the quarter noun and letter ("2. kvartal", "T2"),
  the names of years, months, weeks and days in every plural form, the scale words of compact
  numbers ("Mrd.", "milliards"), currency names in every plural form ("Swiss francs",
  "franków szwajcarskich") and the words for per cent.
- num2words for number words: cardinals 0..100, the hundreds and 1000 (in every grammatical case
  num2words can inflect, for Finnish), ordinals 1..100.
- `LanguageData`, written by hand per language in lang/<code>.py, for what no library has:
  qualifier words, date orders and links, inflected month and number forms, quarter and half
  phrases, the numeric-ordinal notation ("2." / "2:a" / "2nd"), reference abbreviations.

Babel and num2words are asked through lang/cldr.py, which reads their answers for the EU languages
from files made in advance. A pack is frozen, hashable data. Nothing in here knows Danish from
Swedish: that is in lang/<code>.py.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TypeVar

from aicont.text import MIN_FOLD, fold, fold_key  # noqa: F401 - the lookup keys of the packs' words

# Qualifier codes a value can carry (the `Value.qualifier` vocabulary). In LanguageData a phrase
# may carry two, "le|until" (sizes and durations | dates), or three, "le|by|until" (sizes |
# durations | dates): see extract/qualifiers.py.
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
    extractors accept any whitespace between their words. Fields marked (regex) are regular
    expressions; every other field is literal words.
    """

    # --- qualifiers ------------------------------------------------------------------------
    # phrase before a value → qualifier code ("mere end" → "gt"); see QUALIFIER_CODES
    qualifiers: tuple[tuple[str, str], ...] = ()
    # phrase right after a value → qualifier code (postpositions: hu "három hónapon belül",
    # fi "kolmen kuukauden kuluessa", et "kolme kuu jooksul")
    post_qualifiers: tuple[tuple[str, str], ...] = ()
    # ending glued to the last word of a value → qualifier code (hu "31-ig" until, "1-jétől" from)
    suffix_qualifiers: tuple[tuple[str, str], ...] = ()
    # qualifiers that bind only at the start of a clause (after , ; : ( or the block start)
    clause_qualifiers: tuple[tuple[str, str], ...] = ()
    # words that turn a following qualifier word into a plain preposition ("spænder over 15
    # medlemsstater" = spans 15 member states, not "more than 15")
    qualifier_blockers: tuple[str, ...] = ()
    # words that may stand between a qualifier and its value ("senest i 2035", "fra den 2.2.2025")
    qualifier_fillers: tuple[str, ...] = ()
    # --- amounts ---------------------------------------------------------------------------
    # scale words after a number → power of ten ("mia." → 9), beyond CLDR's compact forms
    scales: tuple[tuple[str, int], ...] = ()
    # currency words → ISO 4217 code, beyond CLDR's currency names (added to COMMON_CURRENCIES)
    currencies: tuple[tuple[str, str], ...] = ()
    # words between a number or scale word and its currency (fr "d'" in "200 milliards d'euros")
    currency_links: tuple[str, ...] = ()
    # words for "per cent" beyond CLDR's (the sign % is common to all), and for "percentage
    # points" (a difference of percentages, never equal to a percentage)
    percent_words: tuple[str, ...] = ()
    point_words: tuple[str, ...] = ()
    # --- counts, ranges, durations ---------------------------------------------------------
    # words joining the two ends of a range ("fem til syv år")
    range_words: tuple[str, ...] = ()
    # words opening a range ("fra 2025 til 2027", "mellem 2025 og 2027")
    from_words: tuple[str, ...] = ()
    between_words: tuple[str, ...] = ()
    # postpositions for "between" (hu "hat és kilenc között", fi "kuuden ja yhdeksän välillä")
    between_after: tuple[str, ...] = ()
    # words for "and"/"or" joining two ordinals ("tredje och fjärde kvartalet")
    and_words: tuple[str, ...] = ()
    # time-unit nouns (all inflections) → ISO 8601 duration designator (Y, M, W, D), beyond
    # CLDR's unit names
    time_units: tuple[tuple[str, str], ...] = ()
    # words that may stand between a number and its time unit (ro "de" in "30 de zile")
    unit_links: tuple[str, ...] = ()
    # (regex) a numeric ordinal with one group for the digits: r"(\d{1,2})\." (da), r"(\d{1,2}):[ae]" (sv)
    numeric_ordinal: str = r"(\d{1,2})\."
    # quarter nouns beyond the CLDR one (plural, definite forms)
    quarter_nouns: tuple[str, ...] = ()
    # half-year nouns ("halvår", "halvdel")
    half_nouns: tuple[str, ...] = ()
    # words between a quarter/half noun and its year ("anden halvdel af 2025")
    year_links: tuple[str, ...] = ()
    # extra ordinal forms num2words does not produce (da neuter "andet", inflected forms) → number
    extra_ordinals: tuple[tuple[str, int], ...] = ()
    # extra cardinal forms num2words does not produce: base forms where it has none, inflected
    # forms (pl "pięciu", cs "pěti"), "hundrede" → number
    extra_cardinals: tuple[tuple[str, int], ...] = ()
    # grammatical cases num2words can inflect cardinals into for this language (fi "genitive")
    number_cases: tuple[str, ...] = ()
    # number words that are far more often ordinary words (articles "en", "et", "ett", "one"):
    # never a value on their own
    cardinal_stopwords: tuple[str, ...] = ()
    # number words that are also other common words (fr "neuf" new, it "sei" you are, et "viis"
    # took): values only when a time unit, scale or currency follows them
    homonym_cardinals: tuple[str, ...] = ()
    # number words that are also common words of another language quoted in the text (da "to" is
    # English "to" in an English title), and function words of those quoted languages: an ambiguous
    # number word with one of them within six words is part of a quote, not a value
    ambiguous_cardinals: tuple[str, ...] = ()
    foreign_words: tuple[str, ...] = ()
    # (regex) an article or preposition glued to a number with a hyphen (mt "sal-2024", "tal-31"):
    # the number is a value, not part of a name such as "Covid-19"
    number_prefix: str = ""
    # one-letter words an OCR engine reads as the digit "1" (da/sv "i"); a lone "1" standing
    # where such a word fits is not a value
    one_confusables: tuple[str, ...] = ()
    # --- dates -----------------------------------------------------------------------------
    # month forms CLDR does not list (other grammatical cases: sl "julija", lv "jūlijā") → month
    month_forms: tuple[tuple[str, int], ...] = ()
    # endings glued to any month name (hu "júliusában", fi "heinäkuussa")
    month_suffixes: tuple[str, ...] = ()
    # the orders of long dates: "dmy" ("5. april 2017"), "mdy" ("April 5, 2017"), "ymd" (hu
    # "2017. április 5.", lt "2017 m. balandžio 5 d."), "ydm" (lv "2017. gada 5. aprīlis")
    date_orders: tuple[str, ...] = ("dmy",)
    # numeric date notations besides ISO 8601: "d.m.y" (5.4.2017), "d/m/y", "y.m.d" (hu
    # 2017.4.5.), "y m d" (lt 2017 04 05)
    numeric_dates: tuple[str, ...] = ("d.m.y",)
    # (regex) what may follow the day number of a long date (el "ης" in "31ης", fr "er" in "1er")
    day_suffix: str = r"\.?"
    # words between the day, the month and the year of a long date (es "de", fi "päivänä", mt "ta'")
    date_links: tuple[str, ...] = ()
    # words after the year of a date ("г.", "r.", "m.", "gada", "aasta"); a dot after the year is
    # always accepted
    year_words: tuple[str, ...] = ()
    # words that precede a date without changing it ("den 5. april")
    date_articles: tuple[str, ...] = ()
    # --- references (see extract/references.py) ----------------------------------------------
    # words for "number" before a rank ("nr.", "nummer")
    rank_words: tuple[str, ...] = ()
    # words for "article" before an article number, every inflection (case-insensitive:
    # "artikel", "artiklarna", "art.", "článku"), and after it (fi "4 artiklan", hu "4. cikk",
    # lt "4 straipsnio", lv "4. panta")
    article_words: tuple[str, ...] = ()
    article_after_words: tuple[str, ...] = ()
    # words for "paragraph" before its number ("stk.", "Absatz", "ust.", "n.o") and after it (fi
    # "5 kohdan", hu "(5) bekezdése", lt "5 dalis", lv "5. punkts"); en "4(5)", sv "4.5" need none
    paragraph_words: tuple[str, ...] = ()
    paragraph_after_words: tuple[str, ...] = ()
    # words that may stand before each number of such a list (hu "a 6., a 8. és a 12. cikk")
    list_fillers: tuple[str, ...] = ()
    # words for "except" after an article list, before the numbers it leaves out ("Artikel 1-23,
    # bortset fra 18 og 19": Articles 18 and 19 are named too)
    except_words: tuple[str, ...] = ()
    # words for an act after its number, where the language cites acts that way without their
    # community (hu "1/2019 határozata", "a 2017/161 rendelet")
    act_after_words: tuple[str, ...] = ()
    # Official Journal abbreviations (case-sensitive, e.g. "EUT", "Dz.U.", "Úř. věst."), the word
    # between its number and date ("af" in "EUT L 117 af 5.5.2017"), the page abbreviation before
    # the page number ("s.") and after it (hu "3. o.", lv "3. lpp.")
    journal_names: tuple[str, ...] = ()
    journal_links: tuple[str, ...] = ()
    page_words: tuple[str, ...] = ()
    page_after_words: tuple[str, ...] = ()
    # words that label a numbered part of a document → its label type (LABEL_TYPES), every
    # inflection, case-insensitive: before the number ("Annex II", "bilag 1 og 2", "Kapitel 3",
    # fi "liitteen 16") and after it (hu "II. melléklet", fi "II osan", lt "16 priedo", lv "1.
    # sējuma"). The number so labelled is a reference ("annex:2"), not a count. The paragraph
    # words above are paragraph labels too.
    label_words: tuple[tuple[str, str], ...] = ()
    label_after_words: tuple[tuple[str, str], ...] = ()
    # community abbreviations of this language (case-sensitive) → canonical (added to the common table)
    communities: tuple[tuple[str, str], ...] = ()
    # the language's letters of Commission document series → the English ones (de "KOM" → "COM",
    # "K" → "C" in "K(2010) 5134", "SEK" → "SEC")
    document_series: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Everything the extractors know about one language. Frozen, hashable, built once per code.

    Every table joins what CLDR (and num2words) have with the hand-written `data`.
    """

    code: str
    # lower-case month name, abbreviation (without its dot) or inflected form → month number
    months: tuple[tuple[str, int], ...]
    decimal: str
    # group separators: the CLDR one plus the spaces EU texts use ("6 800", "100 000")
    groups: tuple[str, ...]
    # lower-case number word → value (cardinals), and ordinal word → value
    cardinals: tuple[tuple[str, int], ...]
    ordinals: tuple[tuple[str, int], ...]
    quarter_nouns: tuple[str, ...]
    data: LanguageData
    # lower-case weekday name (wide, format and stand-alone) → ISO weekday (1 = Monday)
    weekdays: tuple[tuple[str, int], ...] = ()
    # time-unit noun → duration designator (Y, M, W, D)
    time_units: tuple[tuple[str, str], ...] = ()
    # scale word → power of ten; currency word or symbol → ISO 4217 code
    scales: tuple[tuple[str, int], ...] = ()
    currencies: tuple[tuple[str, str], ...] = ()
    # words for "per cent"
    percent_words: tuple[str, ...] = ()
    # the letters of CLDR's abbreviated quarters ("Q" in "Q2", "T" in fr "T2", "K" in sv "K2")
    quarter_letters: tuple[str, ...] = ("Q",)
    # what this language has no data for (a notice says so once): e.g. ("qualifiers", "number words")
    gaps: tuple[str, ...] = ()

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

    def notice(self) -> str | None:
        """One line saying what this language lacks, or None when it has every kind of data."""
        if not self.gaps:
            return None
        return f"language '{self.code}': no data for {', '.join(self.gaps)}; values of those kinds are not read"


# The canonical labels of numbered parts of a document ("annex:2" for "Annex II" / "Anhang 2" /
# hu "2. melléklet"). Subdivisions of a text (paragraph, subparagraph, point, item, indent) are one
# label: the languages name them differently (sv "punkt 1" for en "paragraph 1", de "Ziffer 2" for
# "point 2"); a label of another type with the same number is a variant, not a difference.
LABEL_TYPES = ("annex", "appendix", "part", "title", "chapter", "section", "volume", "paragraph", "table", "figure")

_K = TypeVar("_K", int, str)


def forms(table: dict[_K, str]) -> tuple[tuple[str, _K], ...]:
    """Word forms written compactly in a data file: {5: "pięć pięciu pięcioma"} →
    (("pięć", 5), ("pięciu", 5), ("pięcioma", 5)). Forms of several words join with "_"
    ("al_doilea" → "al doilea")."""
    return tuple((word.replace("_", " "), number) for number, words in table.items() for word in words.split())


@functools.lru_cache(maxsize=64)
def all_cardinals(code: str, cases: tuple[str, ...] = ()) -> tuple[tuple[str, int], ...]:
    """Every cardinal word of num2words (folded) with its number, the stop words too ("one",
    "een", "ett" are no value on their own, but "Part One" = "Deel een" = "Del 1")."""
    from aicont.lang.cldr import library_facts

    return tuple((fold_key(w), n) for w, n in library_facts(code, cases)["number_words"][0])


def _gaps(data: LanguageData, cardinals: dict[str, int], months: tuple) -> tuple[str, ...]:  # noqa: ANN001
    gaps = []
    if not months:
        gaps.append("month names")
    if len(cardinals) < 10:
        gaps.append("number words")
    if not data.qualifiers:
        gaps.append("qualifiers")
    if not data.time_units:
        gaps.append("inflected time units")
    return tuple(gaps)


def _months(cldr: tuple[tuple[str, int], ...], data: LanguageData) -> tuple[tuple[str, int], ...]:
    """CLDR's month names and the hand-written forms, each also with the language's month endings
    ("július" + "ában"), longest first."""
    out = dict(cldr)
    for name, number in data.month_forms:
        out.setdefault(name.lower(), number)
    wide = {k: n for k, n in out.items() if len(k) > 4}
    for suffix in data.month_suffixes:
        for name, number in wide.items():
            out.setdefault(name + suffix, number)
    return tuple(sorted(out.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def build_pack(code: str, data: LanguageData) -> LanguagePack:
    """Join CLDR, num2words (lang/cldr.py) and the hand-written `data` into one pack (the
    hand-written entries win where they give the same word another meaning)."""
    from aicont.lang.cldr import library_facts

    facts = library_facts(code, data.number_cases)
    decimal, groups = facts["symbols"]
    cardinals, ordinals = facts["number_words"]
    stop = set(data.cardinal_stopwords)
    card = {w: n for w, n in cardinals if w not in stop}
    for w, n in data.extra_cardinals:
        card[w] = n
    ords = dict(ordinals)
    for w, n in data.extra_ordinals:
        ords[w] = n
    quarter_nouns, quarter_letters = facts["quarters"]
    units, percent = facts["units"]
    months = _months(facts["months"], data)
    return LanguagePack(
        code=code,
        months=months,
        decimal=decimal,
        groups=groups,
        cardinals=tuple(sorted(card.items())),
        ordinals=tuple(sorted(ords.items())),
        quarter_nouns=tuple(sorted(set(quarter_nouns) | set(data.quarter_nouns))),
        data=data,
        weekdays=facts["weekdays"],
        time_units=tuple(sorted({**dict(units), **dict(data.time_units)}.items())),
        scales=tuple(sorted({**dict(facts["scales"]), **dict(data.scales)}.items())),
        currencies=tuple(sorted({**dict(COMMON_CURRENCIES), **dict(facts["currencies"]), **dict(data.currencies)}.items())),
        percent_words=tuple(sorted(set(percent) | set(data.percent_words))),
        quarter_letters=quarter_letters,
        gaps=_gaps(data, card, months),
    )
