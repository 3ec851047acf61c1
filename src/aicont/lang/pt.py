"""Portuguese: the language facts CLDR and num2words do not have (data only).

CLDR's Portuguese is Brazilian: "bilhão" is 10⁹ there; EU Portuguese writes 10⁹ as "mil milhões"
and 10¹² as "bilião", both added here.
"""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("mais de", "gt"), ("superior a", "gt"), ("pelo menos", "ge"), ("no mínimo", "ge"), ("um mínimo de", "ge"),
        ("menos de", "lt"), ("inferior a", "lt"),
        ("até", "le|until"), ("no máximo", "le"), ("um máximo de", "le"), ("não mais de", "le"),
        ("cerca de", "approx"), ("aproximadamente", "approx"), ("quase", "approx"), ("perto de", "approx"),
        ("o mais tardar", "by"), ("o mais tardar em", "by"), ("no prazo de", "by"), ("num prazo de", "by"),
        ("antes de", "before"), ("após", "after"), ("depois de", "after"),
        ("a partir de", "from"), ("a contar de", "from"), ("com efeitos a partir de", "from"),
        ("com efeitos desde", "from"), ("desde", "from"), ("até ao", "until"), ("até à", "until"),
    ),
    post_qualifiers=(("ou menos", "le"), ("ou mais", "ge"), ("no mínimo", "ge"), ("no máximo", "le"), ("o mais tardar", "by")),
    qualifier_fillers=("o", "a", "os", "as", "de", "do", "da", "em", "finais de"),
    scales=(("milhão", 6), ("milhões", 6), ("mil milhões", 9), ("bilião", 12), ("biliões", 12)),
    currency_links=("de",),
    point_words=("pontos percentuais", "ponto percentual"),
    range_words=("a",),
    from_words=("de", "desde"),
    between_words=("entre",),
    and_words=("e", "ou"),
    time_units=(("dias úteis", "D"), ("meses", "M")),
    numeric_ordinal=r"(\d{1,2})\.?[ºª°o]",
    quarter_nouns=("trimestre", "trimestres"),
    half_nouns=("semestre", "semestres", "metade"),
    year_links=("de",),
    extra_ordinals=forms({1: "primeiro primeira", 2: "segundo segunda", 3: "terceiro terceira", 4: "quarto quarta"}),
    extra_cardinals=forms({2: "duas", 200: "duzentas", 100: "cem cento", 1000: "mil"}),
    cardinal_stopwords=("um", "uma", "zero"),
    numeric_dates=("d.m.y", "d/m/y"),
    day_suffix=r"(?:\.?[ºo°])?",
    date_links=("de",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("n.o", "n.º", "nº", "número"),
    article_words=("artigo", "artigos", "art."),
    paragraph_words=("n.o", "n.os", "n.º", "n.ºs"),
    label_words=forms({"annex": "anexo anexos", "appendix": "apêndice apêndices", "part": "parte partes", "title": "título títulos", "chapter": "capítulo capítulos", "section": "secção secções seção", "volume": "volume volumes", "paragraph": "ponto pontos alínea alíneas parágrafo", "table": "quadro", "figure": "figura"}),
    except_words=("exceto", "com exceção de", "com exceção dos", "à exceção de"),
    journal_names=("JO",),
    journal_links=("de",),
    page_words=("p.",),
    communities=(("UE", "EU"), ("CE", "EC"), ("CEE", "EEC"), ("CECA", "ECSC"), ("PESC", "CFSP")),
)
