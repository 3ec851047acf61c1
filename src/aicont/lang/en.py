"""English: the language facts CLDR and num2words do not have (data only).

English is here to show that a language is data only: no extractor changes to add it.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("over", "gt"), ("more than", "gt"), ("in excess of", "gt"),
        ("up to", "le"), ("at most", "le"), ("no more than", "le"), ("not more than", "le"),
        ("less than", "lt"), ("fewer than", "lt"), ("under", "lt"), ("below", "lt"),
        ("almost", "approx"), ("nearly", "approx"), ("around", "approx"), ("about", "approx"),
        ("approximately", "approx"), ("roughly", "approx"), ("some", "approx"), ("approx.", "approx"),
        ("at least", "ge"), ("a minimum of", "ge"), ("no less than", "ge"), ("not less than", "ge"),
        ("by", "by"), ("no later than", "by"), ("not later than", "by"), ("within", "by"), ("within a period of", "by"), ("before", "before"), ("prior to", "before"), ("after", "after"),
        ("as of", "from"), ("as from", "from"), ("with effect from", "from"), ("starting", "from"), ("since", "from"),
        ("until", "until"), ("till", "until"), ("up until", "until"),
    ),
    # bind only at the start of a clause: after a noun, "from 2024" dates a thing ("the package from 2024")
    post_qualifiers=(("or less", "le"), ("or fewer", "le"), ("or more", "ge"), ("or above", "ge"), ("at the latest", "by"), ("at most", "le"), ("at least", "ge")),
    clause_qualifiers=(("from", "from"),),
    qualifier_blockers=("spanning", "spans", "span", "spread", "distributed", "spread out"),
    qualifier_fillers=("the", "in", "on", "end of", "the end of"),
    scales=(
        ("billion", 9), ("billions", 9), ("bn", 9), ("bln", 9),
        ("million", 6), ("millions", 6), ("m", 6), ("mn", 6), ("mln", 6),
        ("trillion", 12), ("thousand", 3),
    ),
    currencies=(("danish kroner", "DKK"), ("swedish kronor", "SEK"), ("norwegian kroner", "NOK"), ("euro", "EUR"), ("euros", "EUR"), ("dollars", "USD"), ("dollar", "USD"), ("pounds", "GBP")),
    percent_words=("percent", "per cent"),
    point_words=("percentage points", "percentage point", "pp", "p.p."),
    range_words=("to",),
    from_words=("from",),
    between_words=("between",),
    and_words=("and", "or"),
    time_units=(
        ("year", "Y"), ("years", "Y"), ("month", "M"), ("months", "M"),
        ("week", "W"), ("weeks", "W"), ("day", "D"), ("days", "D"),
    ),
    numeric_ordinal=r"(\d{1,2})(?:st|nd|rd|th)",
    quarter_nouns=("quarter", "quarters"),
    half_nouns=("half", "halves"),
    year_links=("of", "in"),
    extra_ordinals=(),
    extra_cardinals=(("hundred", 100), ("thousand", 1000)),
    # "one" is far more often a pronoun ("one of the ...") than a count
    cardinal_stopwords=("one", "zero"),
    rank_words=("no.", "no", "number"),
    article_words=("article", "articles", "art."),
    label_words=forms({"annex": "annex annexes", "appendix": "appendix appendices", "part": "part parts", "title": "title titles", "chapter": "chapter chapters", "section": "section sections", "volume": "volume volumes", "paragraph": "paragraph paragraphs subparagraph subparagraphs point points item items indent", "table": "table tables", "figure": "figure figures"}),
    except_words=("except", "with the exception of", "excluding", "other than"),
    journal_names=("OJ",),
    journal_links=("of",),
    page_words=("p.",),
    communities=(("EC", "EC"), ("EEC", "EEC"), ("EU", "EU"), ("ECSC", "ECSC"), ("CFSP", "CFSP")),
    date_articles=("the",),
    one_confusables=(),
    date_orders=("dmy", "mdy"),
    day_suffix=r"(?:st|nd|rd|th)?",
    date_links=("of",),
)
