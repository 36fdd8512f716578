"""The coordinator writes a notable case's summary in the detail window; the data form's
typed changes survive that save, and other roles do not see the box."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeResult, IntakeService
from app.services.permissions import CurrentUser
from app.ui.complaints.detail import ComplaintDetailWindow

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
SUMMARY = "Klager wachtte drie maanden op antwoord; de werkwijze is aangepast."


@pytest.fixture
def registered(db: Database, admin: CurrentUser) -> IntakeResult:
    return IntakeService(db, admin).register(
        IntakeData(
            description="Niemand belde terug na mijn e-mail.",
            complainant=ComplainantData(name="Proefklager Theta", email="theta@example.com"),
            received_on=date.today(),
        )
    )


def _open(qtbot, db, user, complaint_id) -> ComplaintDetailWindow:  # type: ignore[no-untyped-def]
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_coordinator_saves_a_notable_summary_and_keeps_typed_data_changes(
    qtbot, db, admin, registered, tmp_path: Path
) -> None:
    window = _open(qtbot, db, admin, registered.complaint_id)
    form = window.data_tab
    box = form.notable_box
    assert box is not None
    form.city_edit.clear()
    qtbot.keyClicks(form.city_edit, "Zwolle")
    qtbot.keyClicks(box.summary_edit, SUMMARY)
    qtbot.mouseClick(box.save_button, LEFT)
    assert box.saved_label.text() == "Opgeslagen."
    service = ComplaintService(db, admin)
    assert service.detail(registered.complaint_id).notable_summary == SUMMARY
    # The data form's unsaved change is still there and saves on the newer copy.
    assert form.city_edit.text() == "Zwolle"
    qtbot.mouseClick(form.save_button, LEFT)
    assert not form.banner.isVisible()
    assert service.detail(registered.complaint_id).complainant.city == "Zwolle"
    if os.environ.get("IK_SCREENSHOTS"):
        window.data_tab.grab().save(str(Path(os.environ["IK_SCREENSHOTS"]) / "notable.png"))


def test_a_too_long_summary_is_refused_under_the_box_and_the_text_is_kept(
    qtbot, db, admin, registered
) -> None:
    window = _open(qtbot, db, admin, registered.complaint_id)
    box = window.data_tab.notable_box
    assert box is not None
    box.summary_edit.setPlainText("x" * 1_001)
    qtbot.mouseClick(box.save_button, LEFT)
    assert "1000" in box.error_label.message().replace(".", "")
    assert box.summary_edit.toPlainText() == "x" * 1_001
    assert ComplaintService(db, admin).detail(registered.complaint_id).notable_summary is None


def test_a_handler_does_not_see_the_notable_box(qtbot, db, admin, people, registered) -> None:
    from app.services.workflow import WorkflowService

    WorkflowService(db, admin).assign(registered.complaint_id, people["handler"])
    handler = load_current_user(db, "handler")
    assert handler is not None
    window = _open(qtbot, db, handler, registered.complaint_id)
    assert window.data_tab.notable_box is None
