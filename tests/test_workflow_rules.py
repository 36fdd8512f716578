"""The service decides what the handling allows: for every action, the handling screen's
offer and the service's refusal come from one rule, so they always agree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Attachment, ComplaintPart
from app.models.enums import DeclineGround, HearingSkipReason, Judgment, NoteChannel, Role
from app.services.complaints import ComplaintService
from app.services.errors import PermissionDenied, ServiceError
from app.services.identity import load_current_user
from app.services.intake import NewAttachment
from app.services.letters import LetterKind, LetterService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.workflow import PartJudgment, WorkflowService
from app.services.workflow_rules import HandlingAction
from app.ui.workflow.actions import action_availability
from tests.conftest import CONTACT_NOTE, RegisterComplaint

A = HandlingAction
RECEIVED = date(2026, 4, 24)
CONTACT = datetime(2026, 4, 28, 9, 30, tzinfo=UTC)


@dataclass
class World:
    db: Database
    admin: CurrentUser
    people: dict[str, int]
    register: RegisterComplaint

    @property
    def workflow(self) -> WorkflowService:
        return WorkflowService(self.db, self.admin)


Stage = Callable[[World], int]
Write = Callable[[WorkflowService, World, int], object]


# ----- stages of the handling, each built the way a user gets there ------------------------


def _registered(w: World) -> int:
    return w.register(RECEIVED, today=RECEIVED)


def _assigned(w: World) -> int:
    complaint = _registered(w)
    w.workflow.assign(complaint, w.people["handler"])
    return complaint


def _in_progress(w: World) -> int:
    complaint = _assigned(w)
    w.workflow.record_first_contact(complaint, CONTACT, NoteChannel.PHONE, CONTACT_NOTE)
    return complaint


def _extended(w: World) -> int:
    complaint = _in_progress(w)
    w.workflow.extend(complaint, weeks=4, notice_on=date(2026, 5, 6))
    return complaint


def _hearing(w: World) -> int:
    complaint = _in_progress(w)
    w.workflow.start_formal(complaint, ["De toon van het gesprek"])
    return complaint


def _heard(w: World) -> int:
    complaint = _hearing(w)
    w.workflow.record_hearing(complaint, skipped=HearingSkipReason.WAIVED)
    return complaint


def _judge(w: World, complaint: int) -> None:
    with w.db.session_scope() as session:
        part = session.scalar(
            select(ComplaintPart.id).where(ComplaintPart.complaint_id == complaint)
        )
    assert part is not None
    w.workflow.judge(complaint, [PartJudgment(part, Judgment.UPHELD, "De toon was ongepast.")])


def _judged(w: World) -> int:
    complaint = _heard(w)
    _judge(w, complaint)
    return complaint


def _decision_sent(w: World) -> int:
    complaint = _judged(w)
    letters = LetterService(w.db, w.admin)
    document = letters.save_document(complaint, LetterKind.DECISION_LETTER, "pdf")
    letters.mark_sent(document, date(2026, 5, 21), "post")
    return complaint


def _resolved(w: World) -> int:
    complaint = _in_progress(w)
    w.workflow.resolve_informally(complaint, confirmed_on=date(2026, 5, 6))
    w.workflow.record_manager_copy(complaint, at_start=False, on=date(2026, 5, 7))
    return complaint


def _closed(w: World) -> int:
    complaint = _resolved(w)
    w.workflow.close(complaint, on=date(2026, 5, 8))
    return complaint


# ----- the writes, one per action ---------------------------------------------------------


def _with_consent(stage: Stage) -> Stage:
    """The stage, with the complainant's written consent to a further postponement filed."""

    def build(w: World) -> int:
        complaint = stage(w)
        ComplaintService(w.db, w.admin).add_attachment(
            complaint, NewAttachment("instemming.txt", b"Akkoord met verder uitstel.")
        )
        return complaint

    return build


def _further_extend(ws: WorkflowService, w: World, complaint: int) -> object:
    with w.db.session_scope() as session:
        consent = session.scalar(select(Attachment.id).where(Attachment.complaint_id == complaint))
    return ws.extend_with_consent(
        complaint, new_date=date(2026, 8, 31), consent_attachment_id=consent
    )


def _judge_write(ws: WorkflowService, w: World, complaint: int) -> object:
    with w.db.session_scope() as session:
        part = session.scalar(
            select(ComplaintPart.id).where(ComplaintPart.complaint_id == complaint)
        )
    assert part is not None
    return ws.judge(complaint, [PartJudgment(part, Judgment.UPHELD, "De toon was ongepast.")])


@dataclass(frozen=True)
class Case:
    allowed: Stage
    refused: Stage
    write: Write
    # Who is refused (for an action refused for who acts, not where the complaint stands).
    refused_as: str = "admin"


CASES: dict[HandlingAction, Case] = {
    A.ASSIGN: Case(_registered, _closed, lambda ws, w, c: ws.assign(c, w.people["handler"])),
    A.ACKNOWLEDGE: Case(
        _assigned, _assigned, lambda ws, w, c: ws.acknowledge(c, RECEIVED), refused_as="handler"
    ),
    A.FIRST_CONTACT: Case(
        _assigned,
        _in_progress,
        lambda ws, w, c: ws.record_first_contact(c, CONTACT, NoteChannel.PHONE, CONTACT_NOTE),
    ),
    # The handler promises; nobody does before the complaint is assigned.
    A.PROMISE: Case(
        _assigned,
        _registered,
        lambda ws, w, c: ws.add_promise(
            c, "U hoort vrijdag van ons.", date(2026, 5, 8), made_on=date(2026, 4, 28)
        ),
    ),
    A.INFORMAL: Case(
        _in_progress,
        _assigned,
        lambda ws, w, c: ws.resolve_informally(c, confirmed_on=date(2026, 5, 6)),
    ),
    A.FORMAL: Case(_in_progress, _hearing, lambda ws, w, c: ws.start_formal(c, ["De toon"])),
    A.HEARING: Case(
        _hearing,
        _in_progress,
        lambda ws, w, c: ws.record_hearing(c, skipped=HearingSkipReason.WAIVED),
    ),
    A.HEARING_REPORT: Case(
        _hearing,
        _decision_sent,
        lambda ws, w, c: ws.record_hearing_report(
            c, "Klager en medewerker zijn op 5 mei gehoord; beiden gaven hun lezing."
        ),
    ),
    A.JUDGE: Case(_heard, _hearing, _judge_write),
    # Awb 9:11: the decision term is extended once, before the judgment.
    A.EXTEND: Case(
        _in_progress,
        _judged,
        lambda ws, w, c: ws.extend(c, weeks=4, notice_on=date(2026, 5, 6)),
    ),
    A.FURTHER_EXTEND: Case(_with_consent(_extended), _with_consent(_in_progress), _further_extend),
    A.DELAY: Case(
        _in_progress,
        _judged,
        lambda ws, w, c: ws.record_delay_notice(
            c, expected_on=date(2026, 6, 30), notice_on=date(2026, 5, 6)
        ),
    ),
    A.DECLINE: Case(
        _registered,
        _hearing,
        lambda ws, w, c: ws.decline(
            c, ground=DeclineGround.OLDER_THAN_A_YEAR, notice_on=date(2026, 5, 1)
        ),
    ),
    A.REVIEW: Case(
        _assigned,
        _hearing,
        lambda ws, w, c: ws.forward_for_review(c, reason="Gaat over de inhoud van een besluit."),
    ),
    A.WITHDRAW: Case(
        _hearing, _judged, lambda ws, w, c: ws.withdraw(c, reason="Klager trekt de klacht in.")
    ),
    A.MANAGER_COPY: Case(
        _closed,
        _in_progress,
        lambda ws, w, c: ws.record_manager_copy(c, at_start=True, on=date(2026, 4, 28)),
        refused_as="secretariat",
    ),
    A.SIGNER: Case(
        _in_progress, _closed, lambda ws, w, c: ws.set_signer(c, "Proef Directeur", "directeur")
    ),
    A.CLOSE: Case(_resolved, _judged, lambda ws, w, c: ws.close(c, on=date(2026, 5, 21))),
    A.REOPEN: Case(
        _closed,
        _in_progress,
        lambda ws, w, c: ws.reopen(c, reason="Klager is het niet eens met de afhandeling."),
    ),
}


@pytest.fixture
def world(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> World:
    OrganisationService(db, admin).create_employee(
        EmployeeInput(
            name="Proef Secretariaat", login="secretariat", roles=frozenset({Role.SECRETARIAT})
        )
    )
    return World(db, admin, people, register_complaint)


def _user(w: World, login: str) -> CurrentUser:
    if login == "admin":
        return w.admin
    user = load_current_user(w.db, login)
    assert user is not None
    return user


def test_every_handling_action_has_a_case() -> None:
    assert set(CASES) == set(HandlingAction)


@pytest.mark.parametrize("action", list(HandlingAction))
def test_the_screen_offers_an_action_exactly_when_the_service_accepts_it(
    world: World, action: HandlingAction
) -> None:
    case = CASES[action]
    complaint = case.allowed(world)
    service = WorkflowService(world.db, world.admin)
    state = service.state(complaint)
    assert state.actions[action] is None
    offered = action_availability(state)[action.value]
    assert offered.visible
    assert offered.enabled
    case.write(service, world, complaint)


@pytest.mark.parametrize("action", list(HandlingAction))
def test_the_screen_and_the_service_refuse_an_action_for_the_same_reason(
    world: World, action: HandlingAction
) -> None:
    case = CASES[action]
    complaint = case.refused(world)
    user = _user(world, case.refused_as)
    service = WorkflowService(world.db, user)
    state = service.state(complaint)
    refusal = state.actions[action]
    assert refusal is not None
    offered = action_availability(state)[action.value]
    assert not offered.enabled
    assert offered.tip == refusal.reason
    version = state.version
    with pytest.raises(ServiceError) as refused:
        case.write(service, world, complaint)
    if refusal.permission:
        # The method's own permission check may speak first, in its own words.
        assert isinstance(refused.value, PermissionDenied)
    else:
        assert refused.value.message == refusal.reason
    assert WorkflowService(world.db, world.admin).state(complaint).version == version
