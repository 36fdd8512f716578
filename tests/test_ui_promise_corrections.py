"""Correcting and withdrawing a promise in the Behandeling tab (offscreen)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.models.enums import NoteChannel
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.workflow.dialogs import CorrectPromiseDialog, WithdrawPromiseDialog
from tests.conftest import RegisterComplaint

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."
TYPO = "Wij bellen u uiterlijk vrijdga terug."


@pytest.fixture
def complaint_id(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> int:
    complaint = register_complaint(date.today(), name="Proefklager Nu", email="nu@example.com")
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, people["handler"])
    workflow.record_first_contact(complaint, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    workflow.add_promise(complaint, TYPO, date.today() + timedelta(days=7))
    return complaint


def _open(qtbot, db: Database, user: CurrentUser, complaint_id: int) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.handling_tab)
    return window


def test_a_promise_is_corrected_and_then_withdrawn_and_stays_struck_through(
    qtbot, db, admin, complaint_id
):
    window = _open(qtbot, db, admin, complaint_id)
    tab = window.handling_tab
    assert tab.correct_button.isEnabled()  # the only promise is selected
    dialog = tab.correct_selected_promise()
    assert isinstance(dialog, CorrectPromiseDialog)
    assert dialog.text_edit.toPlainText() == TYPO
    dialog.text_edit.setPlainText("Wij bellen u uiterlijk vrijdag terug.")
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no reason yet
    assert dialog.isVisible()
    assert dialog.errors.label_for("reason").isVisible()
    dialog.reason_edit.setText("Tikfout in de tekst.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert tab.promise_model.index(0, 0).data() == "Wij bellen u uiterlijk vrijdag terug."

    dialog = tab.withdraw_selected_promise()
    assert isinstance(dialog, WithdrawPromiseDialog)
    dialog.reason_edit.setText("Bij de verkeerde klacht vastgelegd.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert tab.promise_model.index(0, 3).data() == "ingetrokken"
    assert tab.promise_model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Bij de verkeerde klacht" in tab.promise_model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert not tab.keep_button.isEnabled()
    assert not tab.withdraw_promise_button.isEnabled()
    assert not tab.correct_button.isEnabled()


def test_a_promise_in_a_sent_letter_is_not_offered_for_correction(qtbot, db, admin, complaint_id):
    LetterService(db, admin).save_document(
        complaint_id,
        LetterKind.INFORMAL_CLOSING,
        "eml",
        sent_on=date.today(),
        extra={"besproken": "Wij hebben uw klacht telefonisch besproken."},
    )
    window = _open(qtbot, db, admin, complaint_id)
    tab = window.handling_tab
    assert tab.correct_button.isVisible()
    assert not tab.correct_button.isEnabled()
    assert not tab.withdraw_promise_button.isEnabled()
    assert "verzonden brief" in tab.correct_button.toolTip()
    assert tab.keep_button.isEnabled()  # keeping it is still recorded
