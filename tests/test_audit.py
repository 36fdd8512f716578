"""The audit trail: every write recorded with its actor, hash-chained, tamper-evident."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from app.db import Actor, Database
from app.models import AuditEvent, ClosingDay
from app.services.audit import UnauditedWriteError, verify_chain
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser


def test_a_write_without_an_actor_is_refused(db: Database) -> None:
    with pytest.raises(UnauditedWriteError), db.session_scope() as session:
        session.add(ClosingDay(day=date(2026, 12, 24), description="Brugdag"))
    with db.session_scope() as session:
        assert session.get(ClosingDay, date(2026, 12, 24)) is None


def test_the_chain_verifies_and_detects_tampering(db: Database, admin: CurrentUser) -> None:
    service = OrganisationService(db, admin)
    for name in ("Proef Een", "Proef Twee", "Proef Drie"):
        service.create_employee(EmployeeInput(name=name))
    with db.session_scope() as session:
        assert verify_chain(session) is None
        seqs = list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
    assert seqs == list(range(1, len(seqs) + 1))

    target = seqs[len(seqs) // 2]
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_event SET actor_login = 'iemand-anders' WHERE seq = :seq"),
            {"seq": target},
        )
    with db.session_scope() as session:
        assert verify_chain(session) == target


def test_a_rolled_back_action_leaves_no_audit_event(db: Database) -> None:
    with db.session_scope() as session:
        before = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    with pytest.raises(RuntimeError), db.session_scope(Actor(login="proef")) as session:
        session.add(ClosingDay(day=date(2026, 12, 31), description="Oudjaarsdag"))
        session.flush()
        raise RuntimeError("user cancelled")
    with db.session_scope() as session:
        after = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
        assert session.get(ClosingDay, date(2026, 12, 31)) is None
    assert after == before


def test_the_writers_hash_encodes_every_event_byte_for_byte_as_event_hash() -> None:
    # The writer builds the canonical text itself (faster for a bulk import); verify
    # re-encodes stored events with event_hash, so both must give the same bytes.
    from app.services.audit import _chained_hash, event_hash

    base = {
        "seq": 1,
        "at": "2025-01-02T03:04:05+00:00",
        "actor_id": 7,
        "actor_login": "beheer",
        "entity": "Complaint",
        "entity_id": "12",
        "complaint_id": 12,
        "action": "create",
        "changes": '{"description": {"key": "complaint:12", "sealed": "QUJD"}}',
        "reason": None,
        "prev_hash": "0" * 64,
    }
    variants = [
        base,
        base | {"actor_id": None, "complaint_id": None, "entity_id": None, "changes": None},
        base | {"reason": 'Proefklager Eta zei "nee"\n\t\\ é ß 😀 \u2028 \x00', "seq": 10**12},
        base | {"actor_login": "ĳsbeer", "entity_id": "2024-01-02/3", "complaint_id": -5},
        base | {"changes": '{"a": [1, 2.5, true, null], "ü": "\\u0000"}', "seq": 0},
        base | {"complaint_id": True, "actor_id": 1.5},  # not the writer's types: fallback
    ]
    for fields in variants:
        assert _chained_hash(fields) == event_hash(fields), fields


def test_the_writers_changes_encoding_is_byte_for_byte_the_old_one() -> None:
    from app.models.enums import Status
    from app.services.audit import _CHANGES, _encode_changes

    mixes = [
        {"status": Status.CLOSED, "received_on": "2024-01-02", "urgent": False, "id": 3},
        {"description": {"sealed": "QUJD+/==", "key": "complaint:1"}, "n": 1.5, "x": None},
        {"subjects": {"added": ["2", "1"], "removed": []}, "é": 'Proefklager Eta "ß" \n 😀'},
        {"satisfied": [None, True], "b": [[1, 2], {"z": 1, "a": 2}], "": ""},
        {"reason": "\x00\u2028\t\\", "big": 10**20, "neg": -0.0},
    ]
    for changes in mixes:
        assert _encode_changes(changes) == _CHANGES.encode(changes), changes
