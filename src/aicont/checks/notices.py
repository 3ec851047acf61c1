"""AC0xx: input and pipeline notices (a crashed check, a problem the reader noticed in an input)."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import DocumentContext, Hit, block_quote, block_section
from aicont.checks.registry import check, notice
from aicont.model import Confidence, Kind, Quote, Severity

notice(
    "AC001",
    "check-crashed",
    kind=Kind.INPUT,
    severity=Severity.HIGH,
    doc="""A check crashed on a bead; the report is incomplete and the run exits 2.

    Example: "AC203 crashed on left:3.1:p2: ZeroDivisionError: division by zero".
    Not raised: on any run where every check completes.
    """,
)


@check("AC002", "input-problem", kind=Kind.INPUT, severity=Severity.LOW, scope="document", default=False)
def input_problem(doc: DocumentContext) -> Iterator[Hit]:
    """The reader noticed a problem in one input (e.g. a footnote referenced whose text is missing).

    Example: "left: footnote 12 is referenced but its text is missing".
    Not raised: for inputs the reader took in without a problem.
    """
    for side, document in (("left", doc.left), ("right", doc.right)):
        for problem in document.problems:
            quote = (
                Quote(block=f"{document.side}:input", text=problem.message, spans=(problem.span,))
                if problem.span is not None
                else None
            )
            yield Hit(
                message=f"{side}: {problem.message}",
                left=quote if side == "left" else None,
                right=quote if side == "right" else None,
                confidence=Confidence.MEDIUM,
                section="",
            )


@check("AC003", "not-a-translation", kind=Kind.INPUT, severity=Severity.HIGH, scope="document")
def not_a_translation(doc: DocumentContext) -> Iterator[Hit]:
    """The two inputs do not align as translations of each other (or one is nearly empty); no passage was compared.

    Example: the Danish action plan against the Danish start-up communication (17 % of the text pairs
    with confidence, 62 % of the beads one-sided); a one-line file against a whole act.
    Not raised: for two language versions of the same document (the action plan pair: 92 %, 1 %);
    for a version that stops early (AC004).
    """
    verdict = doc.alignment.verdict if doc.alignment is not None else None
    if verdict is None or verdict.relation != "unrelated":
        return
    yield Hit(
        message=f"{verdict.reason}; passages were not compared",
        left=Quote(block=f"{doc.left.side}:document", text=_opening(doc.left), spans=()),
        right=Quote(block=f"{doc.right.side}:document", text=_opening(doc.right), spans=()),
        confidence=Confidence.HIGH,
        section="",
    )


@check("AC004", "incomplete-version", kind=Kind.OMISSION, severity=Severity.HIGH, scope="document")
def incomplete_version(doc: DocumentContext) -> Iterator[Hit]:
    """One version stops early (or starts late): a long run of the other's passages has no counterpart.

    Example: a translation cut at half: "the right version stops early: 115 of the 231 passages of
    the left (49% of its text) have no counterpart". The rest is compared as usual; the missing run
    is this one finding, not one AC501 per passage.
    Not raised: for an omission of a few passages inside the document (AC501/AC502).
    """
    verdict = doc.alignment.verdict if doc.alignment is not None else None
    if verdict is None or verdict.relation != "partial" or not verdict.missing:
        return
    side_doc = doc.left if verdict.missing_side == "left" else doc.right
    first, last = side_doc.blocks[verdict.missing[0]], side_doc.blocks[verdict.missing[-1]]
    spans = (first.spans[0], last.spans[-1]) if first is not last else first.spans
    quote = Quote(block=first.id, text=f"{block_quote(first).text} … {block_quote(last).text}", spans=spans)
    yield Hit(
        message=verdict.reason,
        left=quote if verdict.missing_side == "left" else None,
        right=quote if verdict.missing_side == "right" else None,
        confidence=Confidence.HIGH,
        likely_wrong="right" if verdict.missing_side == "left" else "left",
        reason=f"the {'right' if verdict.missing_side == 'left' else 'left'} version lacks its "
        f"{'beginning' if verdict.missing[0] == 0 else 'end'}",
        section=block_section(first),
    )


def _opening(document) -> str:  # noqa: ANN001 - Document
    """The document's first passage (its title, usually): what the notice quotes. Never the path,
    which is in the report's inputs: a fingerprint must not change when the corpus is moved."""
    return document.blocks[0].text[:200] if document.blocks else ""
