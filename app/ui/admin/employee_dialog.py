"""Add or edit an employee: name, contact details, unit, login and roles."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from app.models.enums import Role
from app.services.organisation import (
    EmployeeInput,
    EmployeeRecord,
    OrganisationService,
    UnitRecord,
)
from app.ui.admin.record_dialog import RecordDialog, optional_text, select_data
from app.ui.widgets import arg, enum_text, set_tab_order

# Roles in the order people think of them, not alphabetically.
ROLE_ORDER = (
    Role.COORDINATOR,
    Role.SECRETARIAT,
    Role.HANDLER,
    Role.MANAGEMENT,
    Role.STAFF,
    Role.ADMINISTRATOR,
)


class EmployeeDialog(RecordDialog):
    record: EmployeeRecord | None

    def __init__(
        self,
        service: OrganisationService,
        record: EmployeeRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, record, parent)
        if record is None:
            self.setWindowTitle(self.tr("Medewerker toevoegen"))
        else:
            self.setWindowTitle(self.tr("Medewerker wijzigen"))

        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("naam@voorbeeld.nl"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("020 123 4567"))
        self.job_title_edit = QLineEdit()
        self.unit_combo = QComboBox()
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("inlognaam op de computer"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_widget = QWidget()
        roles_grid = QGridLayout(roles_widget)
        roles_grid.setContentsMargins(0, 0, 0, 0)
        roles_grid.setHorizontalSpacing(24)
        for position, role in enumerate(ROLE_ORDER):
            box = QCheckBox(enum_text(role))
            self.role_boxes[role] = box
            roles_grid.addWidget(box, position // 2, position % 2)
        roles_widget.setFocusProxy(self.role_boxes[ROLE_ORDER[0]])

        self.add_field(self.tr("Naam *"), "name", self.name_edit)
        self.add_field(self.tr("E-mail"), "email", self.email_edit)
        self.add_field(self.tr("Telefoon"), "phone", self.phone_edit)
        self.add_field(self.tr("Functie"), "job_title", self.job_title_edit)
        self.add_field(self.tr("Afdeling"), "unit_id", self.unit_combo)
        self.add_field(self.tr("Inlognaam"), "login", self.login_edit)
        self.add_field(self.tr("Rollen"), "roles", roles_widget)

        chain: list[QWidget] = [
            self.name_edit,
            self.email_edit,
            self.phone_edit,
            self.job_title_edit,
            self.unit_combo,
            self.login_edit,
            *(self.role_boxes[role] for role in ROLE_ORDER),
            self.save_button,
            self.cancel_button,
        ]
        set_tab_order(chain)

        self._fill_units(service.list_units(include_inactive=True))
        if record is not None:
            self._fill_from(record)
        self.name_edit.setFocus()

    def _fill_units(self, units: list[UnitRecord]) -> None:
        current_unit = self.record.unit_id if self.record is not None else None
        self.unit_combo.addItem(self.tr("(geen)"), None)
        for unit in units:
            if unit.active:
                self.unit_combo.addItem(unit.name, unit.id)
            elif unit.id == current_unit:
                # An employee may stay in a unit that was made inactive meanwhile.
                self.unit_combo.addItem(arg(self.tr("%1 (inactief)"), unit.name), unit.id)

    def _fill_from(self, record: EmployeeRecord) -> None:
        self.name_edit.setText(record.name)
        self.email_edit.setText(record.email or "")
        self.phone_edit.setText(record.phone_display or record.phone or "")
        self.job_title_edit.setText(record.job_title or "")
        self.login_edit.setText(record.login or "")
        select_data(self.unit_combo, record.unit_id)
        for role, box in self.role_boxes.items():
            box.setChecked(role in record.roles)

    def employee_input(self) -> EmployeeInput:
        return EmployeeInput(
            name=self.name_edit.text(),
            email=optional_text(self.email_edit.text()),
            phone=optional_text(self.phone_edit.text()),
            job_title=optional_text(self.job_title_edit.text()),
            unit_id=self.unit_combo.currentData(),
            login=optional_text(self.login_edit.text()),
            roles=frozenset(role for role, box in self.role_boxes.items() if box.isChecked()),
        )

    def submit(self) -> EmployeeRecord:
        data = self.employee_input()
        if self.record is None:
            return self.service.create_employee(data)
        return self.service.update_employee(self.record.id, data, self.record.version)
