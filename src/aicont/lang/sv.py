"""Swedish: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("inom", "by"),
        ("över", "gt"), ("mer än", "gt"), ("fler än", "gt"), ("drygt", "gt"), ("upp emot", "approx"),
        ("upp till", "le"), ("högst", "le"), ("maximalt", "le"), ("som mest", "le"),
        ("mindre än", "lt"), ("färre än", "lt"), ("knappt", "approx"),
        ("nästan", "approx"), ("närmare", "approx"), ("omkring", "approx"), ("cirka", "approx"),
        ("ca", "approx"), ("ca.", "approx"), ("runt", "approx"), ("uppskattningsvis", "approx"),
        ("minst", "ge"), ("som minst", "ge"), ("åtminstone", "ge"), ("minimum", "ge"),
        ("senast", "by"), ("före", "before"), ("innan", "before"), ("efter", "after"),
        ("från och med", "from"), ("fr.o.m.", "from"), ("från den", "from"), ("med verkan från", "from"),
        ("till och med", "until"), ("t.o.m.", "until"), ("fram till", "until"), ("fram till och med", "until"),
    ),
    post_qualifiers=(("eller mindre", "le"), ("eller mer", "ge"), ("eller därunder", "le")),
    # "under" is not a qualifier in Swedish: "under 2026" means "during 2026"
    # bind only at the start of a clause: after a noun, "from 2024" dates a thing ("the package from 2024")
    clause_qualifiers=(("från", "from"),),
    qualifier_blockers=("spänner", "sträcker sig", "sträcker", "fördelat", "fördelade", "spridda"),
    qualifier_fillers=("i", "den", "vid", "per", "utgången av", "slutet av"),
    scales=(
        ("miljarder", 9), ("miljard", 9), ("mdr", 9), ("md", 9), ("mdkr", 9),
        ("miljoner", 6), ("miljon", 6), ("milj.", 6), ("mn", 6), ("mkr", 6),
        ("biljoner", 12), ("biljon", 12),
        ("tusen", 3),
    ),
    currencies=(("danska kronor", "DKK"), ("norska kronor", "NOK"), ("svenska kronor", "SEK"), ("euro", "EUR"), ("kr", "SEK"), ("kr.", "SEK"), ("kronor", "SEK"), ("dollar", "USD"), ("pund", "GBP")),
    percent_words=("procent",),
    point_words=("procentenheter", "procentenhet", "procentandelar"),
    range_words=("till",),
    from_words=("från",),
    between_words=("mellan",),
    # "artiklarna 8 respektive 9" (DGT eu-ch-air-transport): Articles 8 and 9, each in its turn
    and_words=("och", "eller", "samt", "respektive"),
    time_units=(
        ("år", "Y"), ("året", "Y"), ("åren", "Y"), ("års", "Y"),
        ("månad", "M"), ("månader", "M"), ("månaden", "M"), ("månaderna", "M"), ("månaders", "M"),
        ("vecka", "W"), ("veckor", "W"), ("veckan", "W"), ("veckorna", "W"), ("veckors", "W"),
        ("dag", "D"), ("dagar", "D"), ("dagen", "D"), ("dagarna", "D"), ("dagars", "D"),
    ),
    numeric_ordinal=r"(\d{1,2}):[ae]",
    quarter_nouns=("kvartal", "kvartalet", "kvartalen"),
    half_nouns=("halvår", "halvåret", "halvåren", "halvan", "halvdelen"),
    year_links=("av", "i"),
    extra_ordinals=(),
    extra_cardinals=(("hundra", 100), ("tusen", 1000)),
    # "en"/"ett" (one / a) are read as articles, never as values
    cardinal_stopwords=("en", "ett", "noll"),
    ambiguous_cardinals=("sex",),
    foreign_words=("the", "of", "and", "on", "with", "is", "are", "from", "by", "this", "that", "which", "in", "an", "or"),
    rank_words=("nr", "nr.", "nummer"),
    article_words=("artikel", "artikeln", "artiklar", "artiklarna", "art."),
    label_words=forms({"annex": "bilaga bilagan bilagor bilagorna", "appendix": "tillägg tillägget", "part": "del delen delarna", "title": "avdelning avdelningen", "chapter": "kapitel kapitlet", "section": "avsnitt avsnittet", "volume": "volym volymen", "paragraph": "punkt punkten punkterna stycke stycket", "table": "tabell", "figure": "figur"}),
    except_words=("förutom", "utom", "med undantag av", "med undantag för"),
    journal_names=("EUT", "EGT"),
    journal_links=(),
    page_words=("s.",),
    communities=(("EG", "EC"), ("EEG", "EEC"), ("EU", "EU"), ("EKSG", "ECSC"), ("GUSP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
    date_articles=("den",),
    day_suffix=r"(?::[ae]|\.)?",
    one_confusables=("i",),
)
