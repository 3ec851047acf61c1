"""AC0xx: input and pipeline notices (a crashed check, a problem the reader noticed in an input)."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import DocumentContext, Hit
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
    """The two inputs do not align as translations of each other; no passage was compared.

    Example: the Danish action plan against the Danish start-up communication (17 % of the text pairs
    with confidence, 62 % of the beads one-sided).
    Not raised: for two language versions of the same document (the action plan pair: 92 %, 1 %).
    """
    from aicont.pipeline import MAX_ONE_SIDED_SHARE, MIN_CONFIDENT_SHARE

    if doc.quality is None or doc.one_sided is None:
        return
    if doc.quality >= MIN_CONFIDENT_SHARE and doc.one_sided <= MAX_ONE_SIDED_SHARE:
        return
    yield Hit(
        message=(
            f"the inputs do not align as translations of each other: {doc.quality:.0%} of the text pairs "
            f"with confidence, {doc.one_sided:.0%} of the passages have no counterpart; passages were not compared"
        ),
        left=Quote(block=f"{doc.left.side}:document", text=doc.left.path, spans=()),
        right=Quote(block=f"{doc.right.side}:document", text=doc.right.path, spans=()),
        confidence=Confidence.HIGH,
        section="",
    )
