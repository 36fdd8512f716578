"""The coordinator records in the detail window the day a complainant went on to the
Nationale ombudsman (a longer retention term), and can clear it again."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app.db import Actor, Database
from app.models import AuditEvent, Complaint
from app.models.enums import Status
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import IntakeData, IntakeResult, IntakeService
from app.services.permissions import CurrentUser
from app.ui.complaints.detail import ComplaintDetailWindow

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
RECEIVED = date(2025, 3, 3)


@pytest.fixture
def registered(db: Database, admin: CurrentUser) -> IntakeResult:
    return IntakeService(db, admin).register(
        IntakeData(
            description="Mijn vergunningaanvraag bleef maanden liggen.",
            complainant=ComplainantData(name="Proefklager Iota", email="iota@example.com"),
            received_on=RECEIVED,
        ),
        today=RECEIVED,
    )


def _close(db: Database, complaint_id: int) -> None:
    with db.session_scope(Actor(login="test")) as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        complaint.status = Status.CLOSED
        complaint.closed_on = date(2025, 4, 14)


def _open(qtbot, db, user, complaint_id) -> ComplaintDetailWindow:  # type: ignore[no-untyped-def]
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_coordinator_records_and_clears_the_ombudsman_date_of_a_closed_complaint(
    qtbot, db, admin, registered
) -> None:
    _close(db, registered.complaint_id)
    window = _open(qtbot, db, admin, registered.complaint_id)
    box = window.data_tab.ombudsman_box
    assert box is not None
    assert not box.isHidden()
    assert not box.day.edit.isEnabled()
    qtbot.mouseClick(box.day.check, LEFT)
    box.day.edit.setDate(QDate(2025, 6, 2))
    qtbot.mouseClick(box.save_button, LEFT)
    assert box.saved_label.text() == "Opgeslagen."
    service = ComplaintService(db, admin)
    assert service.detail(registered.complaint_id).ombudsman_on == date(2025, 6, 2)
    with db.session_scope() as session:
        recorded = session.scalars(
            select(AuditEvent.changes).where(AuditEvent.reason == "naar de ombudsman")
        ).all()
    assert len(recorded) == 1
    assert '"ombudsman_on"' in (recorded[0] or "")
    history = [e.text for e in service.history(registered.complaint_id)]
    assert any("naar de ombudsman op" in line and "02-06-2025" in line for line in history)
    if os.environ.get("IK_SCREENSHOTS"):
        box.grab().save(str(Path(os.environ["IK_SCREENSHOTS"]) / "ombudsman.png"))

    # A second save on the window's newer copy: cleared again.
    qtbot.mouseClick(box.day.check, LEFT)
    qtbot.mouseClick(box.save_button, LEFT)
    assert box.saved_label.text() == "Opgeslagen."
    assert service.detail(registered.complaint_id).ombudsman_on is None


def test_an_ombudsman_date_before_the_complaint_was_received_is_refused_under_the_box(
    qtbot, db, admin, registered
) -> None:
    _close(db, registered.complaint_id)
    window = _open(qtbot, db, admin, registered.complaint_id)
    box = window.data_tab.ombudsman_box
    assert box is not None
    box.day.set_value(date(2025, 1, 6))
    qtbot.mouseClick(box.save_button, LEFT)
    assert "ontvangst" in box.error_label.message()
    assert box.day.value() == date(2025, 1, 6)
    assert ComplaintService(db, admin).detail(registered.complaint_id).ombudsman_on is None


def test_an_open_complaint_shows_no_ombudsman_box(qtbot, db, admin, registered) -> None:
    window = _open(qtbot, db, admin, registered.complaint_id)
    box = window.data_tab.ombudsman_box
    assert box is not None
    assert box.isHidden()
