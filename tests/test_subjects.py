"""Subject categories through the service: add, rename, (de)activate, permissions, audit."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app.db import Actor, Database
from app.models import AuditEvent
from app.models.enums import Role
from app.models.reference import complaint_subject
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied, ValidationError
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.subjects import SubjectService


@pytest.fixture
def service(db: Database, admin: CurrentUser) -> SubjectService:
    return SubjectService(db, admin)


def _names(service: SubjectService, include_inactive: bool = False) -> list[str]:
    return [s.name for s in service.list_subjects(include_inactive=include_inactive)]


def test_adding_and_renaming_a_subject_is_audited_and_refuses_duplicates(
    db: Database, service: SubjectService
) -> None:
    assert "Bejegening" in _names(service)  # the seeded categories
    created = service.create_subject("  Parkeren   en  vergunningen ")
    assert created.name == "Parkeren en vergunningen"
    assert created.active
    assert created.complaint_count == 0
    with pytest.raises(ValidationError) as duplicate:
        service.create_subject("bejegening")
    assert duplicate.value.errors == {"name": "Er is al een onderwerp met deze naam."}
    with pytest.raises(ValidationError) as empty:
        service.create_subject("   ")
    assert "name" in empty.value.errors

    renamed = service.rename_subject(created.id, "Parkeren")
    assert renamed.name == "Parkeren"
    assert service.rename_subject(created.id, "parkeren").name == "parkeren"  # own name: fine
    with pytest.raises(ValidationError):
        service.rename_subject(created.id, "Privacy")

    with db.session_scope() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "SubjectCategory")
            .where(AuditEvent.entity_id == str(created.id))
            .order_by(AuditEvent.seq)
        ).all()
        assert [e.action for e in events] == ["create", "update", "update"]
        assert json.loads(events[1].changes or "{}")["name"] == [
            "Parkeren en vergunningen",
            "Parkeren",
        ]
        assert events[1].reason == "onderwerp hernoemd"


def test_an_inactive_subject_is_hidden_from_the_choice_but_complaints_keep_it(
    db: Database, service: SubjectService, admin: CurrentUser
) -> None:
    privacy = next(s for s in service.list_subjects() if s.name == "Privacy")
    result = IntakeService(db, admin).register(
        IntakeData(
            description="mijn gegevens zijn gedeeld zonder dat ik het wist.",
            received_on=date(2026, 3, 2),
            complainant=ComplainantData(name="Proef Kappa", email="kappa@example.com"),
        ),
        today=date(2026, 3, 2),
    )
    with db.session_scope(Actor(login=admin.login, employee_id=admin.employee_id)) as session:
        session.execute(
            complaint_subject.insert().values(
                complaint_id=result.complaint_id, subject_id=privacy.id
            )
        )

    changed = service.set_subject_active(privacy.id, False)
    assert not changed.active
    assert changed.complaint_count == 1
    assert "Privacy" not in _names(service)
    assert "Privacy" in _names(service, include_inactive=True)
    assert service.set_subject_active(privacy.id, True).active


def test_only_an_administrator_changes_subjects(db: Database, admin: CurrentUser) -> None:
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Lambda", login="plambda", roles=frozenset({Role.COORDINATOR}))
    )
    coordinator = load_current_user(db, "plambda")
    assert coordinator is not None
    service = SubjectService(db, coordinator)
    assert service.list_subjects()  # reading is for everyone
    with pytest.raises(PermissionDenied):
        service.create_subject("Nieuw onderwerp")
    first = service.list_subjects()[0]
    with pytest.raises(PermissionDenied):
        service.set_subject_active(first.id, False)
