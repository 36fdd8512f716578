"""Awb 9:7 for employees concerned known only by the name the complainant gave: before
assignment each such name is linked to an employee, or the coordinator confirms that the
chosen handler is not that person (and that confirmation is in the history)."""

from __future__ import annotations

from datetime import date

import pytest

from app.db import Database
from app.models.enums import Role
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import ValidationError
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService

FREE_TEXT = "Hans van de balie"


@pytest.fixture
def staff(db: Database, admin: CurrentUser) -> dict[str, int]:
    org = OrganisationService(db, admin)
    return {
        key: org.create_employee(EmployeeInput(name=name, login=key, roles=frozenset(roles))).id
        for key, name, roles in (
            ("hans", "Hans Proefmans", {Role.HANDLER}),
            ("other", "Proef Anderhand", {Role.HANDLER}),
            ("noot", "Noot van Balie-Proef", {Role.STAFF}),
        )
    }


@pytest.fixture
def loose_complaint(db: Database, admin: CurrentUser, staff: dict[str, int]) -> int:
    data = IntakeData(
        description="de medewerker aan de balie onvriendelijk was.",
        complainant=ComplainantData(name="Proefklager Xi", email="xi@example.com"),
        received_on=date(2026, 4, 24),
        employees_concerned=(ConcernedEmployee(free_text_name=FREE_TEXT),),
    )
    return IntakeService(db, admin).register(data, today=date(2026, 4, 24)).complaint_id


def test_a_free_text_name_suggests_the_employees_sharing_a_name_part(
    db: Database, admin: CurrentUser, staff: dict[str, int], loose_complaint: int
) -> None:
    [loose] = WorkflowService(db, admin).unresolved_concerned(loose_complaint)
    assert loose.free_text_name == FREE_TEXT
    suggested = {c.id for c in loose.candidates}
    # "Hans" matches Hans Proefmans; "balie" matches Balie-Proef; "van de" matches nobody.
    assert suggested == {staff["hans"], staff["noot"]}


def test_assignment_is_refused_while_a_free_text_name_is_unresolved(
    db: Database, admin: CurrentUser, staff: dict[str, int], loose_complaint: int
) -> None:
    workflow = WorkflowService(db, admin)
    with pytest.raises(ValidationError) as refused:
        workflow.assign(loose_complaint, staff["hans"])
    assert "Awb 9:7" in refused.value.errors["handler_id"]
    assert ComplaintService(db, admin).detail(loose_complaint).handler_id is None


def test_a_linked_name_makes_that_employee_ineligible_to_handle(
    db: Database, admin: CurrentUser, staff: dict[str, int], loose_complaint: int
) -> None:
    workflow = WorkflowService(db, admin)
    [loose] = workflow.unresolved_concerned(loose_complaint)
    workflow.link_concerned(loose_complaint, loose.concerned_id, staff["hans"])
    assert workflow.unresolved_concerned(loose_complaint) == []
    assert staff["hans"] not in {h.id for h in workflow.eligible_handlers(loose_complaint)}
    with pytest.raises(ValidationError) as refused:
        workflow.assign(loose_complaint, staff["hans"], confirm_not_concerned=True)
    assert "betrokken" in refused.value.errors["handler_id"]
    workflow.assign(loose_complaint, staff["other"])
    assert ComplaintService(db, admin).detail(loose_complaint).handler_id == staff["other"]


def test_the_confirmation_that_the_handler_is_not_the_named_person_is_in_the_history(
    db: Database, admin: CurrentUser, staff: dict[str, int], loose_complaint: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(loose_complaint, staff["other"], confirm_not_concerned=True)
    [loose] = workflow.unresolved_concerned(loose_complaint)
    assert loose.cleared_handler_id == staff["other"]
    history = "\n".join(e.text for e in ComplaintService(db, admin).history(loose_complaint))
    assert "is niet de behandelaar" in history
    assert "Proef Anderhand" in history


def test_a_confirmation_holds_for_its_handler_only(
    db: Database, admin: CurrentUser, staff: dict[str, int], loose_complaint: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(loose_complaint, staff["other"], confirm_not_concerned=True)
    workflow.assign(loose_complaint, staff["other"], reason="opnieuw bevestigd")
    with pytest.raises(ValidationError):
        workflow.assign(loose_complaint, staff["hans"])


@pytest.fixture
def plain_complaint(db: Database, admin: CurrentUser, staff: dict[str, int]) -> int:
    data = IntakeData(
        description="de medewerker aan de balie onvriendelijk was.",
        complainant=ComplainantData(name="Proefklager Omikron", email="o@example.com"),
        received_on=date(2026, 4, 24),
    )
    return IntakeService(db, admin).register(data, today=date(2026, 4, 24)).complaint_id


def test_a_cluster_is_not_half_assigned_when_one_member_has_an_unresolved_name(
    db: Database,
    admin: CurrentUser,
    staff: dict[str, int],
    plain_complaint: int,  # registered first, so assigned first if the check came late
    loose_complaint: int,
) -> None:
    from app.services.clusters import ClusterService

    clusters = ClusterService(db, admin)
    cluster = clusters.create("Balie april", None, [plain_complaint, loose_complaint])
    with pytest.raises(ValidationError) as refused:
        clusters.assign_all(cluster, staff["other"])
    complaints = ComplaintService(db, admin)
    handlers = [complaints.detail(c).handler_id for c in (plain_complaint, loose_complaint)]
    assert handlers == [None, None]
    message = refused.value.errors["handler_id"]
    assert "Awb 9:7" in message
    assert complaints.detail(loose_complaint).number in message
    # Once the coordinator has confirmed for this handler on the complaint itself, the
    # cluster can be given to them.
    WorkflowService(db, admin).assign(loose_complaint, staff["other"], confirm_not_concerned=True)
    assert clusters.assign_all(cluster, staff["other"]) == 2
    assert complaints.detail(plain_complaint).handler_id == staff["other"]
