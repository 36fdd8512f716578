"""Everything about one complaint, gathered for its dossier PDF: the detail and history
(ComplaintService), the documents (LetterService), the feedback cards (FeedbackService),
and the promises, parts with their judgments and the handling form (annex 1)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Complaint, HandlingReport, Promise
from app.models.enums import (
    label,
)
from app.reports.data import DossierData, HandlingLine, PartLine, PromiseLine
from app.services.access import requires_any
from app.services.base import Service
from app.services.complaints import ComplaintService
from app.services.errors import NotFound
from app.services.feedback import FeedbackService
from app.services.letters import LetterService
from app.services.permissions import Permission
from app.services.settings import ORGANISATION_NAME, read_setting
from app.services.validation import search_text


def _promise_text(promise: Promise) -> str:
    """The promise as the record keeps it: a withdrawn one says so, with why."""
    if promise.withdrawn_on is None:
        return promise.text
    return (
        f"{promise.text} (ingetrokken op {promise.withdrawn_on:%d-%m-%Y}: "
        f"{promise.withdrawn_reason or ''})"
    )


class DossierService(Service):
    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS,
        Permission.HANDLE_COMPLAINT,
        message="U mag deze klacht niet inzien.",
    )
    def find(self, number: str) -> int:
        """The id of the complaint or signal with this number (any case)."""
        # A number never holds control characters: dropped, so the look-up cannot fail.
        wanted = search_text(number).upper()
        with self.reading() as session:
            found = session.scalar(
                select(Complaint.id).where(func.upper(Complaint.number) == wanted)
            )
        if found is None:
            raise NotFound(f"Er is geen klacht of signaal met nummer {wanted or '(leeg)'}.")
        return int(found)

    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS,
        Permission.HANDLE_COMPLAINT,
        message="U mag deze klacht niet inzien.",
    )
    def dossier(self, number: str) -> DossierData:
        complaint_id = self.find(number)
        complaints = ComplaintService(self.db, self.user)
        detail = complaints.detail(complaint_id)  # refuses who may not see it
        history = tuple(complaints.history(complaint_id))
        documents = tuple(LetterService(self.db, self.user).documents(complaint_id))
        cards = None
        if self.user.can(Permission.REGISTER_RETURNED_CARDS):
            cards = tuple(FeedbackService(self.db, self.user).cards_of(complaint_id))
        with self.reading() as session:
            complaint = session.get(Complaint, complaint_id)
            assert complaint is not None
            milestones = [
                (name, day)
                for name, day in (
                    ("Ontvangstbevestiging verstuurd", complaint.acknowledged_on),
                    ("Afschrift aan leidinggevende (begin)", complaint.manager_copy_start_on),
                    ("Bericht niet-behandelen", complaint.decline_notice_on),
                    ("Uitstelbericht verstuurd", complaint.delay_notice_on),
                    ("Nieuwe verwachte datum", complaint.expected_on),
                    ("Bericht van verdaging", complaint.extension_notice_on),
                    ("Klager gehoord", complaint.hearing_complainant_on),
                    ("Medewerker gehoord", complaint.hearing_employee_on),
                    ("Tevredenheid bevestigd", complaint.satisfaction_confirmed_on),
                    ("Afschrift aan leidinggevende (einde)", complaint.manager_copy_end_on),
                )
                if day is not None
            ]
            remarks = []
            if complaint.decline_ground:
                remarks.append(("Grond niet-behandelen", label(complaint.decline_ground)))
            if complaint.hearing_skipped_reason:
                remarks.append(
                    (
                        "Niet gehoord",
                        label(complaint.hearing_skipped_reason),
                    )
                )
            if complaint.satisfied is not None:
                remarks.append(
                    ("Klager tevreden (Awb 9:5)", "ja" if complaint.satisfied else "nee")
                )
            if complaint.manager_copy_end_missing_reason:
                remarks.append(
                    ("Geen afschrift aan einde", complaint.manager_copy_end_missing_reason)
                )
            promises = tuple(
                PromiseLine(_promise_text(p), p.made_on, p.due_on, p.kept_on)
                for p in sorted(complaint.promises, key=lambda p: (p.due_on, p.id))
            )
            parts = tuple(
                PartLine(
                    p.position,
                    p.text,
                    label(p.judgment) if p.judgment else None,
                    p.findings,
                    tuple(n.name for n in sorted(p.norms, key=lambda n: n.position)),
                )
                for p in complaint.parts
            )
            report = session.scalar(
                select(HandlingReport).where(HandlingReport.complaint_id == complaint_id)
            )
            handling = None
            if report is not None:
                cause = label(report.cause_kind) if report.cause_kind else None
                if report.cause_text:
                    cause = f"{cause}: {report.cause_text}" if cause else report.cause_text
                handling = HandlingLine(
                    status=label(report.status),
                    description=report.description,
                    cause=cause,
                    prevention=report.prevention,
                    remedial_action=report.remedial_action,
                    improvement_points=report.improvement_points,
                )
            return DossierData(
                organisation=str(read_setting(session, ORGANISATION_NAME) or ""),
                detail=detail,
                judgment=label(complaint.judgment) if complaint.judgment else None,
                subjects=tuple(sorted(s.name for s in complaint.subjects)),
                norms=tuple(n.name for n in sorted(complaint.norms, key=lambda n: n.position)),
                milestones=tuple(milestones),
                remarks=tuple(remarks),
                promises=promises,
                parts=parts,
                handling=handling,
                documents=documents,
                cards=cards,
                history=history,
            )
