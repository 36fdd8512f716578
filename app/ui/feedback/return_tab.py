"""Teruggekomen kaarten: quick entry of a returned card.

Type the card's code (or the complaint number and pick the colour), press Enter, fill in what
the card says and save; then pass it to the handler, and for a red card the coordinator may
reopen the complaint. A red card asking to be called back makes a task for the coordinator.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import CardColour
from app.services.errors import ServiceError, ValidationError
from app.services.feedback import CardView, FeedbackService, ReturnedCard
from app.services.permissions import CurrentUser, Permission
from app.ui import messages
from app.ui.common.display import format_date
from app.ui.feedback.prompt import TextPromptDialog
from app.ui.widgets import ErrorLabel, FieldErrors, arg, enum_text, note_label, service_text

GREEN_TEXT = "#1b5e20"
RED_TEXT = "#b71c1c"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReturnedCardsTab(QWidget):
    """Register a returned card and pass it on. ``today`` is for tests."""

    changed = Signal()  # a card was registered, forwarded or a complaint reopened

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.service = FeedbackService(db, user)
        self._today = today
        self.found: list[CardView] = []
        self.card: CardView | None = None
        self.callback_task_made = False
        self.reopen_dialog: TextPromptDialog | None = None

        self._build_search()
        self._build_card_box()
        self._build_form()
        self._build_actions()

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 10, 8, 0)
        inner.setSpacing(10)
        inner.addWidget(self.search_note)
        inner.addLayout(self.search_row)
        inner.addWidget(self.search_error)
        inner.addWidget(self.colour_row_widget)
        inner.addWidget(self.card_box)
        inner.addWidget(self.form_box)
        inner.addWidget(self.result_label)
        inner.addLayout(self.action_row)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_card(None)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # ----- building ---------------------------------------------------------------------

    def _build_search(self) -> None:
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("bijv. K7M2QX of IK-2026-0042"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setMaximumWidth(320)
        self.code_edit.setAccessibleName(self.tr("Kaartcode of klachtnummer"))
        code_label = QLabel(self.tr("&Kaartcode of klachtnummer:"))
        code_label.setBuddy(self.code_edit)
        self.search_button = QPushButton(self.tr("Zoeken"))
        self.search_button.setToolTip(self.tr("De kaart zoeken (Enter)"))
        self.search_row = QHBoxLayout()
        self.search_row.addWidget(code_label)
        self.search_row.addWidget(self.code_edit, 1)
        self.search_row.addWidget(self.search_button)
        self.search_row.addStretch(1)
        self.search_error = ErrorLabel()
        self.search_note = note_label(
            self.tr(
                "Typ de kaartcode (zes tekens, bovenaan op de kaart) of het klachtnummer en "
                "druk op Enter."
            )
        )
        self.code_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)

        self.green_radio = QRadioButton(self.tr("Groene kaart"))
        self.red_radio = QRadioButton(self.tr("Rode kaart"))
        self.colour_group = QButtonGroup(self)
        self.colour_group.addButton(self.green_radio)
        self.colour_group.addButton(self.red_radio)
        self.colour_row_widget = QWidget()
        row = QHBoxLayout(self.colour_row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Welke kaart is teruggekomen?")))
        row.addWidget(self.green_radio)
        row.addWidget(self.red_radio)
        row.addStretch(1)
        self.colour_row_widget.setVisible(False)
        self.colour_group.buttonToggled.connect(self._colour_chosen)

    def _build_card_box(self) -> None:
        self.card_box = QGroupBox(self.tr("Kaart"))
        self.card_title = QLabel()
        font = self.card_title.font()
        font.setBold(True)
        self.card_title.setFont(font)
        self.complaint_label = QLabel()
        self.complaint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_complaint_button = QPushButton(self.tr("Klacht openen"))
        self.open_complaint_button.setToolTip(self.tr("De klacht in een eigen venster openen"))
        self.open_complaint_button.clicked.connect(self.open_complaint)
        self.handler_label = QLabel()
        self.sent_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        complaint_row = QHBoxLayout()
        complaint_row.addWidget(self.complaint_label)
        complaint_row.addWidget(self.open_complaint_button)
        complaint_row.addStretch(1)
        form = QFormLayout(self.card_box)
        form.addRow(self.card_title)
        form.addRow(self.tr("Klacht:"), complaint_row)
        form.addRow(self.tr("Behandelaar:"), self.handler_label)
        form.addRow(self.tr("Verstuurd:"), self.sent_label)
        form.addRow(self.tr("Stand:"), self.state_label)

    def _build_form(self) -> None:
        self.form_box = QGroupBox(self.tr("Wat staat er op de kaart"))
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.returned_edit = QDateEdit()
        self.returned_edit.setCalendarPopup(True)
        self.returned_edit.setDisplayFormat("dd-MM-yyyy")
        self.returned_edit.setMinimumWidth(150)
        self.returned_edit.setMaximumWidth(180)
        self.returned_edit.setAccessibleName(self.tr("Datum ontvangen"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(80)
        self.text_edit.setMaximumHeight(120)
        self.text_edit.setAccessibleName(self.tr("omdat…"))
        self.callback_yes = QRadioButton(self.tr("JA"))
        self.callback_no = QRadioButton(self.tr("NEEN"))
        self.callback_group = QButtonGroup(self)
        self.callback_group.addButton(self.callback_yes)
        self.callback_group.addButton(self.callback_no)
        self.callback_widget = QWidget()
        callback_row = QHBoxLayout(self.callback_widget)
        callback_row.setContentsMargins(0, 0, 0, 0)
        callback_row.addWidget(self.callback_yes)
        callback_row.addWidget(self.callback_no)
        callback_note = note_label(self.tr("(leeg laten als niets is aangekruist)"))
        callback_note.setWordWrap(False)
        callback_row.addWidget(callback_note)
        callback_row.addStretch(1)
        self.callback_widget.setFocusProxy(self.callback_yes)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaximumWidth(260)
        self.email_edit = QLineEdit()
        self.email_edit.setMaximumWidth(360)
        self.name_edit = QLineEdit()
        self.name_edit.setMaximumWidth(360)

        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(self.tr("&Datum ontvangen:"), "returned_on", self.returned_edit)
        self._row(self.tr("&omdat…"), "text", self.text_edit)
        # Rows only a red card has.
        self.red_rows = [
            self._row(self.tr("Terugbellen gewenst:"), "wants_callback", self.callback_widget),
            self._row(self.tr("&Telefoonnummer:"), "callback_phone", self.phone_edit),
            self._row(self.tr("&E-mailadres:"), "callback_email", self.email_edit),
        ]
        self._row(self.tr("&Naam zoals op de kaart:"), "name_as_written", self.name_edit)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Vastleggen dat deze kaart is teruggekomen"))
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        self.form.addRow(self.general_error)
        self.form.addRow(save_row)

    def _row(self, text: str, name: str, field: QWidget) -> QWidget:
        label = QLabel(text)
        label.setBuddy(field)
        wrapper = self.errors.add(name, field)
        self.form.addRow(label, wrapper)
        return wrapper

    def _build_actions(self) -> None:
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        self.forward_button = QPushButton(self.tr("Doorgeven aan behandelaar"))
        self.forward_button.setToolTip(
            self.tr("De kaart doorgeven aan de behandelaar: een taak in diens overzicht Vandaag")
        )
        self.reopen_button = QPushButton(self.tr("Klacht heropenen…"))
        self.reopen_button.setToolTip(
            self.tr("Na een rode kaart de klacht opnieuw in behandeling nemen")
        )
        self.next_button = QPushButton(self.tr("Volgende kaart"))
        self.next_button.setToolTip(self.tr("Het scherm leegmaken voor de volgende kaart"))
        self.forward_button.clicked.connect(self.forward)
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.next_button.clicked.connect(self.next_card)
        self.action_row = QHBoxLayout()
        self.action_row.addWidget(self.forward_button)
        self.action_row.addWidget(self.reopen_button)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.next_button)

    # ----- finding ----------------------------------------------------------------------

    def search(self) -> None:
        text = self.code_edit.text().strip()
        self.result_label.setVisible(False)
        if not text:
            self.search_error.show_message(self.tr("Typ de kaartcode of het klachtnummer."))
            return
        found = messages.attempt(self, lambda: self.service.find(text))
        if found is messages.REFUSED:
            return
        self.found = found
        if not found:
            self.search_error.show_message(
                arg(
                    self.tr(
                        "Geen kaart gevonden bij '%1'. Controleer de code (zes tekens) of het "
                        "klachtnummer; kaarten worden pas gevonden als ze zijn verstuurd."
                    ),
                    text,
                )
            )
            self._show_card(None)
            return
        self.search_error.show_message(None)
        if len(found) == 1:
            self.colour_row_widget.setVisible(False)
            self._show_card(found[0])
            self.text_edit.setFocus()
            return
        # A complaint number: both cards; ask which one came back.
        self.colour_row_widget.setVisible(True)
        self.colour_group.setExclusive(False)
        self.green_radio.setChecked(False)
        self.red_radio.setChecked(False)
        self.colour_group.setExclusive(True)
        self._show_card(None)
        self.green_radio.setFocus()

    def _colour_chosen(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        colour = CardColour.GREEN if button is self.green_radio else CardColour.RED
        match = [card for card in self.found if card.colour == colour]
        self._show_card(match[0] if match else None)

    def choose_colour(self, colour: CardColour) -> None:
        """As clicking the colour after a search by complaint number."""
        (self.green_radio if colour == CardColour.GREEN else self.red_radio).setChecked(True)

    # ----- showing ----------------------------------------------------------------------

    def _show_card(self, card: CardView | None, *, keep_form: bool = False) -> None:
        self.card = card
        self.card_box.setVisible(card is not None)
        self.form_box.setVisible(card is not None)
        self.errors.clear()
        if card is None:
            self._update_actions()
            return
        red = card.colour == CardColour.RED
        self.card_title.setText(
            arg(
                self.tr("%1 (kaartcode %2)"),
                self.tr("Rode kaart") if red else self.tr("Groene kaart"),
                card.code,
            )
        )
        self.card_title.setStyleSheet(f"color: {RED_TEXT if red else GREEN_TEXT};")
        self.complaint_label.setText(card.complaint_number)
        self.handler_label.setText(card.handler_name or self.tr("(geen behandelaar)"))
        self.sent_label.setText(
            arg(self.tr("%1, %2"), format_date(card.sent_on), enum_text(card.channel).lower())
        )
        self.state_label.setText(self._state_text(card))
        for row in self.red_rows:
            self.form.setRowVisible(row, red)
        if not keep_form:
            self._fill_form(card)
        self._update_actions()

    def _state_text(self, card: CardView) -> str:
        if card.returned_on is None:
            return self.tr("Nog niet teruggekomen.")
        text = arg(self.tr("Teruggekomen op %1."), format_date(card.returned_on))
        if card.forwarded_to_handler_on is not None:
            text += " " + arg(
                self.tr("Doorgegeven aan de behandelaar op %1."),
                format_date(card.forwarded_to_handler_on),
            )
        return text

    def _fill_form(self, card: CardView) -> None:
        self.returned_edit.setMinimumDate(to_qdate(card.sent_on))
        self.returned_edit.setMaximumDate(to_qdate(max(self.today, card.sent_on)))
        self.returned_edit.setDate(to_qdate(card.returned_on or self.today))
        self.text_edit.setPlainText(card.text or "")
        self.callback_group.setExclusive(False)
        self.callback_yes.setChecked(card.wants_callback is True)
        self.callback_no.setChecked(card.wants_callback is False)
        self.callback_group.setExclusive(True)
        self.phone_edit.setText(card.callback_phone or "")
        self.email_edit.setText(card.callback_email or "")
        self.name_edit.setText(card.name_as_written or "")

    def _update_actions(self) -> None:
        card = self.card
        returned = card is not None and card.returned_on is not None
        self.forward_button.setVisible(card is not None)
        self.forward_button.setEnabled(
            returned and card is not None and card.handler_id is not None
        )
        if card is not None and card.handler_id is None:
            self.forward_button.setToolTip(self.tr("Deze klacht heeft geen behandelaar."))
        may_reopen = self.user.can(Permission.ASSIGN_HANDLER)
        self.reopen_button.setVisible(
            card is not None and card.colour == CardColour.RED and may_reopen
        )
        self.reopen_button.setEnabled(returned)
        self.next_button.setVisible(card is not None)

    # ----- actions ----------------------------------------------------------------------

    def returned_card(self) -> ReturnedCard:
        red = self.card is not None and self.card.colour == CardColour.RED
        wants: bool | None = None
        if red and self.callback_yes.isChecked():
            wants = True
        elif red and self.callback_no.isChecked():
            wants = False
        return ReturnedCard(
            returned_on=from_qdate(self.returned_edit.date()),
            text=self.text_edit.toPlainText(),
            wants_callback=wants,
            callback_phone=self.phone_edit.text() if red else None,
            callback_email=self.email_edit.text() if red else None,
            name_as_written=self.name_edit.text(),
        )

    def save(self) -> None:
        card = self.card
        if card is None:
            return
        data = self.returned_card()
        first_time = card.returned_on is None
        try:
            saved = self.service.register_return(card.id, data)
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.callback_task_made = bool(
            first_time and saved.colour == CardColour.RED and data.wants_callback
        )
        self.found = [saved if c.id == saved.id else c for c in self.found]
        self._show_card(saved)
        text = arg(self.tr("Kaart %1 is geregistreerd als teruggekomen."), saved.code)
        if self.callback_task_made:
            text += " " + self.tr(
                "Er is een taak 'Terugbellen' gemaakt voor de klachtcoördinator (Vandaag)."
            )
        self._say(text)
        self.changed.emit()
        self.forward_button.setFocus()

    def forward(self) -> None:
        card = self.card
        if card is None or card.returned_on is None:
            return
        try:
            self.service.forward_to_handler(card.id, self.today)
        except ValidationError as error:
            messages.warning(
                self,
                self.tr("Niet doorgegeven"),
                "\n".join(service_text(m) for m in error.errors.values()),
            )
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self._reload_card()
        self._say(
            arg(
                self.tr("De kaart is doorgegeven aan %1; die ziet hem in Vandaag."),
                card.handler_name or "",
            )
        )
        self.changed.emit()

    def ask_reopen(self) -> None:
        card = self.card
        if card is None or card.colour != CardColour.RED or card.returned_on is None:
            return
        self.reopen_dialog = TextPromptDialog.ask(
            self,
            self.tr("Klacht heropenen"),
            arg(
                self.tr(
                    "Klacht %1 gaat opnieuw in behandeling bij %2. Waarom? (Dit komt in de "
                    "historie van de klacht.)"
                ),
                card.complaint_number,
                card.handler_name or self.tr("de behandelaar"),
            ),
            self.tr("Heropenen"),
            self._reopen,
        )

    def _reopen(self, reason: str) -> ServiceError | None:
        card = self.card
        if card is None:
            return None
        if not reason.strip():
            # The service prefixes "rode kaart:", so it would take an empty reason.
            return ValidationError({"reason": "Geef de reden van heropenen op."})
        try:
            self.service.reopen_after_red_card(card.id, reason.strip())
        except ServiceError as error:
            return error
        self._say(
            arg(self.tr("Klacht %1 is heropend en weer in behandeling."), card.complaint_number)
        )
        self.changed.emit()
        return None

    def _reload_card(self) -> None:
        card = self.card
        if card is None:
            return
        try:
            fresh = [c for c in self.service.find(card.code) if c.id == card.id]
        except ServiceError:
            fresh = []
        if fresh:
            self.found = [fresh[0] if c.id == card.id else c for c in self.found]
            self._show_card(fresh[0], keep_form=True)

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(True)

    def next_card(self) -> None:
        self.found = []
        self.colour_row_widget.setVisible(False)
        self.result_label.setVisible(False)
        self.search_error.show_message(None)
        self._show_card(None)
        self.code_edit.clear()
        self.code_edit.setFocus()

    def open_complaint(self) -> None:
        if self.card is None:
            return
        from app.ui.complaints.detail import ComplaintDetailWindow

        messages.attempt(
            self,
            lambda: ComplaintDetailWindow.open_for(
                self.db, self.user, self.card.complaint_id, self
            ),
        )
