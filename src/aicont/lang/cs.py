"""Czech: the language facts CLDR and num2words do not have (data only).

num2words gives the nominative of each number; after prepositions Czech writes other cases ("do
tří měsíců", "pěti let"): those forms are listed here.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("více než", "gt"), ("přes", "gt"), ("nejméně", "ge"), ("alespoň", "ge"), ("minimálně", "ge"),
        ("méně než", "lt"), ("až", "le"), ("do", "le|by|until"), ("nejvýše", "le"), ("maximálně", "le"), ("nanejvýš", "le"),
        ("přibližně", "approx"), ("asi", "approx"), ("zhruba", "approx"), ("téměř", "approx"), ("skoro", "approx"),
        ("okolo", "approx"), ("cca", "approx"),
        ("nejpozději", "by"), ("nejpozději do", "by"), ("ve lhůtě", "by"), ("během", "by"),
        ("před", "before"), ("po", "after"),
        ("od", "from"), ("ode dne", "from"), ("s účinkem ode dne", "from"), ("s účinkem od", "from"),
        ("s účinností od", "from"), ("s účinností ode dne", "from"), ("do dne", "until"),
    ),
    post_qualifiers=(("nebo nižší", "le"), ("nebo méně", "le"), ("nebo vyšší", "ge"), ("nebo více", "ge")),
    qualifier_fillers=("roku", "dne", "konce"),
    scales=forms({6: "mil. milion miliony milionů milionu", 9: "mld. miliarda miliardy miliard", 3: "tis."}),
    percent_words=("procent", "procenta", "procento", "procentům"),
    point_words=("procentní body", "procentních bodů", "procentní bod", "procentního bodu"),
    range_words=("až", "do"),
    from_words=("od",),
    between_words=("mezi",),
    and_words=("a", "nebo"),
    time_units=(
        ("rok", "Y"), ("roku", "Y"), ("roky", "Y"), ("let", "Y"), ("letech", "Y"), ("rokům", "Y"),
        ("měsíc", "M"), ("měsíce", "M"), ("měsíců", "M"), ("měsících", "M"), ("měsíci", "M"),
        ("den", "D"), ("dne", "D"), ("dny", "D"), ("dní", "D"), ("dnů", "D"), ("dnech", "D"), ("dnům", "D"),
        ("týden", "W"), ("týdne", "W"), ("týdny", "W"), ("týdnů", "W"), ("týdnech", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("čtvrtletí", "čtvrtletích"),
    half_nouns=("pololetí", "polovina", "polovině", "poloviny"),
    year_links=("roku",),
    extra_ordinals=forms({
        1: "první", 2: "druhý druhém druhého druhé druhá", 3: "třetí", 4: "čtvrtý čtvrtém čtvrtého čtvrté čtvrtá",
    }),
    extra_cardinals=forms({
        2: "dva dvě dvou dvěma", 3: "tři tří třech třem třemi", 4: "čtyři čtyř čtyřech čtyřem čtyřmi",
        5: "pět pěti", 6: "šest šesti", 7: "sedm sedmi", 8: "osm osmi", 9: "devět devíti", 10: "deset deseti",
        11: "jedenáct jedenácti", 12: "dvanáct dvanácti", 13: "třináct třinácti", 14: "čtrnáct čtrnácti",
        15: "patnáct patnácti", 16: "šestnáct šestnácti", 17: "sedmnáct sedmnácti", 18: "osmnáct osmnácti",
        19: "devatenáct devatenácti", 20: "dvacet dvaceti", 30: "třicet třiceti", 40: "čtyřicet čtyřiceti",
        50: "padesát padesáti", 60: "šedesát šedesáti", 70: "sedmdesát sedmdesáti", 80: "osmdesát osmdesáti",
        90: "devadesát devadesáti", 100: "sto", 1000: "tisíc",
    }),
    cardinal_stopwords=("jeden", "jedna", "jedno", "nula"),
    month_forms=forms({
        1: "lednu", 2: "únoru", 3: "březnu", 4: "dubnu", 5: "květnu", 6: "červnu", 7: "červenci",
        8: "srpnu", 9: "září", 10: "říjnu", 11: "listopadu", 12: "prosinci",
    }),
    numeric_dates=("d.m.y",),
    date_articles=("dne",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("č.", "číslo"),
    article_words=("článek", "článku", "články", "článků", "článkem", "článcích", "článkům", "čl."),
    paragraph_words=("odst.", "odstavec", "odstavce", "odstavci", "odstavců"),
    label_words=forms({"annex": "příloha přílohy příloze přílohu přílohou přílohách", "appendix": "dodatek dodatku", "part": "část části částí", "title": "hlava hlavy hlavě", "chapter": "kapitola kapitoly kapitole kapitolou", "section": "oddíl oddílu oddíle", "volume": "svazek svazku", "paragraph": "bod bodu bodě body bodech pododstavec pododstavce", "table": "tabulka tabulce", "figure": "obrázek"}),
    except_words=("kromě", "s výjimkou"),
    journal_names=("Úř. věst.",),
    page_words=("s.",),
    communities=(("EU", "EU"), ("ES", "EC"), ("EHS", "EEC"), ("ESUO", "ECSC"), ("SZBP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
