"""Tiny pair tables: a Danish and a Swedish (or English) phrase that must, or must not, extract to
the same canonical values (kind, canonical, qualifier)."""

from __future__ import annotations

import pytest

from aicont.extract import extract_text
from aicont.lang import get_pack


def keys(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(v.kind, v.canonical, v.qualifier) for v in extract_text(text, get_pack(lang))]


# (danish, swedish, expected canonical values of both)
EQUAL = [
    # dates with their precision
    ("den 2.2.2025", "den 2 februari 2025", [("date", "2025-02-02", None)]),
    ("9.4.2025", "9 april 2025", [("date", "2025-04-09", None)]),
    ("den 1. november 2024", "den 1 november 2024", [("date", "2024-11-01", None)]),
    ("den 2. august 2027", "den 2 augusti 2027", [("date", "2027-08-02", None)]),
    ("den 5. april 2017", "av den 5 april 2017", [("date", "2017-04-05", None)]),
    ("i marts 2025", "i mars 2025", [("month", "2025-03", None)]),
    ("i august 2026", "i augusti 2026", [("month", "2026-08", None)]),
    ("i 2026", "under 2026", [("year", "2026", None)]),
    ("den 1.-3. april 2025", "den 1–3 april 2025", [("date", "2025-04-01/2025-04-03", None)]),
    ("juli-september 2025", "juli–september 2025", [("month", "2025-07/2025-09", None)]),
    # quarters and halves
    ("(2. kvartal 2025)", "(andra kvartalet 2025)", [("quarter", "2025-Q2", None)]),
    ("i andet kvartal 2025", "under andra kvartalet 2025", [("quarter", "2025-Q2", None)]),
    ("(fjerde kvartal 2025)", "(fjärde kvartalet 2025)", [("quarter", "2025-Q4", None)]),
    ("(2./3. kvartal 2025)", "(andra/tredje kvartalet 2025)", [("quarter", "2025-Q2/2025-Q3", None)]),
    ("(3.-4. kvartal 2025)", "(tredje och fjärde kvartalet 2025)", [("quarter", "2025-Q3/2025-Q4", None)]),
    ("(2.-3.\nkvartal\n2025)", "(andra och tredje\nkvartalet 2025)", [("quarter", "2025-Q2/2025-Q3", None)]),
    (
        "(4. kvartal 2025 — 1. kvartal 2026)",
        "(fjärde kvartalet 2025 – första kvartalet 2026)",
        [("quarter", "2025-Q4/2026-Q1", None)],
    ),
    ("(4. kvartal 2025-2026)", "(fjärde kvartalet 2025–2026)", [("quarter", "2025-Q4/2026", None)]),
    ("i anden halvdel af 2025", "under andra halvåret 2025", [("half", "2025-H2", None)]),
    ("(1:a kvartalet 2026)".replace("1:a kvartalet", "1. kvartal"), "(1:a kvartalet 2026)", [("quarter", "2026-Q1", None)]),
    # periods
    ("i perioden 2021-2027", "under perioden 2021–2027", [("period", "2021/2027", None)]),
    ("i 2025/26", "under 2025–2026", [("period", "2025/2026", None)]),
    ("2024-2029", "2024–2029", [("period", "2024/2029", None)]),
    ("fra 2025 til 2027", "från 2025 till 2027", [("period", "2025/2027", None)]),
    ("mellem 2025 og 2027", "mellan 2025 och 2027", [("period", "2025/2027", None)]),
    ("de næste fem til syv år", "de kommande fem till sju åren", [("duration", "P5Y/P7Y", None)]),
    # amounts and percentages
    ("200 mia. EUR", "200 miljarder euro", [("amount", "EUR 2E+11", None)]),
    ("240 mio. EUR", "240 miljoner euro", [("amount", "EUR 2.4E+8", None)]),
    ("10 mia. EUR", "10 miljarder euro", [("amount", "EUR 1E+10", None)]),
    ("næsten 700 mio. EUR", "närmare 700 miljoner euro", [("amount", "EUR 7E+8", "approx")]),
    ("op til 360 mia. EUR", "upp till 360 miljarder euro", [("amount", "EUR 3.6E+11", "le")]),
    ("13,5 %", "13,5 %", [("percent", "13.5", None)]),
    ("85 %", "85 procent", [("percent", "85", None)]),
    ("2 procentpoint", "2 procentenheter", [("points", "2", None)]),
    ("100 mio. danske kroner", "100 miljoner danska kronor", [("amount", "DKK 1E+8", None)]),
    ("over 15 % af vores BNP", "över 15 % av vår BNP", [("percent", "15", "gt")]),
    # counts, number words, durations
    ("mere end 6 800 AI-startupvirksomheder", "fler än 6 800 nystartade AI-företag", [("count", "6800", "gt")]),
    ("op til 25000 processorer", "upp till 25 000 processorer", [("count", "25000", "le")]),
    ("over 100 000 processorer", "över 100 000 processorer", [("count", "100000", "gt")]),
    ("over 8 000 kunstværker", "över 8 000 konstverk", [("count", "8000", "gt")]),
    ("48 måneder", "48 månader", [("duration", "P48M", None)]),
    ("syv konsortier", "sju konsortier", [("count", "7", None)]),
    ("ni nye supercomputere", "nio nya superdatorer", [("count", "9", None)]),
    ("to associerede lande", "två associerade länder", [("count", "2", None)]),
    ("i fire af de fem", "i fyra av de fem", [("count", "4", None), ("count", "5", None)]),
    ("ti andre lande", "tio andra länder", [("count", "10", None)]),
    ("de sidste to år", "de senaste två åren", [("duration", "P2Y", None)]),
    ("op til fem gigafabrikker", "upp till fem gigafabriker", [("count", "5", "le")]),
    ("fem projekter", "5 projekt", [("count", "5", None)]),
    # ranks and references
    ("(nr. 8)", "(nummer 8)", [("rank", "8", None)]),
    ("COM(2025) 165", "COM(2025) 165", [("reference", "COM(2025) 165", None)]),
    ("COM(2025) 89 final", "COM(2025) 89", [("reference", "COM(2025) 89", None)]),
    ("forordning (EU) 2017/745", "förordning (EU) 2017/745", [("reference", "EU 2017/745", None)]),
    ("forordning (EF) nr. 178/2002", "förordning (EG) nr 178/2002", [("reference", "EC 178/2002", None)]),
    ("direktiv 95/46/EF", "direktiv 95/46/EG", [("reference", "EC 95/46", None)]),
    ("direktiv 90/385/EØF", "direktiv 90/385/EEG", [("reference", "EEC 90/385", None)]),
    ("artikel 4", "artikel 4", [("reference", "Art. 4", None)]),
    ("(EUT L 117 af 5.5.2017, s. 1)", "(EUT L 117, 5.5.2017, s. 1)", [("reference", "OJ L 117, 2017-05-05, p. 1", None)]),
    (
        "https://ec.europa.eu/commission/presscorner/detail/en/speech_25_471.",
        "https://ec.europa.eu/commission/presscorner/detail/sv/speech_25_471",
        [("url", "https://ec.europa.eu/commission/presscorner/detail/{lang}/speech_25_471", None)],
    ),
    ("https://Digital-Strategy.EC.europa.eu/en/policies/ai-pact/", "https://digital-strategy.ec.europa.eu/sv/policies/ai-pact",
     [("url", "https://digital-strategy.ec.europa.eu/{lang}/policies/ai-pact", None)]),
    # qualifiers
    ("senest i 2035", "senast 2035", [("year", "2035", "by")]),
    ("senest den 2. august 2027", "senast den 2 augusti 2027", [("date", "2027-08-02", "by")]),
    ("fra den 2.2.2025", "från och med den 2 februari 2025", [("date", "2025-02-02", "from")]),
    ("frem til den 2.8.2027", "fram till den 2 augusti 2027", [("date", "2027-08-02", "until")]),
    ("anden fase, fra december 2025,", "andra fasen, från och med december 2025,", [("month", "2025-12", "from")]),
    ("mindst 20 %", "minst 20 %", [("percent", "20", "ge")]),
    ("før 2027", "före 2027", [("year", "2027", "before")]),
    ("efter marts 2026", "efter mars 2026", [("month", "2026-03", "after")]),
    ("omkring 50 projekter", "omkring 50 projekt", [("count", "50", "approx")]),
]

# pairs that must NOT compare equal
DIFFERENT = [
    ("den 2.2.2025", "den 2 februari 2026"),  # footnote 54 of the action plan: the year differs
    ("2. kvartal 2025", "tredje kvartalet 2025"),
    ("2. kvartal 2025", "andra kvartalet 2026"),
    ("marts 2025", "mars 2026"),
    ("200 mia. EUR", "200 miljoner euro"),
    ("200 mia. EUR", "20 miljarder euro"),
    ("op til 48 måneder", "48 månader"),  # a qualifier the other side does not have
    ("i gennemsnit over 48 måneder", "i genomsnitt 48 månader"),
    ("mere end 6 800", "6 800"),
    ("syv konsortier", "sex konsortier"),
    ("85 %", "58 procent"),
    ("13,5 %", "13 %"),
    ("2 procentpoint", "2 %"),  # percentage points are not a percentage
    ("100 mio. kr.", "100 miljoner kronor"),  # Danish kroner are not Swedish kronor
    ("fem til syv år", "fem till sju månader"),
    ("direktiv 95/46/EF", "direktiv 95/46/EEG"),
    ("COM(2025) 165", "COM(2025) 156"),
    ("2021-2027", "2021–2028"),
    ("anden halvdel af 2025", "första halvåret 2025"),
    ("senest i 2035", "från 2035"),
    ("senest i 2035", "före 2035"),
]


@pytest.mark.parametrize(("da", "sv", "expected"), EQUAL, ids=[e[0][:40] for e in EQUAL])
def test_equal_pairs(da: str, sv: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert keys(da, "da") == expected
    assert keys(sv, "sv") == expected


@pytest.mark.parametrize(("da", "sv"), DIFFERENT, ids=[f"{a} | {b}" for a, b in DIFFERENT])
def test_different_pairs(da: str, sv: str) -> None:
    left, right = keys(da, "da"), keys(sv, "sv")
    assert left and right, (left, right)
    assert sorted(left) != sorted(right)


# English: a third language is data only (lang/en.py); the same canonical values as da/sv.
ENGLISH = [
    ("on 2 February 2025", "den 2.2.2025"),
    ("by 2 August 2027", "senest den 2. august 2027"),
    ("in March 2025", "i marts 2025"),
    ("(Q2 2025)", "(2. kvartal 2025)"),
    ("in the second quarter of 2025", "i andet kvartal 2025"),
    ("(third and fourth quarters of 2025)", "(3.-4. kvartal 2025)"),
    ("in the second half of 2025", "i anden halvdel af 2025"),
    ("EUR 200 billion", "200 mia. EUR"),
    ("up to EUR 20 billion", "op til 20 mia. EUR"),
    ("almost EUR 700 million", "næsten 700 mio. EUR"),
    ("more than 6,800 start-ups", "mere end 6 800 startupvirksomheder"),
    ("up to 25,000 processors", "op til 25000 processorer"),
    ("85 %", "85 procent"),
    ("13.5%", "13,5 %"),
    ("seven consortia", "syv konsortier"),
    ("the next five to seven years", "de næste fem til syv år"),
    ("48 months", "48 måneder"),
    ("at least 20 %", "mindst 20 %"),
    ("no later than 2035", "senest i 2035"),
    ("over the period 2021-2027", "i perioden 2021-2027"),
    ("(OJ L 117, 5.5.2017, p. 1)", "(EUT L 117 af 5.5.2017, s. 1)"),
    ("Directive 95/46/EC", "direktiv 95/46/EF"),
    ("April 9, 2025", "9.4.2025"),
    ("from 2025 to 2027", "fra 2025 til 2027"),
    ("April 1-3, 2025", "1.-3. april 2025"),
]


@pytest.mark.parametrize(("en", "da"), ENGLISH, ids=[e[0] for e in ENGLISH])
def test_english_matches_danish(en: str, da: str) -> None:
    left = keys(en, "en")
    assert left, en
    assert left == keys(da, "da")
