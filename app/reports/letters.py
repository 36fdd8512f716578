"""A letter on the organisation's letterhead, as a PDF (reportlab; no Qt, no database).

Layout on A4, measured from the top left corner:

- the organisation's name (top left) and its address and contact details (top right);
- the addressee in the window of a Dutch window envelope (window on the left, about
  20-105 mm from the left and 45-90 mm from the top), with a small return address above;
- date, "Ons kenmerk" and "Onderwerp" under the window, then the body and the signature;
- "Pagina x van n" at the foot of every page when the letter runs over one page.

The body is plain text: blank lines separate paragraphs, a line starting with "• " or "- "
is a bullet, and a paragraph's first line that is one of ``headings`` is shown bold (without
a list of headings: a short first line without closing punctuation above more lines).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 22 * mm  # aligned with the envelope window
RIGHT = 20 * mm
BOTTOM = 22 * mm
# The envelope window (left window, Dutch standard envelopes EA5/6 and C5/6).
WINDOW_LEFT = 22 * mm
WINDOW_TOP = 47 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 40 * mm
FIRST_BODY_TOP = 100 * mm  # under the window (and under the first fold at 99 mm)
LATER_BODY_TOP = 25 * mm
CONTACT_LEFT = 132 * mm  # the right-hand column of the letterhead
GREY = Color(0.35, 0.35, 0.35)

_BULLET = re.compile(r"^\s*(?:[•*]|-(?=\s))\s+")
_HEADING_MAX = 60


@dataclass(frozen=True)
class LetterPdf:
    """Everything printed on the letter, as plain text (no markup)."""

    organisation: str
    contact_lines: tuple[str, ...]  # address, phone, e-mail, website: top right
    return_address: str | None  # one line above the window, or None
    address_lines: tuple[str, ...]  # the addressee, in the window
    date_text: str
    reference: str  # "Ons kenmerk"
    subject: str
    body: str
    signature_lines: tuple[str, ...]  # name (bold), job title, organisation
    copy_to: tuple[str, ...] = ()  # "Afschrift aan"
    reference_label: str = "Ons kenmerk"
    headings: frozenset[str] | None = None  # lines shown bold; None: guessed


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13.5, spaceAfter=7)
    return {
        "body": body,
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=bold, spaceAfter=1.5, keepWithNext=True
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3
        ),
        "last_bullet": ParagraphStyle(
            "last_bullet", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm
        ),
        "organisation": ParagraphStyle(
            "organisation", fontName=bold, fontSize=15, leading=18, textColor=black
        ),
        "contact": ParagraphStyle(
            "contact", fontName=regular, fontSize=7.5, leading=10, textColor=GREY
        ),
        "return": ParagraphStyle(
            "return", fontName=regular, fontSize=6.5, leading=8, textColor=GREY
        ),
        "address": ParagraphStyle("address", fontName=regular, fontSize=10, leading=13),
        "label": ParagraphStyle(
            "label", fontName=regular, fontSize=8.5, leading=12, textColor=GREY
        ),
        "value": ParagraphStyle("value", fontName=regular, fontSize=9.5, leading=12),
        "subject": ParagraphStyle("subject", fontName=bold, fontSize=9.5, leading=12),
        "signature_name": ParagraphStyle(
            "signature_name", parent=body, fontName=bold, spaceAfter=0
        ),
        "signature": ParagraphStyle("signature", parent=body, spaceAfter=0),
        "copy": ParagraphStyle("copy", fontName=regular, fontSize=8, leading=10.5),
        "small": ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=9, textColor=GREY),
        "page": ParagraphStyle(
            "page", fontName=regular, fontSize=7.5, leading=9, textColor=GREY, alignment=TA_RIGHT
        ),
    }


def _text(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.split("\n"))


def looks_like_heading(first: str, rest: list[str]) -> bool:
    """A short first line, capitalised, without closing punctuation, above more lines."""
    line = first.strip()
    return (
        bool(rest)
        and 0 < len(line) <= _HEADING_MAX
        and line[0].isupper()
        and line[-1] not in ".,:;!)\"'”"
        and not _BULLET.match(first)
    )


def body_flowables(
    body: str, styles: dict[str, ParagraphStyle], headings: frozenset[str] | None = None
) -> list[Flowable]:
    """The body text as paragraphs, headings and bullets."""

    def is_heading(lines: list[str]) -> bool:
        if headings is None:
            return looks_like_heading(lines[0], lines[1:])
        return lines[0].strip() in headings

    flowables: list[Flowable] = []
    for block in re.split(r"\n[ \t]*\n", body.strip("\n")):
        lines = [line.rstrip() for line in block.split("\n")]
        lines = [line for line in lines if line.strip()] if len(lines) > 1 else lines
        if not lines or not lines[0].strip():
            continue
        # A heading, and a sub-heading under it ("Bevindingen en oordeel", "Onderdeel 1").
        for _level in range(2):
            if not lines or not is_heading(lines):
                break
            flowables.append(Paragraph(escape(lines[0].strip()), styles["heading"]))
            lines = lines[1:]
        plain: list[str] = []
        for line in lines:
            bullet = _BULLET.match(line)
            if bullet:
                if plain:
                    flowables.append(Paragraph(_text("\n".join(plain)), styles["body"]))
                    plain = []
                flowables.append(
                    Paragraph(escape(line[bullet.end() :]), styles["bullet"], bulletText="•")
                )
            else:
                plain.append(line)
        if plain:
            flowables.append(Paragraph(_text("\n".join(plain)), styles["body"]))
        elif isinstance(last := flowables[-1], Paragraph) and last.style is styles["bullet"]:
            last.style = styles["last_bullet"]  # the paragraph's space after
    return flowables


def _draw_paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    """Draw markup ``text`` with its top at ``top`` (mm from the page top, in points);
    returns the height used."""
    paragraph = Paragraph(text, style)
    _w, height = paragraph.wrap(width, PAGE_HEIGHT)
    paragraph.drawOn(canvas, x, PAGE_HEIGHT - top - height)
    return height


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, to print "Pagina x van n" on each."""

    page_style: ParagraphStyle | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab internals, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1 and self.page_style is not None:
                _draw_paragraph(
                    self,
                    f"Pagina {self._pageNumber} van {total}",  # type: ignore[attr-defined]  # reportlab internals, not in its stubs
                    self.page_style,
                    LEFT,
                    PAGE_HEIGHT - 14 * mm,
                    PAGE_WIDTH - LEFT - RIGHT,
                )
            super().showPage()
        super().save()


def _name_style(
    letter: LetterPdf, styles: dict[str, ParagraphStyle], width: float
) -> ParagraphStyle:
    """The organisation's name in at most two lines, smaller when it is long, so that it
    stays clear of the envelope window."""
    style = styles["organisation"]
    for size in (15, 13, 11, 9.5):
        style = ParagraphStyle(
            f"organisation{size}", parent=styles["organisation"], fontSize=size, leading=size * 1.2
        )
        _w, height = Paragraph(escape(letter.organisation), style).wrap(width, PAGE_HEIGHT)
        if height <= 2 * style.leading + 0.1:
            break
    return style


def _first_page(letter: LetterPdf, styles: dict[str, ParagraphStyle]):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width = CONTACT_LEFT - LEFT - 6 * mm
        if letter.organisation:
            _draw_paragraph(
                canvas,
                escape(letter.organisation),
                _name_style(letter, styles, width),
                LEFT,
                16 * mm,
                width,
            )
        if letter.contact_lines:
            _draw_paragraph(
                canvas,
                _text("\n".join(letter.contact_lines)),
                styles["contact"],
                CONTACT_LEFT,
                17 * mm,
                PAGE_WIDTH - CONTACT_LEFT - RIGHT,
            )
        top = WINDOW_TOP + 2 * mm
        if letter.return_address:
            top += _draw_paragraph(
                canvas,
                escape(letter.return_address),
                styles["return"],
                WINDOW_LEFT + 2 * mm,
                top,
                WINDOW_WIDTH - 4 * mm,
            )
            top += 2.5 * mm
        _draw_paragraph(
            canvas,
            _text("\n".join(letter.address_lines)),
            styles["address"],
            WINDOW_LEFT + 2 * mm,
            top,
            WINDOW_WIDTH - 4 * mm,
        )
        canvas.restoreState()

    return draw


def _later_page(letter: LetterPdf, styles: dict[str, ParagraphStyle]):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        parts = (letter.organisation, f"{letter.reference_label} {letter.reference}")
        _draw_paragraph(
            canvas,
            escape(" — ".join(p for p in parts if p.strip())),
            styles["small"],
            LEFT,
            12 * mm,
            PAGE_WIDTH - LEFT - RIGHT,
        )
        canvas.restoreState()

    return draw


def _reference_table(letter: LetterPdf, styles: dict[str, ParagraphStyle]) -> Table:
    rows = [
        (Paragraph("Datum", styles["label"]), Paragraph(escape(letter.date_text), styles["value"])),
        (
            Paragraph(escape(letter.reference_label), styles["label"]),
            Paragraph(escape(letter.reference), styles["value"]),
        ),
        (
            Paragraph("Onderwerp", styles["label"]),
            Paragraph(escape(letter.subject), styles["subject"]),
        ),
    ]
    table = Table(rows, colWidths=(28 * mm, PAGE_WIDTH - LEFT - RIGHT - 28 * mm))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("TOPPADDING", (0, 0), (0, -1), 1.5),  # labels are smaller: same baseline
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table


def build_letter_pdf(letter: LetterPdf) -> bytes:
    """The letter as PDF bytes."""
    styles = _styles()
    buffer = io.BytesIO()
    content_width = PAGE_WIDTH - LEFT - RIGHT
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        title=letter.subject,
        author=letter.organisation,
        subject=letter.subject,
        creator="Interne Klachten",
    )
    first = Frame(
        LEFT,
        BOTTOM,
        content_width,
        PAGE_HEIGHT - FIRST_BODY_TOP - BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        LEFT,
        BOTTOM,
        content_width,
        PAGE_HEIGHT - LATER_BODY_TOP - BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first", [first], onPage=_first_page(letter, styles), autoNextPageTemplate="later"
            ),
            PageTemplate("later", [later], onPage=_later_page(letter, styles)),
        ]
    )
    story: list[Flowable] = [_reference_table(letter, styles), Spacer(1, 9 * mm)]
    body = body_flowables(letter.body, styles, letter.headings)
    closing: list[Flowable] = body[-1:]  # "Met vriendelijke groet," stays with the name
    story.extend(body[:-1])
    if letter.signature_lines:
        closing.append(Spacer(1, 4 * mm))
        name, *rest = letter.signature_lines
        closing.append(Paragraph(escape(name), styles["signature_name"]))
        closing.extend(Paragraph(escape(line), styles["signature"]) for line in rest)
    story.append(KeepTogether(closing))
    if letter.copy_to:
        story.append(Spacer(1, 8 * mm))
        story.append(
            Paragraph("Afschrift aan: " + escape(", ".join(letter.copy_to)), styles["copy"])
        )
    page_style = styles["page"]

    class _Canvas(_NumberedCanvas):
        pass

    _Canvas.page_style = page_style
    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()
