"""The schema keeps the data honest: uniqueness, enumerations, foreign keys, required
fields, optimistic locking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.db import Actor, Database
from app.models import (
    Complainant,
    Complaint,
    ContactNote,
    Employee,
    ImprovementProposal,
    RegulationProfile,
)
from app.models.base import utcnow
from app.models.enums import Channel, ComplaintKind, Decision, NoteChannel, Status

ACTOR = Actor(login="test")


def _complaint(number: str, **values: object) -> Complaint:
    fields: dict[str, object] = {
        "number": number,
        "kind": ComplaintKind.COMPLAINT,
        "received_on": date(2026, 3, 2),
        "channel": Channel.EMAIL,
        "description": "Ik klaag erover dat niemand terugbelde.",
        "complainant": Complainant(name="Testpersoon Eén", email="een@example.com"),
    }
    fields.update(values)
    return Complaint(**fields)


def _insert(db: Database, *objects: object) -> None:
    with db.session_scope(ACTOR) as session:
        session.add_all(objects)


def test_complaint_numbers_are_unique(db: Database) -> None:
    _insert(db, _complaint("IK-2026-0001"))
    with pytest.raises(IntegrityError):
        _insert(db, _complaint("IK-2026-0001"))


def test_an_unknown_status_is_refused_by_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _insert(db, _complaint("IK-2026-0002", status="zoekgeraakt"))


def test_enum_columns_store_their_values_and_read_back_as_members(db: Database) -> None:
    # A plain string is accepted too: bulk paths insert dicts of strings.
    _insert(db, _complaint("IK-2026-0010", status="in_progress", channel=Channel.POST))
    with db.session_scope(ACTOR) as session:
        stored = session.execute(
            text("SELECT status, channel FROM complaint WHERE number = 'IK-2026-0010'")
        ).one()
        complaint = session.query(Complaint).filter_by(number="IK-2026-0010").one()
        status, channel = complaint.status, complaint.channel
    assert tuple(stored) == ("in_progress", "post")
    assert (type(status), type(channel)) == (Status, Channel)
    assert (status, channel) == (Status.IN_PROGRESS, Channel.POST)


def test_a_complaint_needs_a_complainant_but_a_signal_does_not(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _insert(db, _complaint("IK-2026-0003", complainant=None))
    _insert(db, _complaint("SG-2026-0001", kind=ComplaintKind.SIGNAL, complainant=None))


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _insert(db, _complaint("IK-2026-0004", handler_id=999_999))


def test_a_contact_note_must_say_what_was_said(db: Database) -> None:
    complaint = _complaint("IK-2026-0005")
    author = Employee(name="Schrijver Test")
    complaint.contact_notes = [
        ContactNote(
            contact_at=utcnow(),
            channel=NoteChannel.PHONE,
            with_whom="klager",
            author=author,
            summary="gebeld",
        )
    ]
    with pytest.raises(IntegrityError):
        _insert(db, complaint)


def test_an_accepted_proposal_needs_an_owner_and_a_deadline(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _insert(db, ImprovementProposal(title="Terugbelnotities", decision=Decision.ACCEPTED))


def test_concurrent_edits_are_detected_not_overwritten(db: Database) -> None:
    _insert(db, _complaint("IK-2026-0006"))
    with db.session_scope(ACTOR) as first, db.session_scope() as reader:
        query = text("SELECT id FROM complaint WHERE number = 'IK-2026-0006'")
        complaint_id = reader.execute(query).scalar_one()
        stale = reader.get(Complaint, complaint_id)
        mine = first.get(Complaint, complaint_id)
        mine.urgent = True
    # `stale` was read at version 1; the update above made it version 2.
    with pytest.raises(StaleDataError), db.session_scope(ACTOR) as session:
        copy = session.merge(stale, load=False)
        copy.fast_lane = True


def test_the_default_regulation_profile_follows_the_awb(db: Database) -> None:
    with db.session_scope() as session:
        profile = session.query(RegulationProfile).filter_by(active=True).one()
    assert (
        profile.contact_working_days,
        profile.decision_weeks,
        profile.extension_max_weeks,
        profile.decline_notice_weeks,
    ) == (5, 6, 4, 4)


def test_every_enumeration_member_has_its_own_dutch_label() -> None:
    from enum import StrEnum

    from app.models import enums

    members = [
        member
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
        for member in value
    ]
    assert all(enums.label(m) for m in members)
    # Members that share a value keep their own label.
    assert enums.label(Status.IN_PROGRESS) == "In behandeling"
    assert enums.label(enums.ProposalStatus.IN_PROGRESS) == "In uitvoering"
