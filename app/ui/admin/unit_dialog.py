"""Add or edit an organisational unit: name, kind, parent unit and manager."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.models.enums import UnitKind
from app.services.organisation import (
    EmployeeRecord,
    OrganisationService,
    UnitInput,
    UnitRecord,
)
from app.ui.admin.record_dialog import RecordDialog, select_data
from app.ui.widgets import arg, enum_text, set_tab_order


def descendants_of(unit_id: int, units: list[UnitRecord]) -> set[int]:
    """The ids of ``unit_id`` and every unit below it (they cannot be its parent)."""
    children: dict[int | None, list[int]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit.id)
    found = {unit_id}
    pending = [unit_id]
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


class UnitDialog(RecordDialog):
    record: UnitRecord | None

    def __init__(
        self,
        service: OrganisationService,
        record: UnitRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, record, parent)
        if record is None:
            self.setWindowTitle(self.tr("Afdeling toevoegen"))
        else:
            self.setWindowTitle(self.tr("Afdeling wijzigen"))

        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in UnitKind:
            self.kind_combo.addItem(enum_text(kind), kind.value)
        self.parent_combo = QComboBox()
        self.manager_combo = QComboBox()

        self.add_field(self.tr("Naam *"), "name", self.name_edit)
        self.add_field(self.tr("Soort"), "kind", self.kind_combo)
        self.add_field(self.tr("Valt onder"), "parent_id", self.parent_combo)
        self.add_field(self.tr("Leidinggevende"), "manager_id", self.manager_combo)

        chain: list[QWidget] = [
            self.name_edit,
            self.kind_combo,
            self.parent_combo,
            self.manager_combo,
            self.save_button,
            self.cancel_button,
        ]
        set_tab_order(chain)

        self._fill_parents(service.list_units(include_inactive=True))
        self._fill_managers(service.list_employees(include_inactive=True))
        if record is not None:
            self.name_edit.setText(record.name)
            select_data(self.kind_combo, record.kind.value)
            select_data(self.parent_combo, record.parent_id)
            select_data(self.manager_combo, record.manager_id)
        else:
            select_data(self.kind_combo, UnitKind.TEAM.value)
        self.name_edit.setFocus()

    def _fill_parents(self, units: list[UnitRecord]) -> None:
        excluded = descendants_of(self.record.id, units) if self.record is not None else set()
        current = self.record.parent_id if self.record is not None else None
        self.parent_combo.addItem(self.tr("(geen)"), None)
        for unit in units:
            if unit.id in excluded:
                continue
            if unit.active:
                self.parent_combo.addItem(unit.name, unit.id)
            elif unit.id == current:
                self.parent_combo.addItem(arg(self.tr("%1 (inactief)"), unit.name), unit.id)

    def _fill_managers(self, employees: list[EmployeeRecord]) -> None:
        current = self.record.manager_id if self.record is not None else None
        self.manager_combo.addItem(self.tr("(geen)"), None)
        for employee in employees:
            if employee.active:
                self.manager_combo.addItem(employee.name, employee.id)
            elif employee.id == current:
                # Shown so nothing changes silently; saving asks for an active manager.
                self.manager_combo.addItem(
                    arg(self.tr("%1 (inactief)"), employee.name), employee.id
                )

    def unit_input(self) -> UnitInput:
        return UnitInput(
            name=self.name_edit.text(),
            kind=UnitKind(self.kind_combo.currentData()),
            parent_id=self.parent_combo.currentData(),
            manager_id=self.manager_combo.currentData(),
        )

    def submit(self) -> UnitRecord:
        data = self.unit_input()
        if self.record is None:
            return self.service.create_unit(data)
        return self.service.update_unit(self.record.id, data, self.record.version)
