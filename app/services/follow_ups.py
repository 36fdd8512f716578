"""Filing what a known complainant sends as a follow-up document (volgstuk) of their open
complaint, instead of registering a new complaint.

The intake offers it when the person it registers for already has an open complaint: a
later e-mail or letter about the same matter belongs in that file, where the handler sees
it as unseen in Vandaag and the register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import Complaint
from app.models.enums import OPEN_STATUSES
from app.services.access import requires
from app.services.base import Service
from app.services.errors import NotFound, ServiceError
from app.services.intake import (
    NewAttachment,
    check_attachments_total,
    new_attachment,
    stored_attachments_size,
)
from app.services.permissions import Permission
from app.services.validation import FieldError

MESSAGE_FILE_NAME = "bericht van klager {date}.txt"


@dataclass(frozen=True)
class FiledFollowUps:
    complaint_id: int
    number: str
    count: int  # documents filed


def follow_up_uploads(
    description: str, attachments: tuple[NewAttachment, ...], received_on: date
) -> tuple[NewAttachment, ...]:
    """What the intake files: its attachments (a dropped e-mail keeps the message itself),
    or, with none, the typed text as a small text document so nothing received is lost."""
    if attachments:
        return attachments
    text = description.strip()
    if not text:
        return ()
    name = MESSAGE_FILE_NAME.format(date=f"{received_on:%d-%m-%Y}")
    return (NewAttachment(name, text.encode("utf-8"), "text/plain"),)


class FollowUpService(Service):
    @requires(Permission.REGISTER_COMPLAINT)
    def file_with_open_complaint(
        self, complaint_number: str, complainant_id: int, uploads: tuple[NewAttachment, ...]
    ) -> FiledFollowUps:
        """Add ``uploads`` as follow-up documents to this complainant's open complaint
        ``complaint_number``, in one transaction (each audited as added)."""
        if not uploads:
            raise ServiceError("Er is geen document om bij de klacht te voegen.")
        with self.writing(Permission.REGISTER_COMPLAINT) as session:
            complaint = session.scalars(
                select(Complaint).where(Complaint.number == complaint_number)
            ).one_or_none()
            if complaint is None or complaint.complainant_id != complainant_id:
                raise NotFound("Deze klacht hoort niet (meer) bij deze klager.")
            if complaint.status not in {s.value for s in OPEN_STATUSES}:
                raise ServiceError(
                    f"Klacht {complaint.number} is niet meer open; registreer het als nieuwe "
                    "klacht."
                )
            added = []
            try:
                for upload in uploads:
                    added.append(
                        new_attachment(
                            session, upload, added_by_id=self.user.employee_id, follow_up=True
                        )
                    )
                check_attachments_total(
                    session, stored_attachments_size(session, complaint.id), added
                )
            except FieldError as error:
                raise ServiceError(error.message) from None
            complaint.attachments.extend(added)
            session.flush()
            return FiledFollowUps(complaint.id, complaint.number, len(added))
