"""Generate test PDFs with fpdf2 at test time (no binary files in the repository).

`document_pdf()` lays out a multi-page report the way EU documents look: a running head and a page
number on every page, a numbered heading that wraps onto two lines, body text in 11 pt with a word
hyphenated at a line end and superscript footnote markers, and footnotes in 8 pt at the page
bottom. Every line is placed explicitly, so the tests know exactly which visual lines exist. The
other builders make the broken inputs a reader must refuse: scanned (image or drawings only),
password-protected, truncated and garbage PDFs.

Only fpdf2's core fonts (Helvetica) are used: no system font is needed, and Latin-1 covers the
Danish and Swedish letters the samples use.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass

RUNNING_HEAD = "COM(2025) 165 final"
HEADING = ("1. Indledning: et troværdigt kontinent for kunstig", "intelligens i hele Den Europæiske Union")
HYPHEN = ("Unionen vil styrke det inter-", "nationale samarbejde om data og beregningskraft.")
HYPHEN_JOINED = "internationale"
SECTION_TITLE = "2. Beregningsinfrastruktur"
# A document uses its words more than once: the hyphenated word also stands whole on page 2
# (this is the evidence a hyphenation normaliser may look for).
WHOLE_WORD_LINE = "Det internationale samarbejde om beregningskraft styrkes i hele Unionen."

# Body vocabulary: sentences vary per page, so no body line repeats at the same place on many pages.
_WORDS = (
    "Kommissionen foreslår en række foranstaltninger for at styrke konkurrenceevnen og sikre at "
    "Europa bliver førende inden for pålidelig kunstig intelligens med investeringer i data "
    "infrastruktur færdigheder forskning og innovation i hele Unionen og medlemsstaterne"
).split()

BODY_SIZE = 11.0
FOOTNOTE_SIZE = 8.0
HEAD_SIZE = 8.0
HEADING_SIZE = 14.0
PAGE_NUMBER_SIZE = 9.0
_FOOTNOTE_TOP = 842 - 130.0  # baseline of the first footnote line


@dataclass(frozen=True)
class Footnote:
    page: int
    number: int
    lines: tuple[str, ...]


def _body_lines(page: int, count: int) -> list[str]:
    rng = random.Random(1000 + page)
    lines = []
    for _ in range(count):
        n = rng.randint(9, 12)
        lines.append(" ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + ".")
    return lines


def footnotes_for(page: int) -> tuple[Footnote, ...]:
    """The footnotes `document_pdf` puts on a page: two on page 1 (one runs onto two lines), one on
    every other page."""
    if page == 1:
        return (
            Footnote(1, 1, ("COM(2024) 28 final af 24.1.2024 om fremme af startupvirksomheder.",)),
            Footnote(
                1,
                2,
                (
                    "Forordning (EU) 2024/1689 om harmoniserede regler for kunstig intelligens, EUT L, 2024/1689,",
                    "12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj.",
                ),
            ),
        )
    topics = ("datacentre og AI-fabrikker", "digitale færdigheder", "adgang til data", "AI-forordningen")
    topic = topics[(page - 2) % len(topics)]
    return (Footnote(page, page + 1, (f"Se bilag {page} om {topic}, afsnit {page}.{page}.",)),)


def document_pdf(
    pages: int = 3,
    *,
    running_head: bool = True,
    page_numbers: bool = True,
    footnotes: bool = True,
    body_lines_per_page: int = 12,  # at most what fits above the footnotes (about 38)
    user_password: str | None = None,
    owner_password: str | None = None,
    encryption: str = "RC4",
) -> bytes:
    """A report of `pages` A4 pages; see the module docstring for its layout.

    `user_password` locks the file (a reader needs it); `owner_password` alone only restricts
    permissions (it opens without a password). `encryption` is an fpdf2 EncryptionMethod name.
    """
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")  # 595 x 842 pt
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    left = 72.0
    for page in range(1, pages + 1):
        pdf.add_page()
        if running_head:
            pdf.set_font("Helvetica", "", HEAD_SIZE)
            pdf.text(left, 40, RUNNING_HEAD)
        y = 90.0
        if page == 1:
            pdf.set_font("Helvetica", "B", HEADING_SIZE)
            for text in HEADING:
                pdf.text(left, y, text)
                y += 18
            y += 10
        elif page == 2:
            pdf.set_font("Helvetica", "B", BODY_SIZE)
            pdf.text(left, y, SECTION_TITLE)
            y += 24
        # Never run into the footnote area: keep only the body lines that fit above it.
        body = _body_lines(page, min(body_lines_per_page, int((_FOOTNOTE_TOP - 30 - y) // 15) + 1))
        if page == 1:
            body[3:5] = list(HYPHEN)
        elif page == 2:
            body[6] = WHOLE_WORD_LINE
        notes = footnotes_for(page) if footnotes else ()
        marker_lines = {2 + 3 * i: note.number for i, note in enumerate(notes)}
        for i, text in enumerate(body):
            pdf.set_font("Helvetica", "", BODY_SIZE)
            if i in marker_lines:
                # A superscript footnote marker glued to the line's last word (before its period).
                word_part = text[:-1]
                pdf.text(left, y, word_part)
                x = left + pdf.get_string_width(word_part)
                pdf.set_font("Helvetica", "", 7)
                pdf.text(x, y - 4, str(marker_lines[i]))
                x += pdf.get_string_width(str(marker_lines[i]))
                pdf.set_font("Helvetica", "", BODY_SIZE)
                pdf.text(x, y, ".")
            else:
                pdf.text(left, y, text)
            y += 15
        if notes:
            fy = _FOOTNOTE_TOP
            pdf.set_line_width(0.5)
            pdf.line(left, fy - 12, left + 150, fy - 12)  # the footnote separator rule
            for note in notes:
                pdf.set_font("Helvetica", "", FOOTNOTE_SIZE)
                for j, text in enumerate(note.lines):
                    pdf.text(left, fy, (f"{note.number} " if j == 0 else "   ") + text)
                    fy += 10
        if page_numbers:
            pdf.set_font("Helvetica", "", PAGE_NUMBER_SIZE)
            pdf.text(595 / 2 - 3, 842 - 40, str(page))
    if user_password is not None or owner_password is not None:
        from fpdf.enums import EncryptionMethod

        pdf.set_encryption(
            owner_password=owner_password or f"owner-{user_password}",
            user_password=user_password,
            encryption_method=EncryptionMethod[encryption],
            permissions=0,  # no printing, copying, ...: a reader may still extract for analysis
        )
    return bytes(pdf.output())


def text_pdf(lines: list[str], *, lines_per_page: int = 40, size: float = 10.0) -> bytes:
    """Real text set line by line (one PDF line per given line), with a running head and a page
    number on every page: for checking that extraction gives back exactly the lines it was given.
    Lines must be Windows-1252 text short enough for the page (about 95 characters)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.core_fonts_encoding = "windows-1252"
    for start in range(0, len(lines), lines_per_page):
        pdf.add_page()
        pdf.set_font("Helvetica", "", HEAD_SIZE)
        pdf.text(72, 40, RUNNING_HEAD)
        pdf.set_font("Helvetica", "", size)
        for i, text in enumerate(lines[start : start + lines_per_page]):
            pdf.text(60, 80 + i * size * 1.6, text)
        pdf.set_font("Helvetica", "", PAGE_NUMBER_SIZE)
        pdf.text(595 / 2 - 3, 842 - 30, str(pdf.page_no()))
    return bytes(pdf.output())


def two_column_pdf() -> bytes:
    """One page, two text columns: reading order must finish the left column first."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "", BODY_SIZE)
    for col, x in (("venstre", 60.0), ("hoejre", 320.0)):
        for i in range(1, 11):
            pdf.text(x, 100 + 15 * i, f"Kolonne {col} linje {i} med tekst")
    return bytes(pdf.output())


BROCHURE_ORDER = (
    ["Overskrift over begge kolonner"]
    + [f"Kolonne A linje {i} tekst om noget" for i in range(1, 16)]
    + [f"Kolonne B linje {i} tekst om noget" for i in range(1, 16)]
    + [f"Bred afslutning linje {i} der spænder over hele siden og fortsætter mod højre kant" for i in range(3)]
    + [f"Venstre brødtekst {i} ved siden af boksen" for i in range(4)]
    + [f"Faktaboks {i} kort" for i in range(4)]
)


def brochure_pdf() -> bytes:
    """One brochure page: a heading across two columns, the columns, a full-width paragraph, then
    body text beside a fact box. BROCHURE_ORDER is the order a reader reads it in."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(60, 70, BROCHURE_ORDER[0])
    pdf.set_font("Helvetica", "", 10)
    for col, x in (("A", 60), ("B", 320)):
        for i in range(1, 16):
            pdf.text(x, 110 + 13 * i, f"Kolonne {col} linje {i} tekst om noget")
    for i in range(3):
        pdf.text(60, 360 + 13 * i, f"Bred afslutning linje {i} der spænder over hele siden og fortsætter mod højre kant")
    for i in range(4):
        pdf.text(380, 450 + 12 * i, f"Faktaboks {i} kort")
        pdf.text(60, 450 + 13 * i, f"Venstre brødtekst {i} ved siden af boksen")
    return bytes(pdf.output())


LABELS_ORDER = [
    "1. INDLEDNING",
    "Kommissionen vil i 2025 fremlægge en række initiativer for at styrke",
    "konkurrenceevnen på følgende områder:",
    "• AI-fabrikker og gigafabrikker i hele Unionen",
    "• adgang til data af høj kvalitet",
    "• færdigheder og talenter",
    "1.1. Beregningskraft",
    "Første afsnit efter underoverskriften med almindelig tekst.",
    "(a) investeringer i datacentre",
    "(b) forskning i grundmodeller",
    "1 COM(2024) 28 final.",
    "2 Forordning (EU) 2024/1689.",
]


def labels_pdf() -> bytes:
    """Word-processor layout: heading numbers, bullets, "(a)" items and footnote numbers set apart
    from their text by a tab. LABELS_ORDER is how a reader reads the page."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.core_fonts_encoding = "windows-1252"  # for the bullet
    pdf.add_page()

    def labelled(label: str, text: str, x: float, tab: float, y: float) -> None:
        pdf.text(x, y, label)
        pdf.text(tab, y, text)

    pdf.set_font("Helvetica", "B", 12)
    labelled("1.", "INDLEDNING", 72, 108, 80)
    pdf.set_font("Helvetica", "", 12)
    y = 110.0
    for text in LABELS_ORDER[1:3]:
        pdf.text(72, y, text)
        y += 14
    for text in LABELS_ORDER[3:6]:
        labelled("•", text[2:], 90, 108, y)
        y += 14
    y += 10
    pdf.set_font("Helvetica", "B", 12)
    labelled("1.1.", "Beregningskraft", 72, 108, y)
    y += 20
    pdf.set_font("Helvetica", "", 12)
    pdf.text(72, y, LABELS_ORDER[7])
    y += 14
    for text in LABELS_ORDER[8:10]:
        labelled(text[:3], text[4:], 90, 115, y)
        y += 14
    pdf.set_font("Helvetica", "", 9)
    for i, text in enumerate(LABELS_ORDER[10:12]):
        labelled(text[:1], text[2:], 72, 95, 760 + 11 * i)
    return bytes(pdf.output())


SPLIT_PARAGRAPH = [
    "Kommissionen vil i 2025 fremlægge en række initiativer for at styrke konkurrenceevnen",
    "i hele Unionen. Planen omfatter AI-fabrikker, gigafabrikker og adgang til data af høj",
    "kvalitet for virksomheder og forskere i alle medlemsstaterne og i associerede lande.",
    "Medlemsstaterne opfordres til at bidrage med egne midler og til at samarbejde tæt.",
]
SPLIT_AT = (1, "i hele Unionen.")  # line 1 is printed in two parts, the second after a 2-em gap


def split_line_pdf(*, narrow_columns: bool = False) -> bytes:
    """A justified paragraph whose second line was written in two pieces with a wide sentence space
    (pdfminer reads it as two lines); with `narrow_columns`, instead two columns with a gutter of
    the same 2 ems, which must stay apart."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "", BODY_SIZE)
    gap = 2 * BODY_SIZE
    if narrow_columns:
        for i in range(8):
            pdf.text(72, 100 + 14 * i, f"Venstre kolonne række {i} tekst")
            pdf.text(72 + pdf.get_string_width(f"Venstre kolonne række {i} tekst") + gap, 100 + 14 * i, f"Højre kolonne række {i}")
        return bytes(pdf.output())
    row, first = SPLIT_AT
    for i, text in enumerate(SPLIT_PARAGRAPH):
        y = 100 + 14 * i
        if i != row:
            pdf.text(72, y, text)
            continue
        rest = text[len(first) + 1 :]
        pdf.text(72, y, first)
        pdf.text(72 + pdf.get_string_width(first) + gap, y, rest)
    return bytes(pdf.output())


WATERMARK = "UDKAST"
TURNED_ORDER = (
    [f"Almindelig brødtekst linje {i} på siden." for i in range(5)]
    + ["Nedad læst sidetekst, første linje", "og sidetekstens anden linje"]
    + ["Lodret margintekst læst opad"]
)


def turned_text_pdf() -> bytes:
    """Body text, a two-line sidebar turned a quarter clockwise (read downwards), a margin note
    turned anticlockwise (read upwards) and a diagonal watermark. TURNED_ORDER is the expected
    reading: the body, then the turned lines (downward ones first), no watermark."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "", BODY_SIZE)
    for i, text in enumerate(TURNED_ORDER[:5]):
        pdf.text(72, 100 + 15 * i, text)
    for i, text in enumerate(TURNED_ORDER[5:7]):
        with pdf.rotation(-90, x=560 - 14 * i, y=300):
            pdf.text(560 - 14 * i, 300, text)
    with pdf.rotation(90, x=40, y=500):
        pdf.text(40, 500, TURNED_ORDER[7])
    with pdf.rotation(45, x=200, y=600):
        pdf.set_font("Helvetica", "B", 40)
        pdf.text(200, 600, WATERMARK)
    return bytes(pdf.output())


def scanned_pdf(pages: int = 2, *, with_image: bool = True, stamp: bool = False) -> bytes:
    """Pages with an image (or only drawn shapes) and no text at all, like a scan without OCR;
    with `stamp`, each scanned page also carries a little real text (a page number stamp)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(_FIXED_DATE)
    for _ in range(pages):
        pdf.add_page()
        if with_image:
            import io

            pdf.image(io.BytesIO(_png(64, 64)), x=50, y=50, w=495, h=700)
        else:
            pdf.set_fill_color(200, 200, 200)
            pdf.rect(50, 50, 495, 700, style="F")
            pdf.line(60, 60, 500, 700)
        if stamp:
            pdf.set_font("Helvetica", "", 8)
            pdf.text(500, 820, f"Side {pdf.page_no()}")
    return bytes(pdf.output())


def mixed_scanned_pdf(*, stamp: bool = False) -> bytes:
    """Three pages: text, an image-only page (a scanned insert), text. With `stamp`, the scanned
    page also carries a page-number stamp in real text."""
    from fpdf import FPDF
    import io

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    for page in (1, 2, 3):
        pdf.add_page()
        if page == 2:
            pdf.image(io.BytesIO(_png(32, 32)), x=50, y=50, w=495, h=700)
            if stamp:
                pdf.set_font("Helvetica", "", 8)
                pdf.text(500, 820, "Side 2")
            continue
        pdf.set_font("Helvetica", "", BODY_SIZE)
        for i, text in enumerate(_body_lines(page, 5)):
            pdf.text(72, 100 + 15 * i, text)
    return bytes(pdf.output())


def superscript_pdf() -> bytes:
    """Footnote markers glued to a year and to a word, and a smaller word on the baseline (not
    raised). Each line is (text before, marker, text after); see SUPERSCRIPT_LINES."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    y = 100.0
    for before, small, after, rise in SUPERSCRIPT_LINES:
        x = 72.0
        pdf.set_font("Helvetica", "", BODY_SIZE)
        pdf.text(x, y, before)
        x += pdf.get_string_width(before)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(x, y - rise, small)
        x += pdf.get_string_width(small)
        pdf.set_font("Helvetica", "", BODY_SIZE)
        pdf.text(x, y, after)
        y += 20
    return bytes(pdf.output())


# (before, small text, after, rise in points): rise 0 is a smaller word on the same baseline.
SUPERSCRIPT_LINES = (
    ("Planen blev vedtaget i marts 2025", "8", " af Kommissionen.", 4.0),
    ("Svenska AI-företag", "3", " och forskare deltar.", 4.0),
    ("Arealet er 40 m", "2", " i alt.", 4.0),
    ("Ordet ", "SMÅT", " står på grundlinjen.", 0.0),
)


def overprint_pdf() -> bytes:
    """"Fake bold" as some producers make it: a heading printed twice 0.4 pt apart, and a line
    printed glyph by glyph, each glyph twice; plus a line placed off the page."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", "", BODY_SIZE)
    pdf.text(72, 100, "Overtrykt fed overskrift")
    pdf.text(72.4, 100, "Overtrykt fed overskrift")
    pdf.text(72, 130, "Almindelig linje med alle bogstaver")
    x = 72.0
    for ch in "Tegn for tegn":
        pdf.text(x, 160, ch)
        pdf.text(x + 0.3, 160, ch)
        x += pdf.get_string_width(ch)
    pdf.text(700, 200, "Uden for siden")
    return bytes(pdf.output())


def empty_pages_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (written by hand: fpdf2 always adds a page)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def truncated_pdf() -> bytes:
    """A valid PDF cut off at a third of its length (an interrupted download)."""
    data = document_pdf(3)
    return data[: len(data) // 3]


def garbage_pdf() -> bytes:
    """A PDF header followed by random bytes."""
    rng = random.Random(7)
    return b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4000))


def _png(width: int, height: int) -> bytes:
    """A grey-gradient PNG built by hand (no imaging library needed)."""
    raw = b"".join(b"\x00" + bytes((x * 4 + y * 2) % 256 for x in range(width)) for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _fixed_date():
    from datetime import datetime, timezone

    return datetime(2025, 4, 9, tzinfo=timezone.utc)


_FIXED_DATE = _fixed_date()
