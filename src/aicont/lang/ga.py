"""Irish: the language facts CLDR and num2words do not have (data only).

UNVERIFIED against real text: DGT-TM has no Irish version of the shared acts. The month names,
unit and currency names come from CLDR; the number words (num2words has no Irish), qualifiers and
quarter words below are written from grammars and not yet checked against an Irish EU text.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("níos mó ná", "gt"), ("os cionn", "gt"), ("ar a laghad", "ge"), ("níos lú ná", "lt"), ("faoi bhun", "lt"),
        ("suas le", "le"), ("ar a mhéad", "le"), ("timpeall", "approx"), ("thart ar", "approx"), ("beagnach", "approx"),
        ("ar a dhéanaí", "by"), ("laistigh de", "by"), ("roimh", "before"), ("tar éis", "after"), ("ó", "from"),
        ("go dtí", "until"),
    ),
    scales=forms({6: "milliún mhilliún", 9: "billiún bhilliún", 3: "míle mhíle"}),
    point_words=("pointe céatadáin", "phointe céatadáin"),
    range_words=("go", "go dtí"),
    from_words=("ó",),
    between_words=("idir",),
    and_words=("agus", "nó"),
    time_units=(
        ("bliain", "Y"), ("bliana", "Y"), ("blianta", "Y"), ("mhí", "M"), ("mí", "M"), ("míonna", "M"),
        ("lá", "D"), ("laethanta", "D"), ("seachtain", "W"), ("seachtainí", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})ú",
    quarter_nouns=("ráithe", "ráithí"),
    half_nouns=("leath", "leathbhliain"),
    extra_ordinals=forms({1: "chéad", 2: "dara", 3: "tríú", 4: "ceathrú"}),
    extra_cardinals=forms({
        2: "dó dhá", 3: "trí", 4: "ceathair ceithre", 5: "cúig", 6: "sé", 7: "seacht", 8: "ocht", 9: "naoi",
        10: "deich", 20: "fiche", 30: "tríocha", 40: "daichead", 50: "caoga", 60: "seasca", 70: "seachtó",
        80: "ochtó", 90: "nócha", 100: "céad", 1000: "míle",
    }),
    cardinal_stopwords=("aon", "náid"),
    # "sé" is also "he", "trí" also "through"
    homonym_cardinals=("sé", "trí"),
    numeric_dates=("d.m.y",),
    date_articles=("an",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("Uimh.",),
    article_words=("Airteagal", "hAirteagal", "Airteagail", "nAirteagal"),
    label_words=forms({"annex": "iarscríbhinn iarscríbhinní", "part": "cuid", "chapter": "caibidil", "paragraph": "mír pointe", "section": "roinn"}),
    except_words=("seachas",),
    journal_names=("IO",),
    page_words=("lch.",),
    communities=(("AE", "EU"), ("CE", "EC"), ("CEE", "EEC")),
)
