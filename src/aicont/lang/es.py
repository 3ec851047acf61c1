"""Spanish: the language facts CLDR and num2words do not have (data only)."""

from __future__ import annotations

from aicont.lang.base import LanguageData, forms

DATA = LanguageData(
    qualifiers=(
        ("más de", "gt"), ("superior a", "gt"), ("al menos", "ge"), ("como mínimo", "ge"),
        ("por lo menos", "ge"), ("no menos de", "ge"), ("un mínimo de", "ge"), ("menos de", "lt"), ("inferior a", "lt"),
        ("hasta", "le|until"), ("como máximo", "le"), ("un máximo de", "le"), ("no más de", "le"),
        ("aproximadamente", "approx"), ("alrededor de", "approx"), ("casi", "approx"), ("cerca de", "approx"),
        ("unos", "approx"), ("unas", "approx"),
        ("a más tardar", "by"), ("en un plazo de", "by"), ("en el plazo de", "by"), ("dentro de", "by"),
        ("antes de", "before"), ("antes del", "before"), ("después de", "after"), ("después del", "after"), ("tras", "after"),
        ("a partir de", "from"), ("a partir del", "from"), ("con efecto a partir de", "from"),
        ("con efecto a partir del", "from"), ("con efectos a partir de", "from"), ("desde", "from"), ("desde el", "from"),
        ("hasta el", "until"),
    ),
    post_qualifiers=(("o menos", "le"), ("o más", "ge"), ("como mínimo", "ge"), ("como máximo", "le"), ("al menos", "ge"), ("a más tardar", "by")),
    qualifier_fillers=("el", "la", "los", "las", "de", "del", "finales de"),
    scales=(("millón", 6), ("millones", 6), ("mil millones", 9), ("millardo", 9), ("millardos", 9)),
    currency_links=("de",),
    point_words=("puntos porcentuales", "punto porcentual"),
    range_words=("a",),
    from_words=("de", "desde"),
    between_words=("entre",),
    and_words=("y", "o", "e", "u"),
    time_units=(("días hábiles", "D"), ("días naturales", "D")),
    numeric_ordinal=r"(\d{1,2})\.?[ºª°o]",
    quarter_nouns=("trimestre", "trimestres"),
    half_nouns=("semestre", "semestres", "mitad"),
    year_links=("de", "del"),
    extra_ordinals=forms({1: "primer primero primera", 2: "segundo segunda", 3: "tercer tercero tercera", 4: "cuarto cuarta"}),
    extra_cardinals=forms({2: "dos", 21: "veintiún", 100: "cien ciento", 200: "doscientas", 1000: "mil"}),
    cardinal_stopwords=("uno", "un", "una", "cero"),
    numeric_dates=("d.m.y", "d/m/y"),
    day_suffix=r"(?:\.?[ºo°])?",
    date_links=("de",),
    date_articles=("el",),
    # --- references (extract/references.py), checked against EU acts in this language
    rank_words=("n.o", "n.º", "nº", "núm.", "número"),
    article_words=("artículo", "artículos", "art."),
    paragraph_words=("apartado", "apartados"),
    label_words=forms({"annex": "anexo anexos", "appendix": "apéndice apéndices", "part": "parte partes", "title": "título títulos", "chapter": "capítulo capítulos", "section": "sección secciones", "volume": "volumen volúmenes", "paragraph": "punto puntos párrafo párrafos", "table": "cuadro", "figure": "figura"}),
    except_words=("excepto", "salvo", "con excepción de", "a excepción de"),
    journal_names=("DO",),
    journal_links=("de",),
    page_words=("p.",),
    communities=(("UE", "EU"), ("CE", "EC"), ("CEE", "EEC"), ("CECA", "ECSC"), ("PESC", "CFSP")),
)
