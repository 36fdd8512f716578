"""One decision for a cluster: the same judgment on each open complaint, each complainant
their own decision letter, all in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import AuditEvent, Complaint, ComplaintEmployee, Document, StatusChange
from app.models.enums import Judgment, NoteChannel, Role, Status
from app.services import clusters as clusters_module
from app.services.clusters import ClusterService
from app.services.complainants import ComplainantData
from app.services.errors import (
    ConcurrentEditError,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.letter_templates import LetterKind
from app.services.letters import LetterService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from tests.conftest import CONTACT_NOTE

RECEIVED = date(2026, 4, 24)
FINDINGS = "Er is in april door een storing in de telefooncentrale niet teruggebeld."

COMPLAINANTS = (
    ComplainantData(
        name="Proef Anouk Veldhuis",
        street="Lindelaan",
        house_number="12",
        postcode="1234 AB",
        city="Proefstad",
    ),
    ComplainantData(
        name="Proef Bram Kooistra",
        street="Beukenweg",
        house_number="3a",
        postcode="5678 CD",
        city="Testdorp",
    ),
)


def _register(db: Database, admin: CurrentUser, person: ComplainantData, concerned: int) -> int:
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="ik ben niet teruggebeld.",
                complainant=person,
                received_on=RECEIVED,
                employees_concerned=(ConcernedEmployee(concerned),),
            ),
            today=RECEIVED,
        )
        .complaint_id
    )


def _heard(db: Database, admin: CurrentUser, complaint_id: int, handler: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, handler)
    contact = datetime(2026, 4, 28, 9, 30, tzinfo=UTC)
    workflow.record_first_contact(complaint_id, contact, NoteChannel.PHONE, CONTACT_NOTE)
    workflow.start_formal(complaint_id, ["Niet teruggebeld"])
    workflow.record_hearing(complaint_id, complainant_on=date(2026, 5, 12))


@pytest.fixture
def cluster(db: Database, admin: CurrentUser, people: dict[str, int]) -> tuple[int, list[int]]:
    """A cluster of two complaints in the hearing, both heard."""
    ids = [_register(db, admin, p, people["concerned"]) for p in COMPLAINANTS]
    for complaint_id in ids:
        _heard(db, admin, complaint_id, people["handler"])
    return ClusterService(db, admin).create("Terugbelachterstand april", None, ids), ids


def _letters(db: Database, complaint_id: int) -> list[tuple[date | None, bytes]]:
    """(sent on, content) of each decision letter kept with the complaint."""
    with db.session_scope() as session:
        return [
            (sent_on, content)
            for sent_on, content in session.execute(
                select(Document.sent_on, Document.content).where(
                    Document.complaint_id == complaint_id,
                    Document.kind == LetterKind.DECISION_LETTER.value,
                )
            )
        ]


def _pdf_text(content: bytes) -> str:
    import io

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_a_cluster_decision_judges_every_complaint_and_writes_each_complainant_a_letter(
    db: Database, admin: CurrentUser, cluster: tuple[int, list[int]]
) -> None:
    cluster_id, ids = cluster
    plan = ClusterService(db, admin).decision_plan(cluster_id)
    assert plan.ready
    assert [p.complainant_name for p in plan.letters] == [c.name for c in COMPLAINANTS]
    assert plan.letters[0].address == "Lindelaan 12, 1234 AB Proefstad"

    made = ClusterService(db, admin).decide_all(cluster_id, Judgment.UPHELD, FINDINGS)

    assert len(made) == 2
    with db.session_scope() as session:
        for complaint_id in ids:
            complaint = session.get(Complaint, complaint_id)
            assert complaint.status == Status.JUDGED
            assert complaint.judgment == Judgment.UPHELD
            assert [p.findings for p in complaint.parts] == [FINDINGS]
    texts = []
    for complaint_id, person in zip(ids, COMPLAINANTS, strict=True):
        ((sent_on, content),) = _letters(db, complaint_id)
        assert sent_on is None  # made, to be sent and marked by the user
        text = _pdf_text(content)
        assert person.name in text
        assert person.street in text
        assert person.city.upper() in text  # the postal line as PostNL wants it
        texts.append(text)
    # Each letter goes to its own complainant only.
    assert "Beukenweg" not in texts[0]
    assert "Lindelaan" not in texts[1]
    # The letter is the one the complaint's letters tab lists, ready to mark as sent.
    documents = LetterService(db, admin).documents(ids[0])
    assert [d.id for d in documents if d.kind == LetterKind.DECISION_LETTER] == [made[0]]


def test_a_cluster_decision_is_all_or_nothing_when_one_complaint_is_not_heard(
    db: Database, admin: CurrentUser, people: dict[str, int], cluster: tuple[int, list[int]]
) -> None:
    cluster_id, ids = cluster
    late = _register(
        db,
        admin,
        ComplainantData(name="Proef Cas Dijkman", email="cas@example.org"),
        people["concerned"],
    )
    ClusterService(db, admin).add(cluster_id, [late])
    with db.session_scope() as session:
        number = session.get(Complaint, late).number

    plan = ClusterService(db, admin).decision_plan(cluster_id)
    assert not plan.ready
    with pytest.raises(ServiceError, match=number):
        ClusterService(db, admin).decide_all(cluster_id, Judgment.NOT_UPHELD, FINDINGS)

    with db.session_scope() as session:
        statuses = {session.get(Complaint, i).status for i in ids}
        documents = session.scalar(
            select(func.count()).where(Document.kind == LetterKind.DECISION_LETTER.value)
        )
    assert statuses == {Status.HEARING}
    assert documents == 0


def test_a_cluster_decision_leaves_nothing_behind_when_a_letter_fails(
    db: Database,
    admin: CurrentUser,
    cluster: tuple[int, list[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cluster_id, ids = cluster
    import app.reports.letters as pdfs

    real = pdfs.build_letter_pdf
    calls = []

    def second_fails(layout):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise ServiceError("De brief kon niet worden gemaakt.")
        return real(layout)

    monkeypatch.setattr(pdfs, "build_letter_pdf", second_fails)
    with pytest.raises(ServiceError):
        ClusterService(db, admin).decide_all(cluster_id, Judgment.UPHELD, FINDINGS)
    assert len(calls) == 2
    with db.session_scope() as session:
        assert {session.get(Complaint, i).status for i in ids} == {Status.HEARING}
    assert _letters(db, ids[0]) == []


def test_a_cluster_decision_needs_a_judgment_and_findings(
    db: Database, admin: CurrentUser, cluster: tuple[int, list[int]]
) -> None:
    cluster_id, _ids = cluster
    with pytest.raises(ValidationError) as raised:
        ClusterService(db, admin).decide_all(cluster_id, Judgment.NONE, "  ")
    assert set(raised.value.errors) == {"judgment", "findings"}


def test_only_the_coordinator_may_decide_for_a_cluster(
    db: Database, admin: CurrentUser, people: dict[str, int], cluster: tuple[int, list[int]]
) -> None:
    cluster_id, ids = cluster
    handler = CurrentUser(
        "handler", people["handler"], "Proef Behandelaar", frozenset({Role.HANDLER})
    )
    with pytest.raises(PermissionDenied):
        ClusterService(db, handler).decide_all(cluster_id, Judgment.UPHELD, FINDINGS)
    secretary_id = (
        OrganisationService(db, admin)
        .create_employee(
            EmployeeInput(
                name="Proef Secretaris", login="secr", roles=frozenset({Role.SECRETARIAT})
            )
        )
        .id
    )
    secretary = CurrentUser("secr", secretary_id, "Proef Secretaris", frozenset({Role.SECRETARIAT}))
    with pytest.raises(PermissionDenied):
        ClusterService(db, secretary).decision_plan(cluster_id)
    with db.session_scope() as session:
        assert {session.get(Complaint, i).status for i in ids} == {Status.HEARING}


# ----- one handler for the whole cluster, in one transaction -----------------------------


@contextmanager
def _write_commits() -> Iterator[list[str]]:
    """The login of each write transaction committed inside the block."""
    committed: list[str] = []

    def record(session: Session) -> None:
        actor = session.info.get("actor")
        if actor is not None:
            committed.append(actor.login)

    event.listen(Session, "after_commit", record)
    try:
        yield committed
    finally:
        event.remove(Session, "after_commit", record)


def _audit_count(db: Database) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _four_in_a_cluster(
    db: Database, admin: CurrentUser, people: dict[str, int]
) -> tuple[int, list[int]]:
    """Four registered complaints; the third names its employee concerned only by a loose
    name, which the assignment refuses until it is linked or confirmed (Awb 9:7)."""
    ids = []
    for n in range(4):
        concerned = (
            ConcernedEmployee(free_text_name="Proef Losse Naam")
            if n == 2
            else ConcernedEmployee(people["concerned"])
        )
        data = IntakeData(
            description="ik ben niet teruggebeld.",
            complainant=ComplainantData(name=f"Proefklager Eta {n}", email=f"eta{n}@example.com"),
            received_on=RECEIVED,
            employees_concerned=(concerned,),
        )
        ids.append(IntakeService(db, admin).register(data, today=RECEIVED).complaint_id)
    return ClusterService(db, admin).create("Terugbelachterstand mei", None, ids), ids


def _handlers(db: Database, ids: list[int]) -> list[int | None]:
    with db.session_scope() as session:
        return [session.get_one(Complaint, i).handler_id for i in ids]


def test_a_refusal_for_the_third_member_leaves_the_whole_cluster_unassigned(
    db: Database, admin: CurrentUser, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster_id, ids = _four_in_a_cluster(db, admin, people)
    WorkflowService(db, admin).link_concerned(ids[2], _loose_row(db, ids[2]), people["concerned"])
    before = _audit_count(db)
    # Another user changes the third complaint while the cluster is being assigned: its
    # assignment is refused after the first two were made.
    calls: list[int] = []
    real_assign = clusters_module.assign

    def assign_refusing_the_third(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise ConcurrentEditError()
        return real_assign(*args, **kwargs)

    monkeypatch.setattr(clusters_module, "assign", assign_refusing_the_third)
    with pytest.raises(ConcurrentEditError):
        ClusterService(db, admin).assign_all(cluster_id, people["handler"])
    assert len(calls) == 3
    assert _handlers(db, ids) == [None] * 4
    with db.session_scope() as session:
        assert {session.get_one(Complaint, i).status for i in ids} == {Status.REGISTERED}
    assert _audit_count(db) == before


def test_a_cluster_is_assigned_in_one_transaction(
    db: Database, admin: CurrentUser, people: dict[str, int]
) -> None:
    cluster_id, ids = _four_in_a_cluster(db, admin, people)
    WorkflowService(db, admin).link_concerned(ids[2], _loose_row(db, ids[2]), people["concerned"])
    with _write_commits() as committed:
        assert ClusterService(db, admin).assign_all(cluster_id, people["handler"]) == 4
    assert committed == [admin.login]
    assert _handlers(db, ids) == [people["handler"]] * 4
    with db.session_scope() as session:
        reasons = session.scalars(
            select(StatusChange.reason).where(StatusChange.complaint_id.in_(ids))
        ).all()
    assert reasons.count("behandeld in cluster") == 4


def _loose_row(db: Database, complaint_id: int) -> int:
    with db.session_scope() as session:
        return session.scalars(
            select(ComplaintEmployee.id).where(
                ComplaintEmployee.complaint_id == complaint_id,
                ComplaintEmployee.employee_id.is_(None),
            )
        ).one()
