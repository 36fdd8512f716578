"""Small pieces of the Brieven tab: asking where to save, writing a file safely, and the
"Verzonden op" dialog of a stored letter, and what the tab says after an e-mail draft was
(or could not be) opened."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.atomic_files import write_bytes_atomically
from app.services.errors import ServiceError, ValidationError
from app.services.letters import DocumentInfo, LetterChoice, LetterService
from app.ui import messages
from app.ui.files import Purpose, TempFiles, ask_save_file
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    arg,
    fit_to_screen,
    grow_to_fit,
    service_text,
)
from app.ui.workflow.dialog_base import date_edit, date_of

log = logging.getLogger(__name__)

SaveAsker = Callable[[QWidget, str, str], str | None]


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """Where to save a file (the computer's save dialog); None when cancelled."""
    target, _chosen = ask_save_file(parent, Purpose.LETTER, title, suggested)
    return target or None


def letter_label(choice: LetterChoice) -> str:
    return service_text(choice.label)


def write_file(path: Path, content: bytes) -> None:
    """Write through a temporary name, so a failed write leaves no half file."""
    write_bytes_atomically(path, content)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersTab", text)


def save_or_say(parent: QWidget, path: Path, content: bytes) -> bool:
    """Write a letter where the user chose; say so when that fails."""
    try:
        write_file(path, content)
    except OSError as error:
        log.warning("letter not saved: %s", type(error).__name__)
        messages.error(
            parent,
            _tr("Opslaan mislukt"),
            arg(_tr("Het bestand kon niet worden opgeslagen in %1."), str(path)),
        )
        return False
    return True


def copy_or_say(
    parent: QWidget, copies: TempFiles, key: str, file_name: str, content: bytes
) -> Path | None:
    """A private temporary copy to open in another program; None (said why) on failure."""
    try:
        return copies.write(file_name, content, key=key)
    except OSError as error:
        log.warning("temporary letter not written: %s", type(error).__name__)
        messages.error(
            parent,
            _tr("Openen mislukt"),
            _tr("Er kon geen tijdelijke kopie van de brief worden gemaakt."),
        )
        return None


def open_or_say(
    parent: QWidget, opener: Callable[[Path], bool], path: Path, file_name: str
) -> None:
    if not opener(path):
        messages.warning(
            parent,
            _tr("Openen mislukt"),
            arg(
                _tr(
                    "Er is geen programma gevonden om '%1' te openen. Kies 'Opslaan als…' "
                    "bij de gemaakte brieven en open het bestand zelf."
                ),
                file_name,
            ),
        )


def ask_whether_sent(parent: QWidget, on_sent: Callable[[], None]) -> QMessageBox:
    """After the draft opened in the mail program: ``on_sent`` records it as sent, only
    when the user says they sent it ("Nog niet" is the default)."""
    return messages.confirm(
        parent,
        _tr("E-mail verstuurd?"),
        _tr(
            "Het concept staat klaar in uw e-mailprogramma. Heeft u de e-mail verstuurd? "
            "Zo niet, leg het later vast met 'Verzonden op…' bij de gemaakte brieven."
        ),
        _tr("Verstuurd, vastleggen"),
        on_sent,
        cancel_label=_tr("Nog niet verstuurd"),
    )


def tell_email_not_opened(
    parent: QWidget, file_name: str, on_save: Callable[[], object]
) -> QMessageBox:
    """No mail program opened the draft: nothing was sent, and the user hears how to send
    it by hand; ``on_save`` saves the draft (Opslaan als…)."""
    return messages.warning_with_action(
        parent,
        _tr("E-mailprogramma niet geopend"),
        arg(
            _tr(
                "Het e-mailprogramma kon niet worden geopend, dus de e-mail is niet verstuurd "
                "en niet als verzonden vastgelegd. Sla het concept '%1' op (Opslaan als…), "
                "open het in uw e-mailprogramma en verstuur het zelf. Leg daarna bij de "
                "gemaakte brieven met 'Verzonden op…' vast dat het is verzonden."
            ),
            file_name,
        ),
        _tr("Opslaan als…"),
        lambda: on_save(),
    )


class SentOnDialog(QDialog):
    """Verzonden op…: when (and how) a stored letter went out."""

    saved = Signal()

    def __init__(
        self, letters: LetterService, document: DocumentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.letters = letters
        self.document = document
        self.setWindowTitle(self.tr("Verzonden op"))
        self.setMinimumWidth(420)
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.date_edit = date_edit(document.sent_on)
        self.via_combo = QComboBox()
        self.via_combo.addItem(self.tr("per post"), "post")
        self.via_combo.addItem(self.tr("per e-mail"), "e-mail")
        index = self.via_combo.findData(document.sent_via)
        self.via_combo.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow(self.tr("Verzonden op"), self.errors.add("sent_on", self.date_edit))
        form.addRow(self.tr("Hoe"), self.errors.add("sent_via", self.via_combo))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(document.title)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def sent_on(self) -> date:
        return date_of(self.date_edit)

    def save(self) -> None:
        self.errors.clear()
        try:
            self.letters.mark_sent(self.document.id, self.sent_on(), self.via_combo.currentData())
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            grow_to_fit(self)
            return
        except ServiceError as error:
            self.general_error.show_message(service_text(error.message))
            return
        self.saved.emit()
        self.accept()
