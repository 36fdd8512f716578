"""The letter's preview in the Brieven tab, editable for this one case: the text filled in
from the template is the starting point; what the user makes of it is what the PDF, the
e-mail and the Word file hold. "Terug naar sjabloontekst" starts again from the template.

A value the letter still needs shows in the text as "[in te vullen: <description>]" and is
listed above the text in plain Dutch, never as "{name}"; ``MissingValuesBox`` asks for
those values in fields under the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.letter_templates import PLACEHOLDERS
from app.services.letters import RenderedLetter
from app.ui import messages
from app.ui.common.display import format_date
from app.ui.widgets import arg, note_label
from app.ui.workflow.dialog_base import date_edit, date_of

_MARK = re.compile(r"\[in te vullen: ([^\]\n]*)\]")


class LetterEditor(QWidget):
    """Subject, recipients and the editable text of the chosen letter."""

    edited_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter: RenderedLetter | None = None
        self._seed = ""  # the template's text for this letter, as last filled in
        self._key: tuple[object, ...] | None = None  # which letter the text belongs to
        self.reset_question: QMessageBox | None = None

        self.subject_label = QLabel()
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.subject_label.font()
        font.setBold(True)
        self.subject_label.setFont(font)
        self.recipients_label = QLabel()
        self.recipients_label.setWordWrap(True)
        self.recipients_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_message = QLabel()
        self.preview_message.setObjectName("preview_message")
        self.preview_message.setWordWrap(True)
        self.preview_message.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.preview_message.setVisible(False)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing_values")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.missing_label.setVisible(False)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Tekst van de brief"))
        self.body_edit.setToolTip(
            self.tr(
                "U kunt de tekst voor deze klacht aanpassen. De aangepaste tekst komt in de "
                "PDF, de e-mail en het Word-bestand; het sjabloon blijft zoals het is."
            )
        )
        self.body_edit.textChanged.connect(self._text_changed)
        self.signature_label = QLabel()
        self.signature_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edited_note = note_label(
            self.tr(
                "Aangepast voor deze klacht. Gegevens die u hieronder invult, komen pas in de "
                "tekst na 'Terug naar sjabloontekst'."
            )
        )
        self.edited_note.setVisible(False)
        self.reset_button = QPushButton(self.tr("Terug naar sjabloontekst"))
        self.reset_button.setToolTip(self.tr("Uw aanpassingen vervallen"))
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self.ask_reset)
        under = QHBoxLayout()
        under.addWidget(self.signature_label, 1, Qt.AlignmentFlag.AlignTop)
        under.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.recipients_label)
        layout.addWidget(self.preview_message)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.edited_note)
        layout.addLayout(under)

    # ----- the text ---------------------------------------------------------------------

    def text(self) -> str:
        """The letter's body as it will be made."""
        return self.body_edit.toPlainText()

    def is_edited(self) -> bool:
        return self.letter is not None and self.text() != self._seed

    def open_places(self) -> list[str]:
        """The descriptions of the values the text still needs (its marks)."""
        return list(dict.fromkeys(_MARK.findall(self.text())))

    def show_letter(
        self, letter: RenderedLetter | None, key: tuple[object, ...] | None = None
    ) -> None:
        """Show ``letter``; the user's edits stay while it is the same letter (``key``:
        complaint and kind), a new letter starts from its template text."""
        self.letter = letter
        if letter is None:
            self.subject_label.clear()
            self.recipients_label.clear()
            self.signature_label.clear()
            self._key = None
            self._seed = ""
            self.body_edit.clear()
            self._text_changed()
            return
        self.subject_label.setText(arg(self.tr("Onderwerp: %1"), letter.subject))
        self.recipients_label.setText(self._recipients_text(letter))
        self.signature_label.setText("\n".join(letter.signature))
        keep = key == self._key and self.text() != self._seed
        self._key = key
        self._seed = letter.body
        if not keep:
            self.body_edit.setPlainText(letter.body)
        self._text_changed()

    def show_problem(self, problem: str | None) -> None:
        self.preview_message.setText(problem or "")
        self.preview_message.setVisible(bool(problem))

    def ask_reset(self) -> QMessageBox | None:
        if not self.is_edited():
            return None
        self.reset_question = messages.confirm(
            self,
            self.tr("Terug naar sjabloontekst?"),
            self.tr(
                "Uw aanpassingen aan de tekst van deze brief vervallen; de tekst wordt weer "
                "die van het sjabloon, met de gegevens van deze klacht."
            ),
            self.tr("Terug naar sjabloontekst"),
            self.reset,
            cancel_label=self.tr("Aanpassingen houden"),
        )
        return self.reset_question

    def reset(self) -> None:
        self.body_edit.setPlainText(self._seed)

    # ----- internals --------------------------------------------------------------------

    def _text_changed(self) -> None:
        edited = self.is_edited()
        self.reset_button.setEnabled(edited)
        self.edited_note.setVisible(edited)
        places = self.open_places()
        if places:
            listed = "\n".join(f"• {place}" for place in places)
            self.missing_label.setText(
                self.tr(
                    "Nog niet ingevuld — vul dit hieronder in of schrijf het zelf in de tekst "
                    "(op de plaats van '[in te vullen: …]'):"
                )
                + "\n"
                + listed
            )
        self.missing_label.setVisible(bool(places))
        self.edited_changed.emit(edited)

    def _recipients_text(self, letter: RenderedLetter) -> str:
        lines = []
        for recipient in letter.recipients:
            who = recipient.name
            if recipient.email:
                who += f" <{recipient.email}>"
            elif recipient.address_lines:
                who += ", " + ", ".join(recipient.address_lines)
            lines.append(f"{who} ({recipient.role})")
        text = (
            arg(self.tr("Aan: %1"), "; ".join(lines)) if lines else self.tr("Aan: (niemand bekend)")
        )
        if letter.letter_date:
            text += "\n" + arg(self.tr("Datum: %1"), format_date(letter.letter_date))
        return text


class MissingValuesBox(QGroupBox):
    """A field for each value the template needs and the complaint does not give (what was
    discussed, an expected date); text typed survives a reload of the same letter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nog in te vullen"), parent)
        self._fields: dict[str, QWidget] = {}
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setVisible(False)

    def has_fields(self) -> bool:
        return bool(self._fields)

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def ask_for(self, names: tuple[str, ...]) -> None:
        old = {name: _value_of(field) for name, field in self._fields.items()}
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields = {}
        for name in names:
            info = PLACEHOLDERS.get(name)
            if info is None:
                continue
            field: QWidget
            if info.is_date:
                default = date.today() + timedelta(days=14 if name == "verwachte_datum" else 0)
                field = date_edit(default)
                field.dateChanged.connect(self.changed)
            elif info.multiline:
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)
                field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 16)
                field.textChanged.connect(self.changed)
            else:
                field = QLineEdit()
                field.textChanged.connect(self.changed)
            field.setAccessibleName(name)
            self._fields[name] = field
            if isinstance(old.get(name), str) and old[name]:  # typed text survives a reload
                _set_value(field, str(old[name]))
            label = QLabel(QCoreApplication.translate("letters", info.description))
            label.setWordWrap(True)
            label.setBuddy(field)
            self._form.addRow(label, field)
        self.setVisible(bool(self._fields))

    def values(self) -> Mapping[str, object]:
        values: dict[str, object] = {}
        for name, field in self._fields.items():
            value = _value_of(field)
            if isinstance(value, str):
                value = value.strip() or None
            if value is not None:
                values[name] = value
        return values


def _value_of(field: QWidget) -> object:
    if isinstance(field, QDateEdit):
        return date_of(field)
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QLineEdit):
        return field.text()
    return None


def _set_value(field: QWidget, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    elif isinstance(field, QLineEdit):
        field.setText(text)
