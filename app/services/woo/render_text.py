"""A document rebuilt from its text with reportlab: every redacted passage is left out of
the page and a black box with its ground drawn where it stood, so nothing of it is in the
file — not under the box, not in the metadata."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from app.services.woo.documents import WooDocument
from app.services.woo.grounds import ground_label

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 10
LEADING = 14
MARGIN = 20 * mm


def _tokens(document: WooDocument) -> list[list[tuple[str, str]]]:
    """Lines of tokens: ("word", text) or ("box", ground). A redaction that spans a line
    break stays one box on the line where it starts."""
    text = document.text
    pieces: list[tuple[str, str]] = []
    position = 0
    for redaction in document.effective():
        if redaction.start < position:
            continue
        pieces.append(("text", text[position : redaction.start]))
        pieces.append(("box", ground_label(redaction.ground)))
        position = redaction.end
    pieces.append(("text", text[position:]))
    lines: list[list[tuple[str, str]]] = [[]]
    for kind, value in pieces:
        if kind == "box":
            lines[-1].append(("box", value))
            continue
        for number, line in enumerate(value.split("\n")):
            if number:
                lines.append([])
            lines[-1].extend(("word", w) for w in line.split())
    return lines


def render_text_pdf(document: WooDocument, target: Path, header: str) -> int:
    """Write ``document`` to ``target`` (a path the caller made atomic); returns pages."""
    width, height = A4
    pdf = canvas.Canvas(str(target), pagesize=A4, pageCompression=0)
    # Only neutral metadata: the title is the inventory's ID, never a name.
    pdf.setTitle(document.id)
    pdf.setAuthor("")
    pdf.setSubject("Woo-openbaarmaking")
    pdf.setCreator("Interne Klachten")
    pdf.setProducer("Interne Klachten")
    pages = 1
    y = height - MARGIN

    def start_page() -> float:
        pdf.setFont(BOLD, 9)
        pdf.drawString(MARGIN, height - 12 * mm, f"{document.id} — {header}")
        pdf.setFont(FONT, SIZE)
        return height - MARGIN - 4 * mm

    y = start_page()
    space = pdf.stringWidth(" ", FONT, SIZE)
    for line in _tokens(document):
        x = MARGIN
        if y < MARGIN:
            pdf.showPage()
            pages += 1
            y = start_page()
        for kind, value in line:
            if kind == "word":
                w = pdf.stringWidth(value, FONT, SIZE)
            else:
                w = pdf.stringWidth(value, BOLD, 8) + 6
            if x > MARGIN and x + w > width - MARGIN:
                y -= LEADING
                x = MARGIN
                if y < MARGIN:
                    pdf.showPage()
                    pages += 1
                    y = start_page()
            if kind == "word":
                pdf.setFont(FONT, SIZE)
                pdf.setFillColorRGB(0, 0, 0)
                pdf.drawString(x, y, value)
            else:
                pdf.setFillColorRGB(0, 0, 0)
                pdf.rect(x, y - 3, w, LEADING - 2, stroke=0, fill=1)
                pdf.setFillColorRGB(1, 1, 1)
                pdf.setFont(BOLD, 8)
                pdf.drawString(x + 3, y, value)
                pdf.setFillColorRGB(0, 0, 0)
            x += w + space
        y -= LEADING
    pdf.save()
    return pages
