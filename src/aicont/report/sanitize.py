"""Text from documents, file names and messages made safe for a terminal, a log and Markdown.

A document, a file name or a folder name can hold control characters: an escape sequence
("ESC[2J" clears the screen, "ESC]8;;url" makes a link), a newline that splits a one-line error
in two, a bidirectional override that shows text in another order than it is. None of them may
reach a terminal or a log as it is.
"""

from __future__ import annotations

import re

# C0 controls (tab and newline too: the callers collapse or escape them), DEL, C1 controls, and the
# bidirectional embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """Every control character as a visible escape ("\\n", "\\x1b", "\\u202e"): for one-line
    messages on stderr."""
    return _CONTROLS.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    if c in _NAMED:
        return _NAMED[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def _picture(m: re.Match[str]) -> str:
    c = ord(m.group())
    if c < 0x20:
        return chr(0x2400 + c)  # the Control Pictures block: "␛" for ESC, "␀" for NUL
    return "\u2421" if c == 0x7F else "\ufffd"


_SHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def show_controls(text: str) -> str:
    """Control characters other than tab and newline replaced one for one by a visible symbol ("␛"
    for ESC), so offsets into the text stay valid: for report text in a terminal or Markdown."""
    return _SHOWN.sub(_picture, text)


def shown_report(report):  # noqa: ANN001, ANN201 - Report -> Report
    """The report with `show_controls` applied to every text a person reads (quotes, messages,
    reasons, values, block ids, sections, input paths): what the terminal, Markdown and HTML
    renderers get. Quote marks stay valid (one character for one). JSON and SARIF keep the text
    exactly (their encoders escape controls)."""
    from dataclasses import replace

    def quote(q):  # noqa: ANN001, ANN202
        if q is None:
            return None
        return replace(
            q, text=show_controls(q.text), block=show_controls(q.block),
            value=None if q.value is None else show_controls(q.value),
            spans=tuple(replace(s, path=show_controls(s.path)) for s in q.spans),
        )

    def finding(f):  # noqa: ANN001, ANN202
        return replace(
            f, message=show_controls(f.message), section=show_controls(f.section),
            reason=None if f.reason is None else show_controls(f.reason),
            left=quote(f.left), right=quote(f.right),
        )

    return replace(
        report,
        inputs=tuple(
            replace(i, path=show_controls(i.path), title=show_controls(i.title))
            for i in report.inputs
        ),
        findings=tuple(finding(f) for f in report.findings),
        section_titles=tuple((show_controls(n), show_controls(t)) for n, t in report.section_titles),
        accepted=tuple(finding(f) for f in report.accepted),
    )
