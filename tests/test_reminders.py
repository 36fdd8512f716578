"""The reminders of the regulation profile (issue 15 item 2), the further postponement with
the complainant's consent (Awb 9:11 lid 2, item 3) and the hearing invitation and report
(Awb 9:10, item 4)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEvent, Complaint, ComplaintPart, Task
from app.models.enums import DeclineGround, Judgment, TaskKind
from app.services.complaints import ComplaintService
from app.services.errors import ServiceError, ValidationError
from app.services.intake import NewAttachment
from app.services.letter_templates import LetterKind
from app.services.letters import LetterService
from app.services.permissions import CurrentUser
from app.services.tasks import AUTO_CLOSED, ItemKind, TaskService
from app.services.workflow import PartJudgment, WorkflowService
from tests.conftest import RegisterComplaint

RECEIVED = date(2026, 4, 24)  # contacted_complaint's date of receipt


def _tasks(db: Database, complaint_id: int, kind: TaskKind) -> list[Task]:
    with db.session_scope() as session:
        tasks = list(
            session.scalars(
                select(Task).where(Task.complaint_id == complaint_id, Task.kind == kind)
            )
        )
        session.expunge_all()
        return tasks


def _reasons(db: Database, task_id: int) -> list[str | None]:
    with db.session_scope() as session:
        return list(
            session.scalars(
                select(AuditEvent.reason).where(
                    AuditEvent.entity == "Task", AuditEvent.entity_id == str(task_id)
                )
            )
        )


# ----- Awb 9:9: the copy to the employee and their manager ------------------------------------


def test_registration_makes_a_copy_task_that_is_overdue_until_the_copy_is_recorded(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(RECEIVED, today=RECEIVED)
    (task,) = _tasks(db, complaint, TaskKind.COPY_AT_START)
    assert task.title == "Kopie klacht naar medewerker en leidinggevende"
    assert task.due_on == RECEIVED
    items = TaskService(db, admin).items(today=RECEIVED + timedelta(days=1))
    copy = [i for i in items if i.task_id == task.id]
    assert [i.state for i in copy] == ["overdue"]

    WorkflowService(db, admin).record_manager_copy(
        complaint, at_start=True, on=RECEIVED + timedelta(days=1)
    )
    (task,) = _tasks(db, complaint, TaskKind.COPY_AT_START)
    assert task.done_at is not None
    assert AUTO_CLOSED in _reasons(db, task.id)
    items = TaskService(db, admin).items(today=RECEIVED + timedelta(days=2))
    assert task.id not in {i.task_id for i in items}


def test_the_copy_at_the_end_does_not_close_the_copy_task_of_the_start(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(RECEIVED, today=RECEIVED)
    WorkflowService(db, admin).record_manager_copy(complaint, at_start=False, on=RECEIVED)
    (task,) = _tasks(db, complaint, TaskKind.COPY_AT_START)
    assert task.done_at is None


# ----- the delay notice (uitstelbericht) -----------------------------------------------------


def test_the_delay_notice_reminder_shows_in_the_profiles_week_for_the_handler(
    db: Database, admin: CurrentUser, people: dict[str, int], contacted_complaint: int
) -> None:
    from app.services.identity import load_current_user

    handler = load_current_user(db, "handler")
    assert handler is not None
    (task,) = _tasks(db, contacted_complaint, TaskKind.DELAY_NOTICE)
    assert task.title == "Uitstelbericht sturen"
    assert task.due_on == RECEIVED + timedelta(weeks=2)  # the profile's delay_notice_week
    assert task.assignee_id == people["handler"]  # followed the assignment

    tasks = TaskService(db, handler)
    first_week = tasks.items(today=RECEIVED + timedelta(days=6))
    assert task.id not in {i.task_id for i in first_week}
    second_week = tasks.items(today=RECEIVED + timedelta(days=8))
    (item,) = [i for i in second_week if i.task_id == task.id]
    assert item.kind == ItemKind.TASK
    assert item.complaint_id == contacted_complaint
    after = tasks.items(today=RECEIVED + timedelta(days=15))
    assert [i.state for i in after if i.task_id == task.id] == ["overdue"]


def test_sending_the_delay_notice_letter_closes_its_reminder(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    letters = LetterService(db, admin, today=RECEIVED + timedelta(days=10))
    document = letters.save_document(
        contacted_complaint,
        LetterKind.DELAY_NOTICE,
        "pdf",
        extra={"verwachte_datum": RECEIVED + timedelta(weeks=8)},
    )
    (task,) = _tasks(db, contacted_complaint, TaskKind.DELAY_NOTICE)
    assert task.done_at is None  # made, not yet sent
    letters.mark_sent(document, RECEIVED + timedelta(days=10))
    (task,) = _tasks(db, contacted_complaint, TaskKind.DELAY_NOTICE)
    assert task.done_at is not None
    assert AUTO_CLOSED in _reasons(db, task.id)


def test_recording_the_delay_notice_closes_its_reminder(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    WorkflowService(db, admin).record_delay_notice(
        contacted_complaint,
        expected_on=RECEIVED + timedelta(weeks=8),
        notice_on=RECEIVED + timedelta(days=10),
    )
    (task,) = _tasks(db, contacted_complaint, TaskKind.DELAY_NOTICE)
    assert task.done_at is not None


def test_the_reminders_close_when_the_complaint_ends(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(RECEIVED, today=RECEIVED)
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")
    for kind in (TaskKind.COPY_AT_START, TaskKind.DELAY_NOTICE):
        (task,) = _tasks(db, complaint, kind)
        assert task.done_at is not None, kind
        assert AUTO_CLOSED in _reasons(db, task.id)


# ----- Awb 9:8: the notice of not handling ---------------------------------------------------


def test_the_decline_notice_term_is_received_plus_the_profiles_weeks(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(RECEIVED, today=RECEIVED)
    workflow = WorkflowService(db, admin)
    assert workflow.state(complaint).decline_notice_due == RECEIVED + timedelta(weeks=4)
    workflow.decline(complaint, ground=DeclineGround.MANIFESTLY_MINOR, notice_on=RECEIVED)
    assert workflow.state(complaint).decline_notice_due is None  # ended: nothing to meet


def test_a_decline_notice_after_the_term_is_recorded_with_the_missed_term(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(RECEIVED, today=RECEIVED)
    late = RECEIVED + timedelta(weeks=5)
    WorkflowService(db, admin).decline(
        complaint, ground=DeclineGround.MANIFESTLY_MINOR, notice_on=late
    )
    texts = [h.text for h in ComplaintService(db, admin).history(complaint)]
    assert any("na de termijn van Awb 9:8 (uiterlijk 22-05-2026)" in t for t in texts), texts


def test_the_decline_notice_term_runs_on_past_ascension_and_the_decreed_friday(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    # Four weeks after Thursday 16 April 2026 is Hemelvaartsdag; Friday 15 May 2026 is equated
    # with a holiday by decree: the Awb 9:8 term runs to Monday 18 May (Atw art. 1).
    received = date(2026, 4, 16)
    complaint = register_complaint(received, today=received)
    assert WorkflowService(db, admin).state(complaint).decline_notice_due == date(2026, 5, 18)


# ----- Awb 9:11 lid 2: a further postponement with consent ---------------------------------


def _extended(db: Database, admin: CurrentUser, complaint: int) -> WorkflowService:
    workflow = WorkflowService(db, admin)
    workflow.extend(complaint, weeks=4, notice_on=RECEIVED + timedelta(weeks=5))
    return workflow


def _consent(db: Database, admin: CurrentUser, complaint: int) -> int:
    return ComplaintService(db, admin).add_attachment(
        complaint,
        NewAttachment("instemming klager.pdf", b"%PDF-1.4 proef", "application/pdf"),
    )


def test_a_further_postponement_without_consent_is_refused(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    workflow = _extended(db, admin, contacted_complaint)
    with pytest.raises(ServiceError, match="schriftelijke instemming"):
        workflow.extend(contacted_complaint, weeks=2, notice_on=RECEIVED + timedelta(weeks=9))
    with pytest.raises(ValidationError) as refused:
        workflow.extend_with_consent(
            contacted_complaint, new_date=date(2026, 8, 1), consent_attachment_id=None
        )
    assert "instemming" in refused.value.errors["consent_attachment_id"]


def test_the_consent_must_be_a_document_of_the_same_complaint(
    db: Database,
    admin: CurrentUser,
    contacted_complaint: int,
    register_complaint: RegisterComplaint,
) -> None:
    other = register_complaint(RECEIVED, today=RECEIVED, name="Proefklager Nu")
    workflow = _extended(db, admin, contacted_complaint)
    with pytest.raises(ValidationError):
        workflow.extend_with_consent(
            contacted_complaint,
            new_date=date(2026, 8, 1),
            consent_attachment_id=_consent(db, admin, other),
        )


def test_a_further_postponement_with_consent_moves_the_deadline_and_is_audited(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    workflow = _extended(db, admin, contacted_complaint)
    consent = _consent(db, admin, contacted_complaint)
    with pytest.raises(ValidationError):  # not later than the current term
        workflow.extend_with_consent(
            contacted_complaint, new_date=date(2026, 7, 1), consent_attachment_id=consent
        )
    workflow.extend_with_consent(
        contacted_complaint, new_date=date(2026, 8, 14), consent_attachment_id=consent
    )
    state = workflow.state(contacted_complaint)
    assert state.extended_to == date(2026, 8, 14)
    assert state.extension_consent_file == "instemming klager.pdf"
    with db.session_scope() as session:
        stored = session.get(Complaint, contacted_complaint)
        assert stored is not None
        assert stored.next_deadline == date(2026, 8, 14)
    texts = [h.text for h in ComplaintService(db, admin).history(contacted_complaint)]
    assert any("met schriftelijke instemming van de klager" in t for t in texts), texts
    assert any("instemming klager met verdere verdaging" in t for t in texts), texts


def test_a_further_postponement_agreed_to_christmas_runs_on_to_the_next_working_day(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    workflow = _extended(db, admin, contacted_complaint)
    consent = _consent(db, admin, contacted_complaint)
    # Friday 25 December 2026 is Eerste Kerstdag, then Tweede Kerstdag and the weekend.
    workflow.extend_with_consent(
        contacted_complaint, new_date=date(2026, 12, 25), consent_attachment_id=consent
    )
    assert workflow.state(contacted_complaint).extended_to == date(2026, 12, 28)


# ----- Awb 9:10: the hearing ----------------------------------------------------------------


def _in_hearing(db: Database, admin: CurrentUser, complaint: int) -> WorkflowService:
    workflow = WorkflowService(db, admin)
    workflow.start_formal(complaint, ["De toon van het telefoongesprek"])
    return workflow


def test_the_hearing_invitation_is_offered_in_the_hearing_and_asks_date_time_and_place(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    letters = LetterService(db, admin, today=date(2026, 5, 11))
    before = {c.kind for c in letters.choices(contacted_complaint)}
    assert LetterKind.HEARING_INVITATION not in before
    _in_hearing(db, admin, contacted_complaint)
    (choice,) = [
        c for c in letters.choices(contacted_complaint) if c.kind == LetterKind.HEARING_INVITATION
    ]
    assert choice.suggested
    bare = letters.preview(contacted_complaint, LetterKind.HEARING_INVITATION)
    assert {"hoorzitting_datum", "hoorzitting_tijd", "hoorzitting_plaats"} <= set(bare.missing)
    filled = letters.preview(
        contacted_complaint,
        LetterKind.HEARING_INVITATION,
        {
            "hoorzitting_datum": date(2026, 5, 20),
            "hoorzitting_tijd": "10.30 uur",
            "hoorzitting_plaats": "Stadskantoor, kamer 4.12",
        },
    )
    assert not filled.missing
    assert "20 mei 2026" in filled.body
    assert "10.30 uur" in filled.body
    assert "Stadskantoor, kamer 4.12" in filled.body


def test_the_decision_letter_quotes_the_hearing_report(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    workflow = _in_hearing(db, admin, contacted_complaint)
    with pytest.raises(ValidationError):  # a control character is not stored
        workflow.record_hearing_report(contacted_complaint, "verslag\x00")
    workflow.record_hearing(contacted_complaint, complainant_on=date(2026, 5, 20))
    report = "Klager lichtte toe dat het gesprek kort en onvriendelijk was."
    workflow.record_hearing_report(contacted_complaint, report)
    assert workflow.state(contacted_complaint).hearing_report == report
    with db.session_scope() as session:
        part = session.scalars(
            select(ComplaintPart.id).where(ComplaintPart.complaint_id == contacted_complaint)
        ).one()
    workflow.judge(
        contacted_complaint,
        [PartJudgment(part, Judgment.UPHELD, "De medewerker erkent de toon.")],
    )
    letters = LetterService(db, admin, today=date(2026, 5, 25))
    letter = letters.preview(contacted_complaint, LetterKind.DECISION_LETTER)
    assert "Verslag van het horen" in letter.body
    assert report in letter.body
    texts = [h.text for h in ComplaintService(db, admin).history(contacted_complaint)]
    assert any(t.startswith("Klacht: verslag van het horen") for t in texts), texts

    document = letters.save_document(contacted_complaint, LetterKind.DECISION_LETTER, "pdf")
    letters.mark_sent(document, date(2026, 5, 25))
    with pytest.raises(ServiceError, match="al verzonden"):
        workflow.record_hearing_report(contacted_complaint, "Achteraf anders opgeschreven.")


def test_without_a_report_the_decision_letter_says_when_the_complainant_was_heard(
    db: Database, admin: CurrentUser, contacted_complaint: int
) -> None:
    workflow = _in_hearing(db, admin, contacted_complaint)
    workflow.record_hearing(contacted_complaint, complainant_on=date(2026, 5, 20))
    letter = LetterService(db, admin, today=date(2026, 5, 25)).preview(
        contacted_complaint, LetterKind.DECISION_LETTER
    )
    assert "Wij hebben u gehoord op 20 mei 2026." in letter.body
