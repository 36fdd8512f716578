"""Issue 15 item 10: the annual report matches the office's 2021 overview — terms over the
complaints closed in the year (imported history included), content complaints beside
informal and formal so the totals reconcile, notable cases, the overview's other themes,
and no empty chart."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from app.db import Actor, Database
from app.models import AuditEvent, Complaint
from app.models.enums import Route, Status
from app.services.complainants import ComplainantService, PersistentComplainantService
from app.services.complaints import ComplaintService
from app.services.errors import PermissionDenied, ValidationError
from app.services.intake import NewAttachment
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.report_data import ReportDataService
from app.services.report_files import ReportFileService
from tests.conftest import RegisterComplaint

TODAY = date.today()


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def _complainant_of(db: Database, complaint_id: int) -> int:
    with db.session_scope() as session:
        return session.get(Complaint, complaint_id).complainant_id


def test_an_imported_complaint_received_last_year_and_closed_this_year_counts_in_the_terms(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2025, 12, 1), today=date(2025, 12, 1))
    with db.session_scope(Actor(login="test")) as session:
        row = session.get(Complaint, complaint)
        row.historic = True
        row.status, row.route = Status.CLOSED, Route.INFORMAL
        row.first_contact_on = row.contact_due - timedelta(days=1)
        row.closed_on = date(2026, 1, 15)
    figures = ReportDataService(db, admin).annual(2026)
    assert figures.contacted_in_time == (1, 1)
    assert figures.median_days_to_close == 45
    assert ReportDataService(db, admin).annual(2025).contacted_in_time == (0, 0)


def test_the_route_table_adds_up_to_the_complaints_received(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    ids = [register_complaint(date(2026, 3, day), today=date(2026, 3, day)) for day in (2, 3, 4)]
    with db.session_scope(Actor(login="test")) as session:
        for complaint_id, route in zip(ids, (Route.REVIEW, Route.FORMAL), strict=False):
            row = session.get(Complaint, complaint_id)
            row.status, row.route, row.closed_on = Status.CLOSED, route, date(2026, 4, 1)
    figures = ReportDataService(db, admin).annual(2026)
    by_route = dict(figures.received_by_route)
    assert by_route["Inhoudelijk: herzieningsverzoek"] == 1
    assert by_route["Formeel afgehandeld"] == 1
    assert by_route["Nog in behandeling"] == 1
    assert sum(by_route.values()) == figures.counts.received_complaints == 3


def test_a_notable_summary_is_audited_and_listed_in_the_annual_report(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint, tmp_path: Path
) -> None:
    complaint = register_complaint(date(2026, 2, 2), today=date(2026, 2, 2))
    service = ComplaintService(db, admin)
    version = service.detail(complaint).version
    summary = "Klager wachtte drie maanden op een terugbelverzoek; werkwijze aangepast."
    service.set_notable_summary(complaint, summary, version)
    detail = service.detail(complaint)
    assert detail.notable_summary == summary
    changes = [
        json.loads(e.changes or "{}")
        for e in _events(db, complaint)
        if "notable_summary" in (e.changes or "")
    ]
    assert changes == [{"notable_summary": [None, summary]}]
    with pytest.raises(ValidationError):
        service.set_notable_summary(complaint, "x" * 1_001, detail.version)
    path = ReportFileService(db, admin).annual(2026, tmp_path / "jaar.pdf")
    text = _pdf_text(path)
    assert f"Opvallende zaken • {detail.number} — {summary}" in text


def _events(db: Database, complaint_id: int) -> list[AuditEvent]:
    with db.session_scope() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.complaint_id == complaint_id))
        )


def test_only_the_coordinator_writes_a_notable_summary(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> None:
    from app.services.identity import load_current_user

    complaint = register_complaint(date(2026, 2, 2), today=date(2026, 2, 2))
    handler = load_current_user(db, "handler")
    assert handler is not None
    with pytest.raises(PermissionDenied):
        ComplaintService(db, handler).set_notable_summary(complaint, "Opvallend.", 1)


def test_the_other_themes_of_the_overview_are_counted_in_the_year(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> None:
    first = register_complaint(TODAY, today=TODAY, name="Proef Dubbel", email="d1@example.com")
    second = register_complaint(TODAY, today=TODAY, name="Proef Dubbel", email="d2@example.com")
    third = register_complaint(TODAY, today=TODAY, name="Proef Derde", email="d3@example.com")
    # Two merges; the second moves the first's merged record on, which is no third merge.
    ComplainantService(db, admin).merge(_complainant_of(db, first), _complainant_of(db, second))
    ComplainantService(db, admin).merge(_complainant_of(db, second), _complainant_of(db, third))
    PersistentComplainantService(db, admin).flag(
        _complainant_of(db, third), "De parkeervergunning", TODAY
    )
    complaints = ComplaintService(db, admin)
    complaints.add_attachment(third, NewAttachment("nabrief.txt", b"Nog een brief.", "text/plain"))
    complaints.add_attachment(third, NewAttachment("foto.txt", b"Nog een foto.", "text/plain"))
    themes = ReportDataService(db, admin).annual(TODAY.year).themes
    assert themes is not None
    assert themes.merges == 2
    assert themes.persistent_notices == 1
    assert themes.follow_ups == 2
    assert themes.awb_9_7_breaches == 0
    previous = ReportDataService(db, admin).annual(TODAY.year - 1).themes
    assert previous is not None
    assert (previous.merges, previous.persistent_notices, previous.follow_ups) == (0, 0, 0)


def test_a_complaint_handled_by_the_employee_it_concerns_is_counted_as_an_awb_9_7_breach(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> None:
    complaint = register_complaint(date(2026, 5, 4), today=date(2026, 5, 4))
    # The services refuse this; older data (an import, a change of records) can hold it.
    with db.session_scope(Actor(login="test")) as session:
        session.get(Complaint, complaint).handler_id = people["concerned"]
    themes = ReportDataService(db, admin).annual(2026).themes
    assert themes is not None
    assert themes.awb_9_7_breaches == 1


def test_management_gets_the_figures_without_the_themes_read_from_personal_tables(
    db: Database, admin: CurrentUser, register_complaint: RegisterComplaint
) -> None:
    from app.models.enums import Role
    from app.services.identity import load_current_user

    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Manager", login="manager", roles=frozenset({Role.MANAGEMENT}))
    )
    register_complaint(date(2026, 2, 2), today=date(2026, 2, 2))
    manager = load_current_user(db, "manager")
    assert manager is not None
    figures = ReportDataService(db, manager).annual(2026)
    assert figures.counts.received_complaints == 1
    assert figures.themes is None
    assert figures.notable == ()


def test_a_year_without_complaints_says_so_instead_of_drawing_empty_charts(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = ReportFileService(db, admin).annual(2024, tmp_path / "leeg.pdf")
    text = _pdf_text(path)
    assert "In 2024 zijn geen klachten ontvangen; er is dus geen grafiek" in text
    assert "In 2024 zijn geen klachten afgehandeld." in text
    assert "Ontvangen klachten per maand" not in text
    assert "Ontvangen klachten per kwartaal" not in text
    assert "Totaal ontvangen klachten 0" in text
