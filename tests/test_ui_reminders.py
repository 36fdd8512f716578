"""The further postponement with consent (Awb 9:11 lid 2) and the hearing report (Awb 9:10)
in the Behandeling tab, driven through real widgets."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.models.enums import NoteChannel
from app.services.complaints import ComplaintService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.workflow.dialogs import FurtherExtendDialog, HearingReportDialog

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


def _open(qtbot, db: Database, user: CurrentUser, complaint_id: int) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.handling_tab)
    return window


def _offered(window: ComplaintDetailWindow) -> set[str]:
    tab = window.handling_tab
    return {key for key, button in tab.buttons.items() if button.isVisible() and button.isEnabled()}


def _save_shot(widget, name: str) -> None:
    """With SCREENSHOT_DIR set, keep a picture of the dialog to look at."""
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_further_postponement_is_refused_without_consent_and_recorded_with_a_chosen_file(
    qtbot, db: Database, admin: CurrentUser, complaint_id: int, tmp_path: Path
) -> None:
    window = _open(qtbot, db, admin, complaint_id)
    assert "further_extend" not in _offered(window)  # not before the first extension
    WorkflowService(db, admin).extend(complaint_id, weeks=4, notice_on=date.today())
    window.refresh()
    assert "further_extend" in _offered(window)

    dialog = window.handling_tab.open_action("further_extend")
    assert isinstance(dialog, FurtherExtendDialog)
    _save_shot(dialog, "further_extend_open.png")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    _save_shot(dialog, "further_extend_refused.png")
    refusal = dialog.errors.label_for("consent_attachment_id")
    assert dialog.isVisible()
    assert refusal.isVisible()
    assert "schriftelijke instemming" in refusal.text()

    consent = tmp_path / "instemming klager.pdf"
    consent.write_bytes(b"%PDF-1.4 proef")
    assert dialog.add_consent_file(consent)
    assert dialog.consent_combo.currentText() == "instemming klager.pdf"
    new_date = date.today() + timedelta(weeks=14)
    dialog.date_edit.setDate(new_date)
    _save_shot(dialog, "further_extend.png")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert ComplaintService(db, admin).detail(complaint_id).extended_to == new_date
    text = window.handling_tab.extended_value.text()
    assert text.startswith(new_date.strftime("%d-%m-%Y"))
    assert "instemming klager.pdf" in text


def test_the_hearing_report_is_written_in_its_dialog_and_kept(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    workflow.record_first_contact(complaint_id, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    window = _open(qtbot, db, admin, complaint_id)
    assert "hearing_report" not in _offered(window)  # only in the formal route
    workflow.start_formal(complaint_id, ["De toon van het gesprek"])
    window.refresh()
    assert "hearing_report" in _offered(window)

    dialog = window.handling_tab.open_action("hearing_report")
    assert isinstance(dialog, HearingReportDialog)
    report = "Klager lichtte toe dat het gesprek kort was; de medewerker herkent dat."
    dialog.report_box.setPlainText(report)
    _save_shot(dialog, "hearing_report.png")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert workflow.state(complaint_id).hearing_report == report

    again = window.handling_tab.open_action("hearing_report")
    assert again.report_box.toPlainText() == report  # opens with what was written


def test_the_decline_notice_term_shows_while_declining_is_possible(
    qtbot, db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    window = _open(qtbot, db, admin, complaint_id)
    due = date.today() + timedelta(weeks=4)
    assert due.strftime("%d-%m-%Y") in window.handling_tab.decline_notice_value.text()
