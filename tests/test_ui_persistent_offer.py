"""'Geen reactie meer…' belongs to a complaint still being handled: not offered on a closed
one, except to lift a flag set before."""

from __future__ import annotations

from datetime import date

import pytest

from app.db import Database
from app.services.complainants import PersistentComplainantService
from app.services.complaints import ComplaintService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow

pytestmark = pytest.mark.gui


def _open(qtbot, db: Database, user: CurrentUser, complaint_id: int) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_no_response_is_offered_while_the_complaint_is_open(qtbot, db, admin, complaint_id):
    window = _open(qtbot, db, admin, complaint_id)
    assert window.persistent_button.isVisible()


def test_no_response_is_not_offered_on_a_closed_complaint(qtbot, db, admin, complaint_id):
    WorkflowService(db, admin).withdraw(complaint_id, reason="Klager trekt de klacht in.")
    window = _open(qtbot, db, admin, complaint_id)
    assert not window.persistent_button.isVisible()
    assert window.edit_persistent() is None


def test_a_flag_set_before_can_still_be_lifted_on_a_closed_complaint(
    qtbot, db, admin, complaint_id
):
    complainant = ComplaintService(db, admin).detail(complaint_id).complainant_id
    PersistentComplainantService(db, admin).flag(
        complainant, "De parkeervergunning van 2025.", date.today()
    )
    WorkflowService(db, admin).withdraw(complaint_id, reason="Klager trekt de klacht in.")
    window = _open(qtbot, db, admin, complaint_id)
    assert window.persistent_button.isVisible()
    dialog = window.edit_persistent()
    assert dialog is not None
    dialog.lift()
    assert PersistentComplainantService(db, admin).flag_of(complainant) is None
