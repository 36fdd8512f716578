"""Stored terms of complaints follow the Algemene termijnenwet; the office's contact promise
follows its working days and closing days, and is recomputed when those change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db import Actor, Database
from app.models import AuditEvent, Complaint
from app.models.enums import NoteChannel
from app.services.complaints import ComplaintService
from app.services.deadlines import (
    ATW_REASON,
    CLOSING_DAY_REASON,
    refresh_stored_deadlines,
)
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.regulation import ProfileData, RegulationService
from app.services.workflow import WorkflowService
from tests.conftest import RegisterComplaint


def _detail(db: Database, admin: CurrentUser, complaint_id: int):
    return ComplaintService(db, admin).detail(complaint_id)


def _reasons_and_logins(db: Database, complaint_id: int, reason: str) -> list[str]:
    with db.session_scope() as session:
        return list(
            session.scalars(
                select(AuditEvent.actor_login).where(
                    AuditEvent.complaint_id == complaint_id, AuditEvent.reason == reason
                )
            )
        )


def test_the_decision_term_moves_past_ascension_and_the_decreed_friday(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    # Six weeks after Thursday 2 April 2026 is Hemelvaartsdag; Friday 15 May 2026 is equated
    # with a holiday by decree, so the term runs to Monday 18 May.
    complaint = register_complaint(date(2026, 4, 2), today=date(2026, 4, 2))
    detail = _detail(db, admin, complaint)
    assert detail.decision_due == date(2026, 5, 18)
    # The office's promise in working days: Goede Vrijdag and Tweede Paasdag skipped.
    assert detail.contact_due == date(2026, 4, 13)


def test_the_decision_term_moves_past_christmas_and_the_weekend(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2025, 11, 13), today=date(2025, 11, 13))
    assert _detail(db, admin, complaint).decision_due == date(2025, 12, 29)


def test_an_ordinary_friday_term_is_not_moved(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2026, 4, 24), today=date(2026, 4, 24))
    assert _detail(db, admin, complaint).decision_due == date(2026, 6, 5)


def test_the_extension_counts_from_the_set_term_and_moves_past_christmas(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> None:
    workflow = WorkflowService(db, admin)
    # Set term Thursday 25 December 2025 (moved to 29 December); four weeks on from the set
    # term is Thursday 22 January 2026, an ordinary day.
    shifted = register_complaint(date(2025, 11, 13), today=date(2025, 11, 13))
    workflow.assign(shifted, people["handler"])
    workflow.extend(shifted, weeks=4, notice_on=date(2025, 12, 10))
    assert _detail(db, admin, shifted).extended_to == date(2026, 1, 22)
    # Set term Friday 27 November 2026; four weeks on is Eerste Kerstdag 2026.
    christmas = register_complaint(date(2026, 10, 16), today=date(2026, 10, 16))
    workflow.assign(christmas, people["handler"])
    workflow.extend(christmas, weeks=4, notice_on=date(2026, 11, 20))
    detail = _detail(db, admin, christmas)
    assert detail.decision_due == date(2026, 11, 27)
    assert detail.extended_to == date(2026, 12, 28)
    assert detail.next_deadline == date(2026, 10, 23)  # first contact still comes first


def test_the_acknowledgement_letter_promises_the_moved_date(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2026, 4, 2), today=date(2026, 4, 2))
    body = (
        LetterService(db, admin, today=date(2026, 4, 3))
        .preview(complaint, LetterKind.ACKNOWLEDGEMENT)
        .body
    )
    flat = " ".join(body.split())
    assert "uiterlijk 18 mei 2026" in flat
    assert "14 mei 2026" not in flat


def test_a_closing_day_inside_the_contact_term_moves_it_and_is_audited(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> None:
    waiting = register_complaint(date(2026, 4, 24), today=date(2026, 4, 24))
    contacted = register_complaint(
        date(2026, 4, 24), today=date(2026, 4, 24), name="Proefklager Rho", email="rho@example.com"
    )
    workflow = WorkflowService(db, admin)
    workflow.assign(contacted, people["handler"])
    workflow.record_first_contact(
        contacted,
        datetime(2026, 4, 28, 9, 30, tzinfo=UTC),
        NoteChannel.PHONE,
        "Klager gebeld en uitgelegd hoe we de klacht behandelen.",
    )
    assert _detail(db, admin, waiting).contact_due == date(2026, 5, 4)
    regulation = RegulationService(db, admin)

    regulation.add_closing_day(date(2026, 4, 30), "brugdag")
    moved = _detail(db, admin, waiting)
    assert (moved.contact_due, moved.next_deadline) == (date(2026, 5, 5), date(2026, 5, 5))
    assert moved.decision_due == date(2026, 6, 5)  # the law knows no closing days
    assert _detail(db, admin, contacted).contact_due == date(2026, 5, 4)  # already met
    assert _reasons_and_logins(db, waiting, CLOSING_DAY_REASON) == ["beheerder-test"]
    assert _reasons_and_logins(db, contacted, CLOSING_DAY_REASON) == []

    regulation.remove_closing_day(date(2026, 4, 30))
    assert _detail(db, admin, waiting).contact_due == date(2026, 5, 4)
    assert len(_reasons_and_logins(db, waiting, CLOSING_DAY_REASON)) == 2


def test_a_closing_day_on_the_last_day_of_the_decision_term_does_not_move_it(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2026, 4, 24), today=date(2026, 4, 24))
    RegulationService(db, admin).add_closing_day(date(2026, 6, 5), "personeelsuitje")
    assert _detail(db, admin, complaint).decision_due == date(2026, 6, 5)


def test_a_changed_profile_still_applies_to_new_complaints_only(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    old = register_complaint(date(2026, 4, 2), today=date(2026, 4, 2))
    RegulationService(db, admin).change_profile(
        ProfileData(name="Eigen regeling", decision_weeks=8)
    )
    assert refresh_stored_deadlines(db) == 0
    assert _detail(db, admin, old).decision_due == date(2026, 5, 18)
    # Eight weeks after 2 April 2026 is Thursday 28 May, an ordinary day.
    new = register_complaint(
        date(2026, 4, 2), today=date(2026, 4, 2), name="Proefklager Sigma", email="s@example.com"
    )
    assert _detail(db, admin, new).decision_due == date(2026, 5, 28)


def _stored_by_the_older_version(db: Database, complaint_id: int, **terms: date) -> None:
    with db.session_scope(Actor(login="beheerder-test")) as session:
        complaint = session.get(Complaint, complaint_id)
        for name, value in terms.items():
            setattr(complaint, name, value)


def test_terms_stored_before_the_atw_are_moved_once_at_start_and_audited_as_the_system(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint, tmp_path
) -> None:
    from app.services.verify import verify_database

    complaint = register_complaint(date(2026, 4, 2), today=date(2026, 4, 2))
    ordinary = register_complaint(
        date(2026, 4, 24), today=date(2026, 4, 24), name="Proefklager Tau", email="t@example.com"
    )
    _stored_by_the_older_version(db, complaint, decision_due=date(2026, 5, 14))
    assert refresh_stored_deadlines(db) == 1
    assert _detail(db, admin, complaint).decision_due == date(2026, 5, 18)
    assert _detail(db, admin, ordinary).decision_due == date(2026, 6, 5)
    assert refresh_stored_deadlines(db) == 0  # nothing left to change
    assert _reasons_and_logins(db, complaint, ATW_REASON) == ["systeem"]
    assert _reasons_and_logins(db, ordinary, ATW_REASON) == []
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.text()


def test_a_closed_complaints_terms_are_left_as_they_were(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2026, 4, 2), today=date(2026, 4, 2))
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")
    _stored_by_the_older_version(db, complaint, decision_due=date(2026, 5, 14))
    assert refresh_stored_deadlines(db) == 0
    assert _detail(db, admin, complaint).decision_due == date(2026, 5, 14)


def test_once_checked_a_start_skips_the_holiday_table_until_the_rules_change(
    db: Database,
    admin: CurrentUser,
    register_complaint: RegisterComplaint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services import deadlines

    complaint = register_complaint(date(2026, 4, 2), today=date(2026, 4, 2))
    assert refresh_stored_deadlines(db) == 0  # checked: the marker is stored
    # Stored wrongly afterwards (a hand edit): the next starts do not look again…
    _stored_by_the_older_version(db, complaint, decision_due=date(2026, 5, 14))
    assert refresh_stored_deadlines(db) == 0
    assert _detail(db, admin, complaint).decision_due == date(2026, 5, 14)
    # …until the rules change (a new decree in the holiday table): then once more.
    monkeypatch.setattr(deadlines, "RULES_VERSION", "a-newer-table")
    assert refresh_stored_deadlines(db) == 1
    assert _detail(db, admin, complaint).decision_due == date(2026, 5, 18)
    assert refresh_stored_deadlines(db) == 0
