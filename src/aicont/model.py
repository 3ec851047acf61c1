"""Every type passed between the pipeline stages: frozen dataclasses, tuples, no I/O.

ingest → normalise → segment → extract → align → check → report. Each stage takes and returns the
types below, so a stage can be tested alone and provenance (the original file's line numbers and
pages) survives every step.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum


class StrEnum(str, Enum):
    """An enum whose members compare and serialise as their string value."""

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


# --------------------------------------------------------------------------- provenance


def _line_start(entry: tuple[int, int]) -> int:
    return entry[0]



@dataclass(frozen=True, slots=True)
class Span:
    """1-based inclusive line range in the *original* file, and the page it stands on (1-based)."""

    path: str
    line_start: int
    line_end: int
    page: int | None = None

    def as_pair(self) -> tuple[int, int]:
        return (self.line_start, self.line_end)


@dataclass(frozen=True, slots=True)
class Edit:
    """One normalisation change, kept so that nothing is changed silently.

    kind: e.g. "page-break", "running-head", "page-number", "hyphen-join", "hyphen-keep",
    "footnote-marker", "footnote-number", "ocr-repair", "url-repeat", "encoding".
    """

    kind: str
    span: Span
    before: str
    after: str


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of the input as read, with the layout facts the reader had.

    number is the 1-based line number in the original file as the user sees it (for a PDF: the
    line's position in the text that `aicont` extracts, counted the same way). Text files carry
    no layout facts; PDF lines carry the dominant font size, the left x and the top y (points,
    origin at the page's top) and whether the line is mostly bold. `raised` lists the (start, end)
    character ranges of `text` set as superscripts (smaller and above the baseline: footnote
    markers such as the "8" in "mars 20258"); it is empty for text input.
    """

    number: int
    text: str
    page: int = 1
    size: float | None = None
    x0: float | None = None
    top: float | None = None
    bold: bool | None = None
    raised: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the input as read: its lines, and its size in points when the reader knows it."""

    number: int
    lines: tuple[Line, ...]
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A unit of text that a structured input declares (a DOCX or HTML paragraph, heading, list
    item, table or footnote; an XLIFF or TMX segment), with where it stands in the file.

    `line`..`line_end` locate it in the original file, in the document's `unit`: lines of the
    file (HTML, XLIFF, TMX) or paragraph numbers (DOCX, which has no lines). `offsets` lists
    (offset in `text`, locator) wherever a later line of the file begins inside the text. `level`
    is a heading's level (1 = top); `number` a footnote's number, or a heading's number when the
    file numbers it itself (Word's automatic numbering). `refs` are the footnote numbers marked in
    the text (the markers themselves are not in `text`).
    """

    kind: BlockKind
    text: str
    line: int
    line_end: int
    page: int = 1
    level: int = 0
    number: str | None = None
    refs: tuple[int, ...] = ()
    offsets: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What ingest read: pages of lines, and how the bytes were decoded.

    A structured input (DOCX, HTML, XLIFF, TMX) also declares its `paragraphs`, which segmentation
    takes as they are; its `lines` are then one per paragraph, numbered by the paragraph's
    locator, so `aicont lines` shows what the reports point to. `unit` says what the line numbers
    of every report count: "line" (lines of the file, or for a PDF of the text `aicont lines`
    prints) or "paragraph" (DOCX). `lang` is a language the file declares (HTML `lang`, XLIFF
    `srcLang`), or None.
    """

    path: str
    sha256: str
    source: str  # "text", "pdf", "docx", "html", "xliff" or "tmx"
    pages: tuple[Page, ...]
    encoding: str = "utf-8"
    notices: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    unit: str = "line"
    lang: str | None = None

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for page in self.pages for line in page.lines)


# --------------------------------------------------------------------------- segment


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    FOOTNOTE = "footnote"
    TABLE = "table"
    FIGURE = "figure"
    BOX = "box"
    TITLE = "title"


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of text that is aligned and compared.

    id is stable and readable: "<side>:<section>:<kind letter><n>", e.g. "left:3.2:p4",
    "left:3.2:l2", "right:fn54". `text` is the normalised text that is compared (footnote markers
    cut, hyphens joined, OCR repaired); `raw` is the text as it stood in the file. `spans` are the
    exact line ranges (possibly several, e.g. a paragraph interrupted by a footnote block) in the
    original file. `refs` are the footnote numbers this block refers to; `number` is a footnote's
    number or a heading's section number.
    """

    id: str
    kind: BlockKind
    section: str
    text: str
    raw: str
    spans: tuple[Span, ...]
    refs: tuple[int, ...] = ()
    number: str | None = None
    edits: tuple[Edit, ...] = ()
    # (offset in `text` where an original line's contribution begins, that line's 1-based number),
    # ascending; lets a value found at a text offset name the original line it stands on.
    line_offsets: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """The original 1-based line number of the character at `offset` in `text`."""
        # the last line starting at or before `offset` (bisected: a block of thousands of lines
        # holds thousands of values)
        k = bisect_right(self.line_offsets, offset, key=_line_start)
        if k:
            return self.line_offsets[k - 1][1]
        return self.spans[0].line_start if self.spans else 0

    @property
    def span(self) -> Span:
        first, last = self.spans[0], self.spans[-1]
        return Span(first.path, first.line_start, last.line_end, first.page)

    @property
    def lines(self) -> tuple[tuple[int, int], ...]:
        return tuple(s.as_pair() for s in self.spans)

    @property
    def page(self) -> int | None:
        return self.spans[0].page if self.spans else None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the document: its number, title, level (1 = top) and where it stands."""

    number: str  # "" for the introduction, "1", "1.1", ...
    title: str
    level: int
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the reader noticed about the input that a user should know (e.g. a footnote
    referenced in the text whose own text is missing). Becomes an AC0xx finding later."""

    kind: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One language version after segmentation: its sections and blocks, with every edit made on the way."""

    side: str
    lang: str | None
    path: str
    sha256: str
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    edits: tuple[Edit, ...] = ()
    problems: tuple[Problem, ...] = ()
    notices: tuple[str, ...] = ()
    unit: str = "line"  # what the line numbers of its spans count: "line" or "paragraph"

    def block(self, block_id: str) -> Block:
        for b in self.blocks:
            if b.id == block_id:
                return b
        raise KeyError(block_id)


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class Value:
    """A value found in a block, in canonical form.

    kind: date, month, year, quarter, half, period, amount, percent, count, number, rank,
    reference, url, ... canonical: "2025-02-02", "2025-02", "2025-Q2", "2021/2027",
    "EUR 2E+11", "13.5", "COM(2025) 165", ... qualifier: None or one of gt, ge, lt, le, approx,
    by, from, until. suspect: None or a reason ("ocr-digit", "glued-footnote", ...).
    offset is the character offset in block.text; line is the 1-based line in the original file.
    """

    kind: str
    raw: str
    canonical: str
    qualifier: str | None = None
    unit: str | None = None
    block_id: str = ""
    offset: int = 0
    line: int | None = None
    suspect: str | None = None


# --------------------------------------------------------------------------- align


@dataclass(frozen=True, slots=True)
class Bead:
    """Indices into the left and right block lists; (i,) ↔ () is a 1-0 bead. score is 0..1,
    calibrated so that a bead scored >= 0.8 is almost always right."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    cost: float
    score: float

    @property
    def type(self) -> str:
        return f"{len(self.left)}-{len(self.right)}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the align stage concludes about the pair as a whole (align/verdict.py).

    `relation`: "translation" (compare passage by passage), "unrelated" (not translations of
    each other, or one input nearly empty: AC003, nothing compared), "partial" (a translation
    whose one version stops early or starts late: the rest is compared, the missing run is one
    finding, AC004) or "unjudged" (too few passages to say). `missing_side` is the side whose
    blocks `missing` (indices into that side's blocks) have no counterpart in the other version.
    """

    relation: str = "unjudged"
    confident_share: float | None = None
    one_sided_share: float | None = None
    reason: str = ""
    missing_side: str | None = None
    missing: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """The beads pairing the two versions' blocks, the parameters they were made with, and the verdict."""

    beads: tuple[Bead, ...]
    params: tuple[tuple[str, str], ...] = ()
    verdict: Verdict = Verdict()


# --------------------------------------------------------------------------- check / report


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"low": 0, "medium": 1, "high": 2}[self.value]


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"low": 0, "medium": 1, "high": 2}[self.value]

    def lowered(self) -> Confidence:
        return {
            Confidence.HIGH: Confidence.MEDIUM,
            Confidence.MEDIUM: Confidence.LOW,
            Confidence.LOW: Confidence.LOW,
        }[self]


class Kind(StrEnum):
    NUMBER = "number"
    DATE = "date"
    QUALIFIER = "qualifier"
    ENTITY = "entity"
    OMISSION = "omission"
    ADDITION = "addition"
    MEANING = "meaning"
    INPUT = "input"


@dataclass(frozen=True, slots=True)
class Quote:
    """What a finding quotes of one side: the block, its text as it reads, and the lines it stands on."""

    block: str
    text: str
    spans: tuple[Span, ...]
    value: str | None = None
    # (start, end) character offsets in `text` of the evidence itself (the differing value), so
    # renderers can highlight it; None when the whole quote is the evidence.
    mark: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One difference between the two versions, as a check reports it (see STYLE: severity and confidence)."""

    code: str
    name: str
    kind: Kind
    severity: Severity
    confidence: Confidence
    message: str
    section: str
    left: Quote | None
    right: Quote | None
    likely_wrong: str | None = None  # "left", "right" or None
    reason: str | None = None  # why that side is likely wrong
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class InputInfo:
    """One input of a report: side, path, language and content hash."""

    side: str
    path: str
    lang: str | None
    sha256: str
    unit: str = "line"  # what its line numbers count: "line" or "paragraph" (DOCX)
    title: str = ""  # the document's title as it reads (its first title lines), or ""


@dataclass(frozen=True, slots=True)
class Report:
    """The result of comparing two versions: the signature, the inputs, and the findings (baseline applied)."""

    signature: str
    inputs: tuple[InputInfo, ...]
    findings: tuple[Finding, ...]
    accepted: tuple[Finding, ...] = ()
    stale: tuple[str, ...] = ()
    incomplete: bool = False
    stats: tuple[tuple[str, int | float | str], ...] = field(default=())
    # What the reader noticed about the inputs that a user should know (a file named by one
    # language whose text reads as another, a legacy encoding, OCR damage repaired).
    notices: tuple[str, ...] = ()
    # (section number, its title in the left version), for the contents of the human reports.
    section_titles: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------- bounds


@dataclass(frozen=True, slots=True)
class Limits:
    """How much work one input may cost; going over one is an InputError that names the limit and
    the config key (section [limits]) that raises it. The defaults are far above any real EU
    document (the largest acts are a few MB of text and a few thousand pages) and far below what
    would exhaust a CI runner."""

    max_size_mb: float = 20.0  # the size of an input file (--max-size)
    pdf_pages: int = 5000  # pages of a PDF
    pdf_stream_mb: float = 128.0  # bytes of a PDF's streams once decompressed (all of them)
    pdf_objects: int = 200_000  # glyphs, paths and images on one PDF page
    pdf_seconds: float = 300.0  # time to read one PDF


# --------------------------------------------------------------------------- corpus (CI mode)


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding of a baseline: keyed by document and pair ("en/sv": the versions' tags,
    reference first) and the finding's fingerprint. `document` and `pair` are None for entries of
    an old (schema 1) baseline, which match a finding of any pair."""

    fingerprint: str
    code: str
    left: str
    right: str
    reason: str = ""
    document: str | None = None
    pair: str | None = None


@dataclass(frozen=True, slots=True)
class PairReport:
    """The report of one pair of a corpus: document, the two versions' tags, and the pair's Report."""

    document: str
    left: str
    right: str
    report: Report

    @property
    def pair(self) -> str:
        return f"{self.left}/{self.right}"


@dataclass(frozen=True, slots=True)
class CorpusReport:
    """A CI run over a corpus: every pair's report (baseline applied), files skipped with the reason,
    and baseline entries that matched nothing. `root` is the corpus folder as the user gave it."""

    root: str
    signature: str
    pairs: tuple[PairReport, ...]
    skipped: tuple[tuple[str, str], ...] = ()
    stale: tuple[BaselineEntry, ...] = ()
    documents: tuple[str, ...] = ()

    @property
    def incomplete(self) -> bool:
        return any(p.report.incomplete for p in self.pairs)
