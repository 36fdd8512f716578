"""Annex 1, "Ik heb een klacht behandeld", filled in, as a PDF that looks like the paper form:
the labels in the form's order, each answer in a bordered box, and the footnote about the
internal complaint number.

The builder takes plain text (labels and answers already in words), so it knows nothing of
the database; long answers continue on the next page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

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

from app.reports.fonts import register_fonts

TITLE = "Ik heb een klacht behandeld"
FOOTNOTE = "* Wordt toegekend door secretariaat MT"

# The labels of the paper form, in its order.
HANDLER = "Naam behandelaar"
NUMBER = "Nummer intern klachtdossier*"
COMPLAINANT_NAME = "Naam klager"
COMPLAINANT_ADDRESS = "Adres klager"
COMPLAINANT_PHONE = "Telefoonnummer klager"
DESCRIPTION = "Omschrijving klacht"
JUDGMENT = "Oordeel"
CAUSE = "Wie of wat is de oorzaak?"
PREVENTION = "Hoe had de klacht voorkomen kunnen worden?"
REMEDIAL_ACTION = "Wat voor herstelactie is gepleegd?"
IMPROVEMENTS = "Noem mogelijke verbeterpunten"

FACT_LABELS = (
    HANDLER,
    NUMBER,
    COMPLAINANT_NAME,
    COMPLAINANT_ADDRESS,
    COMPLAINANT_PHONE,
    DESCRIPTION,
    JUDGMENT,
)
QUESTION_LABELS = (CAUSE, PREVENTION, REMEDIAL_ACTION, IMPROVEMENTS)

INK = colors.HexColor("#1f1f1f")
BORDER = colors.HexColor("#606060")
LABEL_BACKGROUND = colors.HexColor("#eeeeee")
MUTED = colors.HexColor("#424242")


@dataclass(frozen=True)
class Annex1Form:
    """The filled-in form: ``facts`` and ``questions`` as (label, answer) in the form's order."""

    facts: Sequence[tuple[str, str]]
    questions: Sequence[tuple[str, str]]
    organisation: str = ""
    status_line: str = ""  # e.g. "Verzonden op 12-03-2026 14:05"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One paragraph per line of the answer (blank lines kept as small gaps)."""
    lines = text.replace("\r\n", "\n").split("\n") if text else [""]
    return [Paragraph(_escape(line) or "&nbsp;", style) for line in lines]


def build_annex1_pdf(form: Annex1Form) -> bytes:
    font, bold = register_fonts()
    buffer = io.BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=TITLE,
        author=form.organisation or "",
    )
    width = A4[0] - 2 * margin
    title_style = ParagraphStyle(
        "title", fontName=bold, fontSize=17, leading=21, textColor=INK, spaceAfter=2 * mm
    )
    small = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=11, textColor=MUTED)
    label_style = ParagraphStyle("label", fontName=bold, fontSize=9.5, leading=12, textColor=INK)
    answer_style = ParagraphStyle("answer", fontName=font, fontSize=10, leading=13.5, textColor=INK)

    story: list[Flowable] = []
    if form.organisation:
        story.append(Paragraph(_escape(form.organisation), small))
        story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(_escape(TITLE), title_style))
    if form.status_line:
        story.append(Paragraph(_escape(form.status_line), small))
    story.append(Spacer(1, 5 * mm))

    # The facts: a two-column grid, label on the left, answer in a box on the right.
    label_width = 64 * mm
    rows = [
        [Paragraph(_escape(label), label_style), _paragraphs(answer, answer_style)]
        for label, answer in form.facts
    ]
    facts = Table(
        rows,
        colWidths=[label_width, width - label_width],
        splitByRow=1,
        splitInRow=1,
    )
    facts.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, BORDER),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.6 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.6 * mm),
            ]
        )
    )
    story.append(facts)
    story.append(Spacer(1, 7 * mm))

    # The questions: the label above a box that is at least a few lines high.
    for label, answer in form.questions:
        box = Table(
            [[_paragraphs(answer, answer_style)]],
            colWidths=[width],
            rowHeights=None,
            splitInRow=1,
            minRowHeights=[24 * mm],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, BORDER),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.6 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * mm),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2.6 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2.6 * mm),
                ]
            )
        )
        heading = Paragraph(_escape(label), label_style)
        story.append(KeepTogether([heading, Spacer(1, 1.6 * mm), box]))
        story.append(Spacer(1, 5 * mm))

    def footer(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(margin, 10 * mm, FOOTNOTE)
        canvas.drawRightString(A4[0] - margin, 10 * mm, f"Pagina {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
