"""A letter as a Word file (python-docx; no Qt, no database), for those who finish letters in
Word: the same letterhead text, addressee, date, reference, subject, body and signature as
the PDF of ``app.reports.letters``, in Word's own paragraphs so it stays easy to edit.

python-docx is imported only when a Word file is made: the program starts without it.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from app.reports.letters import _BULLET, LetterPdf, looks_like_heading

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FONT = "Arial"  # present in every Word installation; the PDF's fonts may not be


def body_blocks(body: str, headings: frozenset[str] | None = None) -> list[tuple[str, str]]:
    """The body as (``"heading"`` | ``"bullet"`` | ``"text"``, text) blocks, read the way
    the PDF reads it: blank lines separate paragraphs, "• " or "- " starts a bullet."""

    def is_heading(lines: list[str]) -> bool:
        if headings is None:
            return looks_like_heading(lines[0], lines[1:])
        return lines[0].strip() in headings

    blocks: list[tuple[str, str]] = []
    for block in re.split(r"\n[ \t]*\n", body.strip("\n")):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        for _level in range(2):  # a heading, and a sub-heading under it
            if not lines or not is_heading(lines):
                break
            blocks.append(("heading", lines[0].strip()))
            lines = lines[1:]
        plain: list[str] = []
        for line in lines:
            bullet = _BULLET.match(line)
            if bullet:
                if plain:
                    blocks.append(("text", "\n".join(plain)))
                    plain = []
                blocks.append(("bullet", line[bullet.end() :]))
            else:
                plain.append(line)
        if plain:
            blocks.append(("text", "\n".join(plain)))
    return blocks


def build_letter_docx(letter: LetterPdf) -> bytes:
    """The letter as the bytes of a ``.docx`` file."""
    from docx import Document  # lazy: start-up time matters
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(22), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)

    def paragraph(text: str = "", *, bold: bool = False, size: float | None = None):  # type: ignore[no-untyped-def]
        found = document.add_paragraph()
        run = found.add_run(text)  # "\n" in text becomes a line break
        run.bold = bold
        if size is not None:
            run.font.size = Pt(size)
        return found

    _letterhead(document, letter, Pt)
    if letter.return_address:
        paragraph(letter.return_address, size=7)
    for line in letter.address_lines:
        paragraph(line)
    paragraph()
    paragraph()
    paragraph(letter.date_text)
    paragraph(f"{letter.reference_label}: {letter.reference}")
    paragraph(f"Onderwerp: {letter.subject}", bold=True)
    paragraph()
    for kind, text in body_blocks(letter.body, letter.headings):
        if kind == "heading":
            found = paragraph(text, bold=True)
            found.paragraph_format.keep_with_next = True
        elif kind == "bullet":
            found = document.add_paragraph(text, style="List Bullet")
        else:
            found = paragraph(text)
        found.paragraph_format.space_after = Pt(8)
    if letter.signature_lines:
        paragraph()
        for index, line in enumerate(letter.signature_lines):
            paragraph(line, bold=index == 0)
    if letter.copy_to:
        paragraph()
        paragraph("Afschrift aan:", bold=True)
        for line in letter.copy_to:
            paragraph(line)
    document.core_properties.title = letter.subject
    document.core_properties.author = letter.organisation
    for found in document.paragraphs:
        if found.alignment is None:
            found.alignment = WD_ALIGN_PARAGRAPH.LEFT
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _letterhead(document: WordDocument, letter: LetterPdf, pt: type) -> None:
    """The organisation's name on the left, its address and contact details on the right,
    in the page header: in Word it stays out of the way of the letter's text."""
    header = document.sections[0].header
    page_width = document.sections[0].page_width
    if page_width is None:  # python-docx's default template sets it; a guard for the types
        raise ValueError("document has no page width")
    table = header.add_table(rows=1, cols=2, width=page_width)
    left, right = table.rows[0].cells
    name = left.paragraphs[0].add_run(letter.organisation)
    name.bold = True
    name.font.size = pt(13)
    contact = right.paragraphs[0]
    contact.add_run("\n".join(letter.contact_lines)).font.size = pt(8)
    # The header's own (empty) paragraph goes under the table: Word wants a header to end
    # with a paragraph, and above the table it would be a blank line.
    header.paragraphs[0]._element.addprevious(table._tbl)
