"""Latvian: the language facts CLDR and num2words do not have (data only).

Latvian dates run year, day, month: "2019. gada 31. jūlijs", "no 2019. gada 1. septembra"; CLDR
has the nominative months, the genitive, locative and accusative are listed here, as are the
inflected number words ("piecu gadu laikā" = within five years).
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("nepārsniedz", "le"), ("nepārsniedzot", "le"),
        ("vairāk nekā", "gt"), ("vairāk par", "gt"), ("vismaz", "ge"), ("ne mazāk kā", "ge"), ("ne mazāk par", "ge"),
        ("mazāk nekā", "lt"), ("mazāk par", "lt"), ("līdz", "le|by|until"), ("ne vairāk kā", "le"),
        ("ne vairāk par", "le"), ("maksimāli", "le"), ("aptuveni", "approx"), ("apmēram", "approx"),
        ("gandrīz", "approx"), ("ne vēlāk kā", "by"), ("vēlākais", "by"), ("pirms", "before"), ("pēc", "after"),
        ("no", "from"), ("sākot no", "from"), ("kopš", "from"),
    ),
    post_qualifiers=(("vai mazāk", "le"), ("vai vairāk", "ge"), ("laikā", "by"), ("laikposmā", "by")),
    qualifier_fillers=("beigām",),
    scales=forms({6: "milj. miljons miljoni miljonu", 9: "mljrd. miljards miljardi miljardu", 3: "tūkst."}),
    currencies=(("šveices franku", "CHF"), ("šveices frankiem", "CHF"), ("eiro", "EUR")),
    percent_words=("procenti", "procentu", "procentiem", "procents"),
    point_words=("procentpunkti", "procentpunktiem", "procentpunktu", "procentpunkts"),
    range_words=("līdz",),
    from_words=("no",),
    between_words=("starp",),
    and_words=("un", "vai"),
    time_units=(
        ("gads", "Y"), ("gada", "Y"), ("gadi", "Y"), ("gadu", "Y"), ("gadiem", "Y"), ("gados", "Y"),
        ("mēnesis", "M"), ("mēneša", "M"), ("mēneši", "M"), ("mēnešu", "M"), ("mēnešiem", "M"), ("mēnešos", "M"),
        ("diena", "D"), ("dienas", "D"), ("dienu", "D"), ("dienām", "D"), ("dienās", "D"),
        ("nedēļa", "W"), ("nedēļas", "W"), ("nedēļu", "W"), ("nedēļām", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("ceturksnis", "ceturksnī", "ceturkšņa", "ceturkšņi"),
    half_nouns=("pusgads", "pusgadā", "pusgada", "puse", "pusē"),
    extra_ordinals=forms({
        1: "pirmais pirmajā pirmā pirmo", 2: "otrais otrajā otrā otro",
        3: "trešais trešajā trešā trešo", 4: "ceturtais ceturtajā ceturtā ceturto",
    }),
    extra_cardinals=forms({
        2: "divi divas divu diviem divām", 3: "trīs triju trim", 4: "četri četras četru četriem četrām",
        5: "pieci piecas piecu pieciem piecām", 6: "seši sešas sešu sešiem sešām", 7: "septiņi septiņas septiņu septiņiem",
        8: "astoņi astoņas astoņu astoņiem", 9: "deviņi deviņas deviņu deviņiem", 10: "desmit",
    }),
    cardinal_stopwords=("viens", "viena", "vienu", "nulle"),
    month_forms=forms({
        1: "janvāra janvārī janvāri", 2: "februāra februārī februāri", 3: "marta martā martu",
        4: "aprīļa aprīlī aprīli", 5: "maija maijā maiju", 6: "jūnija jūnijā jūniju", 7: "jūlija jūlijā jūliju",
        8: "augusta augustā augustu", 9: "septembra septembrī septembri", 10: "oktobra oktobrī oktobri",
        11: "novembra novembrī novembri", 12: "decembra decembrī decembri",
    }),
    date_orders=("ydm", "dmy"),
    numeric_dates=("d.m.y",),
    year_words=("gada", "gadā", "g."),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("Nr.",),
    article_after_words=("pants", "panta", "pantu", "pantā", "pantam", "panti", "pantus", "pantos", "pantiem"),
    paragraph_after_words=(
        "punkts", "punkta", "punktu", "punktā", "punkti", "punktos", "punktiem", "daļa", "daļas", "daļā", "daļu",
    ),
    label_after_words=forms({"annex": "pielikums pielikuma pielikumā pielikumu pielikumi pielikumos", "appendix": "papildinājums papildinājuma papildinājumā", "title": "sadaļa sadaļas sadaļā", "chapter": "nodaļa nodaļas nodaļā nodaļu", "section": "iedaļa iedaļas iedaļā", "volume": "sējums sējuma sējumā", "table": "tabula tabulā"}),
    except_words=("izņemot",),
    journal_names=("OV",),
    page_after_words=("lpp.",),
    communities=(("ES", "EU"), ("EK", "EC"), ("EEK", "EEC"), ("EOTK", "ECSC"), ("KĀDP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
