"""The handling workflow: working days, the status machine, Awb 9:7, the legal clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Complaint, ComplaintPart
from app.models.enums import DeclineGround, HearingSkipReason, Judgment, NoteChannel, Role, Status
from app.services.calendar import add_working_days
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import PermissionDenied, ServiceError, ValidationError
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.regulation import ProfileData, RegulationService
from app.services.workflow import PartJudgment, WorkflowService, can_transition
from tests.conftest import RegisterComplaint, add_employee

NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


# ----- working days ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 4, 24), date(2026, 5, 4)),  # Friday; Monday 27 April is Koningsdag
        (date(2026, 12, 23), date(2026, 12, 31)),  # Christmas Day and Boxing Day
        (date(2026, 4, 1), date(2026, 4, 10)),  # Good Friday and Easter Monday (package's list)
        (date(2026, 5, 13), date(2026, 5, 21)),  # Ascension Day, Thursday 14 May
        (date(2026, 5, 22), date(2026, 6, 1)),  # Whit Monday 25 May
        (date(2025, 12, 31), date(2026, 1, 8)),  # New Year's Day
        (date(2025, 5, 2), date(2025, 5, 12)),  # Liberation Day 5 May 2025 (lustrum year)
    ],
)
def test_five_working_days_skip_weekends_and_dutch_holidays(received: date, due: date) -> None:
    assert add_working_days(received, 5) == due


def test_extra_closing_days_count_as_closed() -> None:
    bridge = date(2026, 5, 15)  # the Friday after Ascension Day
    assert add_working_days(date(2026, 5, 13), 5, [bridge]) == date(2026, 5, 22)


# ----- fixtures -------------------------------------------------------------------------


@pytest.fixture
def people(people: dict[str, int], db: Database, admin: CurrentUser) -> dict[str, int]:
    return people | {"staff": add_employee(db, admin, "staff", "Proef Medewerker", Role.STAFF)}


@pytest.fixture
def complaint_id(register_complaint: RegisterComplaint) -> int:
    return register_complaint(
        date(2026, 4, 24),
        today=date(2026, 4, 24),
        name="Proefklager Theta",
        email="theta@example.com",
    )


def _status(db: Database, admin: CurrentUser, complaint_id: int) -> Status:
    return ComplaintService(db, admin).detail(complaint_id).status


# ----- assignment -----------------------------------------------------------------------


def test_an_employee_concerned_can_never_handle_the_complaint(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    offered = {h.id for h in workflow.eligible_handlers(complaint_id)}
    assert people["handler"] in offered
    assert people["concerned"] not in offered
    assert people["staff"] not in offered
    with pytest.raises(ValidationError) as refused:
        workflow.assign(complaint_id, people["concerned"])
    assert "Awb 9:7" in refused.value.errors["handler_id"]
    workflow.assign(complaint_id, people["handler"])
    assert _status(db, admin, complaint_id) == Status.ASSIGNED


def test_only_the_coordinator_assigns(
    db: Database, people: dict[str, int], complaint_id: int
) -> None:
    handler = load_current_user(db, "handler")
    assert handler is not None
    with pytest.raises(PermissionDenied):
        WorkflowService(db, handler).assign(complaint_id, people["handler"])


# ----- routes ---------------------------------------------------------------------------


def test_the_informal_route_from_first_contact_to_closing(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    handler = load_current_user(db, "handler")
    assert handler is not None
    as_handler = WorkflowService(db, handler)
    as_handler.record_first_contact(
        complaint_id, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    detail = ComplaintService(db, admin).detail(complaint_id)
    assert detail.status == Status.IN_PROGRESS
    assert detail.first_contact_on == date(2026, 4, 28)
    promise = as_handler.add_promise(
        complaint_id, "U hoort vrijdag van ons.", date(2026, 5, 8), made_on=date(2026, 4, 28)
    )
    assert ComplaintService(db, admin).detail(complaint_id).next_deadline == date(2026, 5, 8)
    as_handler.keep_promise(promise, date(2026, 5, 7))
    with pytest.raises(ValidationError):
        as_handler.resolve_informally(complaint_id, confirmed_on=None)
    as_handler.resolve_informally(complaint_id, confirmed_on=date(2026, 5, 7))
    with pytest.raises(ServiceError, match="afschrift"):
        as_handler.close(complaint_id)
    with pytest.raises(PermissionDenied):
        as_handler.close(complaint_id, missing_copy_reason="leidinggevende met verlof")
    as_handler.record_manager_copy(complaint_id, at_start=False, on=date(2026, 5, 8))
    as_handler.close(complaint_id, on=date(2026, 5, 8))
    detail = ComplaintService(db, admin).detail(complaint_id)
    assert (detail.status, detail.route, detail.closed_on) == (
        Status.CLOSED,
        "informal",
        date(2026, 5, 8),
    )
    assert detail.next_deadline is None


def test_the_formal_route_judges_each_part(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    workflow.record_first_contact(
        complaint_id, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    workflow.start_formal(complaint_id, ["Toon van het gesprek", "Niet teruggebeld"])
    with pytest.raises(ServiceError, match="horen"):
        workflow.judge(complaint_id, [])
    workflow.record_hearing(complaint_id, skipped=HearingSkipReason.WAIVED)
    with db.session_scope() as session:
        parts = list(
            session.scalars(
                select(ComplaintPart.id)
                .where(ComplaintPart.complaint_id == complaint_id)
                .order_by(ComplaintPart.position)
            )
        )
    with pytest.raises(ValidationError):
        workflow.judge(complaint_id, [PartJudgment(parts[0], Judgment.UPHELD, "Klopt.")])
    workflow.judge(
        complaint_id,
        [
            PartJudgment(parts[0], Judgment.UPHELD, "De toon was ongepast.", (7,)),
            PartJudgment(parts[1], Judgment.NOT_UPHELD, "Er is wel teruggebeld.", (17,)),
        ],
    )
    detail = ComplaintService(db, admin).detail(complaint_id)
    assert detail.status == Status.JUDGED
    with db.session_scope() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint.judgment == Judgment.PARTLY_UPHELD
        assert complaint.route == "formal"
        assert len(complaint.norms) == 2


# ----- the legal clock ------------------------------------------------------------------


def test_the_decision_term_is_extended_once_and_only_with_notice(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    with pytest.raises(ValidationError) as no_notice:
        workflow.extend(complaint_id, weeks=4, notice_on=None)
    assert "mededeling" in no_notice.value.errors["notice_on"]
    with pytest.raises(ValidationError):
        workflow.extend(complaint_id, weeks=5, notice_on=date(2026, 5, 20))
    workflow.extend(complaint_id, weeks=4, notice_on=date(2026, 5, 20))
    detail = ComplaintService(db, admin).detail(complaint_id)
    assert detail.extended_to == date(2026, 7, 3)
    with pytest.raises(ServiceError, match="al eens verdaagd"):
        workflow.extend(complaint_id, weeks=1, notice_on=date(2026, 5, 21))


def test_a_changed_profile_changes_new_deadlines_only(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    RegulationService(db, admin).change_profile(
        ProfileData(name="Eigen regeling", contact_working_days=3, decision_weeks=8)
    )
    old = ComplaintService(db, admin).detail(complaint_id)
    assert (old.contact_due, old.decision_due) == (date(2026, 5, 4), date(2026, 6, 5))
    new = IntakeService(db, admin).register(
        IntakeData(
            description="weer niet teruggebeld.",
            received_on=date(2026, 4, 24),
            complainant=ComplainantData(name="Proef Iota", email="iota@example.com"),
        ),
        today=date(2026, 4, 24),
    )
    assert (new.contact_due, new.decision_due) == (date(2026, 4, 30), date(2026, 6, 19))


def test_invalid_transitions_are_refused(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    assert not can_transition(Status.REGISTERED, Status.CLOSED)
    assert not can_transition(Status.IN_PROGRESS, Status.JUDGED)
    workflow = WorkflowService(db, admin)
    with pytest.raises(ServiceError, match="kan niet naar"):
        workflow.resolve_informally(complaint_id, confirmed_on=date(2026, 5, 1))
    workflow.decline(
        complaint_id, ground=DeclineGround.OLDER_THAN_A_YEAR, notice_on=date(2026, 5, 1)
    )
    assert _status(db, admin, complaint_id) == Status.DECLINED
    workflow.reopen(complaint_id, reason="Klager maakt aannemelijk dat de termijn klopt.")
    detail = ComplaintService(db, admin).detail(complaint_id)
    assert (detail.status, detail.closed_on) == (Status.IN_PROGRESS, None)
    history = [h.text for h in ComplaintService(db, admin).history(complaint_id)]
    assert any("heropend: Klager maakt" in text for text in history)


def test_similar_complaints_are_clustered_and_get_one_handler(
    db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    from app.services.clusters import ClusterService

    other = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="ook mij werd niet teruggebeld.",
                received_on=date(2026, 4, 24),
                complainant=ComplainantData(name="Proef Lambda", email="l@example.com"),
            ),
            today=date(2026, 4, 24),
        )
        .complaint_id
    )
    clusters = ClusterService(db, admin)
    cluster = clusters.create("Terugbelachterstand april", None, [complaint_id, other])
    with pytest.raises(ValidationError):
        clusters.assign_all(cluster, people["concerned"])  # concerned in the first complaint
    assert {m[2] for m in clusters.clusters()[0].members} == {Status.REGISTERED}
    assert clusters.assign_all(cluster, people["handler"]) == 2
    info = clusters.clusters()[0]
    assert {m[0] for m in info.members} == {complaint_id, other}
    assert {m[2] for m in info.members} == {Status.ASSIGNED}
    assert clusters.cluster_of(other) == info
    clusters.remove(other)
    assert clusters.cluster_of(other) is None
    assert [m[0] for m in clusters.cluster_of(complaint_id).members] == [complaint_id]


def test_public_holidays_are_listed_in_dutch() -> None:
    from app.services.calendar import public_holidays

    names = dict(public_holidays(2026))
    assert names[date(2026, 4, 27)] == "Koningsdag"
    assert names[date(2026, 12, 25)] == "Eerste kerstdag"
