"""Polish: the language facts CLDR and num2words do not have (data only).

num2words gives the nominative of each number; Polish writes the genitive and instrumental after
prepositions ("w ciągu pięciu lat", "z dwoma"): those forms are listed here.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("nie większej niż", "le"), ("nie większa niż", "le"), ("nie większy niż", "le"), ("nie mniejszej niż", "ge"), ("nie mniejsza niż", "ge"),
        ("ponad", "gt"), ("więcej niż", "gt"), ("powyżej", "gt"), ("co najmniej", "ge"), ("przynajmniej", "ge"),
        ("nie mniej niż", "ge"), ("minimum", "ge"), ("mniej niż", "lt"), ("poniżej", "lt"),
        ("do", "le|by|until"), ("maksymalnie", "le"), ("nie więcej niż", "le"), ("najwyżej", "le"), ("maksimum", "le"),
        ("około", "approx"), ("ok.", "approx"), ("prawie", "approx"), ("niemal", "approx"), ("blisko", "approx"),
        ("najpóźniej", "by"), ("nie później niż", "by"), ("w terminie", "by"), ("w ciągu", "by"),
        ("przed", "before"), ("po", "after"),
        ("z dniem", "from"), ("od dnia", "from"), ("od", "from"), ("począwszy od", "from"), ("ze skutkiem od", "from"),
        ("do dnia", "until"),
    ),
    post_qualifiers=(("lub mniej", "le"), ("lub więcej", "ge")),
    qualifier_fillers=("roku", "dnia", "dnia r.", "końca"),
    scales=forms({6: "mln milion miliony milionów miliona", 9: "mld miliard miliardy miliardów miliarda", 3: "tys."}),
    percent_words=("proc.", "procent", "procenta"),
    point_words=("punkty procentowe", "punktów procentowych", "punkt procentowy", "pkt proc."),
    range_words=("do",),
    from_words=("od",),
    between_words=("między", "pomiędzy"),
    and_words=("i", "oraz", "lub", "albo"),
    time_units=(
        ("rok", "Y"), ("roku", "Y"), ("lata", "Y"), ("lat", "Y"), ("latach", "Y"), ("latami", "Y"),
        ("miesiąc", "M"), ("miesiąca", "M"), ("miesiące", "M"), ("miesięcy", "M"), ("miesiącach", "M"),
        ("dzień", "D"), ("dnia", "D"), ("dni", "D"), ("dniach", "D"), ("dniami", "D"),
        ("tydzień", "W"), ("tygodnia", "W"), ("tygodnie", "W"), ("tygodni", "W"), ("tygodniach", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("kwartał", "kwartale", "kwartału", "kwartały", "kwartałach"),
    half_nouns=("półrocze", "półroczu", "półrocza", "połowa", "połowie", "połowy"),
    extra_ordinals=forms({
        1: "pierwszy pierwszym pierwszego pierwsze pierwszej pierwsza",
        2: "drugi drugim drugiego drugie drugiej druga",
        3: "trzeci trzecim trzeciego trzecie trzeciej trzecia",
        4: "czwarty czwartym czwartego czwarte czwartej czwarta",
    }),
    extra_cardinals=forms({
        2: "dwa dwie dwóch dwu dwom dwoma dwiema dwaj", 3: "trzy trzech trzem trzema trzej",
        4: "cztery czterech czterem czterema czterej", 5: "pięć pięciu pięcioma", 6: "sześć sześciu sześcioma",
        7: "siedem siedmiu siedmioma", 8: "osiem ośmiu ośmioma", 9: "dziewięć dziewięciu dziewięcioma",
        10: "dziesięć dziesięciu dziesięcioma", 11: "jedenaście jedenastu", 12: "dwanaście dwunastu",
        13: "trzynaście trzynastu", 14: "czternaście czternastu", 15: "piętnaście piętnastu",
        16: "szesnaście szesnastu", 17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu",
        19: "dziewiętnaście dziewiętnastu", 20: "dwadzieścia dwudziestu", 30: "trzydzieści trzydziestu",
        40: "czterdzieści czterdziestu", 50: "pięćdziesiąt pięćdziesięciu", 60: "sześćdziesiąt sześćdziesięciu",
        70: "siedemdziesiąt siedemdziesięciu", 80: "osiemdziesiąt osiemdziesięciu",
        90: "dziewięćdziesiąt dziewięćdziesięciu", 100: "sto stu", 1000: "tysiąc tysiąca",
    }),
    cardinal_stopwords=("jeden", "jedna", "jedno", "zero"),
    month_forms=forms({
        1: "styczniu", 2: "lutym", 3: "marcu", 4: "kwietniu", 5: "maju", 6: "czerwcu", 7: "lipcu",
        8: "sierpniu", 9: "wrześniu", 10: "październiku", 11: "listopadzie", 12: "grudniu",
    }),
    numeric_dates=("d.m.y",),
    year_words=("r.", "roku"),
    date_articles=("dnia",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("nr",),
    article_words=("artykuł", "artykułu", "artykuły", "artykule", "artykułem", "artykułów", "artykułach", "art."),
    paragraph_words=("ust.", "ustęp", "ustępu", "ustępie", "ustępy"),
    label_words=forms({"annex": "załącznik załącznika załączniku załącznikiem załączniki załączników załącznikach", "appendix": "dodatek dodatku dodatkiem", "part": "część części częścią", "title": "tytuł tytułu", "chapter": "rozdział rozdziału rozdziale rozdziałem", "section": "sekcja sekcji", "volume": "tom tomu", "paragraph": "pkt punkt punktu punkcie akapit", "table": "tabela", "figure": "rysunek"}),
    except_words=("z wyjątkiem", "oprócz"),
    journal_names=("Dz.U.", "Dz. U."),
    journal_links=("z",),
    page_words=("s.",),
    communities=(("UE", "EU"), ("WE", "EC"), ("EWG", "EEC"), ("EWWiS", "ECSC"), ("WPZiB", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
)
