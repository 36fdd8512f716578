"""Issue 15 item 11: the quarterly report gives, per complaint, the cause as the handler
wrote it on the annex-1 form ("Ik heb een klacht behandeld") and the improvement points,
not only the kind of cause."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from app.db import Actor, Database
from app.models import Complaint, HandlingReport
from app.models.enums import CauseKind, Role
from app.services.identity import load_current_user
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.report_data import ReportDataService
from app.services.report_files import ReportFileService
from tests import report_dataset
from tests.report_dataset import TODAY, Known

CAUSE = "Het terugbelverzoek bleef in de gedeelde mailbox liggen."
POINTS = "Terugbelverzoeken in het zaaksysteem vastleggen; wekelijks controleren."


@pytest.fixture
def known(db: Database) -> Known:
    known = report_dataset.build(db)
    with db.session_scope(Actor(login="test")) as session:
        complaint = session.scalar(
            select(Complaint).where(Complaint.number == known.dossier_number)
        )
        session.add(
            HandlingReport(
                complaint_id=complaint.id,
                handler_id=known.handler_id,
                cause_kind=CauseKind.WORK_PROCESS,
                cause_text=CAUSE,
                remedial_action="Klager teruggebeld.",
                improvement_points=POINTS,
            )
        )
    return known


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_the_quarterly_figures_carry_the_written_cause_and_the_improvement_points(
    db: Database, admin: CurrentUser, known: Known
) -> None:
    rows = {r.number: r for r in ReportDataService(db, admin).quarterly(2026, 2).rows}
    row = rows[known.dossier_number]
    assert row.cause == "Werkproces"
    assert row.cause_text == CAUSE
    assert row.improvement_points == POINTS
    assert row.measures == "Klager teruggebeld."


def test_the_quarterly_report_prints_the_cause_as_written_and_the_improvement_points(
    db: Database, admin: CurrentUser, known: Known, tmp_path: Path
) -> None:
    path = ReportFileService(db, admin, today=TODAY).quarterly(2026, 2, tmp_path / "k2.pdf")
    text = _text(path)
    assert "Maatregelen en verbeterpunten" in text
    assert f"Werkproces — {CAUSE}" in text
    assert f"Klager teruggebeld. Verbeterpunten: {POINTS}" in text


def test_management_reads_the_cause_kind_but_not_the_written_text(
    db: Database, admin: CurrentUser, known: Known
) -> None:
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Manager", login="manager", roles=frozenset({Role.MANAGEMENT}))
    )
    manager = load_current_user(db, "manager")
    assert manager is not None
    rows = {r.number: r for r in ReportDataService(db, manager).quarterly(2026, 2).rows}
    row = rows[known.dossier_number]
    assert row.cause == "Werkproces"
    assert (row.cause_text, row.improvement_points) == ("", "")
