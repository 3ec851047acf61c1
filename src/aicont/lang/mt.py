"""Maltese: the language facts CLDR and num2words do not have (data only).

num2words has no Maltese and CLDR's Maltese has month names but few unit or currency names: the
number words, units and currency words are written here. Dates link day and month with "ta'"
("31 ta' Lulju 2019"); the article is glued to the number with a hyphen ("mill-1 ta' Settembru"
= from 1 September, "sal-31" = until the 31st).
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("aktar minn", "gt"), ("iktar minn", "gt"), ("'il fuq minn", "gt"), ("mill-inqas", "ge"),
        ("minn tal-inqas", "ge"), ("tal-inqas", "ge"), ("inqas minn", "lt"), ("anqas minn", "lt"),
        ("sa", "le|by|until"), ("mhux aktar minn", "le"), ("massimu ta'", "le"), ("madwar", "approx"),
        ("kważi", "approx"), ("bejn wieħed u ieħor", "approx"),
        ("mhux aktar tard minn", "by"), ("sa mhux aktar tard minn", "by"), ("fi żmien", "by"), ("qabel", "before"),
        ("wara", "after"), ("minn", "from"), ("mill-", "from"), ("mit-", "from"), ("b'effett minn", "from"),
        ("b'effett mill-", "from"), ("sal-", "until"), ("sat-", "until"),
    ),
    post_qualifiers=(("jew inqas", "le"), ("jew aktar", "ge")),
    scales=forms({6: "miljun miljuni", 9: "biljun biljuni", 3: "elf"}),
    currencies=(("ewro", "EUR"), ("frank żvizzeru", "CHF"), ("franki żvizzeri", "CHF"), ("frank", "CHF"), ("dollaru", "USD"), ("dollari", "USD")),
    percent_words=("fil-mija", "%"),
    point_words=("punti perċentwali", "punt perċentwali"),
    range_words=("sa", "sal-", "sat-"),
    from_words=("minn", "mill-", "mit-"),
    between_words=("bejn",),
    and_words=("u", "jew"),
    time_units=(
        ("sena", "Y"), ("snin", "Y"), ("xahar", "M"), ("xhur", "M"), ("jum", "D"), ("jiem", "D"), ("ġranet", "D"),
        ("ġimgħa", "W"), ("ġimgħat", "W"),
    ),
    numeric_ordinal=r"(\d{1,2})(?:ni|ti|t|l)",
    quarter_nouns=("kwart", "trimestru"),
    half_nouns=("semestru", "nofs"),
    year_links=("tal-",),
    extra_ordinals=forms({1: "l-ewwel ewwel", 2: "it-tieni tieni", 3: "it-tielet tielet", 4: "ir-raba' raba'"}),
    extra_cardinals=forms({
        2: "tnejn żewġ", 3: "tlieta tliet", 4: "erbgħa erba'", 5: "ħamsa ħames", 6: "sitta sitt",
        7: "sebgħa seba'", 8: "tmienja tmien", 9: "disgħa disa'", 10: "għaxra għaxar", 11: "ħdax", 12: "tnax",
        13: "tlettax", 14: "erbatax", 15: "ħmistax", 16: "sittax", 17: "sbatax", 18: "tmintax", 19: "dsatax",
        20: "għoxrin", 30: "tletin", 40: "erbgħin", 50: "ħamsin", 60: "sittin", 70: "sebgħin", 80: "tmenin",
        90: "disgħin", 100: "mija", 1000: "elf",
    }),
    cardinal_stopwords=("wieħed", "waħda", "xejn"),
    numeric_dates=("d.m.y",),
    date_links=("ta'",),
    # the article, alone or after ta'/minn/sa/fi/bi/għal, assimilated to the number's first sound
    number_prefix=r"(?:i|ta|mi|sa|fi|bi|għa|ma)?[lstdrnxzċżg]{1,2}|fl|bl|lil",
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("Nru", "Nru."),
    article_words=("Artikolu", "Artikoli", "Art."),
    paragraph_words=("paragrafu", "paragrafi"),
    label_words=forms({"annex": "anness annessi", "appendix": "appendiċi", "part": "parti", "title": "titolu", "chapter": "kapitolu kapitoli", "section": "taqsima", "volume": "volum", "paragraph": "punt punti subparagrafu", "table": "tabella", "figure": "figura"}),
    except_words=("ħlief", "bl-eċċezzjoni ta'"),
    journal_names=("ĠU",),
    page_words=("p.",),
    communities=(("UE", "EU"), ("KE", "EC"), ("KEE", "EEC"), ("KEFA", "ECSC"), ("PESK", "CFSP")),
)
