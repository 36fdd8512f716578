"""The intake form itself (the view): annex 3's eight questions in the paper form's order and
wording, then what the secretariat adds. Reading and clearing the fields lives here; the
intake dialog does the registering."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import annex3
from app.models.enums import Channel, ComplaintKind
from app.services.complainants import ComplainantData
from app.services.errors import ValidationError
from app.services.intake import IntakeData
from app.services.mail_intake import MailMessage
from app.services.names import split_name
from app.ui.complaints.attachment_list import AttachmentDropList
from app.ui.complaints.intake_fields import DossierPicker, EmployeePicker, SalutationCombo
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    FieldWithError,
    arg,
    enum_text,
    note_label,
    service_text,
)

FORM_MAX_WIDTH = 700
SHORT_FIELD_WIDTH = 320

# The service's field names in the order they appear on screen (the first one gets focus).
FIELD_ORDER = (
    "salutation",
    "initials",
    "infix",
    "surname",
    "first_name",
    "name",
    "description",
    "employees",
    "related_dossiers",
    "phone_day",
    "phone_evening",
    "email",
    "street",
    "house_number",
    "postcode",
    "city",
    "contact",
    "received_on",
    "attachments",
)
CONTACT_FIELDS = frozenset(
    {"phone_day", "phone_evening", "email", "street", "house_number", "postcode", "city"}
)
CHOICE_STYLE = (
    "QFrame#kindChoice { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)


def text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class IntakeForm(QWidget):
    """All fields of a registration. ``search_fields_edited`` fires when the user types in
    a field that helps to find the complainant again; ``layout_changed`` when rows were added
    or removed (the tab order follows)."""

    search_fields_edited = Signal()
    layout_changed = Signal()

    def __init__(
        self,
        organisation_name: str,
        max_attachment_bytes: int,
        general_error: ErrorLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.errors = FieldErrors(general_error)
        self.field_wrappers: dict[str, FieldWithError] = {}
        self.setMaximumWidth(FORM_MAX_WIDTH)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 14, 2)
        column.setSpacing(14)
        # Who complains comes first: the letters greet by these parts.
        column.addWidget(self._build_complainant_group())
        column.addWidget(self._build_kind_choice(organisation_name))
        column.addWidget(self._build_annex_group())
        column.addWidget(self._build_registration_group(max_attachment_bytes))
        column.addStretch(1)

        for edit in (
            self.initials_edit,
            self.first_name_edit,
            self.infix_edit,
            self.surname_edit,
            self.postcode_edit,
            self.house_number_edit,
            self.email_edit,
            self.phone_day_edit,
            self.phone_evening_edit,
        ):
            edit.textEdited.connect(self.search_fields_edited)
        # A message disappears as soon as its field is changed; the others stay.
        contact_label = self.errors.label_for("contact")
        for name, wrapper in self.field_wrappers.items():
            if isinstance(wrapper.field, QLineEdit):
                wrapper.field.textEdited.connect(
                    lambda _text, label=wrapper.error_label: label.show_message(None)
                )
                if name in CONTACT_FIELDS:
                    wrapper.field.textEdited.connect(lambda _text: contact_label.show_message(None))
        self.description_edit.textChanged.connect(
            lambda: self.errors.label_for("description").show_message(None)
        )
        self.update_kind()

    # ----- building -------------------------------------------------------------------------

    def _build_complainant_group(self) -> QGroupBox:
        group = QGroupBox(self.tr(annex3.COMPLAINANT_GROUP))
        grid = QGridLayout(group)
        grid.setContentsMargins(14, 14, 14, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 3)
        self.salutation_combo = SalutationCombo()
        self.salutation_combo.setMaximumWidth(SHORT_FIELD_WIDTH)
        self.initials_edit = QLineEdit()
        self.initials_edit.setPlaceholderText(self.tr("Z.A."))
        self.infix_edit = QLineEdit()
        self.infix_edit.setPlaceholderText(self.tr("van der"))
        self.surname_edit = QLineEdit()
        self.first_name_edit = QLineEdit()
        self.first_name_edit.setMaximumWidth(SHORT_FIELD_WIDTH)
        cells = (
            (
                self.tr(annex3.complainant_label("salutation")),
                "salutation",
                self.salutation_combo,
                0,
                0,
                2,
            ),
            (
                self.tr(annex3.complainant_label("initials")),
                "initials",
                self.initials_edit,
                1,
                0,
                1,
            ),
            (self.tr(annex3.complainant_label("infix")), "infix", self.infix_edit, 1, 1, 1),
            (self.tr(annex3.complainant_label("surname")), "surname", self.surname_edit, 1, 2, 1),
            (
                self.tr(annex3.complainant_label("first_name")),
                "first_name",
                self.first_name_edit,
                2,
                0,
                2,
            ),
        )
        self._place_cells(grid, cells)
        grid.setRowStretch(3, 1)
        group.setFocusProxy(self.salutation_combo)
        return group

    def _place_cells(
        self, grid: QGridLayout, cells: Sequence[tuple[str, str, QWidget, int, int, int]]
    ) -> None:
        """Each field with its caption above it, at (row, column) spanning columns."""
        for caption, name, edit, row, column, span in cells:
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            caption_label = QLabel(caption)
            caption_label.setBuddy(edit)
            edit.setAccessibleName(caption.replace("&", ""))
            cell_layout.addWidget(caption_label)
            cell_layout.addWidget(self._field(name, edit))
            grid.addWidget(cell, row, column, 1, span, Qt.AlignmentFlag.AlignTop)

    def _build_kind_choice(self, organisation_name: str) -> QWidget:
        frame = QFrame()
        frame.setObjectName("kindChoice")
        frame.setStyleSheet(CHOICE_STYLE)
        organisation = (organisation_name or self.tr("de organisatie")).replace("&", "&&")
        self.complaint_radio = QRadioButton(arg(self.tr(annex3.COMPLAINT_CHOICE), organisation))
        self.signal_radio = QRadioButton(self.tr(annex3.SIGNAL_CHOICE))
        self.complaint_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.complaint_radio)
        self.kind_group.addButton(self.signal_radio)
        self.complaint_radio.toggled.connect(self.update_kind)
        self.signal_note = note_label(self.tr(annex3.SIGNAL_NOTE))
        self.signal_note.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.complaint_radio)
        layout.addWidget(self.signal_radio)
        layout.addWidget(self.signal_note)
        return frame

    def _field(self, name: str, field: QWidget) -> FieldWithError:
        wrapper = self.errors.add(name, field)
        self.field_wrappers[name] = wrapper
        return wrapper

    @staticmethod
    def _question(layout: QVBoxLayout, text: str, wrapper: QWidget, buddy: QWidget) -> QLabel:
        """A numbered question of the form: its label above the field, like on paper."""
        label = _bold(QLabel(text))
        label.setWordWrap(True)
        label.setBuddy(buddy)
        block = QVBoxLayout()
        block.setSpacing(4)
        block.addWidget(label)
        block.addWidget(wrapper)
        layout.addLayout(block)
        return label

    def _build_annex_group(self) -> QGroupBox:
        group = QGroupBox(self.tr(annex3.FORM_GROUP))
        layout = QVBoxLayout(group)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.setSpacing(14)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(110)
        self.description_edit.setMaximumHeight(170)
        self.description_label = self._question(
            layout, "", self._field("description", self.description_edit), self.description_edit
        )

        self.employees = EmployeePicker()
        self.employees.changed.connect(self.layout_changed)
        self._question(
            layout,
            self.tr(annex3.question("employees")),
            self._field("employees", self.employees),
            self.employees.combo,
        )
        self.dossiers = DossierPicker()
        self.dossiers.changed.connect(self.layout_changed)
        self._question(
            layout,
            self.tr(annex3.question("related_dossiers")),
            self._field("related_dossiers", self.dossiers),
            self.dossiers.edit,
        )

        # Questions 4 to 7 are the ways to reach the complainant; the message that none was
        # given appears right under them.
        contact = QWidget()
        contact_layout = QVBoxLayout(contact)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_layout.setSpacing(14)
        self.contact_note = note_label("")
        contact_layout.addWidget(self.contact_note)
        self.phone_day_edit = self._short_edit(self.tr("020 123 4567"))
        self._question(
            contact_layout,
            self.tr(annex3.question("phone_day")),
            self._field("phone_day", self.phone_day_edit),
            self.phone_day_edit,
        )
        self.phone_evening_edit = self._short_edit(self.tr("06 1234 5678"))
        self._question(
            contact_layout,
            self.tr(annex3.question("phone_evening")),
            self._field("phone_evening", self.phone_evening_edit),
            self.phone_evening_edit,
        )
        self.email_edit = self._short_edit(self.tr("naam@voorbeeld.nl"))
        self.email_edit.setMaximumWidth(SHORT_FIELD_WIDTH + 100)
        self._question(
            contact_layout,
            self.tr(annex3.question("email")),
            self._field("email", self.email_edit),
            self.email_edit,
        )
        self._question(
            contact_layout,
            self.tr(annex3.question("address")),
            self._build_address(),
            self.street_edit,
        )
        contact.setFocusProxy(self.phone_day_edit)
        layout.addWidget(self._field("contact", contact))

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMinimumWidth(150)
        self.date_edit.setAccessibleName(self.tr("Datum van ontvangst"))
        date_widget = QWidget()
        date_row = QHBoxLayout(date_widget)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_edit)
        date_note = note_label(self.tr("datum van ontvangst"))
        date_note.setWordWrap(False)
        date_row.addWidget(date_note)
        date_row.addStretch(1)
        date_widget.setFocusProxy(self.date_edit)
        self._question(
            layout,
            self.tr(annex3.question("received_on")),
            self._field("received_on", date_widget),
            self.date_edit,
        )
        layout.addWidget(note_label(self.tr(annex3.FOOTNOTE)))
        return group

    @staticmethod
    def _short_edit(placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(SHORT_FIELD_WIDTH)
        return edit

    def _build_address(self) -> QWidget:
        self.street_edit = QLineEdit()
        self.house_number_edit = QLineEdit()
        self.house_number_edit.setMaxLength(20)
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setPlaceholderText(self.tr("1234 AB"))
        self.postcode_edit.setMaxLength(10)
        self.city_edit = QLineEdit()

        address = QWidget()
        grid = QGridLayout(address)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        parts = (
            (self.tr("Straat"), "street", self.street_edit, 0, 0, 2),
            (self.tr("Huisnummer"), "house_number", self.house_number_edit, 0, 2, 1),
            (self.tr("Postcode"), "postcode", self.postcode_edit, 1, 0, 1),
            (self.tr("Woonplaats"), "city", self.city_edit, 1, 1, 2),
        )
        self._place_cells(grid, parts)
        grid.setRowStretch(2, 1)  # spare height (wrapped messages) goes below, not between
        address.setFocusProxy(self.street_edit)
        return address

    def _build_registration_group(self, max_attachment_bytes: int) -> QGroupBox:
        group = QGroupBox(self.tr("Registratie (secretariaat)"))
        form = QFormLayout(group)
        form.setContentsMargins(14, 14, 14, 12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)

        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(enum_text(channel), channel)
        self.channel_combo.setMaximumWidth(SHORT_FIELD_WIDTH)
        self.urgent_box = QCheckBox(self.tr("met voorrang behandelen"))
        self.other_handler_box = QCheckBox(self.tr("klager vraagt om een andere behandelaar"))
        self.attachments = AttachmentDropList(max_attachment_bytes)
        self.attachments.divert_mail = True
        self.attachments.changed.connect(self.layout_changed)
        attachments_block = QWidget()
        block_layout = QVBoxLayout(attachments_block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.setSpacing(4)
        block_layout.addWidget(note_label(self.tr(annex3.ATTACHMENTS_NOTE)))
        block_layout.addWidget(self._field("attachments", self.attachments))
        attachments_block.setFocusProxy(self.attachments)

        rows = (
            (self.tr("K&anaal:"), self.channel_combo, None),
            (self.tr("Spoe&d:"), self.urgent_box, None),
            (self.tr("Be&handelaar:"), self.other_handler_box, None),
            (self.tr("&Bijlagen:"), attachments_block, None),
        )
        for text, field, name in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, self._field(name, field) if name else field)
        return group

    # ----- the kind of registration ---------------------------------------------------------

    def kind(self) -> ComplaintKind:
        return ComplaintKind.SIGNAL if self.signal_radio.isChecked() else ComplaintKind.COMPLAINT

    def update_kind(self) -> None:
        signal = self.kind() == ComplaintKind.SIGNAL
        self.signal_note.setVisible(signal)
        if signal:
            self.description_label.setText(self.tr(annex3.SIGNAL_DESCRIPTION))
            self.contact_note.setText(
                self.tr(
                    "Bij een signaal zijn contactgegevens niet verplicht: een signaal mag "
                    "anoniem blijven."
                )
            )
        else:
            self.description_label.setText(self.tr(annex3.question("description")))
            self.contact_note.setText(
                self.tr(
                    "Vul minstens één manier in om de klager te bereiken: telefoonnummer, "
                    "e-mailadres of adres."
                )
            )

    # ----- reading and clearing -------------------------------------------------------------

    def line_edits(self) -> list[QLineEdit]:
        return [
            self.phone_day_edit,
            self.phone_evening_edit,
            self.email_edit,
            self.street_edit,
            self.house_number_edit,
            self.postcode_edit,
            self.city_edit,
            self.initials_edit,
            self.infix_edit,
            self.surname_edit,
            self.first_name_edit,
        ]

    def complainant_data(self) -> ComplainantData:
        return ComplainantData(
            salutation=self.salutation_combo.value(),
            initials=text_or_none(self.initials_edit.text()),
            first_name=text_or_none(self.first_name_edit.text()),
            infix=text_or_none(self.infix_edit.text()),
            surname=text_or_none(self.surname_edit.text()),
            street=text_or_none(self.street_edit.text()),
            house_number=text_or_none(self.house_number_edit.text()),
            postcode=text_or_none(self.postcode_edit.text()),
            city=text_or_none(self.city_edit.text()),
            phone_day=text_or_none(self.phone_day_edit.text()),
            phone_evening=text_or_none(self.phone_evening_edit.text()),
            email=text_or_none(self.email_edit.text()),
        )

    def intake_data(self, existing_complainant_id: int | None) -> IntakeData:
        """What was typed (entries not yet added to their list are added first)."""
        self.employees.commit_pending()
        self.dossiers.commit_pending()
        return IntakeData(
            description=self.description_edit.toPlainText(),
            kind=self.kind(),
            channel=self.channel_combo.currentData(),
            received_on=self.date_edit.date().toPython(),
            complainant=self.complainant_data(),
            existing_complainant_id=existing_complainant_id,
            employees_concerned=self.employees.concerned(),
            related_dossiers=self.dossiers.dossiers(),
            attachments=tuple(self.attachments.uploads()),
            urgent=self.urgent_box.isChecked(),
            other_handler_requested=self.other_handler_box.isChecked(),
        )

    def fill_from_mail(self, message: MailMessage) -> list[str]:
        """Fill the form from a received e-mail: channel, date received, the sender's name
        and address, the text as description, its attachments and the message itself.
        Fields the user already filled in are left alone. Returns refused-file messages."""
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(Channel.EMAIL))
        if message.received is not None:
            moment = message.received
            received = (moment.astimezone() if moment.tzinfo else moment).date()
            self.date_edit.setDate(min(QDate(received), QDate.currentDate()))
        parts = split_name(message.sender_name)
        for edit, value in (
            (self.initials_edit, parts.initials),
            (self.first_name_edit, parts.first_name),
            (self.infix_edit, parts.infix),
            (self.surname_edit, parts.surname),
            (self.email_edit, message.sender_address),
        ):
            if value and not edit.text().strip():
                edit.setText(value)
        if parts.salutation and not self.salutation_combo.value():
            self.salutation_combo.set_value(parts.salutation)
        if not self.description_edit.toPlainText().strip():
            self.description_edit.setPlainText(message.body or message.subject or "")
        problems = []
        for number, (name, content) in enumerate(
            ((message.file_name, message.original), *message.attachments)
        ):
            key = f"{message.file_name}#{len(message.original)}#{number}"
            problem = self.attachments.add_content(key, name, content)
            if problem:
                problems.append(problem)
        self.search_fields_edited.emit()
        return problems

    def has_input(self) -> bool:
        typed = [
            self.description_edit.toPlainText(),
            self.salutation_combo.value() or "",
            *(edit.text() for edit in self.line_edits()),
        ]
        return (
            any(text.strip() for text in typed)
            or self.employees.has_input()
            or self.dossiers.has_input()
            or bool(self.attachments.chosen_files())
        )

    def clear(self) -> None:
        """An empty form; the channel stays (a batch usually arrives the same way)."""
        self.errors.clear()
        self.description_edit.clear()
        self.employees.clear()
        self.dossiers.clear()
        for edit in self.line_edits():
            edit.clear()
        self.salutation_combo.clear_value()
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.complaint_radio.setChecked(True)
        self.urgent_box.setChecked(False)
        self.other_handler_box.setChecked(False)
        self.attachments.clear()

    # ----- errors and keyboard --------------------------------------------------------------

    def show_errors(self, error: ValidationError) -> FieldWithError | None:
        """Each message beside its field, the summary on top, focus on the first field in
        error (in screen order); returns that field's wrapper."""
        ordered = {name: error.errors[name] for name in FIELD_ORDER if name in error.errors}
        ordered.update(error.errors)  # anything else keeps its place at the end
        self.errors.show(ordered, general=service_text(error.message))
        for name in ordered:
            if name in self.field_wrappers:
                return self.field_wrappers[name]
        return None

    def focus_chain(self) -> list[QWidget]:
        return [
            self.salutation_combo,
            self.initials_edit,
            self.infix_edit,
            self.surname_edit,
            self.first_name_edit,
            self.complaint_radio,
            self.signal_radio,
            self.description_edit,
            *self.employees.focus_chain(),
            *self.dossiers.focus_chain(),
            self.phone_day_edit,
            self.phone_evening_edit,
            self.email_edit,
            self.street_edit,
            self.house_number_edit,
            self.postcode_edit,
            self.city_edit,
            self.date_edit,
            self.channel_combo,
            self.urgent_box,
            self.other_handler_box,
            *self.attachments.focus_chain(),
        ]
