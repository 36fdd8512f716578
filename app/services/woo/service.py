"""``WooService``: gather the chosen complaints' documents with proposed redactions
(``prepare``), and write the export (``export``): the PDFs, the self-check of each, the
inventory; all of it or none (a leak found, a cancel, a full disk remove what was written).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdfium2 import PdfiumError
from sqlalchemy import select

from app.atomic_files import atomic_output
from app.models import Attachment
from app.models.enums import ViewKind
from app.services.access import requires
from app.services.base import Service
from app.services.dossier import DossierService
from app.services.errors import Cancelled, ServiceError
from app.services.i18n import t
from app.services.letters import LetterService
from app.services.permissions import Permission
from app.services.view_log import write_view_events
from app.services.woo.check import leaked
from app.services.woo.documents import (
    Source,
    WooDocument,
    dossier_text,
    extension,
    known_strings,
    letter_text,
    pdf_text,
    propose,
)
from app.services.woo.inventory import row_of, write_pdf, write_xlsx
from app.services.woo.render_image import render_image, render_pdf_pages, write_image_pdf
from app.services.woo.render_text import render_text_pdf
from app.storage_errors import file_write_message
from app.wording import counted

log = logging.getLogger(__name__)

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff"})
NOT_REDACTABLE = "Niet openbaar: dit bestandstype kan niet veilig worden gelakt."
UNREADABLE = "Niet openbaar: het bestand kon niet worden gelezen."
INVENTORY_NAMES = ("inventaris.pdf", "inventaris.xlsx")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class WooExport:
    folder: Path
    files: tuple[Path, ...]
    documents: int  # exported as PDF
    withheld: int  # listed as "Niet openbaar" only


class WooService(Service):
    @requires(Permission.EXPORT_WOO)
    def prepare(self, numbers: Sequence[str]) -> list[WooDocument]:
        """The documents of these complaints, each with its proposed redactions. The
        first call on a new installation may take a while (the detector's word lists)."""
        if not numbers:
            raise ServiceError("Kies minstens één klacht voor de Woo-export.")
        documents: list[WooDocument] = []
        dossiers = DossierService(self.db, self.user)
        letters = LetterService(self.db, self.user)
        for number in dict.fromkeys(n.strip().upper() for n in numbers):
            data = dossiers.dossier(number)  # NotFound names the number; checks access
            detail = data.detail
            mine: list[WooDocument] = [
                WooDocument(
                    id=f"{detail.number}-01",
                    complaint_id=detail.id,
                    complaint_number=detail.number,
                    title="Klachtdossier",
                    file_type="pdf",
                    day=detail.received_on,
                    source=Source.TEXT,
                    text=dossier_text(data),
                )
            ]
            for info in data.documents:
                _, media_type, content = letters.document_content(info.id)
                text = _letter_text(media_type, content)
                document = WooDocument(
                    id=f"{detail.number}-{len(mine) + 1:02d}",
                    complaint_id=detail.id,
                    complaint_number=detail.number,
                    title=info.kind_label,
                    file_type=extension(info.file_name, media_type),
                    day=info.sent_on or info.created_at.date(),
                    source=Source.TEXT if text is not None else Source.NONE,
                    text=text or "",
                    note="" if info.sent_on else "Concept, niet verzonden.",
                )
                if text is None:
                    document.note = NOT_REDACTABLE
                mine.append(document)
            with self.reading() as session:
                for number_in_list, view in enumerate(detail.attachments, start=1):
                    stored = session.scalar(
                        select(Attachment.content).where(Attachment.id == view.id)
                    )
                    mine.append(
                        _attachment(
                            f"{detail.number}-{len(mine) + 1:02d}",
                            detail.id,
                            detail.number,
                            f"Bijlage {number_in_list}",
                            view,
                            stored or b"",
                        )
                    )
                # Who signed or made the letters is named in them too.
                signers = [i.created_by_name for i in data.documents if i.created_by_name]
                known = sorted({*known_strings(data), *signers}, key=len, reverse=True)
                for document in mine:
                    if document.text:
                        propose(session, document, known)
            documents += mine
        return documents

    @requires(Permission.EXPORT_WOO)
    def export(
        self,
        documents: Sequence[WooDocument],
        folder: str | Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> WooExport:
        """Write every document as a PDF into ``folder`` with the inventory, check each
        file, and record the export. Refuses (and removes what it wrote) when a redacted
        string is still in a file."""
        target = Path(folder)
        if not target.is_dir():
            raise ServiceError(t("De map %1 bestaat niet.", target))
        written: list[Path] = []
        exported = 0
        try:
            for step, document in enumerate(documents):
                if cancelled is not None and cancelled():
                    raise Cancelled  # what was written is removed below
                if progress is not None:
                    progress(step, len(documents) + 1)
                if document.source == Source.NONE:
                    continue
                path = target / f"{document.id}.pdf"
                with atomic_output(path) as temporary:
                    _render(document, temporary, cancelled)
                    _refuse_leaks(temporary, document.redacted_strings(), document)
                written.append(path)
                exported += 1
            if progress is not None:
                progress(len(documents), len(documents) + 1)
            rows = [row_of(d) for d in documents]
            xlsx = target / "inventaris.xlsx"
            with atomic_output(xlsx) as temporary:
                write_xlsx(rows, temporary)
            written.append(xlsx)
            inventory = target / "inventaris.pdf"
            with atomic_output(inventory) as temporary:
                write_pdf(rows, temporary)
                every_secret = [s for d in documents for s in d.redacted_strings()]
                _refuse_leaks(temporary, every_secret, None)
            written.append(inventory)
        except OSError as error:
            _remove(written)
            raise ServiceError(file_write_message(error, target)) from error
        except BaseException:
            _remove(written)
            raise
        with self.writing(Permission.EXPORT_WOO) as session:
            write_view_events(
                session,
                ViewKind.REGISTER_EXPORT,
                sorted({d.complaint_id for d in documents}),
                detail=f"Woo-export gemaakt ({counted(exported, 'document', 'documenten')})",
            )
        log.info("Woo export written: %d documents", exported)
        return WooExport(target, tuple(written), exported, len(documents) - exported)


def _letter_text(media_type: str, content: bytes) -> str | None:
    try:
        return letter_text(media_type, content)
    except (PdfiumError, ValueError, KeyError, OSError):
        return None


def _attachment(
    document_id: str, complaint_id: int, number: str, title: str, view: object, content: bytes
) -> WooDocument:
    media_type: str = view.media_type  # type: ignore[attr-defined]
    file_type = extension(view.file_name, media_type)  # type: ignore[attr-defined]
    day = view.added_at.date()  # type: ignore[attr-defined]
    document = WooDocument(
        id=document_id,
        complaint_id=complaint_id,
        complaint_number=number,
        title=title,
        file_type=file_type,
        day=day,
        source=Source.NONE,
        content=content,
        note=NOT_REDACTABLE,
    )
    if media_type == "application/pdf":
        try:
            document.text, document.page_offsets = pdf_text(content)
        except PdfiumError:
            document.note = UNREADABLE
            return document
        document.source, document.note = Source.PDF, "Pagina's als afbeelding, zonder tekstlaag."
    elif media_type in IMAGE_TYPES:
        document.source = Source.IMAGE
        document.note = "Afbeelding: niet automatisch op persoonsgegevens gecontroleerd."
    elif media_type == "text/plain":
        document.source, document.note = Source.TEXT, ""
        document.text = content.decode("utf-8", errors="replace")
    return document


def _render(document: WooDocument, target: Path, cancelled: Callable[[], bool] | None) -> None:
    if document.source == Source.TEXT:
        render_text_pdf(document, target, document.title)
    elif document.source == Source.PDF:
        write_image_pdf(render_pdf_pages(document, cancelled), target, document.id)
    else:
        write_image_pdf(render_image(document), target, document.id)


def _refuse_leaks(path: Path, secrets: list[str], document: WooDocument | None) -> None:
    if not leaked(path, secrets):
        return
    # The message names the document, never the string that leaked (personal data).
    what = f"document {document.id} ({document.title})" if document else "de inventarislijst"
    raise ServiceError(
        f"De Woo-export is niet gemaakt: in {what} staat na het lakken nog gelakte tekst. "
        "De geschreven bestanden zijn verwijderd."
    )


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
