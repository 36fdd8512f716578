"""The inventory: one row per document in the columns of the national Woo publication
platform's production report, as ``inventaris.xlsx`` and ``inventaris.pdf``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.services.woo.documents import Source, WooDocument
from app.services.woo.grounds import Assessment, grounds_text

COLUMNS = (
    "ID",
    "Document",
    "File type",
    "Datum",
    "Beoordeling",
    "Beoordelingsgrond",
    "Toelichting",
    "Zaaknummer",
)


@dataclass(frozen=True)
class InventoryRow:
    id: str
    document: str
    file_type: str
    day: str
    assessment: Assessment
    grounds: str
    note: str
    case_number: str

    def values(self) -> tuple[str, ...]:
        return (
            self.id,
            self.document,
            self.file_type,
            self.day,
            self.assessment.value,
            self.grounds,
            self.note,
            self.case_number,
        )


def row_of(document: WooDocument) -> InventoryRow:
    active = document.active()
    if document.source == Source.NONE:
        assessment = Assessment.NOT_PUBLIC
    elif active:
        assessment = Assessment.PARTLY_PUBLIC
    else:
        assessment = Assessment.PUBLIC
    return InventoryRow(
        id=document.id,
        document=document.title,
        file_type=document.file_type,
        day=f"{document.day:%d-%m-%Y}" if document.day else "",
        assessment=assessment,
        grounds=grounds_text([r.ground for r in active]),
        note=document.note,
        case_number=document.complaint_number,
    )


def write_xlsx(rows: list[InventoryRow], target: Path) -> None:
    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook has one sheet
    sheet.title = "Inventaris"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row.values())
    for letter, width in zip("ABCDEFGH", (20, 40, 10, 12, 16, 18, 40, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    book.properties.creator = "Interne Klachten"
    book.properties.title = "Inventarislijst Woo"
    book.save(target)


def write_pdf(rows: list[InventoryRow], target: Path) -> None:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=8, leading=10)
    head = cell.clone("head", fontName="Helvetica-Bold")
    data = [[Paragraph(c, head) for c in COLUMNS]]
    data += [[Paragraph(_escape(v), cell) for v in row.values()] for row in rows]
    widths = [30 * mm, 51 * mm, 16 * mm, 20 * mm, 28 * mm, 34 * mm, 60 * mm, 28 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    document = SimpleDocTemplate(
        str(target),
        pagesize=landscape(A4),
        title="Inventarislijst Woo",
        author="",
        creator="Interne Klachten",
        leftMargin=12 * mm,
        rightMargin=12 * mm,
    )
    document.build([Paragraph("Inventarislijst Woo-besluit", styles["Heading2"]), table])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
