"""Deadlines of a complaint under its regulation profile, and the next one to meet."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.strategy_options import _AbstractLoad

from app.db import Database
from app.models import ClosingDay, Complaint, RegulationProfile, Setting
from app.models.enums import OPEN_STATUSES, ComplaintKind
from app.services.calendar import add_working_days, is_working_day, statutory_end

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
    """The decision term (Awb 9:11), moved on by the Algemene termijnenwet."""
    return statutory_end(received_on + timedelta(weeks=profile.decision_weeks))


def extended_due_date(complaint: Complaint, profile: RegulationProfile, weeks: int) -> date:
    """The decision term extended by ``weeks`` (Awb 9:11 lid 1), moved on by the Atw.

    The extension is counted from the end of the term as the regulation sets it, not from
    the day the Atw moved that end to: the Atw lengthens a term that ends on a day off, it
    does not postpone the start of the period that follows (the cautious reading, so the
    office never promises a later date than the law allows).
    """
    assert complaint.decision_due is not None
    set_end = complaint.received_on + timedelta(weeks=profile.decision_weeks)
    if statutory_end(set_end) != complaint.decision_due:
        # A term stored otherwise (imported, or under an older rule): count from it as is.
        set_end = complaint.decision_due
    return statutory_end(set_end + timedelta(weeks=weeks))


def decline_notice_due_date(received_on: date, profile: RegulationProfile) -> date:
    """Awb 9:8: the complainant hears within this date that the complaint is not handled."""
    return statutory_end(received_on + timedelta(weeks=profile.decline_notice_weeks))


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
ATW_REASON = "termijnen herberekend volgens de Algemene termijnenwet"
CLOSING_DAY_REASON = "sluitingsdagen gewijzigd: contacttermijnen herberekend"


def _open_complaints() -> tuple[ColumnElement[bool], ...]:
    return (
        Complaint.kind == ComplaintKind.COMPLAINT,
        Complaint.status.in_([s.value for s in OPEN_STATUSES]),
        Complaint.historic.is_(False),
    )


def _profile_of(session: Session, complaint: Complaint) -> RegulationProfile:
    profile = session.get(RegulationProfile, complaint.regulation_profile_id or -1)
    return profile if profile is not None else active_profile(session)


def _with_terms() -> tuple[_AbstractLoad, ...]:
    from sqlalchemy.orm import selectinload

    return (selectinload(Complaint.promises), selectinload(Complaint.sent_decision_letters))


def recompute_contact_terms(session: Session, day: date) -> int:
    """Recompute the contact term of open complaints still waiting for first contact whose
    term runs over ``day``, a closing day just added or removed (call after the flush, in
    the same write, so the change is audited with it). The statutory terms do not move:
    the Atw knows no closing days. Returns how many complaints changed."""
    closed = closing_days(session)
    complaints = session.scalars(
        select(Complaint)
        .where(
            *_open_complaints(),
            Complaint.first_contact_on.is_(None),
            Complaint.received_on < day,
            Complaint.contact_due >= day,
        )
        .options(*_with_terms())
    )
    changed = 0
    for complaint in complaints:
        due = contact_due_date(complaint.received_on, _profile_of(session, complaint), closed)
        if due != complaint.contact_due:
            complaint.contact_due = due
            complaint.next_deadline = next_deadline_of(complaint)
            changed += 1
    return changed


def _off_the_atw(complaint_terms: tuple[Any, ...], closed: frozenset[date]) -> bool:
    """Whether a stored term of an open complaint no longer follows the rules: a statutory
    term on a day the Atw moves on, or a contact term (still to be met) on a day off."""
    decision_due, extended_to, contact_due, first_contact_on = complaint_terms
    return any(
        term is not None and statutory_end(term) != term for term in (decision_due, extended_to)
    ) or (
        first_contact_on is None
        and contact_due is not None
        and not is_working_day(contact_due, closed)
    )


def refresh_stored_deadlines(db: Database) -> int:
    """Bring the stored deadlines of open complaints in line with the current rules.

    Two repairs, each an ordinary audited write by the system (so the audit trail still
    verifies), each only when there is something to change:

    - Complaints judged before the decision term ran until the decision letter was sent
      were stored with no deadline at all; recomputing them puts the legal clock back on.
    - Terms stored before the Algemene termijnenwet was applied (or before a newer holiday
      table) end on a weekend or holiday: they move on to the next valid day once.

    Runs at every start: the check reads only the few date columns of the open complaints.
    Returns how many complaints changed.
    """
    from app.db import Actor

    with db.session_scope() as session:
        # Terms already checked against these rules need no holiday table at start; a
        # change of closing days recomputes the terms it touches in its own write.
        checked = _rules_checked(session)
        closed = closing_days(session)
        rows = session.execute(
            select(
                Complaint.id,
                Complaint.next_deadline,
                Complaint.decision_due,
                Complaint.extended_to,
                Complaint.contact_due,
                Complaint.first_contact_on,
            ).where(*_open_complaints())
        ).all()
    without_deadline = [row[0] for row in rows if row[1] is None]
    off_the_atw = (
        [] if checked else [row[0] for row in rows if _off_the_atw(tuple(row[2:]), closed)]
    )
    changed: set[int] = set()
    if without_deadline:
        with db.session_scope(Actor(login=SYSTEM_LOGIN)) as session:
            session.info["audit_reason"] = RECOMPUTED_REASON
            for complaint in session.scalars(
                select(Complaint).where(Complaint.id.in_(without_deadline)).options(*_with_terms())
            ):
                deadline = next_deadline_of(complaint)
                if deadline is not None:
                    complaint.next_deadline = deadline
                    changed.add(complaint.id)
    if off_the_atw:
        with db.session_scope(Actor(login=SYSTEM_LOGIN)) as session:
            session.info["audit_reason"] = ATW_REASON
            for complaint in session.scalars(
                select(Complaint).where(Complaint.id.in_(off_the_atw)).options(*_with_terms())
            ):
                if complaint.decision_due is not None:
                    complaint.decision_due = statutory_end(complaint.decision_due)
                if complaint.extended_to is not None:
                    complaint.extended_to = statutory_end(complaint.extended_to)
                if (
                    complaint.first_contact_on is None
                    and complaint.contact_due is not None
                    and not is_working_day(complaint.contact_due, closed)
                ):
                    complaint.contact_due = contact_due_date(
                        complaint.received_on, _profile_of(session, complaint), closed
                    )
                complaint.next_deadline = next_deadline_of(complaint)
                changed.add(complaint.id)
    if not checked:
        with db.session_scope(Actor(login=SYSTEM_LOGIN)) as session:
            session.info["audit_reason"] = ATW_REASON
            session.merge(Setting(key=RULES_CHECKED_KEY, value=json.dumps(RULES_VERSION)))
    return len(changed)


# The rules the stored terms of open complaints were last brought in line with. A new
# holiday table (a decree added to calendar.EQUATED_BY_DECREE) or another way of computing
# terms gets a new version: every register is then checked once more at its next start.
RULES_CHECKED_KEY = "deadlines.rules_checked"
RULES_VERSION = "atw-2026-11"


def _rules_checked(session: Session) -> bool:
    row = session.get(Setting, RULES_CHECKED_KEY)
    return row is not None and json.loads(row.value) == RULES_VERSION
