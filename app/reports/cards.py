"""The green and red feedback cards of annex 2, drawn with reportlab.

Layouts: two cards (A5) or four cards (A6) on an A4 sheet with cut marks, or one card per
page on A5 or A6 card stock. Every text comes from the organisation's settings; each card
carries its short code so a returned card is matched without the complainant writing it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.reports.fonts import register_fonts

GREEN = colors.HexColor("#2e7d32")
RED = colors.HexColor("#c62828")
INK = colors.HexColor("#1f1f1f")
LINE = colors.HexColor("#9e9e9e")

# The card is designed at A6 (105 x 148 mm) and scaled for bigger stock.
BASE_WIDTH = 105 * mm
# The return address must be readable by a complainant without glasses: never below this,
# however small the card is scaled (four cards on an A4 sheet).
FOOTER_MIN_SIZE = 7.5
# Who the card goes to, printed above the card in the margin: the secretariat stuffs the
# envelopes by it, and it falls off with the margin when the sheet is cut.
RECIPIENT_SIZE = 7


class CardLayout(StrEnum):
    A4_TWO = "a4_2"  # two A5 cards on an A4 sheet (landscape), with cut marks
    A4_FOUR = "a4_4"  # four A6 cards on an A4 sheet, with cut marks
    A5 = "a5"  # one card per A5 sheet
    A6 = "a6"  # one card per A6 sheet


LAYOUT_LABELS = {
    CardLayout.A4_TWO: "A4, twee kaarten per vel (A5) met snijtekens",
    CardLayout.A4_FOUR: "A4, vier kaarten per vel (A6) met snijtekens",
    CardLayout.A5: "Losse kaarten op A5",
    CardLayout.A6: "Losse kaarten op A6",
}


@dataclass(frozen=True)
class CardText:
    """What the cards say about the organisation (from the settings)."""

    organisation: str
    reply_number: str  # Antwoordnummer
    reply_postcode: str
    reply_city: str
    attention_of: str = "de klachtcoördinator"

    def return_line(self) -> str:
        address = f"Antwoordnummer {self.reply_number}, {self.reply_postcode} {self.reply_city}"
        return (
            f"U kunt deze kaart in bijgevoegde enveloppe sturen naar {self.organisation}, "
            f"t.a.v. {self.attention_of}, {address} (postzegel niet nodig)"
        )


@dataclass(frozen=True)
class Card:
    colour: str  # "green" / "red"
    code: str
    recipient: str = ""  # "IK-2026-0012 · voor …": the complaint and who gets it


def recipient_line(number: str, name: str | None, city: str | None) -> str:
    """Who gets a card: the complaint number first (a long name may be cut short), then
    the name and place as on the envelope."""
    who = ", ".join(p for p in (name, city) if p)
    return f"{number} · voor {who}" if who else number


def green_texts(text: CardText) -> tuple[str, str]:
    question = (
        f"U heeft een klacht ingediend over {text.organisation}. Bent u tevreden over de "
        "behandeling van uw klacht?"
    )
    prompt = (
        "Natuurlijk is het normaal dat ik goed geholpen ben, maar toch wil ik graag een "
        "compliment maken, omdat:"
    )
    return question, prompt


def red_texts(text: CardText) -> tuple[str, str]:
    question = (
        f"U heeft een klacht ingediend over {text.organisation}. Bent u niet tevreden over de "
        f"behandeling van uw klacht over {text.organisation}?"
    )
    return question, "Ik deel een rode kaart uit, omdat:"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Painter:
    def __init__(self, canvas: Canvas, text: CardText) -> None:
        self.canvas = canvas
        self.text = text
        self.font, self.bold = register_fonts()

    def style(
        self, size: float, *, bold: bool = False, leading: float = 1.25, colour: colors.Color = INK
    ) -> ParagraphStyle:
        return ParagraphStyle(
            "card",
            fontName=self.bold if bold else self.font,
            fontSize=size,
            leading=size * leading,
            textColor=colour,
            alignment=TA_LEFT,
        )

    def paragraph(
        self, text: str, style: ParagraphStyle, x: float, top: float, width: float
    ) -> float:
        """Draw a paragraph with its top at ``top``; returns the y below it."""
        para = Paragraph(_escape(text), style)
        _w, height = para.wrap(width, 10_000)
        para.drawOn(self.canvas, x, top - height)
        return top - height

    def lines(self, x: float, top: float, width: float, count: int, gap: float) -> float:
        self.canvas.setStrokeColor(LINE)
        self.canvas.setLineWidth(0.5)
        y = top
        for _ in range(count):
            y -= gap
            self.canvas.line(x, y, x + width, y)
        return y

    def labelled_line(
        self, label: str, x: float, top: float, width: float, size: float, gap: float
    ) -> float:
        y = top - gap
        self.canvas.setFont(self.font, size)
        self.canvas.setFillColor(INK)
        self.canvas.drawString(x, y + 1.2 * mm * size / 8, label)
        start = x + self.canvas.stringWidth(label, self.font, size) + 2 * mm
        self.canvas.setStrokeColor(LINE)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(start, y, x + width, y)
        return y

    def checkbox(self, x: float, y: float, side: float, label: str, size: float) -> float:
        self.canvas.setStrokeColor(INK)
        self.canvas.setLineWidth(0.8)
        self.canvas.rect(x, y, side, side)
        self.canvas.setFont(self.bold, size)
        self.canvas.drawString(x + side + 1.5 * mm, y + side * 0.15, label)
        return x + side + 1.5 * mm + self.canvas.stringWidth(label, self.bold, size) + 5 * mm

    def define_cards(self, width: float, height: float) -> None:
        """Draw the red and the green card once each, as PDF forms that every card then
        places: a batch of a thousand cards is drawn twice, not a thousand times. Called
        before the first page has content (a form takes the page's drawing so far)."""
        for colour in ("red", "green"):
            self.canvas.beginForm(f"card-{colour}", 0, 0, width, height)
            self._card_face(colour, width, height)
            self.canvas.endForm()

    def card(self, card: Card, x: float, y: float, width: float, height: float) -> None:
        """One card with its lower left corner at (x, y): the form of its colour, and its
        own code in the band."""
        c = self.canvas
        c.saveState()
        c.translate(x, y)
        c.doForm(f"card-{card.colour}")
        scale = width / BASE_WIDTH
        band = 13 * mm * scale
        c.setFillColor(colors.white)
        c.setFont(self.font, 7 * scale)
        c.drawRightString(
            width - 6 * mm * scale, height - band + band * 0.36, f"Kaartcode {card.code}"
        )
        c.restoreState()

    def _card_face(self, colour: str, width: float, height: float) -> None:
        """Everything of a card but its code, with its lower left corner at (0, 0)."""
        c = self.canvas
        x = y = 0.0
        scale = width / BASE_WIDTH
        pad = 6 * mm * scale
        inner = width - 2 * pad
        red = colour == "red"
        accent = RED if red else GREEN
        band = 13 * mm * scale
        c.saveState()
        c.setStrokeColor(accent)
        c.setLineWidth(1.2)
        c.rect(x, y, width, height)
        c.setFillColor(accent)
        c.rect(x, y + height - band, width, band, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 12 * scale)
        title = "Rode kaart" if red else "Groene kaart"
        c.drawString(x + pad, y + height - band + band * 0.34, title)

        body = 8 * scale
        top = y + height - band - 4 * mm * scale
        question, prompt = red_texts(self.text) if red else green_texts(self.text)
        top = self.paragraph(question, self.style(body, bold=True), x + pad, top, inner)
        top -= 3 * mm * scale
        top = self.paragraph(prompt, self.style(body), x + pad, top, inner)
        gap = 6.2 * mm * scale
        footer_style = self.style(
            max(FOOTER_MIN_SIZE, 7.5 * scale), leading=1.2, colour=colors.HexColor("#424242")
        )
        footer = Paragraph(_escape(self.text.return_line()), footer_style)
        _w, footer_height = footer.wrap(inner, 10_000)
        bottom_reserved = footer_height + pad + 2 * mm * scale
        fields = 4 if red else 1  # name (+ phone, e-mail, call-back choice)
        reserved = fields * gap + (gap if red else 0) + bottom_reserved
        count = max(2, int((top - (y + reserved)) // gap))
        top = self.lines(x + pad, top, inner, count, gap)
        if red:
            top -= gap
            c.setFont(self.font, body)
            c.setFillColor(INK)
            question_text = "Als u mij hierover wilt terugbellen, graag:"
            c.drawString(x + pad, top + 1 * mm, question_text)
            box_x = x + pad + c.stringWidth(question_text, self.font, body) + 3 * mm
            side = 3.2 * mm * scale
            box_x = self.checkbox(box_x, top + 0.4 * mm, side, "JA", body)
            self.checkbox(box_x, top + 0.4 * mm, side, "NEEN", body)
        top = self.labelled_line("Mijn naam is:", x + pad, top, inner, body, gap)
        if red:
            top = self.labelled_line("Telefoonnummer:", x + pad, top, inner, body, gap)
            top = self.labelled_line("E-mailadres:", x + pad, top, inner, body, gap)
        footer.drawOn(c, x + pad, y + pad)
        c.restoreState()

    def recipient(self, card: Card, x: float, y: float, width: float, margin: float) -> None:
        """The "Voor …" line in the margin above the card, clear of the cut marks."""
        if not card.recipient:
            return
        c = self.canvas
        c.saveState()
        c.setFont(self.font, RECIPIENT_SIZE)
        c.setFillColor(INK)
        # The vertical cut marks stand on the card's corners: the line keeps 7 mm from them.
        room = width - 14 * mm
        line = card.recipient
        while line and c.stringWidth(line, self.font, RECIPIENT_SIZE) > room:
            line = line[:-2] + "…"
        baseline = y + max(1.2 * mm, (margin - RECIPIENT_SIZE * 0.7) / 2)
        c.drawString(x + 7 * mm, baseline, line)
        c.restoreState()


def _cut_marks(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Short lines outside each corner, on the card's edges extended."""
    length, offset = 4 * mm, 1.5 * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    for cx in (x, x + width):
        for cy, direction in ((y, -1), (y + height, 1)):
            canvas.line(cx, cy + direction * offset, cx, cy + direction * (offset + length))
    for cy in (y, y + height):
        for cx, direction in ((x, -1), (x + width, 1)):
            canvas.line(cx + direction * offset, cy, cx + direction * (offset + length), cy)
    canvas.restoreState()


def cards_pdf(
    cards: Sequence[Card], text: CardText, layout: CardLayout, title: str = "Feedbackkaarten"
) -> bytes:
    """All ``cards`` in ``layout`` as one PDF."""
    buffer = io.BytesIO()
    if layout == CardLayout.A4_TWO:
        page, columns, rows = landscape(A4), 2, 1
    elif layout == CardLayout.A4_FOUR:
        page, columns, rows = A4, 2, 2
    elif layout == CardLayout.A5:
        page, columns, rows = A5, 1, 1
    else:
        page, columns, rows = A6, 1, 1
    canvas = Canvas(buffer, pagesize=page, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(text.organisation)
    painter = _Painter(canvas, text)
    sheet = layout in (CardLayout.A4_TWO, CardLayout.A4_FOUR)
    margin = 9 * mm if sheet else 4 * mm
    cell_w, cell_h = page[0] / columns, page[1] / rows
    per_page = columns * rows
    painter.define_cards(cell_w - 2 * margin, cell_h - 2 * margin)
    for start in range(0, len(cards), per_page):
        for index, card in enumerate(cards[start : start + per_page]):
            column, row = index % columns, index // columns
            x = column * cell_w + margin
            y = page[1] - (row + 1) * cell_h + margin
            width, height = cell_w - 2 * margin, cell_h - 2 * margin
            painter.card(card, x, y, width, height)
            painter.recipient(card, x, y + height, width, margin)
            if sheet:
                _cut_marks(canvas, x, y, width, height)
        canvas.showPage()
    if not cards:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
