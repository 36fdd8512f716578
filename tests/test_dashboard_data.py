"""The dashboard's figures for a data set with known counts, and the register filters its
bars open (subject, open only): the register shows exactly what a bar counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.db import Database
from app.models.enums import ComplaintKind
from app.services.dashboard import WEEKS
from app.services.errors import PermissionDenied
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService
from app.services.report_data import ReportDataService
from tests import report_dataset
from tests.report_dataset import TODAY, Known


@pytest.fixture
def known(db: Database) -> Known:
    return report_dataset.build(db)


@pytest.fixture
def register(db: Database, admin: CurrentUser) -> RegisterService:
    return RegisterService(db, admin, today=TODAY)


def _numbers(register: RegisterService, wanted: RegisterFilter) -> list[str]:
    return sorted(row.number for row in register.page(wanted, limit=100))


def test_the_dashboard_counts_stock_inflow_outflow_ages_units_subjects_and_cards(
    db: Database, admin: CurrentUser, known: Known
) -> None:
    figures = ReportDataService(db, admin).dashboard(TODAY)
    assert (figures.open_complaints, figures.overdue) == (2, 1)
    assert (figures.no_contact_overdue, figures.decision_overdue) == (1, 0)
    assert (figures.contact_days, figures.decision_weeks, figures.extension_weeks) == (5, 6, 4)

    weeks = figures.weeks
    assert len(weeks) == WEEKS
    assert weeks[-1].monday == date(2026, 11, 16)
    assert weeks[-1].sunday == date(2026, 11, 22)
    assert weeks[0].monday == date(2026, 11, 16) - timedelta(weeks=WEEKS - 1)
    by_monday = {w.monday: w for w in weeks}
    # Received in the window: 2 and 16 November; closed: 30 June (received 1 April).
    assert [(w.monday, w.inflow) for w in weeks if w.inflow] == [
        (date(2026, 11, 2), 1),
        (date(2026, 11, 16), 1),
    ]
    assert [(w.monday, w.outflow) for w in weeks if w.outflow] == [(date(2026, 6, 29), 1)]
    assert by_monday[date(2026, 6, 22)].open_at_end == 1  # the April complaint, still open
    assert by_monday[date(2026, 6, 29)].open_at_end == 0
    assert by_monday[date(2026, 11, 9)].open_at_end == 1
    assert weeks[-1].open_at_end == figures.open_complaints == 2

    # Ages against the decision term: 4 days and 18 days, both well within six weeks (the
    # 18-day one missed its contact term: that is the other tile's, not the age chart's).
    assert [a.label for a in figures.ages] == [
        "≤ 1 week",
        "1–2 weken",
        "2–4 weken",
        "4–6 weken",
        "6–10 weken",
        "> 10 weken",
    ]
    assert [(a.running, a.near, a.overdue) for a in figures.ages] == [
        (1, 0, 0),
        (0, 0, 0),
        (1, 0, 0),
        (0, 0, 0),
        (0, 0, 0),
        (0, 0, 0),
    ]
    assert [(u.name, u.open, u.overdue) for u in figures.units] == [
        ("Team Balie", 1, 0),
        ("Team Post", 1, 1),
    ]
    assert [(s.name, s.open, s.overdue) for s in figures.subjects] == [
        ("Bejegening", 1, 0),
        ("Termijnen en wachttijd", 1, 1),
    ]
    assert len(figures.cards) == 12
    assert figures.cards[0].month == date(2025, 12, 1)
    assert figures.cards[-1].month == date(2026, 11, 1)
    assert [(c.month.month, c.green, c.red) for c in figures.cards if c.green or c.red] == [
        (2, 1, 0),
        (5, 0, 1),
    ]


def test_every_bar_opens_a_register_filter_that_shows_what_it_counts(
    db: Database, admin: CurrentUser, known: Known, register: RegisterService
) -> None:
    figures = ReportDataService(db, admin).dashboard(TODAY)
    for week in figures.weeks:
        shown = RegisterFilter(
            kind=ComplaintKind.COMPLAINT, received_from=week.monday, received_to=week.sunday
        )
        assert register.count(shown) == week.inflow
    for band in figures.ages:
        oldest, youngest = band.received_range(TODAY)
        shown = RegisterFilter(
            kind=ComplaintKind.COMPLAINT,
            open_only=True,
            received_from=oldest,
            received_to=youngest,
        )
        assert register.count(shown) == band.total  # every colour of the bar opens this
    for unit in figures.units:
        shown = RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True, unit_id=unit.id)
        assert register.count(shown) == unit.open
    for subject in figures.subjects:
        shown = RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True, subject_id=subject.id)
        assert register.count(shown) == subject.open
        overdue = RegisterFilter(
            kind=ComplaintKind.COMPLAINT, open_only=True, subject_id=subject.id, overdue=True
        )
        assert register.count(overdue) == subject.overdue
    everything_open = RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True)
    assert register.count(everything_open) == figures.open_complaints


def test_the_register_filters_on_subject_and_on_open_complaints(
    known: Known, register: RegisterService
) -> None:
    # Signals are registered and stay open; the dashboard counts complaints only.
    assert _numbers(register, RegisterFilter(open_only=True)) == [
        known.overdue_number,
        known.urgent_number,
        "SG-2025-0001",
        "SG-2025-0002",
        "SG-2026-0001",
    ]
    assert _numbers(register, RegisterFilter(open_only=True, kind=ComplaintKind.COMPLAINT)) == [
        known.overdue_number,
        known.urgent_number,
    ]
    assert _numbers(register, RegisterFilter(subject_id=known.subject_b_id)) == [
        "IK-2026-0003",
        "IK-2026-0004",
        known.overdue_number,
    ]
    assert _numbers(register, RegisterFilter(subject_id=known.subject_b_id, year=2026)) == [
        "IK-2026-0003",
        "IK-2026-0004",
        known.overdue_number,
    ]
    assert _numbers(
        register, RegisterFilter(subject_id=known.subject_a_id, open_only=True, search="terugbelde")
    ) == [known.urgent_number]
    assert register.count(RegisterFilter(subject_id=known.subject_a_id)) == 4


def test_the_dashboard_is_for_those_who_may_see_reports(db: Database, known: Known) -> None:
    from app.models.enums import Role

    handler = CurrentUser("hanna", known.handler_id, "Hanna", frozenset({Role.HANDLER}))
    with pytest.raises(PermissionDenied):
        ReportDataService(db, handler).dashboard(TODAY)


def test_the_age_chart_is_red_only_past_the_decision_term_and_agrees_with_its_tile(
    db: Database, admin: CurrentUser
) -> None:
    from app.services.complainants import ComplainantData
    from app.services.intake import IntakeData, IntakeService

    intake = IntakeService(db, admin)
    # 10 days: contact term passed, decision term far; 38 days: decision term in 4 days;
    # 60 days: decision term passed.
    for n, days in enumerate((10, 38, 60)):
        intake.register(
            IntakeData(
                description="Niet teruggebeld.",
                received_on=TODAY - timedelta(days=days),
                complainant=ComplainantData(name=f"Proef Leeftijd {n}", email=f"l{n}@example.com"),
            ),
            today=TODAY,
        )
    figures = ReportDataService(db, admin).dashboard(TODAY)
    assert figures.no_contact_overdue == 3
    assert [(a.label, a.running, a.near, a.overdue) for a in figures.ages if a.total] == [
        ("1–2 weken", 1, 0, 0),
        ("4–6 weken", 0, 1, 0),
        ("6–10 weken", 0, 0, 1),
    ]
    assert sum(a.overdue for a in figures.ages) == figures.decision_overdue == 1


def test_the_dashboard_counts_spoed_fast_lane_and_open_clusters_as_the_register_shows_them(
    db: Database, admin: CurrentUser, known: Known, register: RegisterService
) -> None:
    from app.services.clusters import ClusterService
    from app.services.register import ANY_CLUSTER
    from app.services.workflow import WorkflowService

    def complaint_id(number: str) -> int:
        (row,) = [r for r in register.page(RegisterFilter(search=number)) if r.number == number]
        return row.id

    urgent, overdue = complaint_id(known.urgent_number), complaint_id(known.overdue_number)
    closed = complaint_id(known.dossier_number)
    WorkflowService(db, admin).set_flags(urgent, urgent=True, fast_lane=True)
    clusters = ClusterService(db, admin)
    clusters.create("Terugbellen", None, [urgent, overdue, closed])
    clusters.create("Afgehandeld", None, [])  # no open complaint: not counted
    figures = ReportDataService(db, admin).dashboard(TODAY)
    assert (figures.urgent_open, figures.fast_lane_open, figures.open_clusters) == (1, 1, 1)

    def open_complaints(**conditions: object) -> int:
        shown = RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True, **conditions)  # type: ignore[arg-type]
        return register.count(shown)

    assert open_complaints(urgent=True) == figures.urgent_open
    assert open_complaints(fast_lane=True) == figures.fast_lane_open
    assert open_complaints(cluster_id=ANY_CLUSTER) == 2  # both open ones of "Terugbellen"
