"""Romanian: the language facts CLDR and num2words do not have (data only).

Romanian puts "de" between a number from 20 up and its noun ("30 de zile", "100 de euro"); CLDR's
unit and scale names carry it already, the link words below cover the rest. Both the comma-below
(ș, ț) and the older cedilla spellings (ş, ţ) are read: folding drops either mark.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("până în", "until"), ("până", "le|by|until"),
        ("mai mult de", "gt"), ("peste", "gt"), ("cel puțin", "ge"), ("cel puţin", "ge"), ("minimum", "ge"),
        ("nu mai puțin de", "ge"), ("mai puțin de", "lt"), ("mai puţin de", "lt"),
        ("până la", "le|by|until"), ("cel mult", "le"), ("maximum", "le"), ("nu mai mult de", "le"),
        ("aproximativ", "approx"), ("circa", "approx"), ("aproape", "approx"), ("în jur de", "approx"),
        ("cel târziu", "by"), ("cel târziu la", "by"), ("în termen de", "by"), ("în decurs de", "by"),
        ("înainte de", "before"), ("după", "after"),
        ("începând cu", "from"), ("începând de la", "from"), ("de la", "from"), ("cu efect de la", "from"),
        ("cu începere de la", "from"),
    ),
    post_qualifiers=(("sau mai mică", "le"), ("sau mai mic", "le"), ("sau mai puțin", "le"), ("sau mai mare", "ge"), ("sau mai mult", "ge")),
    qualifier_fillers=("în", "data de", "ziua de", "sfârșitul", "anul"),
    scales=(("milion", 6), ("milioane", 6), ("miliard", 9), ("miliarde", 9), ("mil.", 6), ("mld.", 9)),
    currency_links=("de",),
    percent_words=("la sută", "procente", "procent"),
    point_words=("puncte procentuale", "punct procentual"),
    range_words=("până la", "la"),
    from_words=("de la", "din"),
    between_words=("între",),
    and_words=("și", "şi", "sau"),
    time_units=(("anul", "Y"), ("anului", "Y"), ("lunii", "M"), ("zi", "D"), ("zile", "D"), ("zilei", "D"), ("zilele", "D")),
    unit_links=("de",),
    numeric_ordinal=r"(\d{1,2})-(?:lea|a)",
    quarter_nouns=("trimestru", "trimestrul", "trimestrului", "trimestre", "trimestrele"),
    half_nouns=("semestru", "semestrul", "semestrului", "jumătate", "jumătatea"),
    year_links=("al anului", "din", "a anului"),
    extra_ordinals=forms({
        1: "primul prima întâiul", 2: "al_doilea a_doua doilea", 3: "al_treilea a_treia treilea",
        4: "al_patrulea a_patra patrulea",
    }),
    extra_cardinals=forms({2: "două", 12: "douăsprezece", 100: "sută", 1000: "mie"}),
    cardinal_stopwords=("unu", "un", "una", "o", "zero"),
    homonym_cardinals=("nouă",),
    numeric_dates=("d.m.y",),
    date_articles=("data de", "ziua de"),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("nr.", "numărul"),
    article_words=("articolul", "articolele", "articolului", "articolelor", "articol", "articole", "art."),
    paragraph_words=("alineatul", "alineatele", "alineatului", "alineatelor", "alin."),
    label_words=forms({"annex": "anexa anexă anexe anexele anexei anexelor", "appendix": "apendicele apendice apendicelui", "part": "partea părții partii", "title": "titlul titlului", "chapter": "capitolul capitolului capitolele", "section": "secțiunea secțiunii", "volume": "volumul volumului", "paragraph": "punctul punctului punctele punctelor paragraful", "table": "tabelul", "figure": "figura"}),
    except_words=("cu excepția", "exceptând"),
    journal_names=("JO",),
    page_words=("p.",),
    communities=(("UE", "EU"), ("CE", "EC"), ("CEE", "EEC"), ("CECO", "ECSC"), ("PESC", "CFSP")),
)
