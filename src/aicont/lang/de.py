"""German: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("mehr als", "gt"), ("über", "gt"), ("mindestens", "ge"), ("wenigstens", "ge"),
        ("nicht weniger als", "ge"), ("weniger als", "lt"), ("höchstens", "le"), ("bis zu", "le"),
        ("maximal", "le"), ("nicht mehr als", "le"), ("etwa", "approx"), ("rund", "approx"),
        ("ungefähr", "approx"), ("circa", "approx"), ("ca.", "approx"), ("fast", "approx"),
        ("nahezu", "approx"), ("knapp", "approx"),
        ("spätestens", "by"), ("spätestens am", "by"), ("binnen", "by"), ("innerhalb von", "by"),
        ("innerhalb", "by"), ("vor dem", "before"), ("vor", "before"), ("nach dem", "after"), ("nach", "after"),
        ("ab dem", "from"), ("ab", "from"), ("mit wirkung vom", "from"), ("mit wirkung ab", "from"),
        ("seit dem", "from"), ("seit", "from"), ("bis zum", "until"), ("bis", "until"),
    ),
    post_qualifiers=(("oder weniger", "le"), ("oder mehr", "ge")),
    qualifier_fillers=("dem", "den", "der", "am", "im", "jahr", "ende"),
    scales=(("tsd.", 3), ("tausend", 3), ("mio", 6), ("mrd", 9)),
    percent_words=("v. h.", "vom hundert"),
    point_words=("prozentpunkte", "prozentpunkten", "prozentpunkt", "prozentpunkts"),
    range_words=("bis",),
    from_words=("von", "vom"),
    between_words=("zwischen",),
    and_words=("und", "oder", "bzw.", "sowie"),
    time_units=(
        ("jahren", "Y"), ("jahres", "Y"), ("jahrs", "Y"), ("monaten", "M"), ("monats", "M"),
        ("tagen", "D"), ("tages", "D"), ("kalendertage", "D"), ("kalendertagen", "D"),
        ("arbeitstage", "D"), ("arbeitstagen", "D"), ("wochen", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("quartal", "quartals", "quartale", "quartalen", "vierteljahr", "vierteljahres"),
    half_nouns=("halbjahr", "halbjahres", "halbjahrs", "jahreshälfte", "hälfte"),
    year_links=("des jahres",),
    extra_ordinals=forms({
        1: "erste ersten erster erstes", 2: "zweite zweiten zweiter zweites",
        3: "dritte dritten dritter drittes", 4: "vierte vierten vierter viertes",
    }),
    extra_cardinals=forms({2: "zweier", 3: "dreier", 100: "hundert", 1000: "tausend"}),
    cardinal_stopwords=("eins", "null"),
    month_forms=forms({1: "jänner"}),
    numeric_dates=("d.m.y",),
    day_suffix=r"\.?",
    date_articles=("den", "dem", "am", "vom"),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("Nr.", "Nummer"),
    article_words=("Artikel", "Artikeln", "Artikels", "Art."),
    paragraph_words=("Absatz", "Absätze", "Absatzes", "Absätzen", "Abs."),
    label_words=forms({"annex": "anhang anhangs anhänge anhängen", "appendix": "anlage anlagen anlage", "part": "teil teils teile teilen", "title": "titel", "chapter": "kapitel kapitels", "section": "abschnitt abschnitts abschnitte abschnitten", "volume": "band bandes", "paragraph": "unterabsatz unterabsatzes ziffer ziffern punkt buchstabe", "table": "tabelle", "figure": "abbildung"}),
    except_words=("ausgenommen", "mit Ausnahme von", "mit Ausnahme der", "außer"),
    journal_names=("ABl.",),
    journal_links=("vom",),
    page_words=("S.",),
    communities=(("EU", "EU"), ("EG", "EC"), ("EWG", "EEC"), ("EGKS", "ECSC"), ("GASP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
