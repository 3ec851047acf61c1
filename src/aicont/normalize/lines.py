"""The working line of normalisation: one physical input line, what it is, and what was changed.

`NLine` is internal to normalise/segment (it is mutable while the normalisers annotate it); what
leaves segmentation are the frozen `Block`, `Edit` and `Problem` of model.py. Every change made
to a line's text is recorded as an `Edit` on the line, with the line's span in the original file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from aicont.model import Edit, RawDocument, Span

# Roles a line can have once normalised.
BODY = "body"
BLANK = "blank"
SEPARATOR = "separator"  # the rule above a page's footnotes (a long run of spaces or underscores)
FOOTNOTE = "footnote"
URL_REPEAT = "url-repeat"  # a link target the PDF text layer repeats after the footnotes
PAGE_NUMBER = "page-number"
RUNNING_HEAD = "running-head"

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def last_token_start(text: str) -> int:
    """Where the last run of non-space characters of `text` begins (a final newline aside).

    A pattern anchored at the end ("...$") that matches no space can only match from there:
    `pattern.search(text, last_token_start(text))` finds the same match as `pattern.search(text)`
    without trying every position of the line (these searches run on every line of a document).
    """
    core = text[:-1] if text.endswith("\n") else text
    if not core or core[-1].isspace():
        return len(core)
    return len(core) - len(core.rsplit(None, 1)[-1])


@dataclass(slots=True)
class NLine:
    number: int
    raw: str
    page: int
    text: str  # current text: trimmed, inner runs of spaces collapsed, repairs applied
    lead: int  # leading spaces in the raw line (a single one marks a new page in OCR'd text)
    trail: int  # trailing spaces (two or more end a paragraph in PDF text layers)
    path: str = ""
    role: str = BODY
    fn: int | None = None  # the footnote number, on the first line of a footnote
    fn_printed: str | None = None  # how the footnote number was printed
    page_start: bool = False
    layout: str | None = None  # the PDF layout role of the line, when the input had layout
    top: float | None = None  # PDF: the line's top (points from the page's top)
    x0: float | None = None  # PDF: the line's left edge
    measure: int = 0  # the local measure (typical full line length) around this line, set by segment
    refs: list[int] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    # PDF: (start, end) ranges of superscript characters, as offsets into `raised_text` (the text
    # the line had when they were measured); empty for text input. Read them through
    # raised_ranges(), which follows later changes to `text`.
    raised: tuple[tuple[int, int], ...] = ()
    raised_text: str = ""

    @property
    def blank(self) -> bool:
        return not self.text

    def raised_ranges(self) -> tuple[tuple[int, int], ...]:
        """The superscript ranges as offsets into the current `text`. A normaliser that changed
        the text (an OCR repair, a footnote number taken off) moves them; a character the change
        replaced is no longer known to be raised."""
        if not self.raised or self.text == self.raised_text:
            return self.raised
        flags = [False] * len(self.text)
        matcher = SequenceMatcher(None, self.raised_text, self.text, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                flags[b + k] = _inside(a + k, self.raised)
        return _runs(flags)

    @property
    def span(self) -> Span:
        return Span(self.path, self.number, self.number, self.page)

    def edit(self, kind: str, before: str, after: str) -> Edit:
        e = Edit(kind, self.span, before, after)
        self.edits.append(e)
        return e


# Typographic ligatures of PDF text layers ("ﬁ" in "ﬁnansiering") and invisible characters.
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
SOFT_HYPHEN = "\u00ad"
# every character clean_characters changes after NFC (which composes none of them)
_TO_CLEAN = re.compile("[\ufb00-\ufb06\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# what _SPACES changes in a stripped line: two spaces in a row, or another space character
_ODD_SPACE = re.compile("[\t\u00a0\u2000-\u200b\u202f]")


def clean_characters(text: str) -> str:
    """NFC, ligatures spelt out, invisible characters and soft hyphens inside a line removed
    (a soft hyphen at the line's end is kept: it says the word goes on on the next line)."""
    if text.isascii():
        return text  # (a constant-time test) NFC and every change below concern non-ASCII characters only
    t = unicodedata.normalize("NFC", text)
    if not _TO_CLEAN.search(t):
        return t  # most lines: nothing below would change them
    for lig, plain in _LIGATURES.items():
        if lig in t:
            t = t.replace(lig, plain)
    t = _INVISIBLE.sub("", t)
    body = t.rstrip()
    if SOFT_HYPHEN in body[:-1]:
        t = body[:-1].replace(SOFT_HYPHEN, "") + body[-1:] + t[len(body) :]
    return t


def _inside(pos: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _runs(flags: list[bool]) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of True."""
    out: list[tuple[int, int]] = []
    for pos, flag in enumerate(flags):
        if not flag:
            continue
        if out and out[-1][1] == pos:
            out[-1] = (out[-1][0], pos + 1)
        else:
            out.append((pos, pos + 1))
    return tuple(out)


def _cleaned_origins(text: str) -> tuple[str, list[int]]:
    """make_lines' cleaning of `text` (tabs, clean_characters, strip, inner spaces collapsed), done
    character by character: the result and, per result character, its offset in `text`."""
    chars: list[tuple[str, int]] = []
    k = 0
    while k < len(text):
        # NFC composes a starter with the combining marks after it: normalise each such cluster
        end = k + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        for c in unicodedata.normalize("NFC", text[k:end].replace("\t", " ")):
            chars.extend((p, k) for p in _LIGATURES.get(c, c))
        k = end
    chars = [(c, o) for c, o in chars if not _INVISIBLE.match(c)]
    body_end = len(chars)
    while body_end and chars[body_end - 1][0].isspace():
        body_end -= 1
    chars = [(c, o) for j, (c, o) in enumerate(chars) if c != SOFT_HYPHEN or j >= body_end - 1]
    while chars and chars[0][0].isspace():
        chars.pop(0)
    while chars and chars[-1][0].isspace():
        chars.pop()
    out: list[tuple[str, int]] = []
    for c, o in chars:
        if _SPACES.match(c):
            if out and out[-1][0] == " ":
                continue
            c = " "
        out.append((c, o))
    return "".join(c for c, _ in out), [o for _, o in out]


def _carry_raised(line_text: str, raised: tuple[tuple[int, int], ...], text: str) -> tuple[tuple[int, int], ...]:
    """`raised` (offsets into the line as read) as offsets into its cleaned `text`."""
    cleaned, origins = _cleaned_origins(line_text)
    if cleaned != text:  # a cleaning the character walk does not reproduce: claim nothing
        return ()
    return _runs([_inside(o, raised) and not c.isspace() for c, o in zip(text, origins)])


def make_lines(raw: RawDocument) -> list[NLine]:
    """One NLine per input line, in file order, with whitespace measured and collapsed and
    characters cleaned (an "encoding" edit records it when that changes anything visible).
    A PDF line's superscript ranges follow the cleaning (offsets into the cleaned text)."""
    out: list[NLine] = []
    for line in raw.lines:
        raw_text = line.text.replace("\t", " ")
        cleaned = clean_characters(raw_text)
        stripped = cleaned.strip()
        lead = len(cleaned) - len(cleaned.lstrip(" \u00a0"))
        trail = len(cleaned) - len(cleaned.rstrip(" \u00a0"))
        # (the substitution rewrites every single space too: skipped when it changes nothing)
        odd = "  " in stripped or (not stripped.isascii() and _ODD_SPACE.search(stripped))  # (tabs are gone)
        text = _SPACES.sub(" ", stripped).strip() if odd else stripped
        nline = NLine(
            number=line.number,
            raw=line.text,
            page=line.page,
            text=text,
            lead=lead if text else 0,
            trail=trail if text else 0,
            path=raw.path,
            top=line.top,
            x0=line.x0,
        )
        if line.raised:
            nline.raised = _carry_raised(line.text, line.raised, text)
            nline.raised_text = text
        if cleaned != raw_text and _SPACES.sub(" ", raw_text.strip()) != text:
            nline.edit("encoding", raw_text.strip(), text)
        out.append(nline)
    return out
