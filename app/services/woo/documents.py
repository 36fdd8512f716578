"""A complaint's documents for the Woo export, and the redactions proposed in them.

Every document is reduced to one text: the dossier is composed from the register's data,
a letter and a PDF attachment are read with pdfium (one character of the text per
character of the page, so a span of the text is also a place on the page), a ``.txt``
attachment as it is. Redactions are spans of that text with a ground; the user removes or
adds them before the export.
"""

from __future__ import annotations

import email
import io
import re
from dataclasses import dataclass, field
from datetime import date
from email import policy
from enum import StrEnum

from sqlalchemy.orm import Session

from app.models.enums import label
from app.reports.data import DossierData
from app.services.deidentify import SpanKind, find_spans
from app.services.woo.grounds import PERSONAL_DATA

_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


class Source(StrEnum):
    TEXT = "text"  # rebuilt from the text with reportlab
    PDF = "pdf"  # pages rendered to images
    IMAGE = "image"  # the image itself, boxes painted in
    NONE = "none"  # not exported (a type the program cannot redact)


@dataclass
class Redaction:
    """``document.text[start:end]`` is withheld on ``ground``; ``enabled`` False: the user
    removed the proposal (it stays in the list so it can be switched back on)."""

    start: int
    end: int
    ground: str = PERSONAL_DATA
    kind: str = ""
    enabled: bool = True


@dataclass
class WooDocument:
    id: str  # the inventory's ID, e.g. "IK-2026-0001-02"
    complaint_id: int
    complaint_number: str
    title: str
    file_type: str  # of the source: "pdf", "docx", "eml", "png", …
    day: date | None
    source: Source
    text: str = ""
    content: bytes = b""  # PDF or image bytes for Source.PDF / Source.IMAGE
    page_offsets: tuple[int, ...] = ()  # where each PDF page's text starts in ``text``
    redactions: list[Redaction] = field(default_factory=list)
    note: str = ""  # the inventory's "Toelichting"

    def active(self) -> list[Redaction]:
        return sorted((r for r in self.redactions if r.enabled), key=lambda r: r.start)

    def effective(self) -> list[Redaction]:
        """The active redactions, and every other whole-word occurrence of their text in
        this document (a name proposed once is withheld everywhere it appears)."""
        spans = [(r.start, r.end, r.ground) for r in self.active()]
        folded = self.text.casefold()
        for start, end, ground in list(spans):
            needle = folded[start:end]
            found = folded.find(needle) if needle.strip() else -1
            while found >= 0:
                if _word_edge(folded, found, found + len(needle)):
                    spans.append((found, found + len(needle), ground))
                found = folded.find(needle, found + len(needle))
        joined: list[Redaction] = []
        for start, end, ground in sorted(spans, key=lambda s: (s[0], -s[1])):
            if joined and start < joined[-1].end:
                joined[-1].end = max(joined[-1].end, end)
                continue
            joined.append(Redaction(start, end, ground))
        return joined

    def redacted_strings(self) -> list[str]:
        return [self.text[r.start : r.end] for r in self.active() if self.text[r.start : r.end]]

    def add(self, start: int, end: int, ground: str) -> Redaction:
        """A passage the user marked (e.g. 5.2 for a personal opinion)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError("span outside the text")
        redaction = Redaction(start, end, ground, "handmatig")
        self.redactions.append(redaction)
        self.redactions.sort(key=lambda r: r.start)
        return redaction


def dossier_text(data: DossierData) -> str:
    """The dossier as the export shows it: the register's data, one field a line."""
    d = data.detail
    person = d.complainant
    lines = [
        f"Dossier {d.number}",
        f"Ontvangen: {d.received_on:%d-%m-%Y}",
        f"Soort: {label(d.kind)}; kanaal: {label(d.channel)}",
        f"Status: {label(d.status)}",
    ]
    if person.name:
        lines.append(f"Klager: {person.name}")
    if d.complainant_address:
        lines.append(f"Adres: {d.complainant_address}")
    contact = [c for c in (person.phone_day, person.phone_evening, person.email) if c]
    if contact:
        lines.append("Contact: " + ", ".join(contact))
    if d.handler_name:
        lines.append(f"Behandelaar: {d.handler_name}")
    for concerned in d.employees_concerned:
        lines.append(f"Betrokken medewerker: {concerned.name}")
    if data.subjects:
        lines.append("Onderwerpen: " + ", ".join(data.subjects))
    lines += ["", "Omschrijving van de klacht", d.description]
    for note in d.notes:
        lines += ["", f"Contactnotitie {note.contact_at:%d-%m-%Y} ({note.with_whom})", note.summary]
    for part in data.parts:
        lines += ["", f"Klachtonderdeel {part.position}: {part.text}"]
        if part.judgment:
            lines.append(f"Oordeel: {part.judgment}")
        if part.findings:
            lines.append(part.findings)
    if data.handling is not None:
        h = data.handling
        lines += ["", "Afhandelingsformulier"]
        for name, value in (
            ("Beschrijving", h.description),
            ("Oorzaak", h.cause),
            ("Voorkomen", h.prevention),
            ("Herstel", h.remedial_action),
            ("Verbeterpunten", h.improvement_points),
        ):
            if value:
                lines.append(f"{name}: {value}")
    if data.judgment:
        lines += ["", f"Eindoordeel: {data.judgment}"]
    return "\n".join(lines)


def known_strings(data: DossierData) -> list[str]:
    """What the register itself knows to be personal data of this complaint: the
    complainant's name parts, address and contact data, and the employees' names."""
    d = data.detail
    person = d.complainant
    found = [
        person.name,
        person.surname,
        person.first_name,
        person.street,
        person.postcode,
        person.phone_day,
        person.phone_evening,
        person.email,
        d.complainant_address,
        d.handler_name,
        *(c.name for c in d.employees_concerned),
    ]
    if person.street and person.house_number:
        found.append(f"{person.street} {person.house_number}")
    # Single letters and two-letter parts would blank half the text.
    return sorted({s.strip() for s in found if s and len(s.strip()) > 2}, key=len, reverse=True)


def propose(session: Session, document: WooDocument, known: list[str]) -> None:
    """Fill ``document.redactions``: the detector's spans (personal data, job titles) and
    every occurrence of what the register knows, joined where they overlap."""
    text = document.text
    spans: list[tuple[int, int, str, str]] = []
    for span in find_spans(session, text, job_titles=True):
        # The complaint's own number is the inventory's Zaaknummer: public on purpose.
        if span.kind == SpanKind.DOSSIER and text[span.start : span.end].upper() == (
            document.complaint_number.upper()
        ):
            continue
        # The detector's phone matcher also takes a date such as 02-03-2026 for a number;
        # the dates of the dossier are public (the inventory lists them).
        if span.kind == SpanKind.PHONE and _DATE.fullmatch(text[span.start : span.end].strip()):
            continue
        # Dates are not redacted in a Woo decision (the inventory lists each document's);
        # the anonymised register, which has no inventory, does leave them out.
        if span.kind == SpanKind.DATE:
            continue
        spans.append((span.start, span.end, span.ground, span.kind.value))
    folded = text.casefold()
    for value in known:
        needle = value.casefold()
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            if _word_edge(folded, start, end):
                spans.append((start, end, PERSONAL_DATA, "register"))
            start = folded.find(needle, end)
    joined: list[Redaction] = []
    for start, end, ground, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if joined and start < joined[-1].end:
            joined[-1].end = max(joined[-1].end, end)
            continue
        joined.append(Redaction(start, end, ground, kind))
    document.redactions = joined


def _word_edge(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def pdf_text(content: bytes) -> tuple[str, tuple[int, ...]]:
    """The text of every page, one after another, and where each page starts."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(content)
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range(0, textpage.count_chars())
            offsets.append(position)
            parts.append(text)
            position += len(text)
            textpage.close()
            page.close()
    finally:
        document.close()
    return "".join(parts), tuple(offsets)


def letter_text(media_type: str, content: bytes) -> str | None:
    """The text of a stored letter (PDF, Word, e-mail); None for another type."""
    if media_type == "application/pdf":
        return pdf_text(content)[0]
    if media_type.endswith("wordprocessingml.document"):
        import docx

        return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)
    if media_type == "message/rfc822":
        message = email.message_from_bytes(content, policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        subject = str(message.get("subject", ""))
        text = body.get_content() if body is not None else ""
        return f"Onderwerp: {subject}\n\n{text}"
    if media_type.startswith("text/"):
        return content.decode("utf-8", errors="replace")
    return None


def extension(file_name: str, media_type: str) -> str:
    if "." in file_name:
        return file_name.rsplit(".", 1)[1].lower()
    return media_type.rsplit("/", 1)[-1]
