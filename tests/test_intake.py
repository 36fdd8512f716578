"""Intake (annex 3): registration, validation, numbering, related cases, signals."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Attachment, Complaint, Task
from app.models.enums import Channel, ComplaintKind, Role, Status, TaskKind
from app.services.complainants import ComplainantData, ComplainantService
from app.services.errors import PermissionDenied, ValidationError
from app.services.intake import (
    ConcernedEmployee,
    IntakeData,
    IntakeService,
    NewAttachment,
)
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.settings import SettingsService

TODAY = date(2026, 4, 24)  # a Friday; Monday 27 April is Koningsdag
PERSON = ComplainantData(
    salutation="Mevrouw",
    name="Proefklager Zeta",
    street="Testlaan",
    house_number="7",
    postcode="9999zz",
    city="Proefstad",
    phone_day="06-12345678",
    email="Zeta@Example.com",
)


def _intake(**values: object) -> IntakeData:
    fields: dict[str, object] = {
        "description": "de beloofde terugbelafspraak niet is nagekomen.",
        "complainant": PERSON,
        "received_on": TODAY,
    }
    fields.update(values)
    return IntakeData(**fields)  # type: ignore[arg-type]


@pytest.fixture
def intake(db: Database, admin: CurrentUser) -> IntakeService:
    return IntakeService(db, admin)


def test_registering_stores_every_field_and_gives_the_next_number(
    db: Database, intake: IntakeService, admin: CurrentUser
) -> None:
    employee = OrganisationService(db, admin).create_employee(EmployeeInput(name="Proef Medew"))
    result = intake.register(
        _intake(
            channel=Channel.PHONE,
            employees_concerned=(
                ConcernedEmployee(employee.id),
                ConcernedEmployee(free_text_name="Henk"),
            ),
            related_dossiers=("2026.00042", " 2026.00042 ", "2025.1"),
            attachments=(NewAttachment("brief.pdf", b"%PDF-1.4 proef"),),
            urgent=True,
        ),
        today=TODAY,
    )
    assert result.number == "IK-2026-0001"
    assert result.contact_due == date(2026, 5, 4)
    assert result.decision_due == date(2026, 6, 5)
    with db.session_scope() as session:
        complaint = session.get(Complaint, result.complaint_id)
        assert complaint is not None
        assert complaint.kind == ComplaintKind.COMPLAINT
        assert complaint.channel == Channel.PHONE
        assert complaint.status == Status.REGISTERED
        assert complaint.urgent
        assert complaint.received_on == TODAY
        person = complaint.complainant
        assert (
            person.salutation,
            person.name,
            person.postcode,
            person.phone_day,
            person.email,
        ) == ("Mevrouw", "Proefklager Zeta", "9999 ZZ", "+31612345678", "Zeta@example.com")
        assert {(c.employee_id, c.free_text_name) for c in complaint.employees_concerned} == {
            (employee.id, None),
            (None, "Henk"),
        }
        assert sorted(d.dossier_number for d in complaint.related_dossiers) == [
            "2025.1",
            "2026.00042",
        ]
        attachment = complaint.attachments[0]
        assert (attachment.file_name, attachment.media_type, attachment.size) == (
            "brief.pdf",
            "application/pdf",
            14,
        )
        assert len(attachment.sha256) == 64
        assert complaint.next_deadline == date(2026, 5, 4)
    second = intake.register(_intake(), today=TODAY)
    assert second.number == "IK-2026-0002"


def test_each_invalid_input_gets_its_own_dutch_message(intake: IntakeService) -> None:
    bad = ComplainantData(name="Proef", postcode="12345", phone_day="123", email="x@")
    with pytest.raises(ValidationError) as refused:
        intake.register(
            _intake(description="  ", complainant=bad, received_on=date(2026, 4, 25)),
            today=TODAY,
        )
    errors = refused.value.errors
    assert set(errors) == {"description", "received_on", "postcode", "phone_day", "email"}
    assert "toekomst" in errors["received_on"]
    assert "1234 AB" in errors["postcode"]


def test_a_complaint_needs_a_way_to_reach_the_complainant_but_a_signal_does_not(
    intake: IntakeService,
) -> None:
    with pytest.raises(ValidationError) as refused:
        intake.register(_intake(complainant=ComplainantData(name="Alleen Naam")), today=TODAY)
    assert "bereiken" in refused.value.errors["contact"]
    signal = intake.register(
        _intake(kind=ComplaintKind.SIGNAL, complainant=ComplainantData()), today=TODAY
    )
    assert signal.number == "SG-2026-0001"
    assert signal.contact_due is None


def test_attachments_over_the_size_limit_are_refused_with_a_clear_message(
    db: Database, intake: IntakeService, admin: CurrentUser
) -> None:
    SettingsService(db, admin).set_attachment_max_bytes(1024 * 1024)
    big = NewAttachment("opname.mp3", b"0" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as refused:
        intake.register(_intake(attachments=(big,)), today=TODAY)
    assert "opname.mp3" in refused.value.errors["attachments"]
    assert "1,0 MB" in refused.value.errors["attachments"]


def test_related_open_complaints_create_the_coordinators_task(
    db: Database, intake: IntakeService
) -> None:
    first = intake.register(_intake(related_dossiers=("2026.777",)), today=TODAY)
    with db.session_scope() as session:
        person_id = session.get(Complaint, first.complaint_id).complainant_id
    second = intake.register(_intake(existing_complainant_id=person_id), today=TODAY)
    assert [r.number for r in second.related] == [first.number]
    assert second.related[0].reason == "zelfde klager"
    with db.session_scope() as session:
        task = session.get(Task, second.task_id)
        assert task is not None
        assert task.kind == TaskKind.INFORM_EMPLOYEES
        assert task.assignee_role == Role.COORDINATOR
        assert first.number in (task.details or "")
    # A complaint about the same external dossier is related too.
    other = ComplainantData(name="Andere Proef", email="andere@example.com")
    third = intake.register(_intake(complainant=other, related_dossiers=("2026.777",)), today=TODAY)
    assert [r.number for r in third.related] == [first.number]
    assert "2026.777" in third.related[0].reason


def test_numbers_stay_gapless_when_four_workstations_register_at_once(
    db: Database, admin: CurrentUser
) -> None:
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def workstation(station: int) -> None:
        service = IntakeService(db, admin)
        start.wait()
        for i in range(25):
            try:
                result = service.register(
                    _intake(
                        complainant=ComplainantData(
                            name=f"Proef {station}-{i}", email=f"p{station}x{i}@example.com"
                        )
                    ),
                    today=TODAY,
                )
            except BaseException as error:
                errors.append(error)
                return
            with lock:
                numbers.append(result.number)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert sorted(numbers) == [f"IK-2026-{n:04d}" for n in range(1, 101)]


def test_likely_duplicate_complainants_are_offered_and_merging_keeps_all_complaints(
    db: Database, intake: IntakeService, admin: CurrentUser
) -> None:
    first = intake.register(_intake(), today=TODAY)
    twin = ComplainantData(
        name="ZETA  proefklager", email="zeta2@example.com", phone_day="+31 6 1234 5678"
    )
    second = intake.register(_intake(complainant=twin), today=TODAY)
    service = ComplainantService(db, admin)
    typed = ComplainantData(name="Proefklager Zetta", postcode="9999 ZZ")
    matches = service.find_matches(typed)
    assert len(matches) == 2
    assert "naam lijkt sterk" in matches[0].reasons
    with db.session_scope() as session:
        ids = [session.get(Complaint, r.complaint_id).complainant_id for r in (first, second)]
    service.merge(ids[1], ids[0])
    with db.session_scope() as session:
        owners = {c.complainant_id for c in session.scalars(select(Complaint))}
    assert owners == {ids[0]}
    assert [m.id for m in service.find_matches(typed)] == [ids[0]]


def test_choosing_an_existing_complainant_reuses_the_record(
    db: Database, intake: IntakeService
) -> None:
    first = intake.register(_intake(), today=TODAY)
    with db.session_scope() as session:
        person_id = session.get(Complaint, first.complaint_id).complainant_id
    again = intake.register(
        _intake(
            complainant=ComplainantData(phone_evening="020 123 4567"),
            existing_complainant_id=person_id,
        ),
        today=TODAY,
    )
    with db.session_scope() as session:
        complaint = session.get(Complaint, again.complaint_id)
        assert complaint.complainant_id == person_id
        assert complaint.complainant.phone_evening == "+31201234567"
        assert complaint.complainant.name == "Proefklager Zeta"


def test_a_signal_can_become_a_complaint_keeping_its_data(
    db: Database, intake: IntakeService
) -> None:
    signal = intake.register(
        _intake(kind=ComplaintKind.SIGNAL, attachments=(NewAttachment("a.txt", b"tekst"),)),
        today=TODAY,
    )
    complaint = intake.convert_signal(signal.complaint_id, today=TODAY)
    assert complaint.number == "IK-2026-0001"
    with db.session_scope() as session:
        new = session.get(Complaint, complaint.complaint_id)
        old = session.get(Complaint, signal.complaint_id)
        assert new.converted_from_id == old.id
        assert new.description == old.description
        assert new.complainant_id == old.complainant_id
        assert [
            a.file_name
            for a in session.scalars(select(Attachment).where(Attachment.complaint_id == new.id))
        ] == ["a.txt"]
        assert old.status == Status.CLOSED
        assert old.number == "SG-2026-0001"


def test_only_intake_roles_may_register(db: Database, admin: CurrentUser) -> None:
    handler = CurrentUser(login="h", employee_id=None, name="h", roles=frozenset({Role.HANDLER}))
    with pytest.raises(PermissionDenied):
        IntakeService(db, handler).register(_intake(), today=TODAY)


def test_a_persistent_complainant_is_flagged_at_intake(
    db: Database, intake: IntakeService, admin: CurrentUser
) -> None:
    from app.services.complainants import PersistentComplainantService

    first = intake.register(_intake(), today=TODAY)
    with db.session_scope() as session:
        person_id = session.get(Complaint, first.complaint_id).complainant_id
    PersistentComplainantService(db, admin).flag(
        person_id, "de uitkomst van dossier 2024.1", date(2026, 1, 5)
    )
    again = intake.register(_intake(existing_complainant_id=person_id), today=TODAY)
    assert again.no_response_subjects == "de uitkomst van dossier 2024.1"
    match = ComplainantService(db, admin).find_matches(PERSON)[0]
    assert match.no_response_notice_on == date(2026, 1, 5)


def test_complainants_are_found_by_part_of_a_name_and_read_in_full(
    db: Database, intake: IntakeService, admin: CurrentUser
) -> None:
    first = intake.register(_intake(), today=TODAY)
    service = ComplainantService(db, admin)
    found = service.search("klager zet")
    assert [m.name for m in found] == ["Proefklager Zeta"]
    assert found[0].open_complaints == (first.number,)
    record = service.get(found[0].id)
    assert (record.data.street, record.data.postcode, record.data.phone_day) == (
        "Testlaan",
        "9999 ZZ",
        "+31612345678",
    )
    assert service.search("0612345678")[0].id == found[0].id


def test_a_match_shows_every_earlier_complaint_closed_ones_included(
    db: Database, intake: IntakeService, admin: CurrentUser
) -> None:
    from app.db import Actor

    first = intake.register(_intake(), today=TODAY)
    with db.session_scope() as session:
        person_id = session.get(Complaint, first.complaint_id).complainant_id
    intake.register(_intake(existing_complainant_id=person_id), today=TODAY)
    with db.session_scope(Actor(login="test")) as session:
        closed = session.get(Complaint, first.complaint_id)
        closed.status = Status.CLOSED
        closed.closed_on = TODAY
    match = ComplainantService(db, admin).find_matches(PERSON)[0]
    assert match.id == person_id
    assert match.complaints_before == 2  # the closed one still counts for the "#"
    assert len(match.open_complaints) == 1
    stranger = ComplainantData(name="Nooit Eerder", email="nooit.eerder@example.org")
    intake.register(_intake(complainant=stranger), today=TODAY)
    assert ComplainantService(db, admin).find_matches(stranger)[0].complaints_before == 1
