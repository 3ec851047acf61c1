"""Hungarian: the language facts CLDR and num2words do not have (data only).

Hungarian dates run year, month, day: "2019. július 31.", "2000.8.1."; the day carries suffixes
that are qualifiers ("2019. szeptember 1-jétől" = from, "december 31-ig" = until, "2020. január
1-jével" = as of) and postpositions follow the value ("három hónapon belül" = within three months).
num2words gives "kettő" for 2; before a noun Hungarian writes "két".
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("több mint", "gt"), ("legalább", "ge"), ("minimum", "ge"), ("kevesebb mint", "lt"),
        ("legfeljebb", "le"), ("maximum", "le"), ("legföljebb", "le"), ("mintegy", "approx"),
        ("körülbelül", "approx"), ("kb.", "approx"), ("közel", "approx"), ("majdnem", "approx"), ("csaknem", "approx"),
        ("legkésőbb", "by"),
    ),
    post_qualifiers=(
        ("vagy kevesebb", "le"), ("vagy annál kevesebb", "le"), ("vagy több", "ge"),
        ("belül", "by"), ("előtt", "before"), ("után", "after"), ("óta", "from"), ("hatállyal", "from"),
        ("kezdődően", "from"), ("napjáig", "until"),
    ),
    suffix_qualifiers=(("tól", "from"), ("től", "from"), ("ig", "until"), ("vel", "from"), ("val", "from")),
    scales=forms({6: "millió", 9: "milliárd mrd", 3: "ezer"}),
    percent_words=("százalék", "százalékkal", "százalékos", "százaléka", "százalékát"),
    point_words=("százalékpont", "százalékponttal", "százalékpontos", "százalékponttal"),
    between_after=("között", "közötti", "közé"),
    and_words=("és", "vagy"),
    time_units=(
        ("év", "Y"), ("évig", "Y"), ("éven", "Y"), ("évre", "Y"), ("évet", "Y"), ("évvel", "Y"), ("évnél", "Y"), ("évente", "Y"),
        ("hónap", "M"), ("hónapig", "M"), ("hónapon", "M"), ("hónapra", "M"), ("hónapot", "M"), ("hónappal", "M"),
        ("nap", "D"), ("napig", "D"), ("napon", "D"), ("napra", "D"), ("napot", "D"), ("nappal", "D"), ("munkanapon", "D"),
        ("hét", "W"), ("hetet", "W"), ("héten", "W"), ("hétre", "W"), ("hétig", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("negyedév", "negyedévben", "negyedévi", "negyedévére", "negyedévének", "negyedévig"),
    half_nouns=("félév", "félévben", "félévi", "félévére", "felében", "fele"),
    extra_ordinals=forms({1: "első", 2: "második", 3: "harmadik", 4: "negyedik"}),
    extra_cardinals=forms({2: "két kettő", 1000: "ezer", 100: "száz"}),
    cardinal_stopwords=("egy", "nulla"),
    # "hat" is also "acts, affects", "hét" also "week"
    homonym_cardinals=("hat", "hét"),
    month_suffixes=(
        "ban", "ben", "ig", "tól", "től", "i", "jában", "jében", "ában", "ében", "jáig", "jéig", "áig", "éig",
        "jától", "jétől", "ától", "étől", "ra", "re",
    ),
    date_orders=("ymd",),
    numeric_dates=("y.m.d", "d.m.y"),
    day_suffix=r"(?:\.|-(?:[a-záéíóöőúüű]{1,8}))?",
    year_words=("évi",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("sz.",),
    article_after_words=(
        "cikk", "cikke", "cikkének", "cikket", "cikkében", "cikkben", "cikkére", "cikkével", "cikknek", "cikkei",
        "cikkeit", "cikkek", "cikkeiben", "cikkhez", "cikkből", "cikkétől", "cikkéhez", "cikkre",
    ),
    paragraph_after_words=(
        "bekezdés", "bekezdése", "bekezdésének", "bekezdésében", "bekezdésére", "bekezdésével", "bekezdését",
        "bekezdései", "bekezdéseiben", "bekezdésben", "bekezdéseit", "bekezdésekben",
    ),
    list_fillers=("a", "az"),
    act_after_words=(
        "határozat", "határozata", "határozatát", "határozatának", "határozatával", "határozattal",
        "rendelet", "rendelete", "rendeletet", "rendeletének", "rendeletével", "rendelettel",
        "irányelv", "irányelve", "irányelvet", "irányelvének", "irányelvével", "irányelvvel",
    ),
    label_after_words=forms({"annex": "melléklet melléklete mellékletének mellékletben mellékletét mellékletei mellékletek mellékletébe melléklettel mellékleten mellékletéhez mellékletében", "appendix": "függelék függeléke függelékének függelékében függeléket", "part": "rész része részének részében részét", "title": "cím címe címének címében", "chapter": "fejezet fejezete fejezetében fejezetének fejezetet", "section": "szakasz szakasza szakaszában szakaszának", "volume": "kötet kötete kötetének kötetében", "paragraph": "pont pontja pontjában pontjának pontját pontban albekezdés albekezdése", "table": "táblázat", "figure": "ábra"}),
    except_words=("kivéve",),
    journal_names=("HL",),
    page_after_words=("o.",),
    communities=(("EU", "EU"), ("EK", "EC"), ("EGK", "EEC"), ("ESZAK", "ECSC"), ("KKBP", "CFSP")),
    document_series=(("KOM", "COM"), ("SEK", "SEC")),
)
