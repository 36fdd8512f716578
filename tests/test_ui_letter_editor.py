"""The Brieven tab: the letter's text adjusted for this case goes into the PDF and the Word
file, "Terug naar sjabloontekst" asks first, the letter due is selected, and a value still
missing is asked for before a letter is made."""

from __future__ import annotations

import io
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.models.enums import NoteChannel
from app.services.letters import LetterKind, LetterService
from app.services.workflow import WorkflowService
from tests.conftest import RegisterComplaint
from tests.test_ui_letters_sent import NOTE, _judge, _letters_tab

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
ADDED = "Zoals besproken belt onze collega u donderdag om tien uur terug."


@pytest.fixture
def complaint_id(register_complaint: RegisterComplaint) -> int:
    return register_complaint(date.today() - timedelta(days=3))


def _button(box: QMessageBox, name: str) -> QPushButton:
    button = box.findChild(QPushButton, name)
    assert button is not None
    return button


def _type_after_salutation(qtbot, tab, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = tab.body_view
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # QTest types no control characters
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split()
    )


def test_an_edited_letter_is_what_the_stored_pdf_holds(
    qtbot, db, admin, complaint_id, tmp_path: Path
):
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    template = tab.body_view.toPlainText()
    assert not tab.editor.reset_button.isEnabled()
    _type_after_salutation(qtbot, tab, ADDED)
    assert tab.editor.is_edited()
    assert tab.editor.reset_button.isEnabled()
    assert tab.editor.edited_note.isVisible()

    target = tmp_path / "bevestiging.pdf"
    tab.ask_save_path = lambda _parent, _title, _suggested: str(target)
    qtbot.mouseClick(tab.pdf_button, LEFT)
    assert ADDED in _pdf_text(target.read_bytes())
    [stored] = LetterService(db, admin).documents(complaint_id)
    _name, _media, content = LetterService(db, admin).document_content(stored.id)
    assert ADDED in _pdf_text(content)
    # The reload after making the letter keeps the text the user wrote.
    assert ADDED in tab.body_view.toPlainText()

    box = tab.editor.ask_reset()
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(_button(box, "cancel_button"), LEFT)  # Aanpassingen houden
    assert ADDED in tab.body_view.toPlainText()
    box = tab.editor.ask_reset()
    qtbot.mouseClick(_button(box, "confirm_button"), LEFT)
    assert tab.body_view.toPlainText() == template
    assert not tab.editor.reset_button.isEnabled()
    window.close()


def test_the_word_file_holds_the_edited_text_and_is_for_the_owner_only(
    qtbot, db, admin, complaint_id, tmp_path: Path
):
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    _type_after_salutation(qtbot, tab, ADDED)
    folder = tmp_path / "brieven"
    folder.mkdir()
    target = folder / "bevestiging.docx"
    tab.ask_save_path = lambda _parent, _title, suggested: str(target)
    qtbot.mouseClick(tab.docx_button, LEFT)
    paragraphs = [p.text for p in WordDocument(str(target)).paragraphs]
    assert ADDED in paragraphs
    assert any(p.startswith("Geachte") for p in paragraphs)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [d.file_name[-5:] for d in LetterService(db, admin).documents(complaint_id)] == [".docx"]
    assert [p.name for p in folder.iterdir()] == ["bevestiging.docx"]  # no temporary left
    window.close()


def test_the_tab_selects_the_decision_letter_once_the_judgment_is_recorded(
    qtbot, db, admin, people, complaint_id
):
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    assert tab.selected_kind() == LetterKind.ACKNOWLEDGEMENT
    _judge(db, admin, complaint_id, people["handler"])
    window.reload_data()
    assert tab.selected_kind() == LetterKind.DECISION_LETTER
    # A letter the user picks themselves stays picked over a reload.
    assert tab.select_kind(LetterKind.DELAY_NOTICE) or tab.select_kind(LetterKind.ACKNOWLEDGEMENT)
    picked = tab.selected_kind()
    window.reload_data()
    assert tab.selected_kind() == picked
    window.close()


def test_a_missing_value_is_asked_for_before_the_letter_is_made(
    qtbot, db, admin, people, complaint_id, tmp_path: Path
):
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, people["handler"])
    workflow.record_first_contact(complaint_id, datetime.now(UTC), NoteChannel.PHONE, NOTE)
    window, tab = _letters_tab(qtbot, db, admin, complaint_id)
    assert tab.select_kind(LetterKind.INFORMAL_CLOSING)
    assert "Wat er met de klager is besproken" in tab.editor.missing_label.text()
    target = tmp_path / "afsluiting.pdf"
    tab.ask_save_path = lambda _parent, _title, _suggested: str(target)

    qtbot.mouseClick(tab.pdf_button, LEFT)
    box = tab.missing_question
    assert isinstance(box, QMessageBox)
    assert "Wat er met de klager is besproken" in box.text()
    assert "{" not in box.text()
    qtbot.mouseClick(_button(box, "cancel_button"), LEFT)  # Eerst invullen
    assert not target.exists()
    assert LetterService(db, admin).documents(complaint_id) == []

    qtbot.mouseClick(tab.pdf_button, LEFT)
    qtbot.mouseClick(_button(tab.missing_question, "confirm_button"), LEFT)
    text = _pdf_text(target.read_bytes())
    assert "{" not in text
    assert "in te vullen" not in text
    assert len(LetterService(db, admin).documents(complaint_id)) == 1
    window.close()
