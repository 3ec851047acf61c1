"""Finnish: the language facts CLDR and num2words do not have (data only).

num2words inflects Finnish number words into every case ("viiden", "kolmen"): they are read from
it. Finnish dates put "päivänä" (on the day) between day and month ("31 päivänä heinäkuuta 2019"),
in the elative for "from" ("1 päivästä syyskuuta 2019"); postpositions follow the value ("kolmen
kuukauden kuluessa" = within three months).
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("vuoteen", "until"), ("vuodesta", "from"),
        ("yli", "gt"), ("enemmän kuin", "gt"), ("vähintään", "ge"), ("alle", "lt"), ("vähemmän kuin", "lt"),
        ("enintään", "le"), ("korkeintaan", "le"), ("jopa", "le"), ("noin", "approx"), ("lähes", "approx"),
        ("melkein", "approx"), ("viimeistään", "by"), ("ennen", "before"),
    ),
    post_qualifiers=(
        ("tai vähemmän", "le"), ("tai enemmän", "ge"),
        ("kuluessa", "by"), ("sisällä", "by"), ("mennessä", "by"), ("jälkeen", "after"), ("alkaen", "from"),
        ("lähtien", "from"), ("asti", "until"), ("saakka", "until"), ("ennen", "before"),
    ),
    suffix_qualifiers=(("stä", "from"), ("sta", "from"), ("ään", "until")),
    scales=forms({6: "milj. miljoona miljoonaa miljoonan", 9: "mrd. miljardi miljardia miljardin", 3: "tuhat tuhatta"}),
    percent_words=("prosenttia", "prosentti", "prosentin", "prosenttiin"),
    point_words=("prosenttiyksikköä", "prosenttiyksikkö", "prosenttiyksikön", "prosenttiyksiköllä"),
    between_after=("välillä", "välille", "välillä olevat"),
    and_words=("ja", "tai"),
    time_units=(
        ("vuoden", "Y"), ("vuodet", "Y"), ("vuosien", "Y"), ("vuodessa", "Y"), ("vuoteen", "Y"), ("vuotta", "Y"),
        ("kuukauden", "M"), ("kuukaudet", "M"), ("kuukausien", "M"), ("kuukaudessa", "M"), ("kuukauteen", "M"),
        ("päivän", "D"), ("päivät", "D"), ("päivien", "D"), ("päivässä", "D"), ("päivään", "D"), ("työpäivän", "D"),
        ("viikon", "W"), ("viikot", "W"), ("viikkojen", "W"), ("viikossa", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=(
        "neljännes", "neljänneksellä", "neljänneksen", "neljännekselle", "vuosineljännes", "vuosineljänneksellä",
        "vuosineljänneksen",
    ),
    half_nouns=("vuosipuolisko", "vuosipuoliskolla", "vuosipuoliskon", "puolisko", "puoliskolla", "puoliskon"),
    extra_ordinals=forms({
        1: "ensimmäinen ensimmäisellä ensimmäisen", 2: "toinen toisella toisen",
        3: "kolmas kolmannella kolmannen", 4: "neljäs neljännellä neljännen",
    }),
    number_cases=("genitive", "partitive", "inessive", "elative", "illative", "adessive", "ablative", "allative", "essive", "translative"),
    cardinal_stopwords=("yksi", "yhden", "yhtä", "yhdessä", "nolla"),
    # "kuusi" is also "spruce"
    homonym_cardinals=("kuusi",),
    month_suffixes=("n", "ssa", "sta", "hun", "lla", "lta", "lle"),
    # "31 päivänä heinäkuuta 2019", and month first: "heinäkuun 31 päivänä 2019"
    date_orders=("dmy", "mdy"),
    numeric_dates=("d.m.y",),
    date_links=("päivänä", "päivästä", "päivään", "päivältä", "päivälle"),
    year_words=("vuonna",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("N:o", "nro"),
    article_after_words=(
        "artikla", "artiklan", "artiklassa", "artiklaa", "artiklaan", "artiklasta", "artiklalla", "artiklat",
        "artiklojen", "artikloiden", "artikloissa", "artikloja", "artikloihin", "artikloista",
    ),
    paragraph_after_words=(
        "kohta", "kohdan", "kohdassa", "kohtaa", "kohtaan", "kohdasta", "kohdat", "kohtien", "kohdissa",
    ),
    label_words=forms({"annex": "liite liitteen liitteessä liitteet liitteeseen liitteellä liitteiden liitteestä liitteissä", "appendix": "lisäys lisäyksen", "volume": "nide niteen niteessä", "chapter": "luku luvun luvussa"}),
    label_after_words=forms({"part": "osa osan osassa osaan osasta", "title": "osasto osaston osastossa", "chapter": "luku luvun luvussa luvusta", "section": "jakso jakson jaksossa", "volume": "nide niteen", "annex": "liite liitteen liitteessä", "paragraph": "alakohta alakohdan"}),
    except_words=("paitsi",),
    journal_names=("EUVL", "EYVL"),
    page_words=("s.",),
    communities=(("EU", "EU"), ("EY", "EC"), ("ETY", "EEC"), ("EHTY", "ECSC"), ("YUTP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
