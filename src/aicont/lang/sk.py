"""Slovak: the language facts CLDR and num2words do not have (data only).

num2words gives the nominative of each number; after prepositions Slovak writes other cases ("do
troch mesiacov", "piatich rokov"): those forms are listed here.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("viac ako", "gt"), ("viac než", "gt"), ("vyše", "gt"), ("najmenej", "ge"), ("aspoň", "ge"), ("minimálne", "ge"),
        ("menej ako", "lt"), ("menej než", "lt"), ("do", "le|by|until"), ("najviac", "le"), ("maximálne", "le"), ("až", "le"),
        ("približne", "approx"), ("asi", "approx"), ("takmer", "approx"), ("okolo", "approx"), ("zhruba", "approx"),
        ("najneskôr", "by"), ("najneskôr do", "by"), ("v lehote", "by"), ("počas", "by"),
        ("pred", "before"), ("po", "after"),
        ("od", "from"), ("odo dňa", "from"), ("s účinnosťou od", "from"), ("s účinnosťou odo dňa", "from"),
        ("do dňa", "until"),
    ),
    post_qualifiers=(("alebo menšou", "le"), ("alebo menšia", "le"), ("alebo menej", "le"), ("alebo väčšou", "ge"), ("alebo viac", "ge")),
    qualifier_fillers=("roku", "dňa", "konca"),
    scales=forms({6: "mil. milión milióny miliónov milióna", 9: "mld. miliarda miliardy miliárd", 3: "tis."}),
    percent_words=("percent", "percentá", "percenta", "percento", "percentám"),
    point_words=("percentuálne body", "percentuálnych bodov", "percentuálny bod", "percentuálneho bodu"),
    range_words=("až", "do"),
    from_words=("od",),
    between_words=("medzi",),
    and_words=("a", "alebo"),
    time_units=(
        ("rok", "Y"), ("roka", "Y"), ("roku", "Y"), ("roky", "Y"), ("rokov", "Y"), ("rokoch", "Y"), ("rokmi", "Y"),
        ("mesiac", "M"), ("mesiaca", "M"), ("mesiace", "M"), ("mesiacov", "M"), ("mesiacoch", "M"), ("mesiacmi", "M"),
        ("deň", "D"), ("dňa", "D"), ("dni", "D"), ("dní", "D"), ("dňoch", "D"), ("dňami", "D"),
        ("týždeň", "W"), ("týždne", "W"), ("týždňov", "W"), ("týždňoch", "W"), ("týždňa", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("štvrťrok", "štvrťroku", "štvrťroka", "štvrťroky", "štvrťrokoch"),
    half_nouns=("polrok", "polroku", "polroka", "polovica", "polovici", "polovice"),
    year_links=("roku",),
    extra_ordinals=forms({
        1: "prvý prvom prvého prvá prvej", 2: "druhý druhom druhého druhá druhej",
        3: "tretí tretom tretieho tretia tretej", 4: "štvrtý štvrtom štvrtého štvrtá štvrtej",
    }),
    extra_cardinals=forms({
        2: "dva dve dvoch dvom dvoma", 3: "tri troch trom troma traja", 4: "štyri štyroch štyrom štyrmi štyria",
        5: "päť piatich piatim piatimi piati", 6: "šesť šiestich šiestim šiestimi", 7: "sedem siedmich siedmim siedmimi",
        8: "osem ôsmich ôsmim ôsmimi", 9: "deväť deviatich deviatim deviatimi", 10: "desať desiatich desiatim desiatimi",
        11: "jedenásť jedenástich", 12: "dvanásť dvanástich", 13: "trinásť trinástich", 14: "štrnásť štrnástich",
        15: "pätnásť pätnástich", 16: "šestnásť šestnástich", 17: "sedemnásť sedemnástich",
        18: "osemnásť osemnástich", 19: "devätnásť devätnástich", 20: "dvadsať dvadsiatich", 30: "tridsať tridsiatich",
        40: "štyridsať štyridsiatich", 50: "päťdesiat päťdesiatich", 60: "šesťdesiat šesťdesiatich",
        70: "sedemdesiat sedemdesiatich", 80: "osemdesiat osemdesiatich", 90: "deväťdesiat deväťdesiatich",
        100: "sto", 1000: "tisíc",
    }),
    cardinal_stopwords=("jeden", "jedna", "jedno", "nula"),
    month_forms=forms({
        1: "januári", 2: "februári", 3: "marci", 4: "apríli", 5: "máji", 6: "júni", 7: "júli",
        8: "auguste", 9: "septembri", 10: "októbri", 11: "novembri", 12: "decembri",
    }),
    numeric_dates=("d.m.y",),
    date_articles=("dňa",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("č.", "číslo"),
    article_words=("článok", "článku", "články", "článkom", "článkami", "článkov", "článkoch", "čl."),
    paragraph_words=("ods.", "odsek", "odseku", "odseky", "odsekov"),
    label_words=forms({"annex": "príloha prílohy prílohe prílohu prílohou prílohách", "appendix": "dodatok dodatku", "part": "časť časti časťou", "title": "hlava hlavy hlave", "chapter": "kapitola kapitoly kapitole kapitolou", "section": "oddiel oddielu oddiele", "volume": "zväzok zväzku", "paragraph": "bod bodu bode body bodoch pododsek pododseku", "table": "tabuľka tabuľke", "figure": "obrázok"}),
    except_words=("okrem", "s výnimkou"),
    journal_names=("Ú. v. EÚ", "Ú. v. ES", "Ú. v."),
    page_words=("s.",),
    communities=(("EÚ", "EU"), ("ES", "EC"), ("EHS", "EEC"), ("ESUO", "ECSC"), ("SZBP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
