"""Lithuanian: the language facts CLDR and num2words do not have (data only).

Lithuanian dates run year, month (genitive), day: "2019 m. liepos 31 d."; numeric dates "2006 10 16"
or ISO. num2words gives the nominative numbers; the other cases and the collective numerals that
count plural-only nouns ("penkerius metus" = five years) are listed here.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("daugiau kaip", "gt"), ("daugiau nei", "gt"), ("virš", "gt"),
        ("ne mažiau kaip", "ge"), ("ne mažesnė kaip", "ge"), ("ne mažesnis kaip", "ge"), ("ne mažesnę kaip", "ge"),
        ("bent", "ge"), ("mažiausiai", "ge"), ("mažiau kaip", "lt"), ("mažiau nei", "lt"),
        ("iki", "le|by|until"), ("ne daugiau kaip", "le"), ("ne didesnė kaip", "le"), ("ne didesnis kaip", "le"),
        ("daugiausia", "le"), ("apie", "approx"), ("beveik", "approx"), ("maždaug", "approx"), ("apytiksliai", "approx"),
        ("ne vėliau kaip", "by"), ("vėliausiai", "by"), ("per", "by"), ("prieš", "before"), ("po", "after"),
        ("nuo", "from"), ("pradedant", "from"),
    ),
    post_qualifiers=(("ar mažiau", "le"), ("ar daugiau", "ge")),
    scales=forms({6: "mln. milijonas milijonai milijonų", 9: "mlrd. milijardas milijardai milijardų", 3: "tūkst."}),
    percent_words=("procentai", "procentų", "procentas", "procento", "proc."),
    point_words=("procentiniai punktai", "procentinių punktų", "procentinio punkto", "procentinis punktas"),
    range_words=("iki",),
    from_words=("nuo",),
    between_words=("tarp",),
    # "bei" (and, as well as): "9 straipsnio 2 bei 6 dalis" (DGT eu-ch-air-transport) = Article 9(2) and (6)
    and_words=("ir", "arba", "bei"),
    time_units=(
        ("metai", "Y"), ("metų", "Y"), ("metus", "Y"), ("metams", "Y"), ("metuose", "Y"),
        ("mėnuo", "M"), ("mėnesio", "M"), ("mėnesiai", "M"), ("mėnesių", "M"), ("mėnesius", "M"), ("mėnesį", "M"),
        ("diena", "D"), ("dienos", "D"), ("dienų", "D"), ("dienas", "D"), ("dieną", "D"), ("dienomis", "D"),
        ("savaitė", "W"), ("savaitės", "W"), ("savaičių", "W"), ("savaites", "W"), ("savaitę", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})(?:-(?:asis|oji|ąjį|ąją|ojo|osios|ajame|ojoje))",
    quarter_nouns=("ketvirtis", "ketvirtį", "ketvirčio", "ketvirtyje", "ketvirčiai"),
    half_nouns=("pusmetis", "pusmetį", "pusmečio", "pusmetyje", "pusė", "pusę", "pusės"),
    extra_ordinals=forms({
        1: "pirmas pirmasis pirmąjį pirmojo pirmajame pirmoji pirmąją pirmosios pirmojoje",
        2: "antras antrasis antrąjį antrojo antrajame antroji antrąją antrosios antrojoje",
        3: "trečias trečiasis trečiąjį trečiojo trečiajame trečioji trečiąją trečiosios",
        4: "ketvirtas ketvirtasis ketvirtąjį ketvirtojo ketvirtajame ketvirtoji ketvirtąją",
    }),
    extra_cardinals=forms({
        2: "du dvi dviejų dviem dvejus dveji dvejų", 3: "trys trijų trims tris treji trejus trejų",
        4: "keturi keturios keturių keturiems keturis keturias ketveri ketverius ketverių",
        5: "penki penkios penkių penkiems penkis penkias penkeri penkerius penkerių",
        6: "šeši šešios šešių šešiems šešis šešias šešeri šešerius šešerių",
        7: "septyni septynios septynių septyniems septynis septynias septyneri septynerius",
        8: "aštuoni aštuonios aštuonių aštuoniems aštuonis aštuonias aštuoneri aštuonerius",
        9: "devyni devynios devynių devyniems devynis devynias devyneri devynerius",
        10: "dešimt dešimties dešimčia",
    }),
    cardinal_stopwords=("vienas", "viena", "vieno", "vienos", "vieną", "nulis"),
    month_forms=forms({
        1: "sausį", 2: "vasarį", 3: "kovą", 4: "balandį", 5: "gegužę", 6: "birželį", 7: "liepą",
        8: "rugpjūtį", 9: "rugsėjį", 10: "spalį", 11: "lapkritį", 12: "gruodį",
    }),
    date_orders=("ymd",),
    numeric_dates=("y m d", "d.m.y"),
    day_suffix=r"(?:\s*d\.)?",
    year_words=("m.", "metų", "metais"),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("Nr.",),
    article_after_words=(
        "straipsnis", "straipsnio", "straipsnyje", "straipsnį", "straipsniai", "straipsnių", "straipsnius",
        "straipsniu", "straipsniuose", "straipsniams", "straipsniais", "str.",
    ),
    paragraph_after_words=("dalis", "dalies", "dalį", "dalyje", "dalys", "dalyse", "dalių", "dalims", "dalimis"),
    label_after_words=forms({"annex": "priedas priedo priede priedą priedai priedų prieduose priedus", "appendix": "priedėlis priedėlio priedėlyje", "chapter": "skyrius skyriaus skyriuje skyrių", "section": "skirsnis skirsnio skirsnyje", "volume": "tomas tomo tome", "paragraph": "punktas punkto punkte punktą punktai papunktis papunkčio", "table": "lentelė lentelėje"}),
    except_words=("išskyrus",),
    journal_names=("OL",),
    page_words=("p.",),
    communities=(
        ("ES", "EU"), ("EB", "EC"), ("EEB", "EEC"), ("EAPB", "ECSC"), ("BUSP", "CFSP"), ("Euratomas", "Euratom"),
    ),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
