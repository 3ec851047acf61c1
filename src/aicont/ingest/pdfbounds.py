"""Bounded pdfminer: a PDF costs at most the work `Limits` allows, or the read stops with a
LimitError that names the limit.

pdfminer parses untrusted bytes with no bounds of its own. What it would do unbounded, and what
bounds it here:
- decompress any stream whole (a 1 MB file inflating to 1 GB took 2.1 GB of memory): Flate, LZW and
  RunLength output is counted as it is produced, against `pdf_stream_mb` for the whole document;
- follow a page tree or nested form XObjects as deep as they go (recursion until the interpreter
  gives up): nesting deeper than `MAX_NESTING` levels is refused;
- hold every glyph, path and image of a page: more than `pdf_objects` on one page is refused;
- group text boxes by pairwise distances with a search for obstacles between each pair, cubic in
  the boxes of a page (1,000 overlapping lines in a 792-byte file took 36 s): a page with more
  than `MAX_GROUPED_BOXES` boxes keeps them in top-to-bottom, left-to-right order instead;
- any number of pages (`pdf_pages`), and no time limit (`pdf_seconds` for the whole read).

The decompression bound works through pdfminer's own module (its `zlib`, `lzwdecode`, `rldecode`
names are replaced, once, by versions that count against the budget of the read in progress, a
ContextVar; outside a read they behave exactly as before).
"""

from __future__ import annotations

import io
import time
import zlib
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Iterator

from aicont.errors import LimitError
from aicont.model import Limits

# Page trees and form XObjects of real documents nest a handful of levels; deeper is an attack (or
# a generator bug) that would only exhaust the recursion of pdfminer's walkers.
MAX_NESTING = 64
# Above this many text boxes on a page, pdfminer's hierarchical grouping (cubic) is replaced by a
# plain reading order. Real pages have tens of boxes; 300 boxes group in about a second.
MAX_GROUPED_BOXES = 300
# pdfminer groups lines into text boxes by their neighbours, copying a box's members each time two
# boxes merge: quadratic or worse on a page of overlapping or densely stacked lines. A page whose
# grouping would cost more than this (neighbours plus copied members) or that holds more lines than
# MAX_GROUPED_LINES gets one box per line instead. A dense real page costs a few thousand.
MAX_GROUPING_WORK = 50_000
MAX_GROUPED_LINES = 5_000
# The clock is read every this many glyphs (reading it is cheap, but not free).
_TICK = 512
_MB = 1 << 20


class Budget:
    """What one PDF read may still spend."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.deadline = time.monotonic() + limits.pdf_seconds
        self.stream_room = int(limits.pdf_stream_mb * _MB)
        self.objects = 0
        self.page = 0
        self.depth = 0
        self._ticks = 0

    def fail(self, what: str, key: str | None = None) -> LimitError:
        """The error for going over a limit: `what` happened; `key` is the [limits] key that raises
        the limit (None for a structural bound no real document comes near)."""
        if key is None:
            return LimitError(f"{self.path}: {what}; not a PDF aicont can read")
        return LimitError(f"{self.path}: {what} (the limit; raise limits.{key} in the config)")

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks % _TICK == 0:
            self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise self.fail(f"reading the PDF took over {self.limits.pdf_seconds:g} s, at page {self.page}", "pdf_seconds")

    def inflate(self, size: int) -> None:
        self.stream_room -= size
        if self.stream_room < 0:
            raise self.fail(f"the PDF's streams decompress to over {self.limits.pdf_stream_mb:g} MB", "pdf_stream_mb")

    def count_object(self) -> None:
        self.objects += 1
        if self.objects > self.limits.pdf_objects:
            raise self.fail(f"page {self.page} holds over {self.limits.pdf_objects} objects", "pdf_objects")
        self.tick()

    def new_page(self) -> None:
        self.page += 1
        self.objects = 0
        if self.page > self.limits.pdf_pages:
            raise self.fail(f"the PDF has over {self.limits.pdf_pages} pages", "pdf_pages")
        self.check_time()


_BUDGET: ContextVar[Budget | None] = ContextVar("aicont_pdf_budget", default=None)


# --------------------------------------------------------------------------- decompression


def _room() -> int | None:
    budget = _BUDGET.get()
    return None if budget is None else max(budget.stream_room, 0)


def _spend(size: int) -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.inflate(size)


class _CountingDecompressor:
    """zlib.decompressobj() whose output counts against the budget."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = _room()
        if room is not None and (max_length == 0 or max_length > room + 1):
            max_length = room + 1
        out = self._inner.decompress(data, max_length)
        _spend(len(out))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _BoundedZlib:
    """The part of the zlib module pdfminer uses, counting what it inflates."""

    error = zlib.error

    @staticmethod
    def decompressobj(*args: Any) -> _CountingDecompressor:
        return _CountingDecompressor(zlib.decompressobj(*args))

    @staticmethod
    def decompress(data: bytes, *args: Any) -> bytes:
        if _room() is None:
            return zlib.decompress(data, *args)
        d = _CountingDecompressor(zlib.decompressobj(*args[:1]))
        out = d.decompress(data)
        if d.unconsumed_tail or not d.eof:
            _spend(0)
            raise zlib.error("incomplete or truncated stream")  # what zlib.decompress says
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        _spend(len(chunk))
        out += chunk
    return bytes(out)


def _rldecode(data: bytes) -> bytes:
    """RunLength (PDF 1.7, 7.4.5): a length byte n < 128 copies the next n + 1 bytes, n > 128
    repeats the next byte 257 - n times, 128 ends the data."""
    out = bytearray()
    i = 0
    while i < len(data):
        n = data[i]
        if n == 128:
            break
        if n < 128:
            chunk = data[i + 1 : i + 2 + n]
            i += 2 + n
        else:
            chunk = data[i + 1 : i + 2] * (257 - n)
            i += 2
        _spend(len(chunk))
        out += chunk
    return bytes(out)


_installed = False


def _install() -> None:
    global _installed
    if _installed:
        return
    from pdfminer import pdftypes

    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    pdftypes.lzwdecode = _lzwdecode
    pdftypes.rldecode = _rldecode
    _installed = True


# --------------------------------------------------------------------------- layout and interpretation


def _page_tree_size(document: Any, budget: Budget) -> None:
    """Walk the page tree without recursion: refuse one nested too deep or with too many pages."""
    from pdfminer.pdftypes import resolve1

    root = resolve1(document.catalog.get("Pages"))
    stack = [(root, 1)]
    seen: set[int] = set()
    pages = 0
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_NESTING:
            raise budget.fail(f"the page tree is nested over {MAX_NESTING} levels deep")
        kids = resolve1(node.get("Kids"))
        if isinstance(kids, list):
            stack.extend((resolve1(k), depth + 1) for k in kids)
        else:
            pages += 1
            if pages > budget.limits.pdf_pages:
                raise budget.fail(f"the PDF has over {budget.limits.pdf_pages} pages", "pdf_pages")


def _classes() -> tuple[type, type]:
    """The bounded aggregator and interpreter (pdfminer imported only when a PDF is read)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTFigure, LTPage, LTTextGroupLRTB
    from pdfminer.pdfinterp import PDFPageInterpreter

    def group_textboxes(self: Any, laparams: Any, boxes: Any) -> list[Any]:
        if len(boxes) <= MAX_GROUPED_BOXES:
            return LTPage.group_textboxes(self, laparams, boxes)
        return [LTTextGroupLRTB(sorted(boxes, key=lambda b: (-b.y1, b.x0)))]

    def group_textlines(self: Any, laparams: Any, lines: Any) -> Any:
        lines = list(lines)
        if _grouping_work(self.bbox, laparams, lines) <= MAX_GROUPING_WORK:
            return LTPage.group_textlines(self, laparams, lines)
        return _one_box_per_line(lines)

    methods = {"group_textboxes": group_textboxes, "group_textlines": group_textlines}
    page_class = type("BoundedPage", (LTPage,), methods)
    figure_class = type("BoundedFigure", (LTFigure,), methods)

    class Aggregator(PDFPageAggregator):
        def begin_page(self, page: Any, ctm: Any) -> None:
            super().begin_page(page, ctm)
            self.cur_item.__class__ = page_class

        def begin_figure(self, name: str, bbox: Any, matrix: Any) -> None:
            super().begin_figure(name, bbox, matrix)
            self.cur_item.__class__ = figure_class

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            _budget().count_object()
            return super().render_char(*args, **kwargs)

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            _budget().count_object()
            super().paint_path(*args, **kwargs)

        def render_image(self, *args: Any, **kwargs: Any) -> None:
            _budget().count_object()
            super().render_image(*args, **kwargs)

    class Interpreter(PDFPageInterpreter):
        def render_contents(self, resources: Any, streams: Any, ctm: Any = None) -> None:
            budget = _budget()
            budget.depth += 1
            try:
                if budget.depth > MAX_NESTING:
                    raise budget.fail(f"form XObjects are nested over {MAX_NESTING} levels deep")
                budget.check_time()
                if ctm is None:
                    super().render_contents(resources, streams)
                else:
                    super().render_contents(resources, streams, ctm)
            finally:
                budget.depth -= 1

    return Aggregator, Interpreter


def _grouping_work(bbox: Any, laparams: Any, lines: list[Any]) -> int:
    """What pdfminer's grouping of lines into boxes would cost (neighbours found, plus the members
    of every box it merges, which it copies each time), counted with a union-find; it stops
    counting past MAX_GROUPING_WORK. Overlapping or tightly stacked lines make it quadratic."""
    from pdfminer.utils import Plane

    if len(lines) > MAX_GROUPED_LINES:
        return MAX_GROUPING_WORK + 1
    plane: Any = Plane(bbox)
    plane.extend(lines)
    parent = list(range(len(lines)))
    size = [1] * len(lines)
    index = {id(line): k for k, line in enumerate(lines)}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    work = 0
    for k, line in enumerate(lines):
        for other in line.find_neighbors(plane, laparams.line_margin):
            a, b = root(k), root(index.get(id(other), k))
            work += 1 + (size[b] if a != b else 0)
            if a != b:
                parent[b] = a
                size[a] += size[b]
        if work > MAX_GROUPING_WORK:
            break
    return work


def _one_box_per_line(lines: list[Any]) -> Iterator[Any]:
    """Every line its own text box: the reading order of a degenerate page (text set on top of
    itself hundreds of times) then comes from the boxes' positions alone."""
    from pdfminer.layout import LTTextBoxHorizontal, LTTextBoxVertical, LTTextLineHorizontal

    for line in lines:
        if line.is_empty():
            continue
        box = LTTextBoxHorizontal() if isinstance(line, LTTextLineHorizontal) else LTTextBoxVertical()
        box.add(line)
        yield box


def _budget() -> Budget:
    budget = _BUDGET.get()
    assert budget is not None, "pdfbounds classes used outside bounded_pages()"
    return budget


@contextmanager
def _reading(budget: Budget) -> Iterator[None]:
    _install()
    token = _BUDGET.set(budget)
    try:
        yield
    finally:
        _BUDGET.reset(token)


def bounded_pages(path: Path, data: bytes, laparams: Any, limits: Limits) -> Iterator[Any]:
    """pdfminer's LTPage of every page, as `extract_pages` gives them, within `limits`."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    budget = Budget(path, limits)
    aggregator_class, interpreter_class = _classes()
    with _reading(budget):
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        _page_tree_size(document, budget)
        resources = PDFResourceManager(caching=True)
        device = aggregator_class(resources, laparams=laparams)
        interpreter = interpreter_class(resources, device)
        pages = PDFPage.create_pages(document)
    while True:
        with _reading(budget):
            page = next(pages, None)
            if page is None:
                return
            budget.new_page()
            interpreter.process_page(page)
            budget.check_time()
            layout = device.get_result()
        yield layout
