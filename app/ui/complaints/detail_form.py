"""The "Gegevens" tab of a complaint's detail window: the intake fields, editable, saved
with the version that was read (a change by someone else meanwhile is never overwritten)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintDetail, ComplaintEdit, ComplaintService
from app.services.errors import ConcurrentEditError, ServiceError, ValidationError
from app.services.intake import ConcernedEmployee
from app.services.organisation import EmployeeRecord
from app.services.permissions import CurrentUser, Permission
from app.services.retention import RetentionService
from app.services.validation import display_phone
from app.ui import messages
from app.ui.complaints.intake_fields import DossierPicker, EmployeePicker, SalutationCombo
from app.ui.complaints.notable_box import NotableBox
from app.ui.complaints.ombudsman_box import OmbudsmanBox
from app.ui.widgets import ErrorLabel, FieldErrors, arg, enum_text, note_label, service_text

BANNER_STYLE = (
    "QFrame#concurrentBanner { background: #fdf1c7; border: 1px solid #d9b64a;"
    " border-radius: 4px; } QFrame#concurrentBanner QLabel { color: #1a1a1a; }"
)


MAX_CONFLICT_LINES = 12


def _text(value: str | None) -> str:
    return value or ""


def _optional(text: str) -> str | None:
    text = text.strip()
    return text or None


class DataTab(QWidget):
    """``saved`` fires after a successful save; ``reload_requested`` when the user asks for
    the newest data after someone else's change (typed changes discarded); ``fresh_loaded``
    when the user's changes were put onto the newest data (the window shows it around)."""

    saved = Signal()
    reload_requested = Signal()
    fresh_loaded = Signal(object)  # a newer ComplaintDetail the form now stands on

    def __init__(
        self,
        service: ComplaintService,
        user: CurrentUser,
        employees: list[EmployeeRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.can_edit = user.can(Permission.REGISTER_COMPLAINT)
        self.complaint_id: int | None = None
        self.version: int | None = None
        # The copy the form was loaded from, and the fields as the form showed it then: a
        # save is made on that copy, and "what I changed" is what differs from it.
        self.base: ComplaintDetail | None = None
        self._base_state: dict[str, object] = {}
        self._conflict_mine: dict[str, object] | None = None
        self.dirty = False
        self._loading = False

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self._build_complaint_box(employees)
        self._build_complainant_box()

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.complaint_box, 3)
        columns.addWidget(self.complainant_box, 2)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(columns)
        # The coordinator's summary of a notable case, for the annual report.
        self.notable_box: NotableBox | None = None
        if user.can(Permission.ASSIGN_HANDLER):
            self.notable_box = NotableBox(service)
            self.notable_box.saved.connect(self.saved)
            content_layout.addWidget(self.notable_box)
        self.ombudsman_box: OmbudsmanBox | None = None
        if user.can(Permission.ASSIGN_HANDLER):
            self.ombudsman_box = OmbudsmanBox(RetentionService(service.db, user))
            self.ombudsman_box.saved.connect(self.saved)
            content_layout.addWidget(self.ombudsman_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.banner = QFrame()
        self.banner.setObjectName("concurrentBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("Mijn wijzigingen toepassen op de nieuwe gegevens"))
        self.apply_button.setToolTip(
            self.tr(
                "Laadt de nieuwste gegevens en zet uw wijzigingen er opnieuw in. Controleer het "
                "resultaat en kies daarna Opslaan."
            )
        )
        self.apply_button.clicked.connect(self.apply_mine_to_fresh)
        self.reload_button = QPushButton(self.tr("Opnieuw laden (mijn wijzigingen vervallen)"))
        self.reload_button.clicked.connect(self.reload_requested)
        banner_buttons = QVBoxLayout()
        banner_buttons.addWidget(self.apply_button)
        banner_buttons.addWidget(self.reload_button)
        banner_buttons.addStretch(1)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addLayout(banner_buttons)
        self.banner.setVisible(False)

        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        if self.can_edit:
            layout.addLayout(buttons)
        else:
            self.save_button.setVisible(False)
            layout.addWidget(self.general_error)
            layout.addWidget(
                note_label(
                    self.tr(
                        "Alleen de klachtcoördinator en het secretariaat kunnen deze gegevens "
                        "wijzigen."
                    )
                )
            )
            self.complaint_box.setEnabled(False)
            self.complainant_box.setEnabled(False)

    # ----- building ---------------------------------------------------------------------

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        return form

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        form.addRow(caption, self.errors.add(name, field))

    def _pair(
        self,
        form: QFormLayout,
        label: str,
        first: tuple[str, QWidget],
        second: tuple[str, QWidget],
        stretch: tuple[int, int] = (3, 2),
    ) -> None:
        caption = QLabel(label)
        caption.setBuddy(first[1])
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.errors.add(*first), stretch[0], Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.errors.add(*second), stretch[1], Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, row)

    def _build_complaint_box(self, employees: list[EmployeeRecord]) -> None:
        self.complaint_box = QGroupBox(self.tr("Klacht"))
        form = self._form(self.complaint_box)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(
            self.description_edit.fontMetrics().lineSpacing() * 7 + 16
        )
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(enum_text(channel), channel.value)
        self.received_edit = QDateEdit()
        self.received_edit.setDisplayFormat("dd-MM-yyyy")
        self.received_edit.setCalendarPopup(True)
        self.urgent_box = QCheckBox(self.tr("Met spoed behandelen"))
        self.other_handler_box = QCheckBox(self.tr("Klager vraagt om een andere behandelaar"))
        self.employee_picker = EmployeePicker()
        self.employee_picker.set_employees([e for e in employees if e.active])
        self.dossier_picker = DossierPicker()
        self._row(form, self.tr("Omschrijving"), "description", self.description_edit)
        channel_row = QHBoxLayout()
        channel_row.setSpacing(12)
        channel_row.addWidget(self.errors.add("channel", self.channel_combo))
        received_label = QLabel(self.tr("Ontvangen op"))
        received_label.setBuddy(self.received_edit)
        channel_row.addWidget(received_label)
        channel_row.addWidget(self.errors.add("received_on", self.received_edit))
        channel_row.addStretch(1)
        channel_label = QLabel(self.tr("Kanaal"))
        channel_label.setBuddy(self.channel_combo)
        form.addRow(channel_label, channel_row)
        form.addRow("", self.urgent_box)
        form.addRow("", self.other_handler_box)
        self._row(form, self.tr("Betrokken medewerkers"), "employees", self.employee_picker)
        self._row(form, self.tr("Dossiernummers"), "related_dossiers", self.dossier_picker)

        self.description_edit.textChanged.connect(self._edited)
        self.channel_combo.currentIndexChanged.connect(self._edited)
        self.received_edit.dateChanged.connect(self._edited)
        self.urgent_box.toggled.connect(self._edited)
        self.other_handler_box.toggled.connect(self._edited)
        self.employee_picker.changed.connect(self._edited)
        self.dossier_picker.changed.connect(self._edited)

    def _build_complainant_box(self) -> None:
        self.complainant_box = QGroupBox(self.tr("Klager"))
        form = self._form(self.complainant_box)
        self.salutation_combo = SalutationCombo()
        self.initials_edit = QLineEdit()
        self.initials_edit.setPlaceholderText(self.tr("Z.A."))
        self.infix_edit = QLineEdit()
        self.infix_edit.setPlaceholderText(self.tr("van der"))
        self.surname_edit = QLineEdit()
        self.first_name_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.house_number_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setPlaceholderText("1234 AB")
        self.city_edit = QLineEdit()
        self.phone_day_edit = QLineEdit()
        self.phone_evening_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self._row(form, self.tr("Aanhef"), "salutation", self.salutation_combo)
        self._row(form, self.tr("Voorletters"), "initials", self.initials_edit)
        self._pair(
            form,
            self.tr("Tussenvoegsel en achternaam"),
            ("infix", self.infix_edit),
            ("surname", self.surname_edit),
            stretch=(1, 3),
        )
        self._row(form, self.tr("Roepnaam"), "first_name", self.first_name_edit)
        self._pair(
            form,
            self.tr("Straat en huisnummer"),
            ("street", self.street_edit),
            ("house_number", self.house_number_edit),
        )
        self._pair(
            form,
            self.tr("Postcode en woonplaats"),
            ("postcode", self.postcode_edit),
            ("city", self.city_edit),
        )
        self._row(form, self.tr("Telefoon overdag"), "phone_day", self.phone_day_edit)
        self._row(form, self.tr("Telefoon 's avonds"), "phone_evening", self.phone_evening_edit)
        self._row(form, self.tr("E-mailadres"), "email", self.email_edit)
        # The paired fields share one label; each says its own part.
        for edit, name in (
            (self.infix_edit, self.tr("Tussenvoegsel")),
            (self.surname_edit, self.tr("Achternaam")),
            (self.street_edit, self.tr("Straat")),
            (self.house_number_edit, self.tr("Huisnummer")),
            (self.postcode_edit, self.tr("Postcode")),
            (self.city_edit, self.tr("Woonplaats")),
        ):
            edit.setAccessibleName(name)
        for edit in self.complainant_edits():
            edit.textChanged.connect(self._edited)
        self.salutation_combo.currentIndexChanged.connect(self._edited)

    def complainant_edits(self) -> list[QLineEdit]:
        return [
            self.initials_edit,
            self.infix_edit,
            self.surname_edit,
            self.first_name_edit,
            self.street_edit,
            self.house_number_edit,
            self.postcode_edit,
            self.city_edit,
            self.phone_day_edit,
            self.phone_evening_edit,
            self.email_edit,
        ]

    # ----- loading ----------------------------------------------------------------------

    def load(self, detail: ComplaintDetail) -> None:
        """Show the complaint's data (typed changes are discarded)."""
        self._loading = True
        try:
            self.complaint_id = detail.id
            self.version = detail.version
            self.description_edit.setPlainText(detail.description)
            self.channel_combo.setCurrentIndex(
                max(self.channel_combo.findData(Channel(detail.channel).value), 0)
            )
            received = detail.received_on
            self.received_edit.setDate(QDate(received.year, received.month, received.day))
            self.received_edit.setMaximumDate(QDate.currentDate())
            self.urgent_box.setChecked(detail.urgent)
            self.other_handler_box.setChecked(detail.other_handler_requested)
            if self.notable_box is not None:
                self.notable_box.load(detail)
            if self.ombudsman_box is not None:
                self.ombudsman_box.load(detail)
            person = detail.complainant
            self.salutation_combo.set_value(person.salutation)
            self.initials_edit.setText(_text(person.initials))
            self.infix_edit.setText(_text(person.infix))
            self.surname_edit.setText(_text(person.surname))
            self.first_name_edit.setText(_text(person.first_name))
            self.street_edit.setText(_text(person.street))
            self.house_number_edit.setText(_text(person.house_number))
            self.postcode_edit.setText(_text(person.postcode))
            self.city_edit.setText(_text(person.city))
            self.phone_day_edit.setText(display_phone(person.phone_day) if person.phone_day else "")
            self.phone_evening_edit.setText(
                display_phone(person.phone_evening) if person.phone_evening else ""
            )
            self.email_edit.setText(_text(person.email))
            self.employee_picker.clear()
            for concerned in detail.employees_concerned:
                if concerned.resolved:
                    text = concerned.name
                    if concerned.unit_name:
                        text = f"{concerned.name} ({concerned.unit_name})"
                    item = ConcernedEmployee(employee_id=concerned.employee_id)
                else:
                    text = arg(self.tr("%1 (nog koppelen)"), concerned.name)
                    item = ConcernedEmployee(free_text_name=concerned.name)
                self.employee_picker.values_list.add_item(text, item)
            self.dossier_picker.clear()
            for dossier in detail.related_dossiers:
                self.dossier_picker.values_list.add_item(dossier, dossier)
        finally:
            self._loading = False
        self.base = detail
        self._base_state = self._state()
        self._conflict_mine = None
        self.dirty = False
        self.errors.clear()
        self.banner.setVisible(False)
        self.saved_label.clear()

    # ----- what the user changed ----------------------------------------------------------

    def _fields(self) -> dict[str, tuple[Callable[[], object], Callable[[object], None]]]:
        """Per field: read the widget's value, and put one back."""

        def line(edit: QLineEdit) -> tuple[Callable[[], object], Callable[[object], None]]:
            return edit.text, lambda value: edit.setText(str(value))

        def picker(field: EmployeePicker | DossierPicker):  # type: ignore[no-untyped-def]
            def read() -> object:
                return tuple(zip(field.values_list.texts(), field.values_list.items(), strict=True))

            def write(value: object) -> None:
                field.values_list.clear()
                for text, data in value:  # type: ignore[attr-defined]
                    field.values_list.add_item(text, data)

            return read, write

        return {
            "description": (
                self.description_edit.toPlainText,
                lambda value: self.description_edit.setPlainText(str(value)),
            ),
            "channel": (
                self.channel_combo.currentIndex,
                lambda value: self.channel_combo.setCurrentIndex(int(value)),  # type: ignore[call-overload]
            ),
            "received_on": (
                self.received_edit.date,
                lambda value: self.received_edit.setDate(value),  # type: ignore[arg-type]
            ),
            "urgent": (
                self.urgent_box.isChecked,
                lambda value: self.urgent_box.setChecked(bool(value)),
            ),
            "other_handler_requested": (
                self.other_handler_box.isChecked,
                lambda value: self.other_handler_box.setChecked(bool(value)),
            ),
            "employees": picker(self.employee_picker),
            "related_dossiers": picker(self.dossier_picker),
            "salutation": (self.salutation_combo.value, self.salutation_combo.set_value),  # type: ignore[dict-item]
            "initials": line(self.initials_edit),
            "infix": line(self.infix_edit),
            "surname": line(self.surname_edit),
            "first_name": line(self.first_name_edit),
            "street": line(self.street_edit),
            "house_number": line(self.house_number_edit),
            "postcode": line(self.postcode_edit),
            "city": line(self.city_edit),
            "phone_day": line(self.phone_day_edit),
            "phone_evening": line(self.phone_evening_edit),
            "email": line(self.email_edit),
        }

    def _state(self) -> dict[str, object]:
        return {name: read() for name, (read, _write) in self._fields().items()}

    def changed_fields(self) -> dict[str, object]:
        """The fields this user changed since the form was loaded, with their new values."""
        self.employee_picker.commit_pending()
        self.dossier_picker.commit_pending()
        now = self._state()
        return {name: value for name, value in now.items() if self._base_state.get(name) != value}

    def _put(self, values: dict[str, object]) -> None:
        fields = self._fields()
        self._loading = True
        try:
            for name, value in values.items():
                fields[name][1](value)
        finally:
            self._loading = False
        self.dirty = bool(values)

    def rebase(self, fresh: ComplaintDetail) -> bool:
        """Move unsaved changes onto a newer copy when nobody else changed the same fields
        (e.g. the window reloads after this user added a note). False, and the form left as
        it was on its old copy, when they overlap: a save then shows the conflict."""
        mine = self.changed_fields()
        old_base, old_state, shown = self.base, self._base_state, self._state()
        self.load(fresh)
        if any(self._base_state.get(name) != old_state.get(name) for name in mine):
            self.base, self._base_state, self.version = old_base, old_state, old_base.version
            self._put(shown)
            self.dirty = True
            return False
        self._put(mine)
        return True

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.clear()

    # ----- saving -----------------------------------------------------------------------

    def edit(self) -> ComplaintEdit:
        """What the form holds now (a name or dossier still in its entry field counts)."""
        self.employee_picker.commit_pending()
        self.dossier_picker.commit_pending()
        day = self.received_edit.date().toPython()
        return ComplaintEdit(
            description=self.description_edit.toPlainText(),
            channel=Channel(self.channel_combo.currentData()),
            received_on=day,
            complainant=ComplainantData(
                salutation=self.salutation_combo.value(),
                initials=_optional(self.initials_edit.text()),
                first_name=_optional(self.first_name_edit.text()),
                infix=_optional(self.infix_edit.text()),
                surname=_optional(self.surname_edit.text()),
                street=_optional(self.street_edit.text()),
                house_number=_optional(self.house_number_edit.text()),
                postcode=_optional(self.postcode_edit.text()),
                city=_optional(self.city_edit.text()),
                phone_day=_optional(self.phone_day_edit.text()),
                phone_evening=_optional(self.phone_evening_edit.text()),
                email=_optional(self.email_edit.text()),
            ),
            employees_concerned=self.employee_picker.concerned(),
            related_dossiers=self.dossier_picker.dossiers(),
            urgent=self.urgent_box.isChecked(),
            other_handler_requested=self.other_handler_box.isChecked(),
        )

    def save(self) -> bool:
        if not self.can_edit or self.complaint_id is None or self.base is None:
            return False
        self.errors.clear()
        self.saved_label.clear()
        self.banner.setVisible(False)
        try:
            self.version = self.service.update(
                self.complaint_id,
                self.edit(),
                self.base.version,
                complainant_version=self.base.complainant_version,
            )
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return False
        except ConcurrentEditError:
            self._show_conflict()
            return False
        except ServiceError as error:
            messages.show_service_error(self, error)
            return False
        self.dirty = False
        self.saved.emit()
        self.saved_label.setText(self.tr("Opgeslagen."))
        return True

    # ----- a save refused: someone else changed the complaint meanwhile --------------------

    def _show_conflict(self) -> None:
        """Say who changed what since this copy was read; the typed changes stay."""
        assert self.base is not None
        self._conflict_mine = self.changed_fields()
        try:
            changes = self.service.changes_since(self.base.id, self.base.audit_seq)
        except ServiceError:
            changes = []
        lines = [
            arg(
                self.tr("%1, %2: %3"),
                change.who,
                change.at.astimezone().strftime("%d-%m-%Y %H:%M"),
                service_text(change.text),
            )
            for change in changes[:MAX_CONFLICT_LINES]
        ]
        if len(changes) > MAX_CONFLICT_LINES:
            lines.append(
                arg(self.tr("… en nog %1 wijzigingen."), len(changes) - MAX_CONFLICT_LINES)
            )
        text = self.tr(
            "Iemand anders heeft deze klacht gewijzigd nadat u haar opende. Uw wijzigingen zijn "
            "niet opgeslagen; ze staan nog in het formulier."
        )
        if lines:
            text += "\n\n" + self.tr("Gewijzigd door anderen:") + "\n" + "\n".join(lines)
        self.banner_label.setText(text)
        self.banner.setVisible(True)
        self.apply_button.setFocus()

    def apply_mine_to_fresh(self) -> bool:
        """Load the newest copy and put this user's changes back in, to check and save."""
        if self.complaint_id is None:
            return False
        mine = self._conflict_mine if self._conflict_mine is not None else self.changed_fields()
        fresh = messages.attempt(self, lambda: self.service.detail(self.complaint_id))
        if fresh is messages.REFUSED:
            return False
        self.load(fresh)
        self._put(mine)
        self.fresh_loaded.emit(fresh)
        self.saved_label.setText(
            self.tr("Uw wijzigingen staan op de nieuwste gegevens. Controleer ze en kies Opslaan.")
        )
        return True
