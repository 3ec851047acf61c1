"""Italian: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("a decorrere dall'", "from"), ("a partire dall'", "from"), ("con effetto dall'", "from"), ("dall'", "from"), ("fino all'", "until"), ("entro l'", "by"),
        ("pari o inferiore a", "le"), ("inferiore o pari a", "le"), ("pari o superiore a", "ge"),
        ("più di", "gt"), ("oltre", "gt"), ("superiore a", "gt"), ("almeno", "ge"), ("non meno di", "ge"),
        ("minimo", "ge"), ("meno di", "lt"), ("inferiore a", "lt"),
        ("fino a", "le|until"), ("al massimo", "le"), ("non più di", "le"), ("massimo", "le"),
        ("circa", "approx"), ("quasi", "approx"), ("intorno a", "approx"), ("all'incirca", "approx"),
        ("entro", "by"), ("entro il", "by"), ("non oltre il", "by"), ("non oltre", "by"),
        ("prima del", "before"), ("prima di", "before"), ("dopo il", "after"), ("dopo", "after"),
        ("a decorrere dal", "from"), ("a decorrere da", "from"), ("a partire dal", "from"), ("a partire da", "from"),
        ("con effetto dal", "from"), ("con effetto a decorrere dal", "from"), ("fino al", "until"),
    ),
    post_qualifiers=(("o meno", "le"), ("o più", "ge"), ("al massimo", "le"), ("al minimo", "ge")),
    qualifier_fillers=("il", "la", "lo", "l'", "i", "gli", "le", "del", "della", "fine"),
    scales=(("mln", 6), ("mld", 9), ("mrd", 9)),
    currency_links=("di",),
    percent_words=("per cento",),
    point_words=("punti percentuali", "punto percentuale"),
    range_words=("a", "al"),
    from_words=("da", "dal", "dalla"),
    between_words=("tra", "fra"),
    and_words=("e", "o", "ed", "od"),
    time_units=(("giorni lavorativi", "D"), ("giorni di calendario", "D")),
    numeric_ordinal=r"(\d{1,2})\.?[ºª°o]",
    quarter_nouns=("trimestre", "trimestri"),
    half_nouns=("semestre", "semestri", "metà"),
    year_links=("del", "di"),
    extra_ordinals=forms({1: "primo prima", 2: "secondo seconda", 3: "terzo terza", 4: "quarto quarta"}),
    extra_cardinals=forms({100: "cento", 1000: "mille"}),
    cardinal_stopwords=("uno", "un", "una", "zero"),
    homonym_cardinals=("sei",),
    numeric_dates=("d.m.y", "d/m/y"),
    day_suffix=r"(?:o|º|°)?",
    date_articles=("il", "del", "dal", "al"),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("n.", "numero"),
    article_words=("articolo", "articoli", "art."),
    paragraph_words=("paragrafo", "paragrafi"),
    label_words=forms({"annex": "allegato allegati", "appendix": "appendice appendici", "part": "parte parti", "title": "titolo titoli", "chapter": "capo capi capitolo capitoli", "section": "sezione sezioni", "volume": "volume volumi", "paragraph": "punto punti comma", "table": "tabella", "figure": "figura"}),
    except_words=("ad eccezione di", "ad eccezione degli", "ad eccezione dell'", "eccetto", "tranne"),
    journal_names=("GU",),
    journal_links=("del", "dell'", "dell’"),
    page_words=("pag.", "pag"),
    communities=(("UE", "EU"), ("CE", "EC"), ("CEE", "EEC"), ("CECA", "ECSC"), ("PESC", "CFSP")),
)
