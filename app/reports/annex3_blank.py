"""Annex 3, the complaint intake form, blank and printable (for the counter and the website):
the same fields as the intake dialog (app/annex3.py), each with room to write."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import annex3
from app.reports.fonts import register_fonts

INK = colors.HexColor("#1f1f1f")
BORDER = colors.HexColor("#606060")
MUTED = colors.HexColor("#424242")
LINE = 7 * mm  # height of one handwriting line


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _box(width: float, lines: int) -> Table:
    """A bordered box with ruled lines to write on."""
    box = Table(
        [[""] for _ in range(lines)], colWidths=[width], rowHeights=[LINE] * lines, hAlign="LEFT"
    )
    style = [("BOX", (0, 0), (-1, -1), 0.8, BORDER)]
    if lines > 1:
        style.append(("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#b0b0b0")))
    box.setStyle(TableStyle(style))
    return box


def build_blank_annex3_pdf(organisation: str = "") -> bytes:
    font, bold = register_fonts()
    buffer = io.BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=13 * mm,
        bottomMargin=14 * mm,
        title=annex3.FORM_GROUP,
        author=organisation,
    )
    width = doc.width - 12  # the frame keeps 6 pt padding on each side
    title = ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, textColor=INK)
    label = ParagraphStyle("label", fontName=bold, fontSize=9.5, leading=12, textColor=INK)
    small = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=11, textColor=MUTED)
    choice = ParagraphStyle("choice", fontName=font, fontSize=10, leading=13, textColor=INK)

    story: list[Flowable] = []
    if organisation:
        story.append(Paragraph(_escape(organisation), small))
        story.append(Spacer(1, 1.5 * mm))
    story += [Paragraph(_escape(annex3.FORM_GROUP), title), Spacer(1, 4 * mm)]

    # Who complains: the name parts side by side, as in the dialog.
    story.append(Paragraph(_escape(annex3.COMPLAINANT_GROUP), label))
    story.append(Spacer(1, 1.5 * mm))
    fields = [annex3.plain(f.label) for f in annex3.COMPLAINANT_FIELDS]
    widths = [0.2 * width, 0.17 * width, 0.18 * width, 0.45 * width]
    names = Table(
        [[Paragraph(_escape(text), small) for text in fields[:4]], ["", "", "", ""]],
        colWidths=widths,
        rowHeights=[5 * mm, LINE],
        hAlign="LEFT",
    )
    names.setStyle(
        TableStyle(
            [
                ("BOX", (0, 1), (-1, 1), 0.8, BORDER),
                ("INNERGRID", (0, 1), (-1, 1), 0.8, BORDER),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ]
        )
    )
    story += [names, Spacer(1, 2 * mm), Paragraph(_escape(fields[4]), small)]
    story += [Spacer(1, 1 * mm), _box(0.5 * width, 1), Spacer(1, 5 * mm)]

    organisation_name = organisation or "de organisatie"
    for text in (annex3.COMPLAINT_CHOICE.replace("%1", organisation_name), annex3.SIGNAL_CHOICE):
        story.append(Paragraph("\u2610&nbsp;&nbsp;" + _escape(annex3.plain(text)), choice))
        story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(_escape(annex3.SIGNAL_NOTE), small))
    story.append(Spacer(1, 5 * mm))

    for field in annex3.QUESTIONS:
        heading = Paragraph(_escape(annex3.plain(field.label)), label)
        story.append(KeepTogether([heading, Spacer(1, 1.5 * mm), _box(width, field.lines)]))
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(_escape(annex3.FOOTNOTE), small))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(_escape(annex3.ATTACHMENTS_NOTE), small))

    def footer(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - margin, 9 * mm, f"Pagina {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
