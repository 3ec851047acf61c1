"""Danish: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("inden for", "by"),
        ("over", "gt"), ("mere end", "gt"), ("flere end", "gt"), ("mer end", "gt"), ("op mod", "approx"),
        ("op til", "le"), ("højst", "le"), ("maksimalt", "le"), ("ikke over", "le"),
        ("mindre end", "lt"), ("færre end", "lt"),
        ("næsten", "approx"), ("omkring", "approx"), ("ca.", "approx"), ("cirka", "approx"),
        ("godt", "gt"), ("knap", "approx"), ("knapt", "approx"), ("anslået", "approx"),
        ("mindst", "ge"), ("som minimum", "ge"), ("minimum", "ge"), ("ikke under", "ge"),
        ("senest", "by"), ("inden", "by"), ("før", "before"), ("forud for", "before"), ("efter", "after"),
        ("fra og med", "from"), ("fra den", "from"), ("med virkning fra", "from"),
        ("indtil", "until"), ("til og med", "until"), ("frem til", "until"), ("frem mod", "until"),
    ),
    post_qualifiers=(("eller derunder", "le"), ("eller mindre", "le"), ("eller derover", "ge"), ("eller mere", "ge")),
    # bind only at the start of a clause: "fra 2024" after a noun means "of 2024"
    clause_qualifiers=(("fra", "from"),),
    qualifier_blockers=("spænder", "spænde", "strækker sig", "strækker", "fordelt", "spredt", "på tværs"),
    qualifier_fillers=("i", "den", "d.", "på", "pr.", "udgangen af", "slutningen af"),
    scales=(
        ("mia.", 9), ("mia", 9), ("milliard", 9), ("milliarder", 9), ("mrd.", 9),
        ("mio.", 6), ("mio", 6), ("million", 6), ("millioner", 6),
        ("bio.", 12), ("billion", 12), ("billioner", 12),
        ("tusind", 3), ("t.", 3),
    ),
    currencies=(("svenske kroner", "SEK"), ("norske kroner", "NOK"), ("danske kroner", "DKK"), ("euro", "EUR"), ("kr.", "DKK"), ("kroner", "DKK"), ("dollar", "USD"), ("pund", "GBP")),
    percent_words=("procent", "pct.", "pct"),
    point_words=("procentpoint", "procentpoints", "pct.-point", "procentenheder"),
    range_words=("til",),
    from_words=("fra",),
    between_words=("mellem",),
    and_words=("og", "eller", "samt"),
    time_units=(
        ("år", "Y"), ("året", "Y"), ("årene", "Y"), ("års", "Y"),
        # OCR drops the ring: "ar" and "ars" are not Danish words, so they are safe to read as "år"
        ("ar", "Y"), ("ars", "Y"),
        ("måned", "M"), ("måneder", "M"), ("måneden", "M"), ("månederne", "M"), ("måneders", "M"),
        ("uge", "W"), ("uger", "W"), ("ugen", "W"), ("ugerne", "W"), ("ugers", "W"),
        ("dag", "D"), ("dage", "D"), ("dagen", "D"), ("dagene", "D"), ("dages", "D"),
    ),
    numeric_ordinal=r"(\d{1,2})\.",
    quarter_nouns=("kvartal", "kvartaler", "kvartalet", "kvartalerne"),
    half_nouns=("halvdel", "halvår", "halvåret", "halvdelen"),
    year_links=("af", "i"),
    extra_ordinals=(("andet", 2), ("tredie", 3)),
    extra_cardinals=(("hundrede", 100), ("tusind", 1000), ("tusinde", 1000)),
    # "en"/"et" (one / a) and the stressed "én"/"ét" are read as articles, never as values
    cardinal_stopwords=("en", "et", "én", "ét", "nul"),
    ambiguous_cardinals=("to",),
    foreign_words=("the", "of", "and", "on", "with", "is", "are", "from", "by", "this", "that", "which", "in", "an", "or"),
    rank_words=("nr.", "nummer", "nr"),
    article_words=("artikel", "artikler", "artiklerne", "artiklen", "art."),
    paragraph_words=("stk.", "stykke"),
    label_words=forms({"annex": "bilag bilaget bilagene", "appendix": "tillæg tillægget", "part": "del delen dele", "chapter": "kapitel kapitlet kapitler", "section": "afsnit afsnittet", "volume": "bind", "paragraph": "punkt punkterne punktet underafsnit", "table": "tabel", "figure": "figur"}),
    except_words=("bortset fra", "med undtagelse af", "undtagen"),
    journal_names=("EUT", "EFT"),
    journal_links=("af",),
    page_words=("s.",),
    communities=(("EF", "EC"), ("EØF", "EEC"), ("EU", "EU"), ("EKSF", "ECSC"), ("FUSP", "CFSP")),
    document_series=(("KOM", "COM"), ("K", "C"), ("SEK", "SEC")),
    date_articles=("den",),
    one_confusables=("i",),
)
