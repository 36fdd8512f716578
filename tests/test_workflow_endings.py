"""How a complaint may end: informally at any time before closing (Awb 9:5), and a formal
complaint only after its decision letter went out (Awb 9:12)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import ComplaintPart
from app.models.enums import HearingSkipReason, Judgment, Status
from app.services.complaints import ComplaintService
from app.services.errors import ServiceError
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.workflow import PartJudgment, WorkflowService


@pytest.fixture
def complaint_id(db: Database, admin: CurrentUser, contacted_complaint: int) -> int:
    WorkflowService(db, admin).start_formal(contacted_complaint, ["De toon van het gesprek"])
    return contacted_complaint


def _judge(db: Database, admin: CurrentUser, complaint_id: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.record_hearing(complaint_id, skipped=HearingSkipReason.WAIVED)
    with db.session_scope() as session:
        part = session.scalar(
            select(ComplaintPart.id).where(ComplaintPart.complaint_id == complaint_id)
        )
    workflow.judge(complaint_id, [PartJudgment(part, Judgment.UPHELD, "De toon was ongepast.")])


def _status(db: Database, admin: CurrentUser, complaint_id: int) -> Status:
    return ComplaintService(db, admin).detail(complaint_id).status


def test_an_informal_end_stays_possible_during_the_hearing(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    assert Status.INFORMALLY_RESOLVED in workflow.allowed_targets(complaint_id)
    workflow.resolve_informally(complaint_id, confirmed_on=date(2026, 5, 6))
    detail = ComplaintService(db, admin).detail(complaint_id)
    assert (detail.status, detail.route) == (Status.INFORMALLY_RESOLVED, "informal")
    workflow.record_manager_copy(complaint_id, at_start=False, on=date(2026, 5, 7))
    workflow.close(complaint_id, on=date(2026, 5, 7))
    assert _status(db, admin, complaint_id) == Status.CLOSED


def test_an_informal_end_stays_possible_after_the_judgment(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    _judge(db, admin, complaint_id)
    WorkflowService(db, admin).resolve_informally(complaint_id, confirmed_on=date(2026, 5, 20))
    assert _status(db, admin, complaint_id) == Status.INFORMALLY_RESOLVED


def test_a_closed_complaint_is_not_ended_informally(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.resolve_informally(complaint_id, confirmed_on=date(2026, 5, 6))
    workflow.record_manager_copy(complaint_id, at_start=False, on=date(2026, 5, 7))
    workflow.close(complaint_id, on=date(2026, 5, 7))
    assert Status.INFORMALLY_RESOLVED not in workflow.allowed_targets(complaint_id)
    with pytest.raises(ServiceError, match="Afgesloten"):
        workflow.resolve_informally(complaint_id, confirmed_on=date(2026, 5, 8))


def test_a_judged_complaint_is_not_closed_before_the_decision_letter_was_sent(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    _judge(db, admin, complaint_id)
    workflow = WorkflowService(db, admin)
    workflow.record_manager_copy(complaint_id, at_start=False, on=date(2026, 5, 20))
    assert workflow.state(complaint_id).decision_letter_sent is False
    letters = LetterService(db, admin)
    document = letters.save_document(complaint_id, LetterKind.DECISION_LETTER, "pdf")
    with pytest.raises(ServiceError, match="beslissing op de klacht is nog niet verzonden"):
        workflow.close(complaint_id, on=date(2026, 5, 20))
    assert _status(db, admin, complaint_id) == Status.JUDGED
    letters.mark_sent(document, date(2026, 5, 21), "post")
    assert workflow.state(complaint_id).decision_letter_sent is True
    workflow.close(complaint_id, on=date(2026, 5, 21))
    assert _status(db, admin, complaint_id) == Status.CLOSED
