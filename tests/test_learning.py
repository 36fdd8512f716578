"""Annex 1 (handled-complaint form) and improvement proposals."""

from __future__ import annotations

from datetime import date

import pytest

from app.db import Database
from app.models.enums import CauseKind, Decision, ProposalStatus, ReportStatus, Role
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied, ServiceError, ValidationError
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.learning import (
    HandlingReportService,
    ImprovementService,
    ProposalInput,
    ReportAnswers,
)
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind, TaskService
from app.services.workflow import WorkflowService

ANSWERS = ReportAnswers(
    cause_kind=CauseKind.WORK_PROCESS,
    cause_text="Terugbelverzoeken kwamen in een gedeelde mailbox die niemand bijhield.",
    prevention="Eén eigenaar per mailbox en een dagelijkse controle.",
    remedial_action="Klager dezelfde dag teruggebeld en excuses aangeboden.",
    improvement_points="Terugbelverzoeken registreren in het zaaksysteem.",
)


@pytest.fixture
def setup(db: Database, admin: CurrentUser) -> dict[str, object]:
    org = OrganisationService(db, admin)
    org.create_employee(EmployeeInput(name="Proef Mu", login="mu", roles=frozenset({Role.HANDLER})))
    org.create_employee(EmployeeInput(name="Proef Nu", login="nu", roles=frozenset({Role.HANDLER})))
    mu, nu = load_current_user(db, "mu"), load_current_user(db, "nu")
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="niemand belde terug.",
                received_on=date(2026, 3, 2),
                complainant=ComplainantData(name="Proef Xi", email="xi@example.com"),
            ),
            today=date(2026, 3, 2),
        )
        .complaint_id
    )
    WorkflowService(db, admin).assign(complaint, mu.employee_id)
    return {"mu": mu, "nu": nu, "complaint": complaint}


def test_a_draft_is_kept_and_the_form_is_sent_to_the_coordinator(
    db: Database, admin: CurrentUser, setup: dict[str, object]
) -> None:
    mu, complaint = setup["mu"], setup["complaint"]
    forms = HandlingReportService(db, mu)
    forms.save_draft(complaint, ReportAnswers(cause_text="Half ingevuld"), version=None)
    again = HandlingReportService(db, mu).form(complaint)  # e.g. after a restart
    assert again.status == ReportStatus.DRAFT
    assert again.answers.cause_text == "Half ingevuld"
    assert again.complainant_name == "Proef Xi"
    with pytest.raises(ServiceError, match="afgehandeld"):
        forms.submit(complaint, ANSWERS, version=again.version)
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")
    with pytest.raises(ValidationError) as refused:
        forms.submit(complaint, ReportAnswers(), version=again.version)
    assert set(refused.value.errors) == {"cause_kind", "cause_text", "remedial_action"}
    forms.submit(complaint, ANSWERS, version=again.version)
    coordinator_view = HandlingReportService(db, admin).forms()
    assert [(f.number, f.status) for f in coordinator_view] == [
        ("IK-2026-0001", ReportStatus.SUBMITTED)
    ]
    assert any(
        i.kind == ItemKind.TASK and "beoordelen" in i.title for i in TaskService(db, admin).items()
    )
    HandlingReportService(db, admin).send_back(complaint, "Vul de preventie concreter in.")
    returned = HandlingReportService(db, mu).form(complaint)
    assert (returned.status, returned.review_remark) == (
        ReportStatus.RETURNED,
        "Vul de preventie concreter in.",
    )
    forms.submit(complaint, ANSWERS, version=returned.version)
    HandlingReportService(db, admin).review(complaint)
    assert HandlingReportService(db, mu).form(complaint).status == ReportStatus.REVIEWED


def test_a_handler_cannot_open_another_handlers_form(
    db: Database, setup: dict[str, object]
) -> None:
    with pytest.raises(PermissionDenied):
        HandlingReportService(db, setup["nu"]).form(setup["complaint"])
    with pytest.raises(PermissionDenied):
        HandlingReportService(db, setup["nu"]).save_draft(setup["complaint"], ANSWERS, version=None)
    assert HandlingReportService(db, setup["nu"]).forms() == []


def test_a_proposal_needs_owner_and_deadline_to_be_accepted_and_realising_offers_letters(
    db: Database, admin: CurrentUser, setup: dict[str, object]
) -> None:
    complaint = setup["complaint"]
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")
    HandlingReportService(db, setup["mu"]).submit(complaint, ANSWERS, version=None)
    service = ImprovementService(db, admin, today=date(2026, 6, 1))
    proposal = service.from_report(
        complaint, "Terugbelverzoeken in het zaaksysteem", ANSWERS.improvement_points or ""
    )
    with pytest.raises(ValidationError) as refused:
        service.decide(proposal, Decision.ACCEPTED, on=date(2026, 4, 1))
    assert set(refused.value.errors) == {"owner_id", "deadline"}
    view = service.get(proposal)
    service.update(
        proposal,
        ProposalInput(
            title=view.title,
            specific=view.specific,
            measurable="Alle verzoeken binnen 2 dagen",
            deadline=date(2026, 5, 1),
            owner_id=setup["mu"].employee_id,
            complaint_ids=(complaint,),
        ),
        view.version,
    )
    service.decide(proposal, Decision.ACCEPTED, on=date(2026, 4, 1), note="MT akkoord")
    overdue = TaskService(db, setup["mu"]).items(today=date(2026, 6, 1))
    assert [i.proposal_id for i in overdue if i.kind == ItemKind.PROPOSAL] == [proposal]
    service.add_progress(
        proposal,
        "Werkinstructie geschreven.",
        on=date(2026, 5, 20),
        status=ProposalStatus.IN_PROGRESS,
    )
    to_inform = service.set_status(proposal, ProposalStatus.REALISED)
    assert [c.number for c in to_inform] == ["IK-2026-0001"]
    service.record_informed(proposal, complaint, date(2026, 6, 2))
    assert service.uninformed_complaints(proposal) == []
    assert service.get(proposal).progress[0].text == "Werkinstructie geschreven."


def test_the_proposal_list_takes_the_same_number_of_queries_for_one_or_many_proposals(
    db: Database, admin: CurrentUser, setup: dict[str, object]
) -> None:
    """The list reads its proposals, complaints, names and notes in bulk, not per row."""
    from sqlalchemy import event

    service = ImprovementService(db, admin, today=date(2026, 6, 1))

    def add(n: int) -> None:
        complaint = (
            IntakeService(db, admin)
            .register(
                IntakeData(
                    description="niemand belde terug.",
                    received_on=date(2026, 3, 2),
                    complainant=ComplainantData(
                        name=f"Proef Omikron {n}", email=f"omikron{n}@example.com"
                    ),
                ),
                today=date(2026, 3, 2),
            )
            .complaint_id
        )
        proposal_id = service.create(
            ProposalInput(
                title=f"Voorstel {n}",
                owner_id=setup["mu"].employee_id,
                complaint_ids=(complaint,),
            )
        )
        service.add_progress(proposal_id, f"Voortgang {n}", on=date(2026, 5, n))

    def statements() -> tuple[int, list]:
        seen: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            views = service.proposals()
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(seen), views

    add(1)
    one, views = statements()
    assert [len(v.complaints) for v in views] == [1]
    for n in range(2, 6):
        add(n)
    many, views = statements()
    assert len(views) == 5
    assert [len(v.progress) for v in views] == [1] * 5
    assert sorted(v.complaints[0].complainant_name for v in views) == [
        f"Proef Omikron {n}" for n in range(1, 6)
    ]
    assert all(v.owner_name == "Proef Mu" for v in views)
    assert many == one
