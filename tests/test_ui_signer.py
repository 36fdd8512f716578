"""On the complaint: who signs its decision letter, and the route "herziening al gedaan"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.enums import Status
from app.services.letters import LetterKind, LetterService
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.workflow.dialogs import ReviewDialog, SignerDialog

LEFT = Qt.MouseButton.LeftButton


def test_the_signer_set_on_the_complaint_is_stored_and_shown_again(
    qtbot, db, admin, contacted_complaint
):
    window = ComplaintDetailWindow.open_for(db, admin, contacted_complaint, None, lambda: None)
    qtbot.addWidget(window)
    dialog = window.handling_tab.open_action("signer")
    assert isinstance(dialog, SignerDialog)
    qtbot.keyClicks(dialog.name_edit, "Hella Hoofdproef")
    qtbot.keyClicks(dialog.function_edit, "Hoofd Team Proef")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    state = WorkflowService(db, admin).state(contacted_complaint)
    assert (state.signer_name, state.signer_function) == ("Hella Hoofdproef", "Hoofd Team Proef")
    again = window.handling_tab.open_action("signer")
    assert isinstance(again, SignerDialog)
    assert again.name_edit.text() == "Hella Hoofdproef"


def test_the_review_dialog_records_a_review_already_done(qtbot, db, admin, contacted_complaint):
    window = ComplaintDetailWindow.open_for(db, admin, contacted_complaint, None, lambda: None)
    qtbot.addWidget(window)
    dialog = window.handling_tab.open_action("review")
    assert isinstance(dialog, ReviewDialog)
    qtbot.keyClicks(dialog.reason_edit, "eerder al herzien door de sector")
    dialog.already_box.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    state = WorkflowService(db, admin).state(contacted_complaint)
    assert state.status == Status.FORWARDED_FOR_REVIEW
    assert state.review_already_done
    choices = {c.kind: c for c in LetterService(db, admin).choices(contacted_complaint)}
    assert choices[LetterKind.REVIEW_ENDED].suggested
