"""Stock per team: open complaints per unit with the unassigned, and the days from receipt
to assignment and to first contact (median / average), in the dashboard and the annual
report (read back from the PDF)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from app.db import Actor, Database
from app.models import (
    Complainant,
    Complaint,
    ComplaintEmployee,
    Employee,
    OrgUnit,
    StatusChange,
)
from app.models.enums import ComplaintKind, Status, UnitKind
from app.reports.annual import build_annual_pdf
from app.reports.data import DaySpread, UnitStock, spread_text
from app.services.figures import figure_tables
from app.services.permissions import CurrentUser
from app.services.report_data import ReportDataService
from app.services.stock import spread, unit_stock

TODAY = date(2026, 11, 20)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


@pytest.fixture
def teams(db: Database) -> None:
    """Noord (two employees) and Zuid (one). A: Noord ×2, assigned after 2 days, contact
    after 3. B: Noord and Zuid, waiting for a handler. C: Zuid, assigned after 6 days,
    contact after 1, closed. D: Noord, assigned after 1 day (again later), contact after 4."""
    with db.session_scope(Actor(login="test")) as s:
        noord = OrgUnit(name="Team Noord", kind=UnitKind.TEAM)
        zuid = OrgUnit(name="Team Zuid", kind=UnitKind.TEAM)
        n1 = Employee(name="Proef Noord Een", unit=noord)
        n2 = Employee(name="Proef Noord Twee", unit=noord)
        z1 = Employee(name="Proef Zuid Een", unit=zuid)
        handler = Employee(name="Proef Behandelaar", unit=zuid)
        s.add_all([noord, zuid, n1, n2, z1, handler])

        def add(
            number: str,
            received: date,
            concerned: tuple[Employee, ...],
            *,
            assigned: tuple[date, ...] = (),
            contact: date | None = None,
            closed: date | None = None,
        ) -> None:
            status = (
                Status.CLOSED if closed else (Status.IN_PROGRESS if assigned else Status.REGISTERED)
            )
            complaint = Complaint(
                number=number,
                kind=ComplaintKind.COMPLAINT,
                received_on=received,
                channel="email",
                description="Ik klaag erover dat mijn brief niet werd beantwoord.",
                complainant=Complainant(name=f"Proefklager {number}", email="k@example.com"),
                status=status,
                handler=handler if assigned else None,
                first_contact_on=contact,
                closed_on=closed,
                employees_concerned=[ComplaintEmployee(employee=e) for e in concerned],
                status_changes=[
                    StatusChange(
                        from_status=Status.REGISTERED, to_status=Status.ASSIGNED, at=_at(day)
                    )
                    for day in assigned
                ],
            )
            s.add(complaint)

        add(
            "IK-2026-0001",
            date(2026, 11, 2),
            (n1, n2),
            assigned=(date(2026, 11, 4),),
            contact=date(2026, 11, 5),
        )
        add("IK-2026-0002", date(2026, 11, 10), (n1, z1))
        add(
            "IK-2026-0003",
            date(2026, 10, 1),
            (z1,),
            assigned=(date(2026, 10, 7),),
            contact=date(2026, 10, 2),
            closed=date(2026, 10, 20),
        )
        add(
            "IK-2026-0004",
            date(2026, 9, 1),
            (n2,),
            assigned=(date(2026, 9, 2), date(2026, 9, 20)),
            contact=date(2026, 9, 5),
        )


def _line(stock: tuple[UnitStock, ...], name: str) -> UnitStock:
    return next(line for line in stock if line.name == name)


def test_the_dashboard_shows_open_stock_per_team_with_unassigned_and_lead_times(
    db: Database, admin: CurrentUser, teams: None
) -> None:
    stock = ReportDataService(db, admin).dashboard(TODAY).stock
    assert [(s.name, s.open, s.unassigned) for s in stock] == [
        ("Team Noord", 3, 1),
        ("Team Zuid", 1, 1),
        ("Totaal", 3, 1),
    ]
    noord, zuid, total = stock
    assert noord.to_assignment == DaySpread(2, 1.5, 1.5)
    assert noord.to_first_contact == DaySpread(2, 3.5, 3.5)
    assert zuid.to_assignment == DaySpread(1, 6.0, 6.0)
    assert zuid.to_first_contact == DaySpread(1, 1.0, 1.0)
    # Every complaint once: assignment 2, 6, 1 days; contact 3, 1, 4 days.
    assert total.to_assignment == DaySpread(3, 2.0, 3.0)
    assert total.to_first_contact.median == 3.0
    assert total.to_first_contact.average == pytest.approx(8 / 3)
    assert spread_text(total.to_first_contact) == "3,0 / 2,7"


def test_the_stock_on_a_past_day_counts_as_unassigned_what_was_assigned_later(
    db: Database, teams: None
) -> None:
    with db.session_scope() as session:
        stock = unit_stock(
            session,
            figure_tables(session),
            received_from=date(2026, 1, 1),
            received_to=date(2026, 12, 31),
            as_of=date(2026, 11, 3),
        )
    # On 3 November: A (received the 2nd, assigned the 4th) waits; D is assigned; C closed
    # (Zuid keeps its line for C's lead times).
    assert [(s.name, s.open, s.unassigned) for s in stock] == [
        ("Team Noord", 2, 1),
        ("Team Zuid", 0, 0),
        ("Totaal", 2, 1),
    ]


def test_median_and_average_come_from_the_histogram() -> None:
    assert spread([]) == DaySpread(0, None, None)
    assert spread([(5, 1), (1, 2), (10, 1)]) == DaySpread(4, 3.0, 4.25)
    assert spread([(2, 3)]) == DaySpread(3, 2.0, 2.0)


def _pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages
    )


def test_the_annual_report_has_the_stock_per_team_at_the_years_end(
    db: Database, admin: CurrentUser, teams: None
) -> None:
    service = ReportDataService(db, admin)
    figures = service.annual(2026)
    assert [(s.name, s.open, s.unassigned) for s in figures.stock] == [
        ("Team Noord", 3, 1),
        ("Team Zuid", 1, 1),
        ("Totaal", 3, 1),
    ]
    listed = service.listed_complaints(date(2026, 1, 1), date(2026, 12, 31))
    text = _pdf_text(build_annual_pdf(figures, listed, made_on=TODAY))
    assert "Voorraad per team" in text
    assert "Team Noord 3 1 1,5 / 1,5 3,5 / 3,5" in text
    assert "Team Zuid 1 1 6,0 / 6,0 1,0 / 1,0" in text
    assert "Totaal 3 1 2,0 / 3,0 3,0 / 2,7" in text

    anonymised = _pdf_text(build_annual_pdf(figures, listed, made_on=TODAY, anonymised=True))
    assert "Totaal 3 1 2,0 / 3,0 3,0 / 2,7" in anonymised
    assert "Team Noord" not in anonymised
