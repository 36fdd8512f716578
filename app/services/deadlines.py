"""Deadlines of a complaint under its regulation profile, and the next one to meet."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import ClosingDay, Complaint, RegulationProfile
from app.models.enums import OPEN_STATUSES, ComplaintKind
from app.services.calendar import add_working_days

# Shown as "due soon" when the deadline is at most this many working days away.
SOON_WORKING_DAYS = 2


def closing_days(session: Session) -> frozenset[date]:
    return frozenset(session.scalars(select(ClosingDay.day)))


def active_profile(session: Session) -> RegulationProfile:
    profile = session.scalars(
        select(RegulationProfile).where(RegulationProfile.active).order_by(RegulationProfile.id)
    ).first()
    if profile is None:  # the first migration seeds one; never expected
        raise LookupError("no active regulation profile")
    return profile


def contact_due_date(
    received_on: date, profile: RegulationProfile, closed: Iterable[date] = ()
) -> date:
    return add_working_days(received_on, profile.contact_working_days, closed)


def decision_due_date(received_on: date, profile: RegulationProfile) -> date:
    return received_on + timedelta(weeks=profile.decision_weeks)


def decline_notice_due_date(received_on: date, profile: RegulationProfile) -> date:
    """Awb 9:8: the complainant hears within this date that the complaint is not handled."""
    return received_on + timedelta(weeks=profile.decline_notice_weeks)


def next_deadline_of(complaint: Complaint) -> date | None:
    """The earliest date still to be met: first contact, open promises, the decision."""
    if complaint.kind == ComplaintKind.SIGNAL or complaint.status not in OPEN_STATUSES:
        return None
    if complaint.historic:
        return None
    candidates: list[date] = []
    if complaint.first_contact_on is None and complaint.contact_due is not None:
        candidates.append(complaint.contact_due)
    candidates.extend(p.due_on for p in complaint.promises if p.owed)
    decision = decision_term_of(complaint)
    if decision is not None:
        candidates.append(decision)
    return min(candidates) if candidates else None


def decision_term_of(complaint: Complaint) -> date | None:
    """The decision term still to be met: it runs until the decision letter is recorded as
    sent. The judgment alone does not meet it (Awb 9:12 asks for a written decision)."""
    decision = complaint.extended_to or complaint.decision_due
    if decision is None or complaint.sent_decision_letters:
        return None
    return decision


def deadline_state(deadline: date | None, today: date, closed: Iterable[date] = ()) -> str | None:
    """'overdue', 'soon' (within two working days) or 'ok'; None without a deadline."""
    if deadline is None:
        return None
    if deadline < today:
        return "overdue"
    # "At most two working days away", without counting every day up to a term months
    # ahead (Vandaag asks this for each of thousands of open complaints).
    if deadline < add_working_days(today, SOON_WORKING_DAYS + 1, closed):
        return "soon"
    return "ok"


SYSTEM_LOGIN = "systeem"
RECOMPUTED_REASON = "termijn herberekend: de beslistermijn loopt tot de beslissing is verzonden"


def refresh_stored_deadlines(db: Database) -> int:
    """Store the next deadline again where an open complaint has none stored.

    Complaints judged before the decision term ran until the decision letter was sent were
    stored with no deadline at all; recomputing them puts the legal clock back on. Only
    complaints without a stored deadline are read (few, and after one run the same query
    finds nothing to change), so this is cheap enough for every start. The change is an
    ordinary audited write by the system, so the audit trail still verifies. Returns how
    many complaints changed.
    """
    from sqlalchemy.orm import selectinload

    from app.db import Actor

    without_deadline = (
        Complaint.next_deadline.is_(None),
        Complaint.kind == ComplaintKind.COMPLAINT,
        Complaint.status.in_([s.value for s in OPEN_STATUSES]),
        Complaint.historic.is_(False),
    )
    # Every start asks; only a register with candidates takes the write lock.
    with db.session_scope() as session:
        if session.scalar(select(Complaint.id).where(*without_deadline).limit(1)) is None:
            return 0
    with db.session_scope(Actor(login=SYSTEM_LOGIN)) as session:
        session.info["audit_reason"] = RECOMPUTED_REASON
        complaints = session.scalars(
            select(Complaint)
            .where(*without_deadline)
            .options(
                selectinload(Complaint.promises), selectinload(Complaint.sent_decision_letters)
            )
        )
        changed = 0
        for complaint in complaints:
            deadline = next_deadline_of(complaint)
            if deadline is not None:
                complaint.next_deadline = deadline
                changed += 1
        return changed
