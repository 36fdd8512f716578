"""Volgstukken: a follow-up document the handler has not seen shows in Vandaag and in the
register until the handler opens it or marks it read (audited)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db import Actor, Database
from app.models import Attachment, AuditEvent, Complaint
from app.models.enums import Status
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import NotFound, PermissionDenied, ServiceError
from app.services.follow_ups import FollowUpService, follow_up_uploads
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.permissions import CurrentUser
from app.services.register import RegisterService
from app.services.tasks import GroupKey, ItemKind, TaskService
from app.services.workflow import WorkflowService


def _assigned_complaint(db: Database, admin: CurrentUser, handler: CurrentUser, name: str) -> int:
    received = date.today() - timedelta(days=3)
    complaint_id = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description=f"{name} kreeg geen antwoord op zijn brief.",
                complainant=ComplainantData(name=name, email="proef@example.com"),
                received_on=received,
            ),
            today=received,
        )
        .complaint_id
    )
    WorkflowService(db, admin).assign(complaint_id, handler.employee_id)
    return complaint_id


def _follow_ups(view) -> list:  # type: ignore[no-untyped-def]
    return next((g for g in view.groups if g.key is GroupKey.FOLLOW_UPS), None)


def test_an_unseen_follow_up_shows_in_the_handlers_vandaag_with_a_count_until_marked_read(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint_id = _assigned_complaint(db, admin, handler, "Proefklager Volger")
    other = _assigned_complaint(db, admin, handler, "Proefklager Stil")
    secretariat = ComplaintService(db, admin)
    secretariat.add_attachment(complaint_id, NewAttachment("mail-klager.eml", b"Nog iets."))
    secretariat.add_attachment(complaint_id, NewAttachment("brief.pdf", b"%PDF-1.4 brief"))

    group = _follow_ups(TaskService(db, handler).today())
    assert group is not None
    assert group.title == "Volgstukken"
    assert group.count == 2
    [item] = group.items
    assert (item.kind, item.complaint_id, item.count) == (ItemKind.FOLLOW_UP, complaint_id, 2)
    assert item.title == "2 nieuwe volgstukken nog niet gezien"
    assert other not in {i.complaint_id for i in group.items}

    marked = ComplaintService(db, handler).mark_follow_ups_seen(complaint_id)
    assert marked == 2
    assert _follow_ups(TaskService(db, handler).today()) is None
    with db.session_scope() as session:
        seen = session.execute(
            select(Attachment.seen_by_id, Attachment.seen_by_handler_at).where(
                Attachment.complaint_id == complaint_id
            )
        ).all()
        assert {by for by, _at in seen} == {handler.employee_id}
        assert all(at is not None for _by, at in seen)
        changes = [
            json.loads(c)
            for c in session.scalars(
                select(AuditEvent.changes).where(
                    AuditEvent.entity == "Attachment",
                    AuditEvent.action == "update",
                    AuditEvent.actor_id == handler.employee_id,
                )
            )
        ]
    assert len(changes) == 2
    assert all("seen_by_id" in c and "seen_by_handler_at" in c for c in changes)


def test_opening_one_follow_up_leaves_the_other_in_vandaag(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint_id = _assigned_complaint(db, admin, handler, "Proefklager Twee")
    secretariat = ComplaintService(db, admin)
    first = secretariat.add_attachment(complaint_id, NewAttachment("een.txt", b"een"))
    secretariat.add_attachment(complaint_id, NewAttachment("twee.txt", b"twee"))
    ComplaintService(db, handler).open_attachment(first)
    [item] = _follow_ups(TaskService(db, handler).today()).items
    assert item.title == "1 nieuw volgstuk nog niet gezien"


def test_a_document_the_handler_adds_themselves_is_no_unseen_follow_up(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint_id = _assigned_complaint(db, admin, handler, "Proefklager Zelf")
    ComplaintService(db, handler).add_attachment(
        complaint_id, NewAttachment("eigen-notitie.txt", b"gebeld")
    )
    [attachment] = ComplaintService(db, handler).detail(complaint_id).attachments
    assert attachment.is_follow_up
    assert not attachment.unseen_by_handler
    assert _follow_ups(TaskService(db, handler).today()) is None


def test_only_the_handler_can_mark_follow_ups_read(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint_id = _assigned_complaint(db, admin, handler, "Proefklager Ander")
    ComplaintService(db, admin).add_attachment(complaint_id, NewAttachment("a.txt", b"a"))
    with pytest.raises(PermissionDenied):
        ComplaintService(db, admin).mark_follow_ups_seen(complaint_id)
    assert ComplaintService(db, admin).detail(complaint_id).attachments[0].unseen_by_handler


def test_the_register_marks_complaints_with_an_unseen_follow_up(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    with_one = _assigned_complaint(db, admin, handler, "Proefklager Gemarkeerd")
    without = _assigned_complaint(db, admin, handler, "Proefklager Zonder")
    ComplaintService(db, admin).add_attachment(with_one, NewAttachment("later.txt", b"x"))

    def marked() -> dict[int, bool]:
        return {r.id: r.unseen_follow_up for r in RegisterService(db, admin).page()}

    assert marked() == {with_one: True, without: False}
    ComplaintService(db, handler).mark_follow_ups_seen(with_one)
    assert marked() == {with_one: False, without: False}


def _complainant_of(db: Database, admin: CurrentUser, complaint_id: int) -> int:
    return ComplaintService(db, admin).detail(complaint_id).complainant_id


def test_what_a_known_complainant_sends_is_filed_as_an_unseen_follow_up_of_the_open_complaint(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint_id = _assigned_complaint(db, admin, handler, "Proefklager Nazender")
    number = ComplaintService(db, admin).detail(complaint_id).number
    person = _complainant_of(db, admin, complaint_id)
    uploads = follow_up_uploads(
        "Hierbij nog de brief.",
        (NewAttachment("bericht.eml", b"From: x"), NewAttachment("brief.pdf", b"%PDF-1.4 b")),
        date(2026, 11, 30),
    )
    filed = FollowUpService(db, admin).file_with_open_complaint(number, person, uploads)
    assert (filed.complaint_id, filed.number, filed.count) == (complaint_id, number, 2)
    attachments = ComplaintService(db, admin).detail(complaint_id).attachments
    assert [(a.file_name, a.is_follow_up, a.unseen_by_handler) for a in attachments] == [
        ("bericht.eml", True, True),
        ("brief.pdf", True, True),
    ]
    [item] = _follow_ups(TaskService(db, handler).today()).items
    assert item.complaint_number == number
    with db.session_scope() as session:
        created = session.scalars(
            select(AuditEvent.entity_id).where(
                AuditEvent.entity == "Attachment", AuditEvent.action == "create"
            )
        ).all()
    assert {str(a.id) for a in attachments} <= set(created)


def test_without_attachments_the_typed_message_is_filed_as_a_text_document() -> None:
    [upload] = follow_up_uploads("  Ik wacht nog steeds.  ", (), date(2026, 11, 30))
    assert upload.file_name == "bericht van klager 30-11-2026.txt"
    assert upload.content == b"Ik wacht nog steeds."
    assert follow_up_uploads("   ", (), date(2026, 11, 30)) == ()


def test_filing_is_refused_for_a_closed_complaint_or_another_complainants(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    mine = _assigned_complaint(db, admin, handler, "Proefklager Eigen")
    theirs = _assigned_complaint(db, admin, handler, "Proefklager Vreemd")
    person = _complainant_of(db, admin, mine)
    number_theirs = ComplaintService(db, admin).detail(theirs).number
    upload = (NewAttachment("a.txt", b"a"),)
    service = FollowUpService(db, admin)
    with pytest.raises(NotFound):
        service.file_with_open_complaint(number_theirs, person, upload)
    with db.session_scope(Actor(login="test")) as session:
        session.get(Complaint, mine).status = Status.CLOSED.value
    number_mine = ComplaintService(db, admin).detail(mine).number
    with pytest.raises(ServiceError, match="niet meer open"):
        service.file_with_open_complaint(number_mine, person, upload)
    assert ComplaintService(db, admin).detail(mine).attachments == ()
    with pytest.raises(PermissionDenied):
        FollowUpService(db, handler).file_with_open_complaint(number_mine, person, upload)
