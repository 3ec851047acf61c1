"""Dutch: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("meer dan", "gt"), ("ruim", "gt"), ("ten minste", "ge"), ("tenminste", "ge"), ("minstens", "ge"),
        ("minimaal", "ge"), ("niet minder dan", "ge"), ("minder dan", "lt"),
        ("hoogstens", "le"), ("maximaal", "le"), ("ten hoogste", "le"), ("niet meer dan", "le"), ("tot", "le|until"),
        ("ongeveer", "approx"), ("circa", "approx"), ("bijna", "approx"), ("zo'n", "approx"), ("nagenoeg", "approx"),
        ("uiterlijk", "by"), ("uiterlijk op", "by"), ("binnen", "by"),
        ("vóór", "before"), ("na", "after"),
        ("vanaf", "from"), ("met ingang van", "from"), ("sinds", "from"), ("tot en met", "until"),
    ),
    post_qualifiers=(("of minder", "le"), ("of meer", "ge")),
    qualifier_fillers=("de", "het", "op", "eind"),
    scales=(("miljoenen", 6), ("miljarden", 9), ("mln", 6), ("mld", 9)),
    point_words=("procentpunt", "procentpunten", "procentpunt"),
    range_words=("tot en met", "tot"),
    from_words=("van",),
    between_words=("tussen",),
    and_words=("en", "of"),
    time_units=(("jaren", "Y"), ("dag", "D"), ("dagen", "D"), ("werkdagen", "D"), ("kalenderdagen", "D")),
    numeric_ordinal=r"(\d{1,2})(?:e|ste|de)",
    quarter_nouns=("kwartaal", "kwartalen"),
    half_nouns=("halfjaar", "helft"),
    year_links=("van",),
    extra_ordinals=forms({1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}),
    extra_cardinals=forms({100: "honderd", 1000: "duizend"}),
    cardinal_stopwords=("een", "één", "nul"),
    numeric_dates=("d.m.y", "d/m/y"),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("nr.", "nummer"),
    article_words=("artikel", "artikelen", "art."),
    paragraph_words=("lid", "leden"),
    label_words=forms({"annex": "bijlage bijlagen", "appendix": "aanhangsel aanhangsels", "part": "deel delen", "title": "titel", "chapter": "hoofdstuk hoofdstukken", "section": "afdeling afdelingen", "volume": "boekdeel", "paragraph": "punt punten alinea", "table": "tabel", "figure": "figuur"}),
    except_words=("behalve", "met uitzondering van"),
    journal_names=("PB",),
    journal_links=("van",),
    page_words=("blz.",),
    communities=(("EU", "EU"), ("EG", "EC"), ("EEG", "EEC"), ("EGKS", "ECSC"), ("GBVB", "CFSP")),
)
