"""A complaint's detail: editing, contact notes, follow-up documents, readable history."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.db import Actor, Database
from app.models import Complaint
from app.models.enums import Channel, NoteChannel, Role
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintEdit, ComplaintService, NoteInput
from app.services.errors import PermissionDenied, ValidationError
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser

TODAY = date(2026, 3, 2)
PERSON = ComplainantData(name="Proefklager Eta", email="eta@example.com", postcode="1234ab")


@pytest.fixture
def complaint_id(db: Database, admin: CurrentUser) -> int:
    result = IntakeService(db, admin).register(
        IntakeData(
            description="niemand belde terug na mijn e-mail.",
            complainant=PERSON,
            received_on=TODAY,
            attachments=(NewAttachment("mail.eml", b"From: x"),),
        ),
        today=TODAY,
    )
    return result.complaint_id


def test_editing_uses_the_intake_checks_and_keeps_the_number(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    service = ComplaintService(db, admin)
    detail = service.detail(complaint_id)
    with pytest.raises(ValidationError) as refused:
        service.update(
            complaint_id,
            ComplaintEdit(
                description="",
                channel=Channel.POST,
                received_on=TODAY,
                complainant=ComplainantData(name="Proefklager Eta", postcode="ABCD"),
            ),
            detail.version,
            complainant_version=detail.complainant_version,
        )
    assert set(refused.value.errors) == {"description", "postcode"}
    service.update(
        complaint_id,
        ComplaintEdit(
            description="niemand belde terug, ook niet na twee e-mails.",
            channel=Channel.POST,
            received_on=TODAY,
            complainant=ComplainantData(name="Proefklager Eta", email="eta@example.com"),
            related_dossiers=("2026.5",),
        ),
        detail.version,
        complainant_version=detail.complainant_version,
    )
    changed = service.detail(complaint_id)
    assert changed.number == detail.number
    assert changed.channel == Channel.POST
    assert changed.related_dossiers == ("2026.5",)
    assert changed.complainant.postcode is None
    assert changed.version > detail.version


def test_a_contact_note_must_say_what_was_said(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    service = ComplaintService(db, admin)
    at = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    with pytest.raises(ValidationError) as refused:
        service.add_note(complaint_id, NoteInput(at, NoteChannel.PHONE, "klager", "gebeld"))
    assert "Te kort" in refused.value.errors["summary"]
    service.add_note(
        complaint_id,
        NoteInput(
            at,
            NoteChannel.PHONE,
            "klager",
            "Klager gebeld; excuses aangeboden en terugbellen op vrijdag afgesproken.",
        ),
    )
    notes = service.detail(complaint_id).notes
    assert [(n.with_whom, n.author_name) for n in notes] == [("klager", "Adri Beheerder")]


def test_a_follow_up_document_is_unseen_until_the_handler_opens_it(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    organisation = OrganisationService(db, admin)
    organisation.create_employee(
        EmployeeInput(name="Proef Behandelaar", login="beh", roles=frozenset({Role.HANDLER}))
    )
    handler = load_current_user(db, "beh")
    assert handler is not None
    with db.session_scope(Actor(login="test")) as s:
        s.get(Complaint, complaint_id).handler_id = handler.employee_id
    coordinator = ComplaintService(db, admin)
    coordinator.add_attachment(complaint_id, NewAttachment("volgstuk.pdf", b"%PDF-1.4"))
    follow_up = [a for a in coordinator.detail(complaint_id).attachments if a.is_follow_up]
    assert [a.unseen_by_handler for a in follow_up] == [True]
    coordinator.open_attachment(follow_up[0].id)  # the coordinator's look does not count
    assert coordinator.detail(complaint_id).attachments[-1].unseen_by_handler
    name, media_type, content = ComplaintService(db, handler).open_attachment(follow_up[0].id)
    assert (name, media_type, content) == ("volgstuk.pdf", "application/pdf", b"%PDF-1.4")
    assert not coordinator.detail(complaint_id).attachments[-1].unseen_by_handler


def test_the_history_reads_as_dutch_sentences(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    service = ComplaintService(db, admin)
    service.add_note(
        complaint_id,
        NoteInput(
            datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
            NoteChannel.EMAIL,
            "klager",
            "Per e-mail bevestigd dat de klacht in behandeling is genomen.",
        ),
    )
    texts = [h.text for h in service.history(complaint_id)]
    assert texts[0].startswith("Geregistreerd als IK-2026-0001")
    assert "Status: Geregistreerd" in texts
    assert "Bijlage toegevoegd: mail.eml" in texts
    assert "Contactnotitie toegevoegd: E-mail — met klager" in texts
    assert all(h.who == "Adri Beheerder" for h in service.history(complaint_id))


def test_a_handler_cannot_open_someone_elses_complaint(db: Database, complaint_id: int) -> None:
    stranger = CurrentUser(login="x", employee_id=999, name="x", roles=frozenset({Role.HANDLER}))
    with pytest.raises(PermissionDenied):
        ComplaintService(db, stranger).detail(complaint_id)
