"""Estonian: the language facts CLDR and num2words do not have (data only).

num2words has no Estonian: the number words are written here (nominative, genitive, partitive).
Estonian puts cases on the month ("alates 1. septembrist 2019": elative = from; "31.
detsembriks": translative = by) and writes the year with "aasta" ("2018. aasta määrus").
Postpositions follow the value ("kolme kuu jooksul" = within three months).
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("aastani", "until"), ("aastast", "from"),
        ("üle", "gt"), ("rohkem kui", "gt"), ("enam kui", "gt"), ("vähemalt", "ge"), ("alla", "lt"), ("vähem kui", "lt"),
        ("kuni", "le|by|until"), ("maksimaalselt", "le"), ("mitte rohkem kui", "le"), ("mitte üle", "le"), ("kõige rohkem", "le"),
        ("umbes", "approx"), ("ligikaudu", "approx"), ("peaaegu", "approx"), ("ca", "approx"),
        ("hiljemalt", "by"), ("enne", "before"), ("pärast", "after"), ("alates", "from"),
    ),
    post_qualifiers=(("või vähem", "le"), ("või rohkem", "ge"), ("jooksul", "by"), ("jooksul alates", "by"), ("pärast", "after"), ("alates", "from")),
    suffix_qualifiers=(("ist", "from"), ("ini", "until"), ("iks", "by")),
    qualifier_fillers=("kuupäevast", "lõpuks"),
    scales=forms({6: "mln miljon miljonit miljoni", 9: "mld miljard miljardit miljardi", 3: "tuh tuhat"}),
    percent_words=("protsenti", "protsent", "protsendi"),
    point_words=("protsendipunkti", "protsendipunkt", "protsendipunktini"),
    range_words=("kuni",),
    from_words=("alates",),
    between_after=("vahel", "vahele"),
    and_words=("ja", "või"),
    time_units=(
        ("aasta", "Y"), ("aastat", "Y"), ("aastad", "Y"), ("aastate", "Y"), ("aastaks", "Y"),
        ("kuu", "M"), ("kuud", "M"), ("kuude", "M"), ("kuuks", "M"),
        ("päev", "D"), ("päeva", "D"), ("päevad", "D"), ("päevade", "D"), ("päevaks", "D"), ("tööpäeva", "D"),
        ("nädal", "W"), ("nädala", "W"), ("nädalat", "W"), ("nädalad", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("kvartal", "kvartali", "kvartalis", "kvartalil", "kvartaliks"),
    half_nouns=("poolaasta", "poolaastal", "poolaastaks", "pool", "poolel"),
    extra_ordinals=forms({
        1: "esimene esimese esimesel esimeses", 2: "teine teise teisel teises",
        3: "kolmas kolmanda kolmandal kolmandas", 4: "neljas neljanda neljandal neljandas",
    }),
    extra_cardinals=forms({
        2: "kaks kahe kahte", 3: "kolm kolme", 4: "neli nelja", 5: "viis viie viit", 6: "kuus kuue kuut",
        7: "seitse seitsme seitset", 8: "kaheksa kaheksat", 9: "üheksa üheksat", 10: "kümme kümne kümmet",
        11: "üksteist üheteistkümne", 12: "kaksteist kaheteistkümne", 13: "kolmteist", 14: "neliteist",
        15: "viisteist viieteistkümne", 16: "kuusteist", 17: "seitseteist", 18: "kaheksateist", 19: "üheksateist",
        20: "kakskümmend kahekümne", 30: "kolmkümmend kolmekümne", 40: "nelikümmend neljakümne",
        50: "viiskümmend viiekümne", 60: "kuuskümmend kuuekümne", 70: "seitsekümmend", 80: "kaheksakümmend",
        90: "üheksakümmend üheksakümne", 100: "sada saja", 1000: "tuhat tuhande",
    }),
    cardinal_stopwords=("üks", "ühe", "null"),
    # "viis" also means "took" ("viis läbi"), "kuus" also "in a month" ("kaks korda kuus")
    homonym_cardinals=("viis", "kuus"),
    month_forms=forms({
        1: "jaanuaril jaanuarist jaanuarini jaanuariks jaanuari jaanuaris",
        2: "veebruaril veebruarist veebruarini veebruariks veebruari veebruaris",
        3: "märtsil märtsist märtsini märtsiks märtsi märtsis",
        4: "aprillil aprillist aprillini aprilliks aprilli aprillis",
        5: "mail maist maini maiks mais",
        6: "juunil juunist juunini juuniks juunis",
        7: "juulil juulist juulini juuliks juulis",
        8: "augustil augustist augustini augustiks augusti augustis",
        9: "septembril septembrist septembrini septembriks septembri septembris",
        10: "oktoobril oktoobrist oktoobrini oktoobriks oktoobri oktoobris",
        11: "novembril novembrist novembrini novembriks novembri novembris",
        12: "detsembril detsembrist detsembrini detsembriks detsembri detsembris",
    }),
    numeric_dates=("d.m.y",),
    year_words=("aasta", "aastal", "aastast", "aastani", "aastaks", "a."),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("nr", "nr."),
    article_words=(
        "artikkel", "artikli", "artiklid", "artiklit", "artiklis", "artiklite", "artiklisse", "artiklitele",
        "artiklile", "artikliga", "artikleid", "artiklist", "artiklitest", "artiklites", "art.",
    ),
    paragraph_words=(
        "lõige", "lõike", "lõiked", "lõiget", "lõikes", "lõikele", "lõikega", "lõigete", "lõigetele", "lõigetes",
        "lõikeid", "lg", "lg.",
    ),
    label_after_words=forms({"annex": "lisa lisas lisale lisast lisaga lisad lisade lisasid", "appendix": "liide liites liite", "part": "osa osas osast osale", "title": "jaotis jaotises", "chapter": "peatükk peatüki peatükis peatükki peatükile", "section": "jagu jao jaos", "volume": "köide köite köites", "paragraph": "punkt punkti punktis punktid punktide", "table": "tabel", "figure": "joonis"}),
    except_words=("välja arvatud", "v.a"),
    journal_names=("ELT", "EÜT"),
    page_words=("lk", "lk."),
    communities=(("EL", "EU"), ("EÜ", "EC"), ("EMÜ", "EEC"), ("ESTÜ", "ECSC"), ("ÜVJP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
