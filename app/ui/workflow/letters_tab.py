"""The Brieven tab of a complaint's window: the letters that fit the complaint now (the one
due selected), the filled-in text to adjust for this case (``LetterEditor``), made as a PDF
(to post), a Word file (to finish in Word) or an e-mail draft that opens in the mail program;
each one made is kept as a document of the complaint with its sent date. A stored letter is
never changed: a new text makes a new document.

``opener`` opens a written file and ``ask_save_path`` asks where to save; tests replace
both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.complaints import ComplaintDetail
from app.services.errors import ServiceError, ValidationError
from app.services.letter_templates import FILE_WORDS
from app.services.letters import (
    DocumentInfo,
    LetterChoice,
    LetterKind,
    LetterService,
    RenderedLetter,
)
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui import messages
from app.ui.common.display import format_date, format_moment
from app.ui.common.tables import list_table
from app.ui.complaints.detail_tabs import (
    RowsModel,
    TableRow,
    size_columns,
)
from app.ui.files import TempFiles, open_file, safe_file_name
from app.ui.widgets import ErrorLabel, arg, note_label, service_text
from app.ui.workflow.dialog_base import date_edit, date_of
from app.ui.workflow.letter_editor import LetterEditor, MissingValuesBox
from app.ui.workflow.letter_parts import (
    SaveAsker,
    SentOnDialog,
    ask_save_path,
    ask_whether_sent,
    copy_or_say,
    letter_label,
    open_or_say,
    save_or_say,
    tell_email_not_opened,
)

log = logging.getLogger(__name__)


class LettersTab(QWidget):
    """Letters to make now, their preview, and the documents already made."""

    changed = Signal()

    def __init__(
        self,
        letters: LetterService,
        workflow: WorkflowService,
        user: CurrentUser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.letters = letters
        self.workflow = workflow
        self.user = user
        self.opener: Callable[[Path], bool] = open_file
        self.ask_save_path: SaveAsker = ask_save_path
        self.complaint_id: int | None = None
        self.number = ""
        self.choices: list[LetterChoice] = []
        self.documents: list[DocumentInfo] = []
        self.letter: RenderedLetter | None = None
        self.sent_dialog: SentOnDialog | None = None
        self.missing_question: QMessageBox | None = None
        self._due_kind: LetterKind | None = None
        self._keep_choice = False  # a letter was just made here: stay with it
        self._select_document_id: int | None = None
        self._copies = TempFiles()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build()

    # ----- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.choice_model = RowsModel([self.tr("Brief")], self)
        self.choice_table = list_table(
            self.choice_model, self.tr("Brieven die nu passen"), stretch_column=0
        )
        self.choice_table.selectionModel().selectionChanged.connect(self._choice_changed)
        self.choices_note = note_label(self.tr("Vetgedrukt: de brief die nu aan de beurt is."))
        choices_box = QGroupBox(self.tr("Brief kiezen"))
        choices_layout = QVBoxLayout(choices_box)
        choices_layout.addWidget(self.choice_table, 1)
        choices_layout.addWidget(self.choices_note)

        self.preview_box = QGroupBox(self.tr("Voorbeeld"))
        self.editor = LetterEditor()
        self.body_view = self.editor.body_edit

        self.values_box = MissingValuesBox()
        self.values_box.changed.connect(self._schedule_preview)

        # Never ticked for the user: a letter counts as sent only when they say so, and a
        # letter recorded as sent meets a legal term (the decision letter, Awb 9:11).
        self.sent_check = QCheckBox(self.tr("Verzonden op"))
        self.sent_check.setChecked(False)
        self.sent_check.setToolTip(
            self.tr("Vink aan als de brief al is verstuurd; anders legt u het later vast.")
        )
        self.sent_edit = date_edit()
        self.sent_edit.setMaximumDate(self.sent_edit.date())
        self.sent_edit.setAccessibleName(self.tr("Verzonden op"))
        self.sent_edit.setEnabled(False)
        self.sent_check.toggled.connect(self.sent_edit.setEnabled)
        self.sent_question: QMessageBox | None = None
        self.make_error = ErrorLabel()
        self.pdf_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.pdf_button.setToolTip(self.tr("Voor een brief per post"))
        self.docx_button = QPushButton(self.tr("Word-bestand maken…"))
        self.docx_button.setToolTip(
            self.tr("Dezelfde brief als Word-bestand, om in Word af te maken; per post")
        )
        self.docx_button.clicked.connect(self.save_docx)
        self.eml_button = QPushButton(self.tr("E-mail maken"))
        self.eml_button.setToolTip(
            self.tr("Opent een concept in het e-mailprogramma, klaar om te versturen")
        )
        self.format_note = note_label("")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.eml_button.clicked.connect(self.make_email)
        make_row = QHBoxLayout()
        make_row.addWidget(self.sent_check)
        make_row.addWidget(self.sent_edit)
        make_row.addStretch(1)
        make_row.addWidget(self.pdf_button)
        make_row.addWidget(self.docx_button)
        make_row.addWidget(self.eml_button)

        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.editor, 1)
        preview_layout.addWidget(self.values_box)
        preview_layout.addWidget(self.format_note)
        preview_layout.addLayout(make_row)
        preview_layout.addWidget(self.make_error)

        self.empty_label = note_label("")
        self.empty_label.setVisible(False)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(choices_box, 3)
        top.addWidget(self.preview_box, 5)

        # The documents made
        self.documents_box = QGroupBox(self.tr("Gemaakte brieven"))
        self.document_model = RowsModel(
            [
                self.tr("Soort"),
                self.tr("Onderwerp"),
                self.tr("Gemaakt"),
                self.tr("Door"),
                self.tr("Verzonden op"),
            ],
            self,
        )
        self.document_table = list_table(
            self.document_model, self.tr("Gemaakte brieven"), stretch_column=1
        )
        size_columns(
            self.document_table,
            [
                "Afschrift aan medewerker en leidinggevende",
                "",
                "00-00-0000 00:00",
                "Hanneke Oosterhuis",
                "00-00-0000 (e-mail)",
            ],
        )
        self.documents_empty = note_label(self.tr("Er zijn nog geen brieven gemaakt."))
        self.open_document_button = QPushButton(self.tr("Openen"))
        self.save_document_button = QPushButton(self.tr("Opslaan als…"))
        self.sent_button = QPushButton(self.tr("Verzonden op…"))
        self.open_document_button.clicked.connect(self.open_selected_document)
        self.save_document_button.clicked.connect(self.save_selected_document)
        self.sent_button.clicked.connect(self.edit_sent_on)
        self.document_table.activated.connect(lambda _index: self.open_selected_document())
        self.document_table.selectionModel().selectionChanged.connect(self._update_document_buttons)
        self.document_buttons = QWidget()
        document_buttons = QHBoxLayout(self.document_buttons)
        document_buttons.setContentsMargins(0, 0, 0, 0)
        document_buttons.addWidget(self.open_document_button)
        document_buttons.addWidget(self.save_document_button)
        document_buttons.addWidget(self.sent_button)
        document_buttons.addStretch(1)
        documents_layout = QVBoxLayout(self.documents_box)
        documents_layout.addWidget(self.document_table, 1)
        documents_layout.addWidget(self.documents_empty)
        documents_layout.addWidget(self.document_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(top, 3)
        layout.addWidget(self.documents_box, 1)
        self._update_document_buttons()
        self._show_letter(None)

    # ----- loading ----------------------------------------------------------------------

    def load(self, detail: ComplaintDetail) -> None:
        # The user's choice stays over a reload, unless the letter due changed meanwhile
        # (the judgment recorded: now the decision letter) or it is another complaint.
        chosen = self.selected_kind() if detail.id == self.complaint_id else None
        previous_due = self._due_kind if detail.id == self.complaint_id else None
        self.complaint_id = detail.id
        self.number = detail.number
        try:
            self.choices = self.letters.choices(detail.id)
        except ServiceError as error:
            log.info("letter choices not shown: %s", type(error).__name__)
            self.choices = []
        self.choice_model.set_rows(
            [
                TableRow(
                    (self._choice_text(choice),),
                    index,
                    bold=choice.suggested,
                    tooltip=self._choice_text(choice)
                    + (
                        "\n" + self.tr("Deze brief is nu aan de beurt.") if choice.suggested else ""
                    ),
                )
                for index, choice in enumerate(self.choices)
            ]
        )
        if not self.choices:
            self.empty_label.setText(
                self.tr("Op een signaal wordt niet gereageerd; er hoort geen brief bij.")
                if detail.kind == "signal"
                else self.tr("Er zijn nu geen brieven die u bij deze klacht kunt maken.")
            )
        self.empty_label.setVisible(not self.choices)
        self.choices_note.setVisible(any(choice.suggested for choice in self.choices))
        self.preview_box.setEnabled(bool(self.choices))
        due = next((c.kind for c in self.choices if c.due), None)
        self._due_kind = due
        if due != previous_due and not self._keep_choice:
            chosen = None
        self._keep_choice = False
        wanted = chosen or due
        if wanted is not None:
            self.select_kind(wanted)
        elif self.choices:
            self.choice_table.selectRow(0)
        self._load_documents()

    def _choice_text(self, choice: LetterChoice) -> str:
        if not choice.already_made:
            return letter_label(choice)
        return arg(self.tr("%1 (%2× gemaakt)"), letter_label(choice), choice.already_made)

    def _load_documents(self) -> None:
        if self.complaint_id is None:
            return
        selected = self.selected_document()
        wanted = self._select_document_id or (selected.id if selected else None)
        self._select_document_id = None
        try:
            self.documents = self.letters.documents(self.complaint_id)
        except ServiceError as error:
            log.info("documents not shown: %s", type(error).__name__)
            self.documents = []
        self.document_model.set_rows(
            [
                TableRow(
                    (
                        self._kind_text(document),
                        document.title,
                        format_moment(document.created_at),
                        document.created_by_name or "",
                        self._sent_text(document),
                    ),
                    document.id,
                )
                for document in self.documents
            ]
        )
        self.document_table.setVisible(bool(self.documents))
        self.documents_empty.setVisible(not self.documents)
        self.document_buttons.setVisible(bool(self.documents))
        for row, found in enumerate(self.documents):
            if found.id == wanted:
                self.document_table.selectRow(row)
        self._update_document_buttons()

    def _kind_text(self, document: DocumentInfo) -> str:
        """The kind, and which file it is: the same letter may be made as PDF and Word."""
        kind = service_text(document.kind_label)
        suffix = Path(document.file_name).suffix.lower()
        form = {".pdf": "PDF", ".docx": "Word", ".eml": self.tr("e-mail")}.get(suffix)
        return f"{kind} ({form})" if form else kind

    def _sent_text(self, document: DocumentInfo) -> str:
        if document.sent_on is None:
            return self.tr("nog niet")
        if document.sent_via:
            return f"{format_date(document.sent_on)} ({document.sent_via})"
        return format_date(document.sent_on)

    # ----- choosing and previewing ------------------------------------------------------

    def selected_choice(self) -> LetterChoice | None:
        rows = self.choice_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.choices):
            return None
        return self.choices[rows[0].row()]

    def selected_kind(self) -> LetterKind | None:
        choice = self.selected_choice()
        return choice.kind if choice else None

    def select_kind(self, kind: LetterKind) -> bool:
        for row, choice in enumerate(self.choices):
            if choice.kind == kind:
                self.choice_table.selectRow(row)
                self._choice_changed()  # the same row again still refreshes the preview
                return True
        return False

    def _choice_changed(self, *_args: object) -> None:
        choice = self.selected_choice()
        self.values_box.ask_for(choice.missing if choice else ())
        if choice is not None:
            self.format_note.setText(
                self.tr("Gebruikelijk: per e-mail.")
                if choice.default_format == "eml"
                else self.tr("Gebruikelijk: per post (PDF), eventueel ook per e-mail.")
            )
        self.update_preview()

    def value_field(self, name: str) -> QWidget:
        return self.values_box.field(name)

    def extra_values(self) -> Mapping[str, object]:
        return self.values_box.values()

    def _schedule_preview(self, *_args: object) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.make_error.show_message(None)
        choice = self.selected_choice()
        if choice is None or self.complaint_id is None:
            self._show_letter(None)
            return
        try:
            letter = self.letters.preview(self.complaint_id, choice.kind, self.extra_values())
        except ServiceError as error:
            self._show_letter(None, service_text(error.message))
            return
        self._show_letter(letter)

    def _show_letter(self, letter: RenderedLetter | None, problem: str | None = None) -> None:
        self.letter = letter
        if problem and self.values_box.has_fields():
            problem += " " + self.tr("Vul de ontbrekende gegevens hieronder in.")
        self.editor.show_problem(problem)
        for button in (self.pdf_button, self.docx_button, self.eml_button):
            button.setEnabled(letter is not None)
        kind = self.selected_kind()
        self.editor.show_letter(letter, (self.complaint_id, kind) if letter else None)
        self.body_view.setVisible(letter is not None or problem is None)

    # ----- making ------------------------------------------------------------------------

    def sent_on(self) -> date | None:
        return date_of(self.sent_edit) if self.sent_check.isChecked() else None

    def _store(
        self, kind: LetterKind, fmt: str, sent_on: date | None, allow_missing: bool
    ) -> tuple[int, str, bytes] | None:
        """Make and keep the letter, with the text as edited; its id, file name and content
        (None if refused)."""
        assert self.complaint_id is not None
        try:
            document_id = self.letters.save_document(
                self.complaint_id,
                kind,
                "pdf" if fmt == "pdf" else "docx" if fmt == "docx" else "eml",
                sent_on,
                self.extra_values(),
                body=self.editor.text(),
                allow_missing=allow_missing,
            )
            file_name, _media_type, content = self.letters.document_content(document_id)
        except ValidationError as error:
            text = "\n".join(service_text(m) for m in error.errors.values())
            self.make_error.show_message(text or service_text(error.message))
            return None
        except ServiceError as error:
            self.make_error.show_message(service_text(error.message))
            return None
        self._record_effect(kind, sent_on)
        self._select_document_id = document_id  # shown selected after the reload
        self._keep_choice = True  # the user may want the same text as e-mail too
        return document_id, file_name, content

    def _when_complete(self, make: Callable[[bool], Path | None]) -> Path | None:
        """``make`` the letter now when nothing is left to fill in; otherwise ask first:
        fill it in (the default), or make the letter without those values."""
        places = self.editor.open_places()
        if not places:
            return make(False)
        listed = "\n".join(f"• {place}" for place in places)
        self.missing_question = messages.confirm(
            self,
            self.tr("Nog niet alles ingevuld"),
            self.tr("In de brief is nog niet ingevuld:")
            + "\n"
            + listed
            + "\n\n"
            + self.tr(
                "Vul dit in (in de velden onder de tekst of in de tekst zelf), of maak de brief "
                "zonder deze gegevens: die plaatsen blijven dan leeg."
            ),
            self.tr("Maken zonder deze gegevens"),
            lambda: make(True),
            cancel_label=self.tr("Eerst invullen"),
        )
        return None

    def save_pdf(self) -> Path | None:
        return self._when_complete(lambda allow: self._save_file("pdf", allow))

    def save_docx(self) -> Path | None:
        return self._when_complete(lambda allow: self._save_file("docx", allow))

    def make_email(self) -> Path | None:
        return self._when_complete(self._make_email)

    def _save_file(self, fmt: str, allow_missing: bool) -> Path | None:
        choice = self.selected_choice()
        if choice is None or self.letter is None:
            return None
        suggested = safe_file_name(f"{self.number} {FILE_WORDS[choice.kind]}.{fmt}")
        title = (
            self.tr("Brief opslaan als PDF")
            if fmt == "pdf"
            else self.tr("Brief opslaan als Word-bestand")
        )
        target = self.ask_save_path(self, title, suggested)
        if not target:
            return None
        stored = self._store(choice.kind, fmt, self.sent_on(), allow_missing)
        if stored is None:
            return None
        path = Path(target)
        if not self._write(path, stored[2]):
            return None
        self.changed.emit()
        return path

    def _make_email(self, allow_missing: bool) -> Path | None:
        choice = self.selected_choice()
        if choice is None or self.letter is None:
            return None
        # Stored unsent: the e-mail goes out only when the user sends the draft, so it is
        # recorded as sent only when they confirm that afterwards.
        stored = self._store(choice.kind, "eml", None, allow_missing)
        if stored is None:
            return None
        document_id, file_name, content = stored
        path = self._temporary_copy(document_id, file_name, content)
        self.changed.emit()
        if path is None:
            return None  # _temporary_copy said why; nothing was sent
        if self.opener(path):
            self.sent_question = ask_whether_sent(
                self, lambda: self._record_sent(document_id, choice.kind, "e-mail")
            )
        else:
            self.sent_question = tell_email_not_opened(self, file_name, self.save_selected_document)
        return path

    def _record_sent(self, document_id: int, kind: LetterKind, via: str) -> None:
        on = self.sent_on() or date.today()
        outcome = messages.attempt(self, lambda: self.letters.mark_sent(document_id, on, via))
        if outcome is messages.REFUSED:
            return
        self._record_effect(kind, on)
        self._select_document_id = document_id
        self.changed.emit()

    def _record_effect(self, kind: LetterKind, sent_on: date | None) -> None:
        """A sent acknowledgement or start copy is also the fact the handling records
        (Awb 9:6, 9:9), when it was not recorded yet."""
        if sent_on is None or self.complaint_id is None:
            return
        if kind not in (LetterKind.ACKNOWLEDGEMENT, LetterKind.MANAGER_COPY_START):
            return
        try:
            state = self.workflow.state(self.complaint_id)
            if kind == LetterKind.ACKNOWLEDGEMENT:
                if state.acknowledged_on is None and state.may_acknowledge:
                    self.workflow.acknowledge(self.complaint_id, sent_on, version=state.version)
            elif state.manager_copy_start_on is None and state.may_handle:
                self.workflow.record_manager_copy(
                    self.complaint_id, at_start=True, on=sent_on, version=state.version
                )
        except ServiceError as error:
            messages.show_service_error(self, error)

    # ----- stored documents -------------------------------------------------------------

    def selected_document(self) -> DocumentInfo | None:
        rows = self.document_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.documents):
            return None
        return self.documents[rows[0].row()]

    def _update_document_buttons(self, *_args: object) -> None:
        chosen = self.selected_document() is not None
        self.open_document_button.setEnabled(chosen)
        self.save_document_button.setEnabled(chosen)
        self.sent_button.setEnabled(chosen)

    def _read_document(self, document: DocumentInfo) -> tuple[str, bytes] | None:
        opened = messages.attempt(self, lambda: self.letters.document_content(document.id))
        if opened is messages.REFUSED:
            return None
        file_name, _media_type, content = opened
        return file_name, content

    def open_selected_document(self) -> Path | None:
        document = self.selected_document()
        if document is None:
            return None
        found = self._read_document(document)
        if found is None:
            return None
        path = self._temporary_copy(document.id, *found)
        if path is not None:
            self._open_path(path, found[0])
        return path

    def save_selected_document(self) -> Path | None:
        document = self.selected_document()
        if document is None:
            return None
        target = self.ask_save_path(
            self, self.tr("Brief opslaan als"), safe_file_name(document.file_name)
        )
        if not target:
            return None
        found = self._read_document(document)
        if found is None:
            return None
        path = Path(target)
        return path if self._write(path, found[1]) else None

    def edit_sent_on(self) -> SentOnDialog | None:
        document = self.selected_document()
        if document is None:
            return None
        dialog = SentOnDialog(self.letters, document, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._sent_on_saved)
        dialog.open()
        self.sent_dialog = dialog
        return dialog

    def _sent_on_saved(self) -> None:
        dialog = self.sent_dialog
        if dialog is not None:
            kind = dialog.document.kind
            if kind in {k.value for k in LetterKind}:
                self._record_effect(LetterKind(kind), dialog.sent_on())
        self.changed.emit()

    # ----- files ------------------------------------------------------------------------

    def _write(self, path: Path, content: bytes) -> bool:
        return save_or_say(self, path, content)

    def _temporary_copy(self, document_id: int, file_name: str, content: bytes) -> Path | None:
        return copy_or_say(self, self._copies, str(document_id), file_name, content)

    def _open_path(self, path: Path, file_name: str) -> None:
        open_or_say(self, self.opener, path, file_name)

    def remove_temporary_copies(self) -> None:
        self._copies.remove()
