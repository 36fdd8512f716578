"""The legal clock stays on until the act is done: the contact term until first contact is
recorded, the decision term until the decision letter is recorded as sent."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEvent, ComplaintPart
from app.models.enums import HearingSkipReason, Judgment, NoteChannel
from app.services.complaints import ComplaintService
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind, TaskService
from app.services.workflow import PartJudgment, WorkflowService
from tests.conftest import RegisterComplaint

NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."
RECEIVED = date(2026, 4, 24)
CONTACT_DUE = date(2026, 5, 4)  # five working days, Koningsdag skipped
DECISION_DUE = date(2026, 6, 5)  # six weeks


@pytest.fixture
def complaint_id(register_complaint: RegisterComplaint) -> int:
    return register_complaint(
        RECEIVED, today=RECEIVED, name="Proefklager Iota", email="iota@example.com"
    )


def _next_deadline(db: Database, admin: CurrentUser, complaint_id: int) -> date | None:
    return ComplaintService(db, admin).detail(complaint_id).next_deadline


def _task_kinds(db: Database, admin: CurrentUser, complaint_id: int) -> set[ItemKind]:
    items = TaskService(db, admin).items(everyone=True, today=RECEIVED)
    return {i.kind for i in items if i.complaint_id == complaint_id}


def _judged(db: Database, admin: CurrentUser, complaint_id: int, handler: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, handler)
    workflow.record_first_contact(
        complaint_id, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    workflow.start_formal(complaint_id, ["De toon van het gesprek"])
    workflow.record_hearing(complaint_id, skipped=HearingSkipReason.WAIVED)
    with db.session_scope() as session:
        part = session.scalar(
            select(ComplaintPart.id).where(ComplaintPart.complaint_id == complaint_id)
        )
    workflow.judge(complaint_id, [PartJudgment(part, Judgment.UPHELD, "De toon was ongepast.")])


def test_the_contact_term_runs_until_first_contact_is_recorded(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    assert _next_deadline(db, admin, complaint_id) == CONTACT_DUE
    assert ItemKind.CONTACT in _task_kinds(db, admin, complaint_id)
    workflow.record_first_contact(
        complaint_id, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    assert _next_deadline(db, admin, complaint_id) == DECISION_DUE
    assert ItemKind.CONTACT not in _task_kinds(db, admin, complaint_id)


def test_the_decision_term_keeps_running_after_the_judgment(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    _judged(db, admin, complaint_id, people["handler"])
    assert _next_deadline(db, admin, complaint_id) == DECISION_DUE
    assert ItemKind.DECISION in _task_kinds(db, admin, complaint_id)


def test_a_decision_letter_made_but_not_sent_keeps_the_term_running(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    _judged(db, admin, complaint_id, people["handler"])
    LetterService(db, admin).save_document(complaint_id, LetterKind.DECISION_LETTER, "eml")
    assert _next_deadline(db, admin, complaint_id) == DECISION_DUE
    assert ItemKind.DECISION in _task_kinds(db, admin, complaint_id)


def test_the_decision_term_ends_when_the_decision_letter_is_recorded_sent(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    _judged(db, admin, complaint_id, people["handler"])
    letters = LetterService(db, admin)
    document = letters.save_document(complaint_id, LetterKind.DECISION_LETTER, "pdf")
    letters.mark_sent(document, date(2026, 6, 1), "post")
    assert _next_deadline(db, admin, complaint_id) is None
    assert ItemKind.DECISION not in _task_kinds(db, admin, complaint_id)


def test_a_decision_letter_stored_with_its_sent_date_ends_the_term(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    _judged(db, admin, complaint_id, people["handler"])
    LetterService(db, admin).save_document(
        complaint_id, LetterKind.DECISION_LETTER, "pdf", sent_on=date(2026, 6, 1)
    )
    assert _next_deadline(db, admin, complaint_id) is None
    assert ItemKind.DECISION not in _task_kinds(db, admin, complaint_id)


def test_another_letter_sent_after_the_judgment_does_not_end_the_decision_term(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    _judged(db, admin, complaint_id, people["handler"])
    LetterService(db, admin).save_document(
        complaint_id, LetterKind.ACKNOWLEDGEMENT, "pdf", sent_on=date(2026, 6, 1)
    )
    assert _next_deadline(db, admin, complaint_id) == DECISION_DUE


def _stored_as_before(db: Database, complaint_id: int) -> None:
    """What the program stored before the decision term ran until the letter was sent: no
    deadline after the judgment (an audited write, as it was then)."""
    from app.db import Actor
    from app.models import Complaint

    with db.session_scope(Actor(login="beheerder-test")) as session:
        session.get(Complaint, complaint_id).next_deadline = None


def test_a_deadline_stored_as_none_by_the_older_version_is_recomputed_once_and_audited(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int, tmp_path
) -> None:
    from app.services.deadlines import RECOMPUTED_REASON, refresh_stored_deadlines
    from app.services.verify import verify_database

    _judged(db, admin, complaint_id, people["handler"])
    _stored_as_before(db, complaint_id)
    assert _next_deadline(db, admin, complaint_id) is None

    assert refresh_stored_deadlines(db) == 1
    assert _next_deadline(db, admin, complaint_id) == DECISION_DUE
    assert refresh_stored_deadlines(db) == 0  # nothing left to change
    with db.session_scope() as session:
        recorded = session.execute(
            select(AuditEvent.actor_login, AuditEvent.changes).where(
                AuditEvent.complaint_id == complaint_id, AuditEvent.reason == RECOMPUTED_REASON
            )
        ).all()
    assert [login for login, _changes in recorded] == ["systeem"]
    assert DECISION_DUE.isoformat() in recorded[0][1]
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.text()


def test_the_recomputation_leaves_a_complaint_whose_decision_letter_was_sent_alone(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    from app.services.deadlines import refresh_stored_deadlines

    _judged(db, admin, complaint_id, people["handler"])
    LetterService(db, admin).save_document(
        complaint_id, LetterKind.DECISION_LETTER, "pdf", sent_on=date(2026, 6, 1)
    )
    assert refresh_stored_deadlines(db) == 0
    assert _next_deadline(db, admin, complaint_id) is None
