"""Slovenian: the language facts CLDR and num2words do not have (data only).

CLDR lists the months in the nominative ("julij"); dates use the genitive ("31. julija 2019"),
the instrumental ("s 1. septembrom 2019") and the locative ("v juliju"): those forms are listed.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("več kot", "gt"), ("najmanj", "ge"), ("vsaj", "ge"), ("manj kot", "lt"),
        ("do", "le|by|until"), ("največ", "le"), ("največ do", "le"),
        ("približno", "approx"), ("okoli", "approx"), ("skoraj", "approx"), ("okrog", "approx"),
        ("najpozneje", "by"), ("najkasneje", "by"), ("v roku", "by"),
        ("pred", "before"), ("po", "after"),
        ("od", "from"), ("z učinkom od", "from"), ("z dnem", "from"),
    ),
    suffix_qualifiers=(("om", "from"), ("em", "from")),
    post_qualifiers=(("ali manj", "le"), ("ali več", "ge")),
    qualifier_fillers=("leta", "dne", "konca"),
    scales=forms({6: "mio. milijon milijona milijone milijonov", 9: "mrd. milijarda milijardi milijarde milijard", 3: "tis."}),
    point_words=("odstotne točke", "odstotnih točk", "odstotna točka", "odstotni točki"),
    range_words=("do",),
    from_words=("od",),
    between_words=("med",),
    and_words=("in", "ali"),
    time_units=(
        ("leto", "Y"), ("leta", "Y"), ("let", "Y"), ("letih", "Y"), ("leti", "Y"), ("letom", "Y"),
        ("mesec", "M"), ("meseca", "M"), ("meseci", "M"), ("mesecev", "M"), ("mesecih", "M"),
        ("dan", "D"), ("dneva", "D"), ("dni", "D"), ("dnevi", "D"), ("dnevih", "D"), ("dnevom", "D"),
        ("teden", "W"), ("tedna", "W"), ("tedni", "W"), ("tednov", "W"), ("tednih", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("četrtletje", "četrtletju", "četrtletja", "četrtletij"),
    half_nouns=("polletje", "polletju", "polletja", "polovica", "polovici", "polovice"),
    year_links=("leta",),
    extra_ordinals=forms({
        1: "prvi prvem prvega prva prvo", 2: "drugi drugem drugega druga drugo",
        3: "tretji tretjem tretjega tretja tretje", 4: "četrti četrtem četrtega četrta četrto",
    }),
    extra_cardinals=forms({
        2: "dva dve dveh dvema", 3: "trije tri treh trem tremi", 4: "štirje štiri štirih štirim štirimi",
        5: "pet petih petim petimi", 6: "šest šestih šestim", 7: "sedem sedmih sedmim", 8: "osem osmih osmim",
        9: "devet devetih devetim", 10: "deset desetih desetim", 12: "dvanajst dvanajstih", 15: "petnajst petnajstih",
        20: "dvajset dvajsetih", 30: "trideset tridesetih", 60: "šestdeset šestdesetih", 90: "devetdeset devetdesetih",
    }),
    cardinal_stopwords=("en", "ena", "eno", "nič"),
    month_forms=forms({
        1: "januarja januarjem januarju", 2: "februarja februarjem februarju", 3: "marca marcem marcu",
        4: "aprila aprilom aprilu", 5: "maja majem maju", 6: "junija junijem juniju", 7: "julija julijem juliju",
        8: "avgusta avgustom avgustu", 9: "septembra septembrom septembru", 10: "oktobra oktobrom oktobru",
        11: "novembra novembrom novembru", 12: "decembra decembrom decembru",
    }),
    numeric_dates=("d.m.y",),
    date_articles=("dne",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("št.", "številka"),
    article_words=("člen", "člena", "členu", "členom", "členi", "členih", "členov", "členoma", "čl."),
    paragraph_words=("odstavek", "odstavka", "odstavku", "odst."),
    label_words=forms({"annex": "priloga priloge prilogi prilogo", "appendix": "dodatek dodatka", "part": "del dela delu", "title": "naslov naslova", "chapter": "poglavje poglavja poglavju", "section": "oddelek oddelka oddelku", "volume": "zvezek zvezka", "paragraph": "točka točke točki točko pododstavek pododstavka", "table": "tabela", "figure": "slika"}),
    except_words=("razen",),
    journal_names=("UL",),
    page_words=("str.",),
    communities=(("EU", "EU"), ("ES", "EC"), ("EGS", "EEC"), ("ESPJ", "ECSC"), ("SZVP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
