"""Croatian: the language facts CLDR and num2words do not have (data only).

num2words has no Croatian: the number words are written here. "od" is both "from" and "of" (act
dates: "Uredba ... od 20. veljače 2008."), so it is a qualifier only at the start of a clause.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("ne većom od", "le"), ("ne većim od", "le"), ("ne većoj od", "le"), ("ne veća od", "le"), ("ne manjom od", "ge"), ("ne manja od", "ge"),
        ("više od", "gt"), ("preko", "gt"), ("najmanje", "ge"), ("barem", "ge"), ("manje od", "lt"),
        ("do", "le|by|until"), ("najviše", "le"),
        ("otprilike", "approx"), ("oko", "approx"), ("gotovo", "approx"), ("skoro", "approx"), ("približno", "approx"),
        ("najkasnije", "by"), ("najkasnije do", "by"), ("u roku od", "by"), ("u roku", "by"),
        ("prije", "before"), ("nakon", "after"), ("poslije", "after"),
        ("s učinkom od", "from"), ("počevši od", "from"), ("od dana", "from"),
    ),
    post_qualifiers=(("ili manje", "le"), ("ili više", "ge")),
    clause_qualifiers=(("od", "from"),),
    qualifier_fillers=("dana", "kraja"),
    scales=forms({6: "mil. milijun milijuna", 9: "mlrd. milijarda milijarde milijardi", 3: "tis."}),
    point_words=("postotnih bodova", "postotna boda", "postotni bod", "postotnog boda"),
    range_words=("do",),
    from_words=("od",),
    between_words=("između",),
    and_words=("i", "ili"),
    time_units=(
        ("godina", "Y"), ("godine", "Y"), ("godinu", "Y"), ("godini", "Y"), ("godinama", "Y"),
        ("mjesec", "M"), ("mjeseca", "M"), ("mjeseci", "M"), ("mjesecima", "M"),
        ("dan", "D"), ("dana", "D"), ("danu", "D"), ("danima", "D"),
        ("tjedan", "W"), ("tjedna", "W"), ("tjedana", "W"), ("tjednima", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("tromjesečje", "tromjesečju", "tromjesečja", "kvartal", "kvartalu", "kvartala"),
    half_nouns=("polugodište", "polugodištu", "polugodišta", "polovica", "polovici", "polovine"),
    extra_ordinals=forms({
        1: "prvi prvom prvog prvoga prva prvoj", 2: "drugi drugom drugog drugoga druga drugoj",
        3: "treći trećem trećeg trećega treća trećoj", 4: "četvrti četvrtom četvrtog četvrtoga četvrta četvrtoj",
    }),
    extra_cardinals=forms({
        2: "dva dvije dvaju dvama dviju dvjema", 3: "tri triju trima", 4: "četiri četiriju četirima",
        5: "pet", 6: "šest", 7: "sedam", 8: "osam", 9: "devet", 10: "deset", 11: "jedanaest", 12: "dvanaest",
        13: "trinaest", 14: "četrnaest", 15: "petnaest", 16: "šesnaest", 17: "sedamnaest", 18: "osamnaest",
        19: "devetnaest", 20: "dvadeset", 30: "trideset", 40: "četrdeset", 50: "pedeset", 60: "šezdeset",
        70: "sedamdeset", 80: "osamdeset", 90: "devedeset", 100: "sto", 1000: "tisuću tisuća",
    }),
    cardinal_stopwords=("jedan", "jedna", "jedno", "nula"),
    month_forms=forms({
        1: "siječnju", 2: "veljači", 3: "ožujku", 4: "travnju", 5: "svibnju", 6: "lipnju", 7: "srpnju",
        8: "kolovozu", 9: "rujnu", 10: "listopadu", 11: "studenom studenome", 12: "prosincu",
    }),
    numeric_dates=("d.m.y",),
    date_articles=("dana",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("br.", "broj"),
    article_words=("članak", "članka", "članku", "člankom", "članci", "članaka", "člancima", "članke", "čl."),
    paragraph_words=("stavak", "stavka", "stavku", "stavkom", "stavci", "stavaka", "stavcima", "st."),
    label_words=forms({"annex": "prilog priloga prilogu prilozi priloge prilozima", "appendix": "dodatak dodatka", "part": "dio dijela dijelu dijelom", "title": "glava glave", "chapter": "poglavlje poglavlja poglavlju poglavljem", "section": "odjeljak odjeljka odjeljku odjeljkom", "volume": "svezak sveska svesku sveskom", "paragraph": "točka točke točki točku točkom podstavak podstavka", "table": "tablica", "figure": "slika"}),
    except_words=("osim", "s iznimkom"),
    journal_names=("SL",),
    page_words=("str.",),
    communities=(("EU", "EU"), ("EZ", "EC"), ("EEZ", "EEC"), ("EZUČ", "ECSC"), ("ZVSP", "CFSP")),
)
