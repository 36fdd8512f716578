"""Report figures from a data set with known counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.db import Actor, Database
from app.models import Complainant, Complaint, Employee, FeedbackCard
from app.models.enums import CardChannel, CardColour, ComplaintKind, Judgment, Route, Status
from app.services.learning import ImprovementService, ProposalInput
from app.services.permissions import CurrentUser
from app.services.report_data import ReportDataService, quarter_range


def _add(
    session,
    number: str,
    received: date,
    *,
    kind=ComplaintKind.COMPLAINT,  # type: ignore[no-untyped-def]
    route: Route | None = None,
    judgment: Judgment | None = None,
    closed: date | None = None,
    contact_days: int | None = None,
    handler: Employee | None = None,
) -> Complaint:
    complaint = Complaint(
        number=number,
        kind=kind,
        received_on=received,
        channel="email",
        description="Proefklacht",
        complainant=Complainant(name="Proef", email="p@example.com"),
        status=Status.CLOSED if closed else Status.IN_PROGRESS,
        route=route,
        judgment=judgment,
        closed_on=closed,
        contact_due=received + timedelta(days=7),
        decision_due=received + timedelta(weeks=6),
        handler=handler,
        first_contact_on=received + timedelta(days=contact_days) if contact_days else None,
    )
    if closed is None and not contact_days:
        complaint.next_deadline = complaint.contact_due
    session.add(complaint)
    return complaint


@pytest.fixture
def data(db: Database) -> None:
    with db.session_scope(Actor(login="test")) as s:
        handler = Employee(name="Proef Rho", email="rho@example.com")
        n = 0

        def number() -> str:
            nonlocal n
            n += 1
            return f"IK-X-{n:04d}"

        # 2025: 4 complaints (3 informal, 1 formal upheld), 1 signal
        for i in range(3):
            _add(
                s,
                number(),
                date(2025, 3, 1 + i),
                route=Route.INFORMAL,
                judgment=Judgment.NONE,
                closed=date(2025, 3, 20),
                contact_days=2,
            )
        _add(
            s,
            number(),
            date(2025, 5, 1),
            route=Route.FORMAL,
            judgment=Judgment.UPHELD,
            closed=date(2025, 6, 1),
            contact_days=3,
        )
        _add(s, number(), date(2025, 5, 2), kind=ComplaintKind.SIGNAL)
        # 2026: 6 complaints: 2 informal, 2 formal (partly, not upheld), 1 declined, 1 open
        for i in range(2):
            _add(
                s,
                number(),
                date(2026, 1, 5 + i),
                route=Route.INFORMAL,
                judgment=Judgment.NONE,
                closed=date(2026, 1, 30),
                contact_days=4,
            )
        _add(
            s,
            number(),
            date(2026, 2, 2),
            route=Route.FORMAL,
            judgment=Judgment.PARTLY_UPHELD,
            closed=date(2026, 3, 2),
            contact_days=10,
        )
        _add(
            s,
            number(),
            date(2026, 4, 1),
            route=Route.FORMAL,
            judgment=Judgment.NOT_UPHELD,
            closed=date(2026, 6, 30),
            contact_days=1,
        )
        declined = _add(
            s,
            number(),
            date(2026, 4, 2),
            route=Route.DECLINED,
            judgment=Judgment.NONE,
            closed=date(2026, 4, 20),
        )
        _add(s, number(), date(2026, 11, 2), contact_days=None, handler=handler)
        s.flush()
        s.add(
            FeedbackCard(
                complaint_id=declined.id,
                colour=CardColour.RED,
                code="RRRRR2",
                sent_on=date(2026, 4, 21),
                channel=CardChannel.POST,
                returned_on=date(2026, 5, 1),
            )
        )
        s.add(
            FeedbackCard(
                complaint_id=declined.id,
                colour=CardColour.GREEN,
                code="GGGGG2",
                sent_on=date(2026, 4, 21),
                channel=CardChannel.POST,
            )
        )


def test_annual_figures_count_exactly_and_compare_with_last_year(
    db: Database, admin: CurrentUser, data: None
) -> None:
    figures = ReportDataService(db, admin).annual(2026)
    counts = figures.counts
    assert (counts.received_complaints, counts.received_signals, counts.handled) == (6, 0, 5)
    assert (counts.informal, counts.formal, counts.declined) == (2, 2, 1)
    assert (counts.upheld, counts.partly_upheld, counts.not_upheld) == (0, 1, 1)
    assert figures.change("received_complaints").difference == 2
    assert figures.change("received_complaints").percentage == 50.0
    assert figures.change("informal").difference == -1
    assert figures.previous.received_signals == 1
    assert figures.per_month[0] == 2
    assert figures.per_month[3] == 2
    assert figures.contacted_in_time == (3, 4)
    assert figures.decided_in_time == (1, 2)
    assert figures.median_days_to_contact == 4.0  # of 1, 4, 4, 10
    assert (figures.cards_sent, figures.cards_green, figures.cards_red) == (1, 0, 1)


def test_quarterly_figures_list_the_quarters_complaints(
    db: Database, admin: CurrentUser, data: None
) -> None:
    figures = ReportDataService(db, admin).quarterly(2026, 2)
    assert figures.period == quarter_range(2026, 2) == (date(2026, 4, 1), date(2026, 6, 30))
    assert [r.received_on for r in figures.rows] == [date(2026, 4, 1), date(2026, 4, 2)]
    assert figures.rows[0].outcome == "Formeel — ongegrond"
    assert figures.counts.received_complaints == 2
    assert figures.previous.received_complaints == 3
    assert (figures.cards_green, figures.cards_red) == (0, 1)


def test_weekly_overview_per_handler(db: Database, admin: CurrentUser, data: None) -> None:
    weekly = ReportDataService(db, admin, today=date(2026, 11, 20)).weekly()
    assert [(w.handler_name, len(w.rows), w.overdue) for w in weekly] == [("Proef Rho", 1, 1)]


def test_a_proposal_made_today_is_in_this_quarters_report_not_the_previous_one(
    db: Database, admin: CurrentUser
) -> None:
    ImprovementService(db, admin).create(ProposalInput(title="Proef terugbelnotities"))
    today = date.today()
    quarter = (today.month - 1) // 3 + 1
    year_before, quarter_before = (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)
    reports = ReportDataService(db, admin)
    this = reports.quarterly(today.year, quarter)
    before = reports.quarterly(year_before, quarter_before)
    assert [p.title for p in this.proposals] == ["Proef terugbelnotities"]
    assert before.proposals == ()
