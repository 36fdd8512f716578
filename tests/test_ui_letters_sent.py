"""The Brieven tab records a letter as sent only on the user's word, and the decision term
shown on the complaint keeps running after the judgment until the decision letter is sent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from app.db import Database
from app.models import ComplaintPart
from app.models.enums import HearingSkipReason, Judgment, NoteChannel
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.workflow import PartJudgment, WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from tests.conftest import RegisterComplaint

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


@pytest.fixture
def complaint_id(register_complaint: RegisterComplaint) -> int:
    return register_complaint(
        date.today() - timedelta(days=7), name="Proefklager Kappa", email="kappa@example.com"
    )


def _letters_tab(qtbot, db, user, complaint_id):
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.letters_tab)
    return window, window.letters_tab


def _button(box: QMessageBox, name: str) -> QPushButton:
    button = box.findChild(QPushButton, name)
    assert button is not None
    return button


def _documents(db: Database, admin: CurrentUser, complaint_id: int):
    return LetterService(db, admin).documents(complaint_id)


def _judge(db: Database, admin: CurrentUser, complaint_id: int, handler: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, handler)
    workflow.record_first_contact(complaint_id, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    workflow.start_formal(complaint_id, ["De toon van het gesprek"])
    workflow.record_hearing(complaint_id, skipped=HearingSkipReason.WAIVED)
    with db.session_scope() as session:
        part = session.scalar(
            select(ComplaintPart.id).where(ComplaintPart.complaint_id == complaint_id)
        )
    workflow.judge(complaint_id, [PartJudgment(part, Judgment.UPHELD, "De toon was ongepast.")])


def test_sent_on_is_not_ticked_and_a_saved_pdf_stays_unsent(
    qtbot, db, admin, complaint_id, tmp_path: Path
):
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    assert tab.selected_kind() == LetterKind.ACKNOWLEDGEMENT
    assert not tab.sent_check.isChecked()
    assert not tab.sent_edit.isEnabled()

    target = tmp_path / "bevestiging.pdf"
    tab.ask_save_path = lambda _parent, _title, _suggested: str(target)
    qtbot.mouseClick(tab.pdf_button, LEFT)
    assert target.read_bytes().startswith(b"%PDF")
    assert [d.sent_on for d in _documents(db, admin, complaint_id)] == [None]
    assert WorkflowService(db, admin).state(complaint_id).acknowledged_on is None
    window.close()


def test_a_mail_program_that_does_not_open_leaves_the_email_unsent_and_says_what_to_do(
    qtbot, db, admin, complaint_id, tmp_path: Path
):
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    tab.sent_check.setChecked(True)  # even a date given beforehand does not count
    tab.opener = lambda _path: False
    qtbot.mouseClick(tab.eml_button, LEFT)

    documents = _documents(db, admin, complaint_id)
    assert [(d.kind, d.sent_on) for d in documents] == [(LetterKind.ACKNOWLEDGEMENT, None)]
    assert WorkflowService(db, admin).state(complaint_id).acknowledged_on is None
    box = tab.sent_question
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "niet verstuurd" in box.text()
    assert "Verzonden op" in box.text()

    target = tmp_path / "concept.eml"
    tab.ask_save_path = lambda _parent, _title, _suggested: str(target)
    qtbot.mouseClick(_button(box, "action_button"), LEFT)  # Opslaan als…
    assert b"X-Unsent: 1" in target.read_bytes()
    assert _documents(db, admin, complaint_id)[0].sent_on is None
    window.close()


def test_an_email_counts_as_sent_only_when_the_user_confirms_it(qtbot, db, admin, complaint_id):
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    opened: list[Path] = []
    tab.opener = lambda path: opened.append(path) or True

    qtbot.mouseClick(tab.eml_button, LEFT)
    assert [p.suffix for p in opened] == [".eml"]
    first = tab.sent_question
    assert isinstance(first, QMessageBox)
    assert first.isVisible()
    assert _documents(db, admin, complaint_id)[0].sent_on is None
    qtbot.mouseClick(_button(first, "cancel_button"), LEFT)  # Nog niet verstuurd
    assert _documents(db, admin, complaint_id)[0].sent_on is None
    assert WorkflowService(db, admin).state(complaint_id).acknowledged_on is None

    qtbot.mouseClick(tab.eml_button, LEFT)
    second = tab.sent_question
    assert second is not first
    assert second.isVisible()
    qtbot.mouseClick(_button(second, "confirm_button"), LEFT)  # Verstuurd, vastleggen
    documents = _documents(db, admin, complaint_id)
    assert [(d.sent_on, d.sent_via) for d in documents] == [
        (None, "e-mail"),
        (date.today(), "e-mail"),
    ]
    assert WorkflowService(db, admin).state(complaint_id).acknowledged_on == date.today()
    assert tab.document_model.index(1, 4).data().startswith(date.today().strftime("%d-%m-%Y"))
    window.close()


def test_the_decision_term_keeps_running_after_the_judgment_until_the_letter_is_sent(
    qtbot, db, admin, people, complaint_id
):
    _judge(db, admin, complaint_id, people["handler"])
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    decision_due = WorkflowService(db, admin).state(complaint_id).decision_due
    assert window.deadline_label.text().endswith(decision_due.strftime("%d-%m-%Y"))
    assert window.handling_tab.decision_value.property("deadline_state") != ""
    assert "beslistermijn" in window.handling_tab.next_step_label.text()

    assert tab.select_kind(LetterKind.DECISION_LETTER)
    assert tab.eml_button.isEnabled()
    tab.opener = lambda _path: True
    qtbot.mouseClick(tab.eml_button, LEFT)
    assert window.deadline_label.text().endswith(decision_due.strftime("%d-%m-%Y"))

    qtbot.mouseClick(_button(tab.sent_question, "confirm_button"), LEFT)
    assert window.deadline_label.text() == "Geen lopende termijn"
    assert window.handling_tab.decision_value.property("deadline_state") == ""
    window.close()
