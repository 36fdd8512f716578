"""Employees and units through the service: validation, permissions, audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEvent
from app.models.enums import Role, UnitKind
from app.services.errors import (
    ConcurrentEditError,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from app.services.identity import load_current_user
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import CurrentUser


@pytest.fixture
def service(db: Database, admin: CurrentUser) -> OrganisationService:
    return OrganisationService(db, admin)


def _events(db: Database, entity: str) -> list[AuditEvent]:
    with db.session_scope() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq)
            )
        )


def test_creating_an_employee_normalises_input_and_is_audited(
    db: Database, service: OrganisationService, admin: CurrentUser
) -> None:
    unit = service.create_unit(UnitInput("Team Proef", UnitKind.TEAM))
    employee = service.create_employee(
        EmployeeInput(
            name="  Testmedewerker Alfa ",
            email="Alfa@Example.COM",
            phone="070 356 3563",
            unit_id=unit.id,
            login="TAlfa",
            roles=frozenset({Role.HANDLER}),
        )
    )
    assert employee.name == "Testmedewerker Alfa"
    assert employee.email == "Alfa@example.com"
    assert employee.phone == "+31703563563"
    assert employee.phone_display == "070 356 3563"
    assert employee.login == "talfa"
    assert employee.unit_name == "Team Proef"
    assert employee.roles == (Role.HANDLER,)

    created = [e for e in _events(db, "Employee") if e.entity_id == str(employee.id)]
    assert len(created) == 1
    assert created[0].action == "create"
    assert created[0].actor_login == admin.login
    assert created[0].actor_id == admin.employee_id
    assert json.loads(created[0].changes or "{}")["name"] == "Testmedewerker Alfa"


def test_invalid_input_is_refused_field_by_field_in_dutch(service: OrganisationService) -> None:
    with pytest.raises(ValidationError) as refused:
        service.create_employee(
            EmployeeInput(name=" ", email="geen-adres", phone="12", login="met spatie")
        )
    errors = refused.value.errors
    assert set(errors) == {"name", "email", "phone", "login"}
    assert errors["name"] == "Vul de naam in."
    assert "e-mailadres" in errors["email"]
    assert "telefoonnummer" in errors["phone"]


def test_a_login_belongs_to_one_employee(service: OrganisationService) -> None:
    service.create_employee(EmployeeInput(name="Eerste Proef", login="proef"))
    with pytest.raises(ValidationError) as refused:
        service.create_employee(EmployeeInput(name="Tweede Proef", login="PROEF"))
    assert "inlognaam" in refused.value.errors["login"]


def test_editing_records_the_changed_fields(db: Database, service: OrganisationService) -> None:
    employee = service.create_employee(EmployeeInput(name="Proef Bravo", job_title="Intaker"))
    changed = service.update_employee(
        employee.id,
        EmployeeInput(name="Proef Bravo", job_title="Teamleider", roles=frozenset({Role.HANDLER})),
        employee.version,
    )
    assert changed.job_title == "Teamleider"
    assert changed.version == employee.version + 1
    update = [e for e in _events(db, "Employee") if e.action == "update"][-1]
    assert json.loads(update.changes or "{}") == {"job_title": ["Intaker", "Teamleider"]}
    role_events = [e for e in _events(db, "EmployeeRole") if e.action == "create"]
    assert json.loads(role_events[-1].changes or "{}")["role"] == "handler"


def test_an_edit_on_a_stale_copy_is_refused(service: OrganisationService) -> None:
    employee = service.create_employee(EmployeeInput(name="Proef Charlie"))
    service.update_employee(employee.id, EmployeeInput(name="Proef Charlie 2"), employee.version)
    with pytest.raises(ConcurrentEditError):
        service.update_employee(employee.id, EmployeeInput(name="Proef Oud"), employee.version)
    assert service.get_employee(employee.id).name == "Proef Charlie 2"


def test_deactivated_employees_drop_out_of_the_active_list(service: OrganisationService) -> None:
    employee = service.create_employee(EmployeeInput(name="Proef Delta"))
    service.set_employee_active(employee.id, False, employee.version)
    assert employee.id not in {e.id for e in service.list_employees(include_inactive=False)}
    assert not service.get_employee(employee.id).active


def test_the_administrator_cannot_lock_themselves_out(
    service: OrganisationService, admin: CurrentUser
) -> None:
    with pytest.raises(ServiceError, match="eigen account"):
        service.set_employee_active(admin.employee_id or 0, False)
    with pytest.raises(ServiceError, match="beheerdersrol"):
        service.update_employee(
            admin.employee_id or 0,
            EmployeeInput(name="Adri Beheerder", roles=frozenset({Role.COORDINATOR})),
        )


def test_only_an_administrator_manages_employees_and_units(
    db: Database, service: OrganisationService
) -> None:
    service.create_employee(
        EmployeeInput(
            name="Proef Behandelaar", login="behandelaar", roles=frozenset({Role.HANDLER})
        )
    )
    handler = load_current_user(db, "behandelaar")
    assert handler is not None
    as_handler = OrganisationService(db, handler)
    assert [e.name for e in as_handler.list_employees()]  # may look people up
    with pytest.raises(PermissionDenied):
        as_handler.create_employee(EmployeeInput(name="Mag Niet"))
    with pytest.raises(PermissionDenied):
        as_handler.create_unit(UnitInput("Mag Niet", UnitKind.TEAM))
    staff = CurrentUser(login="x", employee_id=None, name="x", roles=frozenset({Role.STAFF}))
    with pytest.raises(PermissionDenied):
        OrganisationService(db, staff).list_employees()


def test_units_form_a_tree_without_cycles(service: OrganisationService) -> None:
    sector = service.create_unit(UnitInput("Sector Proef", UnitKind.SECTOR))
    team = service.create_unit(UnitInput("Team Proef", UnitKind.TEAM, parent_id=sector.id))
    assert team.parent_name == "Sector Proef"
    with pytest.raises(ValidationError) as refused:
        service.update_unit(sector.id, UnitInput("Sector Proef", UnitKind.SECTOR, team.id))
    assert "onder zichzelf" in refused.value.errors["parent_id"]
    with pytest.raises(ValidationError) as duplicate:
        service.create_unit(UnitInput("sector proef", UnitKind.SECTOR))
    assert "al een afdeling" in duplicate.value.errors["name"]


def test_a_unit_with_active_employees_cannot_be_deactivated(
    service: OrganisationService,
) -> None:
    unit = service.create_unit(UnitInput("Team Vol", UnitKind.TEAM))
    manager = service.create_employee(EmployeeInput(name="Proef Echo", unit_id=unit.id))
    unit = service.update_unit(unit.id, UnitInput("Team Vol", UnitKind.TEAM, None, manager.id))
    assert unit.manager_name == "Proef Echo"
    with pytest.raises(ServiceError, match="actieve medewerker"):
        service.set_unit_active(unit.id, False)
    service.update_employee(manager.id, EmployeeInput(name="Proef Echo"))
    assert not service.set_unit_active(unit.id, False).active
    with pytest.raises(ValidationError) as refused:
        service.create_employee(EmployeeInput(name="Proef Foxtrot", unit_id=unit.id))
    assert "niet meer actief" in refused.value.errors["unit_id"]
