"""References: URLs, COM documents, EU acts, articles, Official Journal references, ranks.

Canonical forms:
  url        lower-case scheme and host, a language path segment ("/en/", "/sv/", "_en") or
             query ("lang=en") replaced by "{lang}", trailing punctuation and slash stripped;
             "https://ec.europa.eu/commission/presscorner/detail/en/speech_25_471." →
             "https://ec.europa.eu/commission/presscorner/detail/{lang}/speech_25_471"
  reference  "COM(2025) 165 final" → "COM(2025) 165"; "(EU) 2017/745" → "EU 2017/745";
             "forordning (EF) nr. 178/2002" → "EC 178/2002"; "direktiv 95/46/EF" = "95/46/EG" → "95/46/EC";
             "artikel 4" → "Art. 4"; "EUT L 117 af 5.5.2017, s. 1" = "EUT L 117, 5.5.2017, s. 1"
             → "OJ L 117, 2017-05-05, p. 1"
  rank       "nr. 8" = "nummer 8" → "8"
Suspect: "ocr-url" (a scheme like "hitps", or a URL whose underscores OCR read as spaces),
"unknown-abbreviation" (an act abbreviation the pack does not know, e.g. OCR "EQF" for "EØF").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from aicont.extract.candidates import Candidate, TIER_RANK, TIER_REFERENCE, TIER_URL, alternation, per_pack
from aicont.lang.base import COMMUNITY_ABBREVIATIONS, LanguagePack

# ISO 639-1 codes of the EU languages: a path segment equal to one of them is a language switch.
_LANG_SEGMENTS = frozenset(
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb no is".split()
)
_URL = re.compile(r"(?i)(?<![\w@])(?:(?P<scheme>h[a-z]{2,4}s?)://|www\.)[^\s<>\"»”“]+")
# Cheap pre-tests (block texts without a link or without a digit are the majority, and every
# pattern below needs one): what _URL cannot match without, and a digit.
_URL_PROBE = re.compile(r"(?i)://|www\.")
_DIGIT = re.compile(r"\d")
_OCR_TAIL = re.compile(r"(?: \d+)+(?=[.,;)]|\s*$)")
_COM = re.compile(r"(?<![\w])(?P<series>COM|SWD|SEC|JOIN|C)\s*\(\s*(?P<year>\d{4})\s*\)\s*(?P<num>\d{1,4})(?:\s+final)?(?![\w])")
_ABBR = r"[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜa-z]{1,6}"
# an Official Journal document number: "2019/C 387/01"
_OJ_NUMBER = re.compile(r"(?<![\w/])(?P<y>\d{4})/(?P<series>[CL])\s?(?P<num>\d{1,4})/(?P<item>\d{1,3})(?![\w/])")
# a link broken at a hyphen at the end of a line and joined with a space: "https://www.appliedai- institute.de/..."
_URL_CONTINUATION = re.compile(r" ([a-z0-9][\w./#%?=&~:+-]*[/.][\w./#%?=&~:+-]*)")


@dataclass(frozen=True, slots=True)
class _Patterns:
    act_paren: re.Pattern[str]
    act_suffix: re.Pattern[str]
    article: re.Pattern[str]
    journal: re.Pattern[str] | None
    rank: re.Pattern[str]
    communities: dict[str, str]


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    communities = {a.upper(): c for a, c in COMMUNITY_ABBREVIATIONS}
    communities.update({a.upper(): c for a, c in d.communities})
    nr = alternation(d.rank_words + ("nr.", "no.", "n°"))
    journal = None
    if d.journal_names:
        names = alternation(d.journal_names)
        links = alternation(d.journal_links) if d.journal_links else None
        link = rf"(?:\s*,\s*|\s+(?:{links})\s+|\s+)" if links else r"(?:\s*,\s*|\s+)"
        pages = alternation(d.page_words + ("p.",))
        journal = re.compile(
            rf"(?<![\w])(?:{names})\s+(?P<series>[LC])\s+(?P<num>\d{{1,4}})(?:\s*(?P<sub>[A-Z])(?![\w]))?"
            rf"(?:{link}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}))?"
            rf"(?:\s*,\s*(?i:{pages})\s*(?P<page>\d+))?"
        )
    return _Patterns(
        act_paren=re.compile(
            rf"\(\s*(?P<abbr>{_ABBR}(?:\s*,\s*{_ABBR})*)\s*\)\s*(?:(?i:{nr})\s*)?(?P<a>\d{{1,4}})\s*/\s*(?P<b>\d{{1,4}})(?![\d/])"
        ),
        act_suffix=re.compile(rf"(?<![\w/.])(?P<a>\d{{2,4}})/(?P<b>\d{{1,4}})/(?P<abbr>{_ABBR})(?![\w])"),
        article=re.compile(rf"(?<![\w])(?i:{alternation(d.article_words)})\s+(?P<num>\d{{1,3}}[a-z]?)(?![\w])"),
        journal=journal,
        rank=re.compile(rf"(?<![\w])(?i:{alternation(d.rank_words)})\s*(?P<num>\d{{1,4}})(?![\w,.]\d)(?![\w/])"),
        communities=communities,
    )


def _community(abbr: str, p: _Patterns) -> tuple[str, str | None]:
    parts = [a.strip() for a in abbr.split(",")]
    out, suspect = [], None
    for a in parts:
        canon = p.communities.get(a.upper())
        if canon is None:
            suspect = "unknown-abbreviation"
            canon = a
        out.append(canon)
    return ",".join(out), suspect


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
    if not _URL_PROBE.search(text):
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


def extract_references(text: str, pack: LanguagePack) -> list[Candidate]:
    """Every URL, COM document, act, article, Official Journal reference and rank in `text`."""
    p = _patterns(pack)
    out = _urls(text)
    if not _DIGIT.search(text):
        return out  # every other reference has a number
    for m in _COM.finditer(text):
        out.append(Candidate(m.start(), m.end(), "reference", f"{m.group('series')}({m.group('year')}) {int(m.group('num'))}", TIER_REFERENCE))
    for m in p.act_paren.finditer(text):
        comm, suspect = _community(m.group("abbr"), p)
        out.append(Candidate(m.start(), m.end(), "reference", f"{comm} {int(m.group('a'))}/{int(m.group('b'))}", TIER_REFERENCE, suspect=suspect))
    for m in p.act_suffix.finditer(text):
        comm, suspect = _community(m.group("abbr"), p)
        out.append(Candidate(m.start(), m.end(), "reference", f"{int(m.group('a'))}/{int(m.group('b'))}/{comm}", TIER_REFERENCE, suspect=suspect))
    for m in p.article.finditer(text):
        out.append(Candidate(m.start(), m.end(), "reference", f"Art. {m.group('num')}", TIER_REFERENCE))
    if p.journal is not None:
        for m in p.journal.finditer(text):
            canonical = f"OJ {m.group('series')} {int(m.group('num'))}" + (f" {m.group('sub')}" if m.group("sub") else "")
            if m.group("y"):
                try:
                    day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    continue
                canonical += f", {day.isoformat()}"
            if m.group("page"):
                canonical += f", p. {int(m.group('page'))}"
            out.append(Candidate(m.start(), m.end(), "reference", canonical, TIER_REFERENCE))
    for m in _OJ_NUMBER.finditer(text):
        out.append(Candidate(
            m.start(), m.end(), "reference",
            f"OJ {m.group('series')} {m.group('y')}/{int(m.group('num'))}/{int(m.group('item')):02d}", TIER_REFERENCE,
        ))
    for m in p.rank.finditer(text):
        out.append(Candidate(m.start(), m.end(), "rank", str(int(m.group("num"))), TIER_RANK))
    return out
