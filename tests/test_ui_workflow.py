"""The Behandeling and Brieven tabs of a complaint's window, driven through real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.db import Database
from app.models.enums import HearingSkipReason, Judgment, NoteChannel, Status
from app.services.complaints import ComplaintService
from app.services.identity import load_current_user
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.workflow.dialogs import AssignDialog, ExtendDialog
from app.ui.workflow.judgment import JudgmentDialog

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


def _open(qtbot, db, user, complaint_id) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.handling_tab)
    return window


def _status(db: Database, admin: CurrentUser, complaint_id: int) -> Status:
    return ComplaintService(db, admin).detail(complaint_id).status


def _offered(window: ComplaintDetailWindow) -> set[str]:
    tab = window.handling_tab
    return {key for key, button in tab.buttons.items() if button.isVisible() and button.isEnabled()}


def _in_hearing(db: Database, admin: CurrentUser, complaint_id: int, handler: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, handler)
    workflow.record_first_contact(complaint_id, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    workflow.start_formal(complaint_id, ["De toon van het gesprek", "Niet teruggebeld"])


def test_the_handler_picker_never_offers_an_employee_concerned_and_assigning_moves_on(
    qtbot, db, admin, people, complaint_id
):
    changes: list[str] = []
    window = ComplaintDetailWindow.open_for(
        db, admin, complaint_id, None, lambda: changes.append("x")
    )
    qtbot.addWidget(window)
    tab = window.handling_tab
    dialog = tab.open_action("assign")
    assert isinstance(dialog, AssignDialog)
    offered = dialog.offered_ids()
    assert people["handler"] in offered
    assert people["concerned"] not in offered
    names = [dialog.handler_combo.itemText(i) for i in range(dialog.handler_combo.count())]
    assert not any("Betrokkene" in name for name in names)

    qtbot.mouseClick(dialog.ok_button, LEFT)  # nobody chosen yet
    assert dialog.errors.label_for("handler_id").isVisible()
    assert dialog.isVisible()

    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(people["handler"]))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _status(db, admin, complaint_id) == Status.ASSIGNED
    assert tab.status_value.text() == "Toegewezen"
    assert tab.handler_value.text() == "Proef Behandelaar"
    assert changes == ["x"]
    assert "Toegewezen" in window.summary_label.text()


def test_only_the_actions_the_status_allows_are_offered(qtbot, db, admin, people, complaint_id):
    window = _open(qtbot, db, admin, complaint_id)
    registered = _offered(window)
    assert {"assign", "decline", "withdraw", "review", "extend"} <= registered
    assert not {"judge", "close", "informal", "formal", "hearing", "reopen"} & registered

    _in_hearing(db, admin, complaint_id, people["handler"])
    window.refresh()
    hearing = _offered(window)
    # Awb 9:5: the informal end stays offered after the formal route started.
    assert {"hearing", "withdraw", "informal"} <= hearing
    assert not {"close", "formal", "decline", "reopen"} & hearing
    judge = window.handling_tab.buttons["judge"]
    assert judge.isVisible()
    assert not judge.isEnabled()
    assert "horen" in judge.toolTip()


def test_a_handler_does_not_see_the_coordinator_actions(qtbot, db, admin, people, complaint_id):
    WorkflowService(db, admin).assign(complaint_id, people["handler"])
    handler = load_current_user(db, "handler")
    window = ComplaintDetailWindow.open_for(db, handler, complaint_id, None)
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.handling_tab  # the handler's default tab
    offered = _offered(window)
    assert "first_contact" in offered
    assert "assign" not in offered

    dialog = window.handling_tab.open_action("first_contact")
    qtbot.keyClicks(dialog.summary_edit, "gebeld")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    refusal = dialog.errors.label_for("summary")
    assert refusal.isVisible()
    assert "Te kort" in refusal.text()
    assert dialog.summary_edit.toPlainText() == "gebeld"
    dialog.summary_edit.setPlainText(NOTE)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _status(db, admin, complaint_id) == Status.IN_PROGRESS
    assert {"informal", "formal", "promise"} <= _offered(window)


def test_the_judgment_screen_judges_two_parts_with_norms(qtbot, db, admin, people, complaint_id):
    _in_hearing(db, admin, complaint_id, people["handler"])
    WorkflowService(db, admin).record_hearing(complaint_id, skipped=HearingSkipReason.WAIVED)
    window = _open(qtbot, db, admin, complaint_id)
    dialog = window.handling_tab.open_action("judge")
    assert isinstance(dialog, JudgmentDialog)
    first, second = dialog.editors
    assert len(first.norm_boxes) == 22

    first.findings_edit.setPlainText("De toon was ongepast.")
    first.judgment_buttons[Judgment.UPHELD].setChecked(True)
    assert "volgt" in dialog.overall_label.text()
    qtbot.mouseClick(dialog.ok_button, LEFT)  # the second part has no judgment yet
    assert dialog.isVisible()
    assert dialog.errors.label_for("part_2").isVisible()
    assert first.findings_edit.toPlainText() == "De toon was ongepast."

    second.findings_edit.setPlainText("Er is wel teruggebeld, een dag later.")
    second.judgment_buttons[Judgment.NOT_UPHELD].setChecked(True)
    assert dialog.overall_label.text().endswith("deels gegrond")
    norm_names = {box.text(): norm_id for norm_id, box in first.norm_boxes.items()}
    first.norm_boxes[norm_names["Fatsoenlijke bejegening"]].setChecked(True)
    second.norm_boxes[norm_names["Betrouwbaarheid"]].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert _status(db, admin, complaint_id) == Status.JUDGED
    state = WorkflowService(db, admin).state(complaint_id)
    assert state.judgment == Judgment.PARTLY_UPHELD
    assert [p.norm_ids for p in state.parts] == [
        (norm_names["Fatsoenlijke bejegening"],),
        (norm_names["Betrouwbaarheid"],),
    ]
    tab = window.handling_tab
    assert tab.judgment_value.text() == "Deels gegrond"
    # Closing waits for the decision letter; the informal end is still offered.
    close = tab.buttons["close"]
    assert close.isVisible()
    assert not close.isEnabled()
    assert "beslissing" in close.toolTip()
    assert tab.buttons["informal"].isEnabled()
    assert tab.parts_model.index(0, 3).data() == "Fatsoenlijke bejegening"
    LetterService(db, admin).save_document(
        complaint_id, LetterKind.DECISION_LETTER, "pdf", sent_on=date.today()
    )
    window.refresh()
    assert "close" in _offered(window)


def test_after_one_extension_the_extend_button_is_off_with_the_reason(
    qtbot, db, admin, complaint_id
):
    window = _open(qtbot, db, admin, complaint_id)
    tab = window.handling_tab
    dialog = tab.open_action("extend")
    assert isinstance(dialog, ExtendDialog)
    assert dialog.weeks_spin.maximum() == 4
    qtbot.mouseClick(dialog.ok_button, LEFT)
    extended = date.today() + timedelta(weeks=10)
    assert ComplaintService(db, admin).detail(complaint_id).extended_to == extended
    assert tab.extended_value.text().startswith(extended.strftime("%d-%m-%Y"))

    # Awb 9:11 lid 2: a second extension only with consent; the button says why it is off.
    button = tab.buttons["extend"]
    assert button.isVisible()
    assert not button.isEnabled()
    assert "al eens verdaagd" in button.toolTip()
    assert tab.open_action("extend") is None
    assert tab.buttons["further_extend"].isEnabled()
    assert ComplaintService(db, admin).detail(complaint_id).extended_to == extended


def test_closing_without_the_managers_copy_needs_the_coordinators_reason(
    qtbot, db, admin, people, complaint_id
):
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    workflow.record_first_contact(complaint_id, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    workflow.resolve_informally(complaint_id, confirmed_on=date.today())
    window = _open(qtbot, db, admin, complaint_id)
    dialog = window.handling_tab.open_action("close")
    assert dialog.reason_edit is not None  # the coordinator may give a reason
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "afschrift" in dialog.general_error.text()
    dialog.reason_edit.setPlainText("Leidinggevende is met verlof tot na de zomer.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert _status(db, admin, complaint_id) == Status.CLOSED
    assert "reopen" in _offered(window)


def test_an_acknowledgement_is_saved_as_a_document_with_its_sent_date(
    qtbot, db, admin, complaint_id, tmp_path: Path
):
    window = _open(qtbot, db, admin, complaint_id)
    tab = window.letters_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.selected_kind() == LetterKind.ACKNOWLEDGEMENT  # the letter now due
    assert "Ontvangstbevestiging" in tab.editor.subject_label.text()
    assert "mu@example.com" in tab.editor.recipients_label.text()
    assert "de medewerker onvriendelijk was" in tab.body_view.toPlainText()

    sent = date.today() - timedelta(days=1)
    tab.sent_check.setChecked(True)
    tab.sent_edit.setDate(sent)
    opened: list[Path] = []
    tab.opener = lambda path: opened.append(path) or True
    qtbot.mouseClick(tab.eml_button, LEFT)
    assert [p.suffix for p in opened] == [".eml"]
    assert b"X-Unsent: 1" in opened[0].read_bytes()
    # Sent only once the user confirms it after the draft opened.
    assert LetterService(db, admin).documents(complaint_id)[0].sent_on is None
    confirm = tab.sent_question.findChild(QPushButton, "confirm_button")
    qtbot.mouseClick(confirm, LEFT)

    documents = LetterService(db, admin).documents(complaint_id)
    assert [(d.kind, d.sent_on) for d in documents] == [(LetterKind.ACKNOWLEDGEMENT, sent)]
    assert tab.document_model.rowCount() == 1
    assert tab.document_model.index(0, 4).data().startswith(sent.strftime("%d-%m-%Y"))
    assert WorkflowService(db, admin).state(complaint_id).acknowledged_on == sent
    assert window.handling_tab.acknowledged_value.text().endswith(sent.strftime("%d-%m-%Y"))

    dialog = tab.edit_sent_on()  # the newest document is selected
    earlier = sent - timedelta(days=1)
    dialog.date_edit.setDate(earlier)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert LetterService(db, admin).documents(complaint_id)[0].sent_on == earlier

    target = tmp_path / "bevestiging.pdf"
    tab.ask_save_path = lambda _parent, _title, _suggested: str(target)
    qtbot.mouseClick(tab.pdf_button, LEFT)
    assert target.read_bytes().startswith(b"%PDF")
    assert tab.document_model.rowCount() == 2

    window.close()
    assert not opened[0].exists()


def test_a_letter_missing_a_value_says_so_calmly_and_asks_for_it(
    qtbot, db, admin, people, complaint_id
):
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    workflow.record_first_contact(complaint_id, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    window = _open(qtbot, db, admin, complaint_id)
    tab = window.letters_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_kind(LetterKind.INFORMAL_CLOSING)
    missing = tab.editor.missing_label
    assert missing.isVisible()
    assert "Wat er met de klager is besproken" in missing.text()
    assert "{" not in missing.text() + tab.body_view.toPlainText()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    tab.value_field("besproken").setPlainText("Excuses aangeboden; het dossier is compleet.")
    tab.update_preview()
    assert "De toezeggingen met hun termijn" in missing.text()  # one still to go
    assert "Wat er met de klager is besproken" not in missing.text()
    tab.value_field("toezeggingen").setPlainText("U hoort vrijdag van ons.")
    tab.update_preview()
    assert not missing.isVisible()
    assert "het dossier is compleet" in tab.body_view.toPlainText()
    assert tab.eml_button.isEnabled()
