"""French: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("inférieure ou égale à", "le"), ("inférieur ou égal à", "le"), ("supérieure ou égale à", "ge"), ("supérieur ou égal à", "ge"),
        ("plus de", "gt"), ("au-delà de", "gt"), ("supérieur à", "gt"), ("supérieure à", "gt"),
        ("au moins", "ge"), ("au minimum", "ge"), ("pas moins de", "ge"), ("minimum", "ge"),
        ("moins de", "lt"), ("inférieur à", "lt"), ("inférieure à", "lt"),
        ("jusqu'à", "le|until"), ("au maximum", "le"), ("au plus", "le"), ("pas plus de", "le"), ("maximum", "le"),
        ("environ", "approx"), ("près de", "approx"), ("quelque", "approx"), ("presque", "approx"),
        ("approximativement", "approx"), ("quasiment", "approx"),
        ("au plus tard", "by"), ("dans un délai de", "by"), ("dans un délai maximal de", "by"),
        ("avant", "before"), ("après", "after"),
        ("à partir du", "from"), ("à partir de", "from"), ("à compter du", "from"), ("à compter de", "from"),
        ("avec effet au", "from"), ("avec effet à compter du", "from"), ("avec effet à partir du", "from"),
        ("depuis", "from"), ("jusqu'au", "until"), ("jusqu'en", "until"),
    ),
    post_qualifiers=(("ou moins", "le"), ("ou plus", "ge"), ("au moins", "ge"), ("au minimum", "ge"), ("au plus", "le"), ("au maximum", "le"), ("au plus tard", "by")),
    qualifier_fillers=("le", "la", "l'", "les", "du", "de", "des", "d'", "en", "fin"),
    scales=(("milliard", 9), ("million", 6), ("mds", 9), ("mrd", 9), ("md", 9), ("mio", 6)),
    currency_links=("d'", "de"),
    percent_words=("pour cent", "p. cent"),
    point_words=("points de pourcentage", "point de pourcentage", "points", "point"),
    range_words=("à",),
    from_words=("de", "du", "entre"),
    between_words=("entre",),
    and_words=("et", "ou"),
    time_units=(("année", "Y"), ("années", "Y"), ("jours ouvrables", "D"), ("jours calendaires", "D")),
    numeric_ordinal=r"(\d{1,2})(?:e|er|re|ème|ère|è)",
    quarter_nouns=("trimestre", "trimestres"),
    half_nouns=("semestre", "semestres", "moitié"),
    year_links=("de",),
    extra_ordinals=forms({1: "premier première", 2: "second seconde deuxième", 3: "troisième", 4: "quatrième"}),
    extra_cardinals=forms({100: "cent", 1000: "mille"}),
    cardinal_stopwords=("un", "une", "zéro"),
    homonym_cardinals=("neuf",),
    numeric_dates=("d.m.y", "d/m/y"),
    day_suffix=r"(?:er|re)?",
    date_articles=("le",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("no", "n°", "nº", "numéro"),
    article_words=("article", "articles", "art."),
    paragraph_words=("paragraphe", "paragraphes"),
    label_words=forms({"annex": "annexe annexes", "appendix": "appendice appendices", "part": "partie parties", "title": "titre titres", "chapter": "chapitre chapitres", "section": "section sections", "volume": "volume volumes", "paragraph": "point points alinéa alinéas", "table": "tableau tableaux", "figure": "figure figures"}),
    except_words=("sauf", "à l'exception de", "à l'exception des", "excepté"),
    journal_names=("JO",),
    journal_links=("du",),
    page_words=("p.",),
    communities=(("UE", "EU"), ("CE", "EC"), ("CEE", "EEC"), ("CECA", "ECSC"), ("PESC", "CFSP")),
)
