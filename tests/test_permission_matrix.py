"""The permission matrix: every public service method declares who may call it, every role
is refused what it lacks, and complainants' personal data reach only those who may see it."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db import Actor, Database
from app.models import FeedbackCard
from app.models.enums import CardChannel, CardColour, Decision, Role, UnitKind
from app.services.access import (
    acting_functions,
    declaration_of,
    harmless,
    matrix,
    open_methods,
    own_records,
    public_methods,
    requires,
    requires_any,
    requires_complaint_handler,
    requires_visible_complaint,
    service_classes,
    undeclared,
)
from app.services.base import Service
from app.services.clusters import ClusterService
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import PermissionDenied
from app.services.identity import load_current_user
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.learning import HandlingReportService, ImprovementService, ProposalInput
from app.services.letter_templates import LetterKind
from app.services.letters import LetterService
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import ROLE_PERMISSIONS, CurrentUser, Permission
from app.services.subjects import SubjectService
from app.services.tasks import TaskService
from app.services.workflow import WorkflowService

COMPLAINANT = "Proef Omikron"
TODAY = date.today()


# ----- the declarations ----------------------------------------------------------------------


def test_every_public_service_method_declares_its_permission() -> None:
    classes = service_classes()
    # The walk finds the services of every module, not a handful.
    names = {c.__name__ for c in classes}
    assert {"WorkflowService", "ImprovementService", "VerifyService", "TaskService"} <= names
    assert len(matrix(classes)) > 140
    assert undeclared(classes) == []
    functions = acting_functions()
    assert {name.rsplit(".", 1)[1] for name, _f in functions} >= {"make_backup", "restore_backup"}
    assert [name for name, func in functions if declaration_of(func) is None] == []


def test_the_matrix_check_fails_for_an_undeclared_public_method() -> None:
    class Throwaway(Service):
        @requires(Permission.BACKUP)
        def declared(self) -> None: ...

        @harmless("reference data for the test")
        def reference(self) -> None: ...

        def forgotten(self) -> None: ...

        @property
        def forgotten_property(self) -> int:
            return 1

        @staticmethod
        def forgotten_static() -> None: ...

        def _private(self) -> None: ...

    found = undeclared([Throwaway])
    assert [name.rsplit(".", 1)[1] for name in found] == [
        "forgotten",
        "forgotten_property",
        "forgotten_static",
    ]


def test_a_method_open_to_everyone_must_say_why() -> None:
    with pytest.raises(TypeError):
        harmless("  ")
    with pytest.raises(TypeError):
        own_records("")
    # The open methods are listed in one place, each with its reason.
    reasons = open_methods(service_classes())
    assert "WorkflowService.norms" in reasons
    assert all(reason.strip() for reason in reasons.values())
    assert not any(n.startswith(("ComplaintService.", "ComplainantService.")) for n in reasons)


def test_a_complaint_rule_must_name_a_parameter_of_the_method() -> None:
    with pytest.raises(TypeError, match="complaint_id"):

        class Wrong(Service):
            @requires_visible_complaint()
            def detail(self, number: str) -> None: ...


# ----- a register with one complaint and something of everything ------------------------------


@dataclass
class World:
    db: Database
    coordinator: CurrentUser
    users: dict[str, CurrentUser]
    ids: dict[str, Any] = field(default_factory=dict)

    def argument(self, name: str, tmp_path: Path) -> Any:
        """A value for a required parameter: the real ids of the complaint and what hangs
        off it; anything else a placeholder, for the check comes before the method uses it."""
        if name in self.ids:
            return self.ids[name]
        if name in {"source_id", "target_id", "existing_complainant_id"}:
            return self.ids["complainant_id"]
        if name == "handler_id":
            return self.users["handler"].employee_id
        if name in {"complaint_ids"}:
            return [self.ids["complaint_id"]]
        if name in {"number", "code_or_number"}:
            return self.ids["number"]
        if name in {"path", "out", "folder", "target", "source"}:
            return tmp_path / "uit.bin"
        if name == "kind":
            return LetterKind.ACKNOWLEDGEMENT
        if name in {"year"}:
            return TODAY.year
        if name in {"quarter"}:
            return 1
        if name in {"on", "sent_on", "notice_on", "due_on", "day", "period_from", "period_to"}:
            return TODAY
        if name in {"reason", "text", "name", "title", "remark", "report", "period", "subjects"}:
            return "Een reden"
        return None


def _employee(db: Database, admin: CurrentUser, login: str, name: str, *roles: Role) -> int:
    record = OrganisationService(db, admin).create_employee(
        EmployeeInput(name=name, login=login, roles=frozenset(roles))
    )
    return record.id


@pytest.fixture
def world(db: Database, admin: CurrentUser) -> World:
    logins = {
        "handler": ("Proef Alfa", Role.HANDLER),
        "other_handler": ("Proef Beta", Role.HANDLER),
        "secretariat": ("Proef Gamma", Role.SECRETARIAT),
        "management": ("Proef Delta", Role.MANAGEMENT),
        "staff": ("Proef Epsilon", Role.STAFF),
        "administrator": ("Proef Zeta", Role.ADMINISTRATOR),
    }
    for login, (name, role) in logins.items():
        _employee(db, admin, login, name, role)
    users = {login: load_current_user(db, login) for login in logins}
    assert all(users.values())
    concerned = _employee(db, admin, "betrokken", "Proef Eta", Role.STAFF)
    intake = IntakeService(db, admin).register(
        IntakeData(
            description="De medewerker belde niet terug.",
            received_on=TODAY,
            complainant=ComplainantData(
                name=COMPLAINANT, email="omikron@example.org", city="Zwolle"
            ),
            employees_concerned=(ConcernedEmployee(employee_id=concerned),),
            attachments=(NewAttachment("brief.pdf", b"%PDF-1.4 proef"),),
        ),
        today=TODAY,
    )
    complaint_id = intake.complaint_id
    handler = users["handler"]
    WorkflowService(db, admin).assign(complaint_id, handler.employee_id)
    promise_id = WorkflowService(db, handler).add_promise(
        complaint_id, "U hoort binnen een week van ons.", TODAY + timedelta(days=7)
    )
    detail = ComplaintService(db, admin).detail(complaint_id)
    document_id = LetterService(db, admin).save_document(
        complaint_id, LetterKind.ACKNOWLEDGEMENT, "pdf"
    )
    with db.session_scope(Actor(login=admin.login, employee_id=admin.employee_id)) as session:
        card = FeedbackCard(
            complaint_id=complaint_id,
            colour=CardColour.RED,
            code="R-PROEF-1",
            sent_on=TODAY,
            channel=CardChannel.POST,
            returned_on=TODAY,
        )
        session.add(card)
        session.flush()
        card_id = card.id
    proposal_id = ImprovementService(db, admin).create(
        ProposalInput(title="Terugbellen binnen een dag", complaint_ids=(complaint_id,))
    )
    cluster_id = ClusterService(db, admin).create("Terugbellen", None, [complaint_id])
    unit = OrganisationService(db, admin).create_unit(UnitInput("Team Proef", UnitKind.TEAM))
    subject = SubjectService(db, admin).create_subject("Proefonderwerp matrix")
    task_ids = [i.task_id for i in TaskService(db, admin).items(everyone=True) if i.task_id]
    return World(
        db,
        admin,
        users,
        {
            "complaint_id": complaint_id,
            "signal_id": complaint_id,
            "number": detail.number,
            "complainant_id": detail.complainant_id,
            "attachment_id": detail.attachments[0].id,
            "promise_id": promise_id,
            "document_id": document_id,
            "card_id": card_id,
            "proposal_id": proposal_id,
            "cluster_id": cluster_id,
            "unit_id": unit.id,
            "subject_id": subject.id,
            "employee_id": concerned,
            "task_id": task_ids[0] if task_ids else 1,
        },
    )


def _call(world: World, cls: type, name: str, user: CurrentUser, tmp_path: Path) -> Any:
    member = inspect.getattr_static(cls, name)
    func = member.fget if isinstance(member, property) else getattr(cls, name)
    arguments = {
        parameter.name: world.argument(parameter.name, tmp_path)
        for parameter in inspect.signature(func).parameters.values()
        if parameter.name != "self" and parameter.default is inspect.Parameter.empty
    }
    return getattr(cls(world.db, user), name)(**arguments)


def _outcome(call: Callable[[], Any]) -> str | None:
    """None when the call was refused; otherwise what happened instead, for the report."""
    try:
        call()
    except PermissionDenied:
        return None
    except Exception as error:
        return f": {type(error).__name__} instead of PermissionDenied"
    return ": allowed"


def _declared_methods() -> list[tuple[type, str, Any]]:
    return [
        (cls, name, declaration_of(member))
        for cls in service_classes()
        for name, member in public_methods(cls)
    ]


# ----- every role is refused what it lacks ------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_every_role_is_refused_each_method_it_has_no_permission_for(
    world: World, role: Role, tmp_path: Path
) -> None:
    user = _user_with(world, role)
    refused, not_refused = [], []
    for cls, name, declaration in _declared_methods():
        if declaration.permits_role(role):
            continue
        outcome = _outcome(lambda: _call(world, cls, name, user, tmp_path))  # noqa: B023
        target = refused if outcome is None else not_refused
        target.append(f"{cls.__name__}.{name}{outcome or ''}")
    for qualified, func in acting_functions():
        if declaration_of(func).permits_role(role):
            continue
        arguments = {"db": world.db, "user": user, "target": tmp_path / "kopie.db"}
        arguments |= {"source": tmp_path / "kopie.db"}
        parameters = inspect.signature(func).parameters
        outcome = _outcome(
            lambda: func(**{k: v for k, v in arguments.items() if k in parameters})  # noqa: B023
        )
        (refused if outcome is None else not_refused).append(f"{qualified}{outcome or ''}")
    assert not_refused == []
    # Not vacuous: what the role may not do, according to the roles table.
    expected = {
        Role.STAFF: {"ComplaintService.detail", "WorkflowService.eligible_handlers"},
        Role.MANAGEMENT: {"ComplaintService.detail", "HandlingReportService.form"},
        Role.HANDLER: {"ImprovementService.get", "RegisterImportService.preview"},
        Role.SECRETARIAT: {"WorkflowService.judge", "ImprovementService.proposals"},
        Role.ADMINISTRATOR: {"ComplaintService.detail", "ReportDataService.dashboard"},
        Role.COORDINATOR: {"OrganisationService.create_employee"},
    }[role]
    assert expected <= set(refused)


def _user_with(world: World, role: Role) -> CurrentUser:
    if role == Role.COORDINATOR:
        admin = world.coordinator
        return CurrentUser(admin.login, admin.employee_id, admin.name, frozenset({role}))
    return {
        Role.HANDLER: world.users["handler"],
        Role.SECRETARIAT: world.users["secretariat"],
        Role.MANAGEMENT: world.users["management"],
        Role.STAFF: world.users["staff"],
        Role.ADMINISTRATOR: world.users["administrator"],
    }[role]


def test_a_handler_is_refused_every_complaint_method_on_a_complaint_of_another_handler(
    world: World, tmp_path: Path
) -> None:
    other = world.users["other_handler"]
    held = ROLE_PERMISSIONS[Role.HANDLER]
    checked, not_refused = [], []
    for cls, name, declaration in _declared_methods():
        if not declaration.own_complaints_only(held):
            continue
        outcome = _outcome(lambda: _call(world, cls, name, other, tmp_path))  # noqa: B023
        (checked if outcome is None else not_refused).append(
            f"{cls.__name__}.{name}{outcome or ''}"
        )
    assert not_refused == []
    assert {
        "ComplaintService.detail",
        "ComplaintService.open_attachment",
        "HandlingReportService.form",
        "LetterService.mark_sent",
        "WorkflowService.eligible_handlers",
        "WorkflowService.keep_promise",
        "FeedbackService.reopen_after_red_card",
    } <= set(checked)


def test_the_handler_of_the_complaint_reads_what_another_handler_is_refused(
    world: World,
) -> None:
    handler = world.users["handler"]
    complaint_id = world.ids["complaint_id"]
    assert ComplaintService(world.db, handler).detail(complaint_id).complainant.name == COMPLAINANT
    assert HandlingReportService(world.db, handler).form(complaint_id).complainant_name == (
        COMPLAINANT
    )
    name, _media, _content = ComplaintService(world.db, handler).open_attachment(
        world.ids["attachment_id"]
    )
    assert name == "brief.pdf"
    assert WorkflowService(world.db, handler).state(complaint_id).may_handle


# ----- results shaped by role --------------------------------------------------------------------


def _linked_names(views: list[Any]) -> set[str | None]:
    return {c.complainant_name for view in views for c in view.complaints}


def test_management_reads_improvement_proposals_without_complainant_names(world: World) -> None:
    proposal = world.ids["proposal_id"]
    management = ImprovementService(world.db, world.users["management"])
    assert _linked_names(management.proposals()) == {None}
    view = management.get(proposal)
    assert [(c.number, c.complainant_name) for c in view.complaints] == [
        (world.ids["number"], None)
    ]
    assert [c.complainant_name for c in management.uninformed_complaints(proposal)] == [None]
    # The decision itself stays management's to take.
    management.decide(proposal, Decision.REJECTED, on=TODAY)
    # The coordinator, who informs the complainants, still gets the names.
    coordinator = ImprovementService(world.db, world.coordinator)
    assert _linked_names(coordinator.proposals()) == {COMPLAINANT}
    assert [c.complainant_name for c in coordinator.uninformed_complaints(proposal)] == [
        COMPLAINANT
    ]


def test_a_manager_who_handles_the_complaint_sees_its_complainant_in_a_proposal(
    world: World,
) -> None:
    handler = world.users["handler"]
    both = CurrentUser(
        handler.login, handler.employee_id, handler.name, frozenset({Role.MANAGEMENT, Role.HANDLER})
    )
    view = ImprovementService(world.db, both).get(world.ids["proposal_id"])
    assert [c.complainant_name for c in view.complaints] == [COMPLAINANT]


@pytest.mark.parametrize("login", ["staff", "handler", "other_handler", "secretariat"])
def test_overdue_proposals_of_others_are_only_for_who_manages_or_decides(
    world: World, login: str
) -> None:
    user = world.users[login]
    service = ImprovementService(world.db, user, today=TODAY)
    assert service.overdue_for(user.employee_id) == []  # one's own: always
    with pytest.raises(PermissionDenied):
        service.overdue_for(None)
    with pytest.raises(PermissionDenied):
        service.overdue_for(world.coordinator.employee_id)
    # Mijn taken keeps working for everyone.
    TaskService(world.db, user).items(today=TODAY)


def test_overdue_proposals_show_management_no_complainant_names(world: World) -> None:
    admin = world.coordinator
    proposals = ImprovementService(world.db, admin, today=TODAY)
    proposal = proposals.get(world.ids["proposal_id"])
    proposals.update(
        proposal.id,
        ProposalInput(
            title=proposal.title,
            deadline=TODAY - timedelta(days=3),
            owner_id=world.users["management"].employee_id,
            complaint_ids=(world.ids["complaint_id"],),
        ),
        proposal.version,
    )
    proposals.decide(proposal.id, Decision.ACCEPTED, on=TODAY - timedelta(days=10))
    management = ImprovementService(world.db, world.users["management"], today=TODAY)
    overdue = management.overdue_for(None)
    assert [p.id for p in overdue] == [proposal.id]
    assert COMPLAINANT not in repr(overdue)


def test_who_a_complaint_is_about_is_told_only_to_who_may_see_the_complaint(
    world: World,
) -> None:
    complaint_id = world.ids["complaint_id"]
    for login in ("staff", "management", "other_handler", "administrator"):
        with pytest.raises(PermissionDenied):
            WorkflowService(world.db, world.users[login]).eligible_handlers(complaint_id)
    for user in (world.coordinator, world.users["handler"], world.users["secretariat"]):
        offered = {h.name for h in WorkflowService(world.db, user).eligible_handlers(complaint_id)}
        assert {"Proef Alfa", "Proef Beta"} <= offered
        assert "Proef Eta" not in offered  # the employee concerned (Awb 9:7)


def test_the_declarations_agree_with_the_roles_of_the_design() -> None:
    """Spot checks against DESIGN.md's table of roles."""
    table = matrix(service_classes())
    assert table["ComplaintService.detail"].permits_role(Role.SECRETARIAT)
    assert not table["ComplaintService.detail"].permits_role(Role.MANAGEMENT)
    assert table["ComplaintService.detail"].own_complaints_only(ROLE_PERMISSIONS[Role.HANDLER])
    assert table["ImprovementService.decide"].permits_role(Role.MANAGEMENT)
    assert not table["WorkflowService.judge"].permits_role(Role.SECRETARIAT)
    assert table["ReportDataService.dashboard"].permits_role(Role.MANAGEMENT)
    assert not table["RegisterService.page"].permits_role(Role.STAFF)
    for name in ("WorkflowService.judge", "WorkflowService.keep_promise"):
        rule = table[name].complaint
        assert rule is not None
        assert rule.every == Permission.ASSIGN_HANDLER


def test_requires_any_refuses_with_the_message_of_a_missing_permission(world: World) -> None:
    class Probe(Service):
        @requires_any(Permission.MANAGE_PROPOSALS, Permission.DECIDE_PROPOSALS)
        def look(self) -> str:
            return "gezien"

        @requires_complaint_handler()
        def act(self, complaint_id: int) -> str:
            return "gedaan"

    staff = world.users["staff"]
    with pytest.raises(PermissionDenied, match="verbetervoorstellen"):
        Probe(world.db, staff).look()
    assert Probe(world.db, world.users["management"]).look() == "gezien"
    complaint_id = world.ids["complaint_id"]
    assert Probe(world.db, world.users["handler"]).act(complaint_id) == "gedaan"
    with pytest.raises(PermissionDenied, match="behandelaar van deze klacht"):
        Probe(world.db, world.users["other_handler"]).act(complaint_id)
    # A complaint that does not exist is the method's to report.
    assert Probe(world.db, world.users["other_handler"]).act(10**6) == "gedaan"
