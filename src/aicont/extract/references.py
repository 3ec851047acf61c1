"""References: URLs, Commission documents, EU acts, articles, Official Journal references, ranks.

Canonical forms (the same in every language; the per-language words are data in lang/<code>.py):
  url        lower-case scheme and host, a language path segment ("/en/", "/sv/", "_en") or
             query ("lang=en") replaced by "{lang}", trailing punctuation and slash stripped;
             "https://ec.europa.eu/commission/presscorner/detail/en/speech_25_471." →
             "https://ec.europa.eu/commission/presscorner/detail/{lang}/speech_25_471"
  reference  documents: "COM(2025) 165 final" → "COM(2025) 165"; "K(2010) 5134" (de, cs) = "C(2010) 5134";
             acts: "(EU) 2017/745" → "EU 2017/745"; "forordning (EF) nr. 178/2002" = "(ES) č. 178/2002"
             = "(ЕО) № 178/2002" = hu "178/2002/EK" → "EC 178/2002"; "direktiv 95/46/EF" = "95/46/EG"
             = el "95/46/ΕΚ" → "EC 95/46" (the same digits in the same order name the same act);
             articles: "artikel 4" → "Art. 4"; "Article 2(6), (7)" = "artiklarna 2.6, 2.7" =
             "Artikel 2 Absätze 6 und 7" = fi "2 artiklan 6 ja 7 kohdan" → "Art. 2(6)", "Art. 2(7)";
             "Article 21.17" → "Art. 21(17)" (not Art. 21); "Articles 1 to 18" = hu "1–18. cikk" →
             "Art. 1-18" (a range of two, "19(1)-(2)", is the two of them);
             Official Journal: "EUT L 117 af 5.5.2017, s. 1" = "ABl. L 117 vom 5.5.2017, S. 1" =
             hu "HL L 117., 2017.5.5., 1. o." → "OJ L 117, 2017-05-05, p. 1"
  rank       "nr. 8" = "nummer 8" → "8"
Suspect: "ocr-url" (a scheme like "hitps", or a URL whose underscores OCR read as spaces),
"unknown-abbreviation" (an act abbreviation the pack does not know, e.g. OCR "EQF" for "EØF").
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from typing import NamedTuple

from aicont.extract.candidates import (
    Candidate, TIER_LABEL, TIER_RANK, TIER_REFERENCE, TIER_URL, alternation, compiled, ends_before_number, holds_any,
    initials, number_starts, per_pack, probe_words, reversed_alternation, variants,
)
from aicont.lang.base import COMMUNITY_ABBREVIATIONS, LanguagePack
from aicont.text import LETTER, LOWER, UPPER, fold_key, skeleton

# ISO 639-1 codes of the EU languages: a path segment equal to one of them is a language switch.
_LANG_SEGMENTS = frozenset(
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb no is".split()
)
_URL = re.compile(r"(?i)(?<![\w@])(?:(?P<scheme>h[a-z]{2,4}s?)://|www\.)[^\s<>\"»”“]+")
# Cheap pre-tests (block texts without a link or without a digit are the majority, and every
# pattern below needs one): a digit (candidates.number_starts); for a link, what _URL cannot match
# without, "://" or "www." in any case, tested with `in` (a case-insensitive regex tries every
# position of the text).
_OCR_TAIL = re.compile(r"(?: \d+)+(?=[.,;)]|\s*$)")
# Commission document series common to every language; a language's own letters ("KOM", "K") are
# its pack's document_series
_SERIES = ("COM", "SWD", "SEC", "JOIN", "C")
# an act's community abbreviation in any script: "EF", "EØF", "ΕΚ", "ЕО", "EÚ", "Euratom"
_ABBR = rf"[{UPPER}][{UPPER}{LOWER}]{{1,7}}"
# an Official Journal document number: "2019/C 387/01"
_OJ_NUMBER = re.compile(r"(?<![\w/])(?P<y>\d{4})/(?P<series>[CL])\s?(?P<num>\d{1,4})/(?P<item>\d{1,3})(?![\w/])")
# an act number of the single numbering since 2015 standing alone ("Reglamento 2017/161"): a year,
# a slash and a number; not a period ("2021/2027", "2025/26": a later year)
_BARE_ACT = re.compile(r"(?<![\w/.(])(?P<y>(?:19|20)\d\d)/(?P<n>\d{1,4})(?![\w/])")
# the date of an Official Journal issue: d.m.y (most languages, hr and lv with a final dot), y.m.d.
# (hu "2006.10.16."), y m d (lt "2006 10 16"); a short word after it (bg "16.10.2006 г.")
_OJ_DATE = (
    r"(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})|(?P<y2>\d{4})\.\s?(?P<m2>\d{1,2})\.\s?(?P<d2>\d{1,2})"
    r"|(?P<y3>\d{4})\s(?P<m3>\d{1,2})\s(?P<d3>\d{1,2}))\.?(?:\s?[^\W\d_]{1,2}\.)?"
)
# a link broken at a hyphen at the end of a line and joined with a space: "https://www.appliedai- institute.de/..."
_URL_CONTINUATION = re.compile(r" ([a-z0-9][\w./#%?=&~:+-]*[/.][\w./#%?=&~:+-]*)")


class _Patterns(NamedTuple):
    """The reference patterns and tables of one language (built once a pack)."""

    com: re.Pattern[str]
    series: dict[str, str]
    act_paren: re.Pattern[str]
    act_suffix: re.Pattern[str]
    act_numbered: re.Pattern[str]  # an act number after "No" without its community: "č. 2017/161"
    article: re.Pattern[str] | None  # an article word before its number
    article_after: re.Pattern[str] | None  # numbers before an article word (fi, hu, lt, lv)
    paragraph: re.Pattern[str] | None  # a paragraph word before its numbers
    paragraph_after: re.Pattern[str] | None  # paragraph numbers before their word
    # (the two patterns below are compiled on first use: few texts get that far)
    more_paragraphs: str | None  # ", point (b), and paragraph" before more paragraph numbers
    more_paragraphs_after: str | None  # " b) pontja és (2) bekezdése"
    act_after: re.Pattern[str] | None  # hu "1/2019 határozata": an act number before its word
    ordinal: re.Pattern[str]  # an ordinal word for the number: fr "Article premier"
    article_probe: tuple[str, ...]  # the article words, casefolded, for a cheap test (a block without digits)
    article_words: tuple[str, ...]  # what `article` cannot match without (holds_any)
    ordinals: dict[str, int]
    item: re.Pattern[str]
    sep: re.Pattern[str]
    list_end: re.Pattern[str]  # ", and": the end of a paragraph list
    except_: re.Pattern[str] | None  # ", except" after an article list, before the numbers it leaves out
    joins: str | None  # the "and" words (a pattern)
    to: re.Pattern[str]
    journal: str | None  # (compiled on first use, where a text holds a journal_probe)
    journal_probe: tuple[str, ...]  # what no journal citation is without: the first word of a journal name
    rank: re.Pattern[str]
    rank_end: re.Pattern[str] | None  # a rank word read backwards (ends_before_number; None: no test)
    communities: dict[str, str]
    label: re.Pattern[str] | None  # a label word before its numbers: "Annex II", "bilag 1 og 2"
    label_after: re.Pattern[str] | None  # numbers before their label word: hu "I. és II. melléklet"
    label_types: dict[str, str]  # label word, casefolded and folded → label type ("annex")
    label_item: re.Pattern[str]
    label_sep: re.Pattern[str]
    to_article: re.Pattern[str]  # from a paragraph to its article, not an "and": "apartado 3 del artículo 81"


_LATIN_LETTERS = {"bis": "a", "ter": "b", "quater": "c", "quinquies": "d", "sexies": "e"}
# The letter of an inserted article counts in its own alphabet: bg "9а, 9б", el "9α, 9β" = "9a, 9b".
_ALPHABETS = ("abcdefghijklmnopqrstuvwxyz", "абвгдежзийклмнопрстуфхцчшщъьюя", "αβγδεζηθικλμνξοπρστυφχψω")


def _latin_letter(letter: str) -> str:
    if not letter:
        return ""
    for alphabet in _ALPHABETS:
        k = alphabet.find(letter)
        if k >= 0:
            return "abcdefghijklmnopqrstuvwxyz"[k] if k < 26 else letter
    return letter


def _item_pattern(words: tuple[str, ...], follow: str, ranges: tuple[str, ...] = ()) -> str:
    """One number of a reference list.

    A number: "4", "4a", "9а" (bg), "4 bis" (fr, = 4a), "9.a" (hr, lv), "9 a" (fi: a letter after a
    space, unless the letter is one of the language's `words`, cs "4 a 5" = 4 and 5, and only
    before a comma, a bracket or what `follow` matches: "9 a, 9 b ja 10 a artikla"), "4.o-A" (pt),
    "1er" (fr), "4.o" / "4.º" (pt), "4." (hu, lv, hr write numbers as ordinals); then a paragraph:
    "(5)" (en, mt, sl, hu, ro) with any points after it ("(3)(i)", "17(3)a"), or ".5" (sv "artikel
    4.5", en "Article 21.17"). Or a paragraph alone, "(7)" in "Article 2(6), (7)", which belongs to
    the article before it.
    """
    letters = "".join(sorted({w for w in words if len(w) == 1}))
    not_word = rf"(?<![{re.escape(letters)}])" if letters else ""
    spaced = rf"|\s(?P<l3>[{LOWER}]){not_word}(?=\s*[,;)]|\s+(?:{follow}))"
    # fr "1erà 3": a one-letter range word glued to the ordinal ending is the word, not a letter 1à
    to = "".join(sorted({w for w in ranges if len(w) == 1}))
    glued = rf"|er(?=[{re.escape(to)}]\s)" if to else ""
    not_glued = rf"(?![{re.escape(to)}]\s)" if to else ""
    return (
        rf"(?:(?P<n>\d{{1,3}})(?!\d)(?:(?P<l>[{LOWER}])(?![^\W_])"
        rf"|\s(?P<w>bis|ter|quater|quinquies|sexies)(?![^\W_]|\s*\d){spaced})?"
        rf"(?:(?:\.[oºª]|[ºª]|er)(?![^\W_]){glued}|\.(?!\d))?(?:-?{not_glued}(?P<l2>[{LOWER}A-Z])(?![^\W_]))?"
        r"(?:\s?\((?P<p>\d{1,3})[a-z]?\)(?:\s?\([a-z0-9]{1,4}\))*(?:[a-z](?![^\W_]))?"
        r"|\.(?P<d>\d{1,3})(?![\d])(?!\.\d)(?:\s(?:[a-z]|[ivx]{2,4})(?![^\W_]))?)?"
        r"|\((?P<po>\d{1,3})[a-z]?\)(?:\s?\([a-z0-9]{1,4}\))*)"
    )


_DASH = r"\s*[-‐‑–—]\s*"


def _words(words: tuple[str, ...]) -> str | None:
    """A case-insensitive alternation of `words`, each not followed by a letter (a digit may be
    glued: es "artículo3") unless it ends in an apostrophe or a dot (it "dell'11.3.2003"); None
    for no words."""
    if not words:
        return None
    parts = [alternation((w,)) + (r"(?![^\W\d_])" if w[-1].isalnum() else "") for w in sorted(words, key=lambda w: (-len(w), w))]
    return "(?i:" + "|".join(parts) + ")"


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    communities = {a.upper(): c for a, c in COMMUNITY_ABBREVIATIONS}
    communities.update({a.upper(): c for a, c in d.communities})
    # then by skeleton, for acronyms typed with look-alike letters of another script ("EΟΚ")
    for a, c in COMMUNITY_ABBREVIATIONS + d.communities:
        communities.setdefault(skeleton(a.upper()), c)
    series = {s: s for s in _SERIES}
    series.update(dict(d.document_series))
    nr = alternation(d.rank_words + ("nr.", "no.", "n°"))
    rank_between = rf"(?:(?i:{alternation(d.rank_words)})\s+)?" if d.rank_words else ""
    joins = _words(d.and_words)
    # a word that also means "and" does not make a range of a list ("a 6. és a 8. cikk")
    ranges = _words(tuple(w for w in d.range_words if w not in d.and_words))
    starts = _words(d.from_words + d.list_fillers)
    opener = rf"(?:{starts}\s+)?" if starts else ""  # it "da 1 a 9, da 11 a 14", hu "a 6., a 8."
    # a comma, an "and", or a short aside between commas ("12, 13, deuxième alinéa, et 14", "11 a 14,
    # ambos inclusive, y 17")
    aside = rf"\s*,\s*(?:{LETTER}+\s+)?{LETTER}+\s*,\s*"
    # an item may open a bracket it does not close at once (en "Articles 1-3, 4(2), (5-11, and 13)",
    # sl "(5–11 in 13)"): still the list's next article, unlike a paragraph alone "(7)"
    # or an ordinal and its noun before "and" (el "των άρθρων 12, 13 δεύτερη παράγραφος και 14": the second
    # paragraph of Article 13)
    ordinal_words = alternation(tuple(w for w, n in pack.ordinals if n <= ORDINAL_ARTICLES))
    ordinal_aside = rf"|\s+(?i:{ordinal_words})\s+{LETTER}+\s+{joins}\s+" if joins else ""
    sep = rf"(?:(?:{aside}|\s*,\s*)(?:{joins}\s+)?" + (rf"|\s+{joins}\s+" if joins else "") + rf"{ordinal_aside}){opener}(?:\((?!\d{{1,3}}[a-z]?\)))?"
    to = _DASH + (rf"|\s*{ranges}\s+" if ranges else "")  # fr "1erà 3" glued
    follow = "|".join(w for w in (joins, _words(d.article_after_words)) if w) or r"(?!x)x"
    item_pattern = _item_pattern(d.and_words + d.range_words + d.list_fillers, follow, d.range_words)
    item = re.sub(r"\?P<\w+>", "?:", item_pattern)  # the same item without its groups, to repeat it
    number_list = rf"(?:{item})(?:(?:{sep}|{to})(?:{item}))*"
    article = paragraph = article_after = paragraph_after = None
    if d.article_words:
        lead = rf"\s*(?:{starts}\s+)?" if starts else r"\s*"
        article = re.compile(rf"(?<![^\W_])(?:{_words(d.article_words)}){lead}(?=[^\W_]|\(\d)")
    ordinals = {w.casefold(): n for w, n in pack.ordinals if n <= ORDINAL_ARTICLES}
    more_paragraphs = None
    if d.paragraph_words:
        paragraph = re.compile(rf"(?:\s*,)?\s*(?:{_words(d.paragraph_words)})\s*(?=\d|\(\d)")
        if joins:
            point = rf",?\s+{LETTER}{{1,12}}\.?\s+\(?[{LOWER}]{{1,3}}\)"  # ", letra b)", " στοιχείο β)"
            more_paragraphs = rf"{point}\s*,?\s+{joins}\s+(?:{_words(d.paragraph_words)})\s*(?=\d|\(\d)"
    if d.article_after_words:
        article_after = re.compile(rf"(?<![\w.])(?P<list>{number_list})\s+(?:{_words(d.article_after_words)})")
    more_paragraphs_after = None
    if d.paragraph_after_words:
        paragraph_after = re.compile(rf"\s*(?P<list>{number_list})\s+(?:{_words(d.paragraph_after_words)})")
        if joins:
            more_paragraphs_after = (
                rf"\s+\(?[{LOWER}]{{1,3}}\)\s+{LETTER}+\s+{joins}\s+(?P<list>{number_list})\s+(?:{_words(d.paragraph_after_words)})"
            )
    return _Patterns(
        com=re.compile(
            # not inside a word, but glued to an abbreviation's dot and letter (es "n.oC(2015) 8005")
            rf"(?<![^\W_]{{2}})(?<!\d)(?P<series>{alternation(tuple(series))})\s*\(\s*(?P<year>\d{{4}})\s*\)\s*(?P<num>\d{{1,4}})"
            r"(?:\s+final)?(?![\w])"
        ),
        series=series,
        act_paren=re.compile(
            rf"\(\s*(?P<abbr>{_ABBR}(?:\s*,\s*{_ABBR})*)\s*\)\s*(?:(?i:{nr})\s*[°º]?\s*)?(?P<a>\d{{1,4}})\s*/\s*(?P<b>\d{{1,4}})(?![\d/])"
        ),
        act_suffix=re.compile(rf"(?<![\w/.])(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})/(?P<abbr>{_ABBR})(?![\w])"),
        act_numbered=re.compile(rf"(?<![\w])(?i:{nr})\s*(?P<a>\d{{1,4}})\s*/\s*(?P<b>\d{{1,4}})(?![\d/])"),
        article=article,
        article_after=article_after,
        paragraph=paragraph,
        paragraph_after=paragraph_after,
        more_paragraphs=more_paragraphs,
        more_paragraphs_after=more_paragraphs_after,
        # hu "1/2019. sz. határozata": the number word may stand between
        act_after=re.compile(
            rf"(?<![\w/.])(?P<a>\d{{1,4}})/(?P<b>\d{{2,4}})(?=\.?\s+{rank_between}(?:{_words(d.act_after_words)}))"
        )
        if d.act_after_words else None,
        ordinal=re.compile(rf"(?i:{alternation(tuple(ordinals))})(?![^\W\d_])"),
        ordinals=ordinals,
        article_probe=tuple(w.casefold() for w in d.article_words),
        article_words=probe_words(d.article_words),
        item=re.compile(item_pattern),
        sep=re.compile(sep),
        list_end=re.compile(rf"\s*,\s*{joins}\s" if joins else r"(?!x)x"),
        except_=re.compile(rf"\s*,?\s*{_words(d.except_words)}\s+{opener}") if d.except_words else None,
        joins=joins,
        to=re.compile(to),
        journal=_journal(d),
        journal_probe=_journal_probe(d),
        rank=re.compile(rf"(?<![\w])(?i:{alternation(d.rank_words)})\s*(?P<num>\d{{1,4}})(?![\w,.]\d)(?![\w/])"),
        rank_end=(
            re.compile(rf"(?i:{reversed_alternation(d.rank_words)})")
            if d.rank_words and not any(w[-1].isdigit() for w in d.rank_words) else None
        ),
        communities=communities,
        **_label_patterns(d, joins, starts, to),
    )


# A label's number: digits (a dot after them: hu "16.", hr "I.", and brackets: hu "(2) bekezdés"),
# or a Roman numeral in capitals up to XXXIX, also typed with the Greek or Cyrillic capitals that
# look like I and X (el "παραρτήματα I έως Χ")
_ROMAN_CHARS = "IVXΙΧІХ"
_LABEL_ITEM = rf"(?:\(?(?P<n>\d{{1,3}})\)?(?!\d)(?!\.\d)|(?P<r>[{_ROMAN_CHARS}]{{1,6}}))\.?(?![^\W_])"
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# (the first numeral before the lookbehind: re scans for the numerals in C)
_ROMAN_PROBE = re.compile(rf"[{_ROMAN_CHARS}](?<![^\W_].)[{_ROMAN_CHARS}]{{0,5}}(?![^\W_])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(token: str) -> int | None:
    """The number of a Roman numeral in capitals ("IV" → 4, "XXXIX" → 39; None if not one)."""
    s = skeleton(token)
    if not s or _ROMAN.fullmatch(s) is None:
        return None
    values = [_ROMAN_VALUES[c] for c in s]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))


def _label_patterns(d, joins: str | None, starts: str | None, to: str) -> dict:  # noqa: ANN001 - LanguageData
    """The label fields of _Patterns (see LanguageData.label_words): the paragraph words are
    paragraph labels; a rank word ("No", "n.º") is never a label."""
    ranks = {w.casefold() for w in d.rank_words}
    before = [(w, t) for w, t in d.label_words + tuple((w, "paragraph") for w in d.paragraph_words) if w.casefold() not in ranks]
    after = list(d.label_after_words) + [(w, "paragraph") for w in d.paragraph_after_words]
    types: dict[str, str] = {}
    for w, t in before + after:
        types.setdefault(w.casefold(), t)
        types.setdefault(fold_key(w), t)
    opener = rf"(?:{starts}\s+)?" if starts else ""
    sep = rf"\s*,\s*(?:{joins}\s+)?{opener}" + (rf"|\s+{joins}\s+{opener}" if joins else "")
    item_list = rf"{_LABEL_ITEM}(?:(?:{sep}|{to}){_LABEL_ITEM})*".replace("?P<n>", "?:").replace("?P<r>", "?:")
    label = after_rx = None
    if before:
        words = tuple(w for w, _ in before)  # (initials: a fast test of the first letter at each position)
        label = re.compile(rf"(?<![^\W_]){initials(words)}(?P<w>{_words(words)})\s*{opener}(?=\(?\d|[{_ROMAN_CHARS}])")
    if after:
        after_rx = re.compile(rf"(?<![\w.(])(?P<list>{item_list})\s+(?P<w>{_words(tuple(w for w, _ in after))})")
    not_and = rf"(?!{joins}\s)" if joins else ""
    return {"label": label, "label_after": after_rx, "label_types": types, "label_item": re.compile(_LABEL_ITEM),
            "label_sep": re.compile(sep), "to_article": re.compile(_TO_ARTICLE.format(not_and=not_and))}


def _journal(d) -> str | None:  # noqa: ANN001 - LanguageData
    """An Official Journal citation: name, series, number, [link] date, [page]."""
    if not d.journal_names:
        return None
    links = _words(d.journal_links)
    # between number and date: a comma, the language's link word, a space, or a bracket (hr "SL L
    # 122 (24.4.2014., str. 18.)")
    link = rf"(?:\s*[,(]\s*|\s+{links}\s*|\s+)" if links else r"(?:\s*[,(]\s*|\s+)"
    pages = _words(d.page_words + ("p.",))
    after = _words(d.page_after_words)
    page = rf"{pages}\s*(?P<page>\d+)" + (rf"|(?P<page2>\d+)\.?\s*{after}" if after else "")
    return (
        rf"(?<![\w])(?:{alternation(d.journal_names)})\s*(?P<series>[LCС])\s*(?P<num>\d{{1,4}})\.?"
        rf"(?:\s*(?P<sub>[A-Z])(?![\w]))?(?:{link}{_OJ_DATE})?(?:\s*,\s*(?:{page}))?"
    )


def _journal_probe(d) -> tuple[str, ...]:  # noqa: ANN001 - LanguageData
    """The first word of each journal name (and folded spelling) as `_journal` matches it, case
    and all, up to an apostrophe (which the pattern lets be either apostrophe): every citation
    holds one. ("",: every text, where a name begins with an apostrophe.)"""
    return tuple(sorted({re.split("['’]", v.split()[0])[0] for v in variants(d.journal_names)}))


def _community(abbr: str, p: _Patterns) -> tuple[str, str | None]:
    """The canonical communities of "(EF)", "(EG, Euratom)" (sorted: the languages order them
    differently), and "unknown-abbreviation" when one is not known."""
    out, suspect = [], None
    for a in (part.strip() for part in abbr.split(",")):
        canon = p.communities.get(a.upper()) or p.communities.get(skeleton(a.upper()))
        if canon is None:
            suspect = "unknown-abbreviation"
            canon = a
        out.append(canon)
    return ",".join(sorted(out)), suspect


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, language segments as {lang}, no trailing punctuation or slash."""
    url = url.rstrip(".,;:!?'\")]/")
    m = re.match(r"(?i)([a-z]+://)?([^/?#]*)(.*)", url)
    assert m is not None
    scheme, host, rest = (m.group(1) or "").lower(), m.group(2).lower(), m.group(3)
    if scheme and scheme not in ("http://", "https://"):
        scheme = "https://" if "s" in scheme[:-3][2:] else "http://"

    def seg(mm: re.Match[str]) -> str:
        return "/{lang}" if mm.group(1).lower() in _LANG_SEGMENTS else mm.group(0)

    rest = re.sub(r"/([A-Za-z]{2})(?=[/?#]|$)", seg, rest)
    rest = re.sub(r"_([a-z]{2})(?=[#?/.]|$)", lambda mm: "_{lang}" if mm.group(1) in _LANG_SEGMENTS else mm.group(0), rest)
    rest = re.sub(r"(?i)([?&]lang(?:uage)?=)[a-z]{2}\b", r"\1{lang}", rest)
    return (scheme + host + rest).rstrip("/")


def _urls(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "://" not in text and "www." not in text.lower():
        return out
    for m in _URL.finditer(text):
        raw = m.group(0)
        end = m.start() + len(raw.rstrip(".,;:!?'\")]"))
        # balance a closing parenthesis that belongs to the URL ("...(DIGITAL)")
        while end < m.end() and text[end] == ")" and text[m.start():end].count("(") > text[m.start():end].count(")"):
            end += 1
        suspect = None
        scheme = (m.group("scheme") or "").lower()
        if scheme and scheme not in ("http", "https"):
            suspect = "ocr-url"
        canon_text = text[m.start():end]
        if canon_text.endswith("-"):
            cont = _URL_CONTINUATION.match(text, end)
            if cont:
                tail_text = cont.group(1).rstrip(".,;:!?'\")]")
                canon_text += tail_text
                end = cont.start(1) + len(tail_text)
        # an underlined link loses its underscores in OCR: "speech 25 471" for "speech_25_471"
        tail = _OCR_TAIL.match(text, end) if end == m.end() and re.search(r"[\w]$", canon_text) else None
        if tail:
            canon_text = canon_text + tail.group(0).replace(" ", "_")
            end = tail.end()
            suspect = "ocr-url"
        out.append(Candidate(m.start(), end, "url", canonical_url(canon_text), TIER_URL, suspect=suspect))
    return out


class _Item(NamedTuple):
    """One number of a list after (or before) an article word: "4", "4(5)", "2.6", "(7)", "1-18"."""

    start: int
    end: int
    number: str | None  # None: a paragraph alone, "(7)", of the article before it
    paragraph: str | None
    upto: tuple[str | None, str | None] | None  # the other end of a range "1-18", "19(1)-(2)"
    upto_start: int = 0  # where that other end stands


def _numbers(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(article number, paragraph) of an item match (see _item_pattern)."""
    if m.group("po"):
        return None, m.group("po")
    letter = m.group("l") or m.group("l2") or m.group("l3") or _LATIN_LETTERS.get(m.group("w") or "", "")
    number = m.group("n") + _latin_letter(letter.lower())
    return number, m.group("p") or m.group("d")


def _items(text: str, pos: int, p: _Patterns, paragraphs: bool = False) -> list[_Item]:
    """The number list that starts at `pos`: items joined by commas, "and" words and ranges. A list
    of `paragraphs` ends at a comma before "and" followed by a jump (see PARAGRAPH_GAP)."""
    out: list[_Item] = []
    while (m := p.item.match(text, pos)) is not None:
        number, paragraph = _numbers(m)
        end, upto, upto_start = m.end(), None, 0
        r = p.to.match(text, end)
        m2 = p.item.match(text, r.end()) if r else None
        if m2 is not None:
            upto, end, upto_start = _numbers(m2), m2.end(), m2.start()
        out.append(_Item(m.start(), end, number, paragraph, upto, upto_start))
        s = p.sep.match(text, end)
        nxt = p.item.match(text, s.end()) if s is not None else None
        if nxt is None or (paragraphs and p.list_end.match(text, end) and not _next_paragraph(out[-1], nxt)):
            break
        if not paragraphs and _goes_back(out[-1], nxt):
            break  # et "artiklid 1–5, 1. ja 2. lisa": the annexes' numbers start again
        pos = s.end()
    return out


def _last_number(item: _Item) -> str:
    return (item.upto[0] or item.upto[1] or "") if item.upto else (item.number or item.paragraph or "")


def _goes_back(last: _Item, m: re.Match[str]) -> bool:
    """The next number of an article list is smaller than the last: articles are listed in order,
    so it numbers something else."""
    previous, following = _last_number(last), _numbers(m)[0] or ""
    lead = re.match(r"\d+", previous), re.match(r"\d+", following)
    return bool(lead[0] and lead[1]) and int(lead[1].group()) < int(lead[0].group())


# Paragraphs are numbered on: after ", and" in a list of paragraphs, a number at most this far on
# is one more paragraph (cs "odst. 1, 2, 5, 6, a 8"), a bigger jump the next article (es "apartados
# 1 y 2, y 20 a 23": Articles 20 to 23).
PARAGRAPH_GAP = 4


def _next_paragraph(last: _Item, m: re.Match[str]) -> bool:
    previous = _last_number(last)
    number, paragraph = _numbers(m)
    following = number or paragraph or ""
    return previous.isdigit() and following.isdigit() and int(following) <= int(previous) + PARAGRAPH_GAP


# A range of up to this many numbers is read as each of them: "Articles 1 to 3" says the same as
# "artikelen 1, 2 en 3", and "19(1)-(2)" as "Artikel 19 Absätze 1 und 2" (translations write either).
SMALL_RANGE = 4


def _range(low: str, high: str | None, form) -> list[str]:  # noqa: ANN001 - str -> str
    """`form` of one number, of each number of a small range, or of a range "low-high"."""
    if high is None or high == low:
        return [form(low)]
    if low.isdigit() and high.isdigit() and 0 < int(high) - int(low) < SMALL_RANGE:
        return [form(str(n)) for n in range(int(low), int(high) + 1)]
    return [form(f"{low}-{high}")]


def _canonicals(article: str, item: _Item) -> list[str]:
    """The canonical references of one item of `article` (the item's own number, or the one before
    it for a paragraph alone): "Art. 4", "Art. 4(5)", "Art. 1-18", "Art. 19(1)", "Art. 19(2)"."""
    if item.upto is None:
        return [f"Art. {article}({item.paragraph})" if item.paragraph else f"Art. {article}"]
    other, other_paragraph = item.upto
    if other is None and item.paragraph:  # "19(1)-(2)": paragraphs of one article
        return _range(item.paragraph, other_paragraph, lambda x: f"Art. {article}({x})")
    return _range(article, other, lambda x: f"Art. {x}")


def _paragraph_canonicals(article: str, item: _Item) -> list[str]:
    """The references of a paragraph item after a paragraph word: "stk. 4", "Absätze 4 und 5", "(4)-(5)"."""
    low = item.number or item.paragraph or ""
    high = (item.upto[0] or item.upto[1]) if item.upto else None
    return _range(low, high, lambda x: f"Art. {article}({x})")


def _spans(a: int, b: int, item: _Item, canonicals: list[str]) -> list[Candidate]:
    """One candidate per canonical over [a, b). A small range read as each of its numbers ("1 to
    3") gives each its own part of the text, so that none hides another: the low end what stands
    before the separator, the numbers between a character each of the separator, the high end the
    rest (moved right when the separator is too short: "1–4 artikla")."""
    n = len(canonicals)
    first = max(a + 1, item.upto_start - (n - 2))
    if n > 1 and item.upto is not None and first + n - 2 < b:
        cuts = [a] + [first + k for k in range(n - 1)] + [b]
        return [Candidate(cuts[k], cuts[k + 1], "reference", c, TIER_REFERENCE) for k, c in enumerate(canonicals)]
    return [Candidate(a, b, "reference", c, TIER_REFERENCE) for c in canonicals]


def _article_candidates(items: list[_Item], start: int, end: int | None, paragraphs: list[_Item]) -> list[Candidate]:
    """Candidates of a list of article items. `start` is where the article word begins (before
    form), `end` where it ends (after form); `paragraphs` (after a paragraph word, "stk. 4 og 5",
    "4 ja 5 kohdan") belong to the last article."""
    out: list[Candidate] = []
    article = None
    for k, item in enumerate(items):
        article = item.number or article
        if article is None:
            continue
        a = min(start, item.start) if k == 0 else item.start
        b = end if k == len(items) - 1 and end is not None else item.end
        if k == len(items) - 1 and paragraphs and item.upto is None and item.paragraph is None:
            for j, par in enumerate(paragraphs):
                lo, hi = (min(a, par.start), max(b, par.end)) if j == 0 else (par.start, par.end)
                out.extend(_spans(lo, hi, par, _paragraph_canonicals(article, par)))
            continue
        out.extend(_spans(a, b, item, _canonicals(article, item)))
    return out


# An article may be numbered by an ordinal word up to this one (fr "Article premier", es "Artículo primero").
ORDINAL_ARTICLES = 20


def _articles_before(text: str, p: _Patterns) -> list[Candidate]:
    """Articles after their word: "Article 4(5)", "artikel 4, stk. 4 og 5", "čl. 4 odst. 4"; after
    a paragraph list, ", and" goes back to articles ("artículos 1 a 18, 19, apartados 1 y 2, y 20
    a 23")."""
    out: list[Candidate] = []
    for m in p.article.finditer(text) if p.article is not None else ():
        start, pos = m.start(), m.end()
        if (om := p.ordinal.match(text, pos)) is not None:
            number = p.ordinals[om.group().casefold()]
            out.append(Candidate(start, om.end(), "reference", f"Art. {number}", TIER_REFERENCE))
            continue
        while items := _items(text, pos, p):
            paragraphs: list[_Item] = []
            if p.paragraph is not None and (pm := p.paragraph.match(text, items[-1].end)):
                paragraphs = _items(text, pm.end(), p, paragraphs=True)
                # "apartado 1, letra b), y apartado 2": one more paragraph after a point
                while p.more_paragraphs is not None and (mm := compiled(p.more_paragraphs).match(text, paragraphs[-1].end)):
                    paragraphs += _items(text, mm.end(), p, paragraphs=True)
            out.extend(_article_candidates(items, start, None, paragraphs))
            end = paragraphs[-1].end if paragraphs else items[-1].end
            s = p.sep.match(text, paragraphs[-1].end) if paragraphs else None
            # "Artikel 1-23, bortset fra 18 og 19": the articles left out are named too
            s = s or (p.except_.match(text, end) if p.except_ is not None else None)
            if s is None:
                out.extend(_article_after_phrase(text, end, p))
                break
            start, pos = s.end(), s.end()
    return out


@functools.lru_cache(maxsize=256)
def _after_phrase(link: str, joins: str) -> re.Pattern[str]:
    return re.compile(rf"[^\d;:.()]{{0,150}}?\s{joins}\s+(?P<n>\d{{1,3}})(?!\d)\s+{link}(?![^\W_])")


def _article_after_phrase(text: str, end: int, p: _Patterns) -> list[Candidate]:
    """One more article after the phrase that follows the last one, in the same form: el "τα άρθρα
    343 της Συνθήκης για τη λειτουργία ... και 191 της Συνθήκης" (Articles 343 of the Treaty on the
    Functioning ... and 191 of the Treaty): the number after "and" is followed by the same link
    word and the same title, capitalised, as the article before it is."""
    link = re.match(rf"\s+[^\W\d_]{{1,5}}\s+(?:[^\W\d_]{{1,3}}\s+)?[{UPPER}][^\W\d_]+", text[end:end + 60])
    if link is None or p.joins is None:
        return []
    m = _after_phrase(r"\s+".join(re.escape(w) for w in link.group().split()), p.joins).match(text, end + link.end())
    if m is None:
        return []
    return [Candidate(m.start("n"), m.end("n"), "reference", f"Art. {int(m.group('n'))}", TIER_REFERENCE)]


def _articles_after(text: str, p: _Patterns) -> list[Candidate]:
    """Articles before their word (fi "4 artiklan 5 kohta", hu "4. cikk (5) bekezdése", lt, lv)."""
    out: list[Candidate] = []
    for m in p.article_after.finditer(text) if p.article_after is not None else ():
        items = _items(text, m.start("list"), p)
        paragraphs: list[_Item] = []
        pm = p.paragraph_after.match(text, m.end()) if p.paragraph_after is not None else None
        while pm is not None and (more := _items(text, pm.start("list"), p)):
            paragraphs += more[:-1] + [more[-1]._replace(end=pm.end())]  # the last takes in the word
            # hu "(1) bekezdésének b) pontja és (2) bekezdése": one more paragraph after a point
            pm = compiled(p.more_paragraphs_after).match(text, pm.end()) if p.more_paragraphs_after is not None else None
        out.extend(_article_candidates(items, m.start(), m.end(), paragraphs))
    return out


def _journal_candidate(m: re.Match[str]) -> Candidate | None:
    series = "C" if m.group("series") == "С" else m.group("series")  # Cyrillic С
    canonical = f"OJ {series} {int(m.group('num'))}" + (f" {m.group('sub')}" if m.group("sub") else "")
    y, mo, d = (m.group("y") or m.group("y2") or m.group("y3"), m.group("m") or m.group("m2") or m.group("m3"),
                m.group("d") or m.group("d2") or m.group("d3"))
    if y:
        try:
            day = _dt.date(int(y), int(mo), int(d))
        except ValueError:
            return None
        canonical += f", {day.isoformat()}"
    page = m.group("page") or m.groupdict().get("page2")
    if page:
        canonical += f", p. {int(page)}"
    return Candidate(m.start(), m.end(), "reference", canonical, TIER_REFERENCE)


def _label_number(m: re.Match[str]) -> str | None:
    if m.group("n"):
        return str(int(m.group("n")))
    value = roman_value(m.group("r"))
    return None if value is None else str(value)


def _label_items(text: str, pos: int, p: _Patterns, restart: bool = False) -> list[_Item]:
    """The label numbers from `pos`: "I and II", "1-5", "I–X", "16": joined by commas, "and"
    words and ranges, ending where a number goes back (the next list's) or, with `restart`, the
    numbers from there on (before a label word, et "127 ja 128, I–X lisa": the articles' numbers,
    then the annexes')."""
    out: list[_Item] = []
    while (m := p.label_item.match(text, pos)) is not None and (number := _label_number(m)) is not None:
        end, upto, upto_start = m.end(), None, 0
        r = p.to.match(text, end)
        m2 = p.label_item.match(text, r.end()) if r else None
        high = _label_number(m2) if m2 is not None else None
        if m2 is not None and high is not None and int(high) > int(number):
            upto, end, upto_start = (high, None), m2.end(), m2.start()
        last = _last_number(out[-1]) if out else ""
        if last and int(number) <= int(last):
            if not restart:
                break
            out = []
        out.append(_Item(m.start(), end, number, None, upto, upto_start))
        s = p.label_sep.match(text, end)
        if s is None:
            break
        pos = s.end()
    return out


def _label_candidates(kind: str, items: list[_Item], start: int, end: int | None) -> list[Candidate]:
    """"annex:2" for each item (a small range for each of its numbers); the first item's span from
    `start` (the label word before), the last one's to `end` (the label word after)."""
    out: list[Candidate] = []
    for k, item in enumerate(items):
        a = min(start, item.start) if k == 0 else item.start
        b = end if k == len(items) - 1 and end is not None else item.end
        high = item.upto[0] if item.upto else None
        spans = _spans(a, b, item, _range(item.number or "", high, lambda x: f"{kind}:{x}"))
        out.extend(c._replace(tier=TIER_LABEL) for c in spans)
    return out


def _label_type(word: str, p: _Patterns) -> str | None:
    w = " ".join(word.split()).casefold()
    return p.label_types.get(w) or p.label_types.get(fold_key(w))


# between an article and its paragraph: a comma and an article (es "artículo 16, el apartado 3",
# it "all'articolo 16, il paragrafo 3"); between a paragraph and its article: "of" with an article
# (es "apartado 3 del artículo 81", fr "paragraphe 3 de l'article 81", el "παράγραφος 3 του άρθρου 5")
_TO_PARAGRAPH = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,3}['’]?\s*)?")
_TO_ARTICLE = r"\s+{not_and}[^\W\d_]{{1,4}}(?:['’]\s*|\s+(?:[^\W\d_]{{1,3}}(?:['’]\s*|\s+))?)"


_PLAIN_ARTICLE = re.compile(r"Art\. \d+[a-z]?")  # an article without its paragraph


def _labels(text: str, p: _Patterns, articles: list[Candidate] | None = None) -> list[Candidate]:
    """Numbered parts of a document: "Annexes I and II", "stk. 1", hu "I–X. melléklet", fi "II osan".
    A paragraph right after an article ("artículo 16, el apartado 3") is the article's: the
    article candidate of `articles` is taken out and the paragraphs given its number."""
    out: list[Candidate] = []
    plain = [c for c in articles or () if _PLAIN_ARTICLE.fullmatch(c.canonical)]
    ends, starts = {c.end: c for c in plain}, {c.start: c for c in plain}
    end_keys, start_keys = sorted(ends), sorted(starts)
    removed: set[int] = set()  # ids of the articles a paragraph took
    taken = bytearray(len(text))  # an article's own paragraphs ("Artikel 12 Absatz 2") are the article's
    for c in articles or ():
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    for m in p.label.finditer(text) if p.label is not None else ():
        if taken[m.start()]:
            continue
        kind = _label_type(m.group("w"), p)
        items = _label_items(text, m.end(), p)
        if not (kind and items):
            continue
        if kind == "paragraph" and articles is not None:
            # the gap patterns hold no digit, so only the nearest article on each side can be the one
            k = bisect.bisect_right(end_keys, m.start()) - 1
            e = end_keys[k] if k >= 0 else None
            before = ends[e] if e is not None and _TO_PARAGRAPH.fullmatch(text, e, m.start()) else None
            k = bisect.bisect_left(start_keys, items[-1].end)
            b = start_keys[k] if k < len(start_keys) else None
            after = starts[b] if b is not None and p.to_article.fullmatch(text, items[-1].end, b) else None
            article = before or after
            if article is not None and id(article) not in removed:
                removed.add(id(article))
                first = min(m.start(), article.start)
                items[-1] = items[-1]._replace(end=max(items[-1].end, article.end))
                whole = _Item(first, items[0].end, article.canonical[5:], None, None)
                out.extend(_article_candidates([whole], first, None, items))
                continue
        out.extend(_label_candidates(kind, items, m.start(), None))
    for m in p.label_after.finditer(text) if p.label_after is not None else ():
        kind = _label_type(m.group("w"), p)
        items = _label_items(text, m.start("list"), p, restart=True)
        if kind and items and items[-1].end == m.end("list"):
            out.extend(_label_candidates(kind, items, items[0].start, m.end()))
    if removed and articles is not None:
        articles[:] = [c for c in articles if id(c) not in removed]
    return out


def _acts(text: str, p: _Patterns) -> list[Candidate]:
    """The act numbers of `text`: with their community ("(EU) 2017/745", "95/46/EF"), alone
    ("Reglamento 2017/161"), before their word (hu "1/2019 határozata") or after "No" ("č. 2017/161")."""
    out: list[Candidate] = []
    for pattern in (p.act_paren, p.act_suffix):
        for m in pattern.finditer(text):
            comm, suspect = _community(m.group("abbr"), p)
            canonical = f"{comm} {int(m.group('a'))}/{int(m.group('b'))}"
            out.append(Candidate(m.start(), m.end(), "reference", canonical, TIER_REFERENCE, suspect=suspect))
    for m in _BARE_ACT.finditer(text):
        y, n = int(m.group("y")), m.group("n")
        if (len(n) == 4 and int(n) >= y) or (len(n) == 2 and int(n) == (y + 1) % 100):
            continue
        out.append(Candidate(m.start(), m.end(), "reference", f"{y}/{int(n)}", TIER_REFERENCE))
    for m in p.act_after.finditer(text) if p.act_after is not None else ():
        out.append(Candidate(m.start(), m.end(), "reference", f"{int(m.group('a'))}/{int(m.group('b'))}", TIER_REFERENCE))
    for m in p.act_numbered.finditer(text):
        # the same act as with its community ("EC 2017/161"), less precisely (checks/matching._contains)
        out.append(Candidate(m.start(), m.end(), "reference", f"{int(m.group('a'))}/{int(m.group('b'))}", TIER_REFERENCE))
    return out


def extract_references(text: str, pack: LanguagePack) -> list[Candidate]:
    """Every URL, Commission document, act, article, Official Journal reference and rank in `text`."""
    p = _patterns(pack)
    out = _urls(text)
    if not number_starts(text):  # every other reference has a number, but "Article premier", "Annex II"
        folded = text.casefold()
        if any(word in folded for word in p.article_probe):
            out.extend(_articles_before(text, p))
        if _ROMAN_PROBE.search(text):
            out.extend(_labels(text, p))
        return out
    for m in p.com.finditer(text) if "(" in text else ():  # the year is in brackets: "COM(2025) 165"
        series = p.series.get(m.group("series"), m.group("series"))
        out.append(Candidate(m.start(), m.end(), "reference", f"{series}({m.group('year')}) {int(m.group('num'))}", TIER_REFERENCE))
    if "/" in text:  # every act number has a slash ("(EU) 2017/745", "95/46/EF", "2017/161"): most blocks have none
        out.extend(_acts(text, p))
    articles = (_articles_before(text, p) if holds_any(text, p.article_words) else []) + _articles_after(text, p)
    out.extend(_labels(text, p, articles))
    out.extend(articles)
    if p.journal is not None and any(word in text for word in p.journal_probe):
        for m in compiled(p.journal).finditer(text):
            cand = _journal_candidate(m)
            if cand is not None:
                out.append(cand)
    for m in _OJ_NUMBER.finditer(text) if "/" in text else ():  # "2019/C 387/01"
        out.append(Candidate(
            m.start(), m.end(), "reference",
            f"OJ {m.group('series')} {m.group('y')}/{int(m.group('num'))}/{int(m.group('item')):02d}", TIER_REFERENCE,
        ))
    for m in p.rank.finditer(text) if p.rank_end is None or ends_before_number(text, p.rank_end, gap="*") else ():
        out.append(Candidate(m.start(), m.end(), "rank", str(int(m.group("num"))), TIER_RANK))
    return out
