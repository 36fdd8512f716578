"""The complainant asks for another employee to handle the case: recorded at intake and on
the complaint's details, audited, and counted in the annual report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from app.db import Actor, Database
from app.models import Complaint
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintEdit, ComplaintService
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.report_data import ReportDataService
from app.services.report_files import ReportFileService
from tests import report_dataset

LEFT = Qt.MouseButton.LeftButton
PERSON = ComplainantData(name="Proefklager Omega", email="omega@example.com")


def _intake(**values: object) -> IntakeData:
    data = IntakeData(description="Ik wil niet dat dezelfde medewerker mij weer helpt.")
    return replace(data, complainant=PERSON, **values)  # type: ignore[arg-type]


def test_the_request_is_stored_at_intake_changed_on_the_details_and_audited(
    db: Database, admin: CurrentUser
) -> None:
    intake = IntakeService(db, admin)
    asked = intake.register(_intake(other_handler_requested=True)).complaint_id
    plain = intake.register(_intake()).complaint_id
    service = ComplaintService(db, admin)
    assert service.detail(asked).other_handler_requested
    assert not service.detail(plain).other_handler_requested

    def save(other_handler_requested: bool | None) -> None:
        detail = service.detail(plain)
        edit = ComplaintEdit(
            description=detail.description,
            channel=detail.channel,
            received_on=detail.received_on,
            complainant=detail.complainant,
            other_handler_requested=other_handler_requested,
        )
        service.update(
            plain,
            edit,
            detail.version,
            complainant_version=detail.complainant_version,
        )

    save(True)
    assert service.detail(plain).other_handler_requested
    texts = [h.text for h in service.history(plain)]
    assert any("verzoek om een andere behandelaar" in t for t in texts), texts
    # An edit that does not show the field leaves the answer as it was.
    save(None)
    assert service.detail(plain).other_handler_requested


def test_the_annual_report_counts_the_requests_of_its_year(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    report_dataset.build(db)
    with db.session_scope(Actor(login="test")) as session:
        complaints = session.query(Complaint).filter(Complaint.kind == "complaint").all()
        in_2026 = [c for c in complaints if c.received_on.year == 2026]
        in_2025 = [c for c in complaints if c.received_on.year == 2025]
        for complaint in (*in_2026[:2], in_2025[0]):
            complaint.other_handler_requested = True
    assert ReportDataService(db, admin).annual(2026).other_handler_requested == 2
    assert ReportDataService(db, admin).annual(2025).other_handler_requested == 1
    assert ReportDataService(db, admin).annual(2024).other_handler_requested == 0

    path = ReportFileService(db, admin).annual(2026, tmp_path / "jaar.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)
    assert "Verzoek om een andere behandelaar 2" in text


@pytest.mark.gui
def test_the_intake_and_detail_checkboxes_record_the_request(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    from app.ui.complaints.detail import ComplaintDetailWindow
    from app.ui.complaints.intake_dialog import IntakeDialog

    results: list = []
    dialog = IntakeDialog.open_new(db, admin, None, results.append)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    form = dialog.form
    qtbot.keyClicks(form.description_edit, "ik wil een andere medewerker.")
    qtbot.keyClicks(form.surname_edit, "Proefklager")
    qtbot.keyClicks(form.email_edit, "proef@example.com")
    qtbot.mouseClick(form.other_handler_box, LEFT)
    qtbot.mouseClick(dialog.register_button, LEFT)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    complaint_id = results[0].complaint_id
    assert ComplaintService(db, admin).detail(complaint_id).other_handler_requested
    dialog.close()

    window = ComplaintDetailWindow.open_for(db, admin, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    data = window.data_tab
    assert data.other_handler_box.isChecked()
    qtbot.mouseClick(data.other_handler_box, LEFT)
    assert data.dirty
    qtbot.mouseClick(data.save_button, LEFT)
    qtbot.waitUntil(lambda: not data.dirty, timeout=5000)
    assert not ComplaintService(db, admin).detail(complaint_id).other_handler_requested
