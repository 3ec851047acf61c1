"""Values: language-aware extraction of dates, quarters, amounts, counts and references.

`extract_values(block, pack)` finds every value in `block.text` and gives it a canonical form
that is directly comparable across languages; `extract_document(doc)` does it for every block
with the pack of the document's language. The checks compare (kind, canonical, qualifier).

Kinds and canonical forms (details in each family's module docstring):

  date       "2.2.2025", "1. november 2024", "2 augusti 2027"        "2025-02-02"
  month      "marts 2025", "mars 2025"                                 "2025-03"
  year       "i 2026"                                                  "2026"
  quarter    "2. kvartal 2025", "andra kvartalet 2025", "Q2 2025"      "2025-Q2" (ranges "2025-Q2/2025-Q3")
  half       "anden halvdel af 2025", "andra halvåret 2025"            "2025-H2"
  period     "2021-2027", "2025/26"                                    "2021/2027", "2025/2026"
  amount     "200 mia. EUR", "200 miljarder euro", "EUR 200 billion"   "EUR 2E+11" (unit "EUR")
  percent    "13,5 %", "85 procent"                                    "13.5" (unit "%")
  points     "2 procentpoint", "2 procentenheter"                      "2" (unit "pp")
  count      "6 800", "25000", "syv", "fem til syv"                    "6800", "7", "5/7"
  duration   "48 måneder", "fem till sju år"                           "P48M", "P5Y/P7Y"
  rank       "nr. 8", "nummer 8"                                       "8"
  reference  "COM(2025) 165", "(EU) 2017/745", "95/46/EF", "artikel 4",
             "EUT L 117 af 5.5.2017, s. 1"                             "COM(2025) 165", "EU 2017/745",
                                                                       "95/46/EC", "Art. 4", "OJ L 117, 2017-05-05, p. 1"
  url        "https://ec.europa.eu/.../en/speech_25_471."              ".../{lang}/speech_25_471"

Qualifier codes: gt, ge, lt, le, approx, by, before, after, from, until ("mere end" → gt,
"op til" → le, "senest" → by, "før" → before); by/before/after/from/until bind to dates only. Suspect reasons: "glued-footnote", "ocr-url", "unknown-abbreviation", "ocr-digit" (a year with a
letter for a digit: "2O25"), "ocr-date" (a count that
reads as a date whose dots OCR lost: "1142025").
"""

from __future__ import annotations

import re

from aicont.extract.amounts import extract_amounts
from aicont.extract.candidates import Candidate, resolve
from aicont.extract.dates import extract_dates
from aicont.extract.numbers import extract_numbers
from aicont.extract.qualifiers import qualifier_of
from aicont.extract.references import extract_references
from aicont.lang import LanguagePack, get_pack
from aicont.model import Block, BlockKind, Document, Value

KINDS = (
    "date", "month", "year", "quarter", "half", "period", "amount", "percent", "points",
    "count", "duration", "rank", "reference", "url",
)
TEMPORAL_KINDS = frozenset({"date", "month", "year", "quarter", "half", "period"})

__all__ = ["KINDS", "TEMPORAL_KINDS", "extract_document", "extract_text", "extract_values"]

# Section numbers of headings ("1.1 Udrulning"), enumerators of list items ("1) ", "a. ") and the
# number a footnote block may still begin with: numbering, never values.
_HEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s")
_LIST_NUMBER = re.compile(r"^\s*(?:[-–•▪o*e]\s+)?\(?\d{1,2}[.)](?=\s)")
_FOOTNOTE_NUMBER = re.compile(r"^\s*\d{1,3}(?=\s)")
_NUMBERING_KINDS = frozenset({"count", "year"})
_NAMING_KINDS = frozenset({"reference", "url", "rank"})


def _numbering_end(text: str, kind: BlockKind | str | None) -> int:
    rx = {
        BlockKind.HEADING: _HEADING_NUMBER,
        BlockKind.TITLE: _HEADING_NUMBER,
        BlockKind.LIST_ITEM: _LIST_NUMBER,
        BlockKind.FOOTNOTE: _FOOTNOTE_NUMBER,
    }.get(kind)  # type: ignore[call-overload]
    if rx is None:
        return 0
    m = rx.match(text)
    return m.end() if m else 0


# white space only (matched in place: slicing a long block around each of its values was quadratic)
_SPACE = re.compile(r"\s*")


def _candidates(text: str, pack: LanguagePack) -> list[Candidate]:
    found: list[Candidate] = []
    found.extend(extract_references(text, pack))
    found.extend(extract_dates(text, pack))
    found.extend(extract_amounts(text, pack))
    found.extend(extract_numbers(text, pack))
    return resolve(found)


def extract_text(
    text: str, pack: LanguagePack, *, block_id: str = "", kind: BlockKind | str | None = None
) -> tuple[Value, ...]:
    """The values of a plain text (offsets into `text`, no line numbers)."""
    return _extract(text, pack, block_id=block_id, kind=kind, block=None)


def _extract(
    text: str, pack: LanguagePack, *, block_id: str, kind: BlockKind | str | None, block: Block | None
) -> tuple[Value, ...]:
    skip_to = _numbering_end(text, kind)
    # in a footnote block a number that begins an original line is the next footnote's number
    # that the reader did not split off (OCR: "28" read as "2")
    line_starts = {off for off, _ in block.line_offsets} if block is not None and kind == BlockKind.FOOTNOTE else set()
    values: list[Value] = []
    for c in _candidates(text, pack):
        if c.start < skip_to and c.kind in _NUMBERING_KINDS:
            continue
        if c.kind == "count" and c.start in line_starts:
            continue
        if block is not None and c.kind == "count" and _SPACE.fullmatch(text, 0, c.start) and _SPACE.fullmatch(text, c.end):
            continue  # a block that is a bare number is a label, a page or box number
        # a reference names a thing, it has no quantity to qualify ("do 12." in "članci od 11. do
        # 12." is the end of a list, not "up to")
        qualifier = None if c.kind in _NAMING_KINDS else qualifier_of(text, c.start, c.end, c.kind, pack)
        values.append(
            Value(
                kind=c.kind,
                raw=text[c.start:c.end],
                canonical=c.canonical,
                qualifier=qualifier,
                unit=c.unit,
                block_id=block_id,
                offset=c.start,
                line=block.line_at(c.start) if block is not None else None,
                suspect=c.suspect,
            )
        )
    return tuple(values)


def extract_values(block: Block, pack: LanguagePack) -> tuple[Value, ...]:
    """Every value in `block.text`, in text order, with canonical forms and qualifiers."""
    return _extract(block.text, pack, block_id=block.id, kind=block.kind, block=block)


def extract_document(doc: Document) -> dict[str, tuple[Value, ...]]:
    """Block id → values, for every block of `doc`, using the pack of the document's language."""
    pack = get_pack(doc.lang)
    return {block.id: extract_values(block, pack) for block in doc.blocks}
