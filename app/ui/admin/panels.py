"""The two Beheer lists: employees and organisational units."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.services.organisation import EmployeeRecord, OrganisationService, UnitRecord
from app.ui.admin.employee_dialog import EmployeeDialog
from app.ui.admin.record_list import RecordListPanel
from app.ui.admin.table_models import EmployeeTableModel, UnitTableModel
from app.ui.admin.unit_dialog import UnitDialog
from app.ui.widgets import arg


class EmployeesPanel(RecordListPanel):
    def __init__(
        self, service: OrganisationService, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(EmployeeTableModel(), can_manage, parent)
        self.service = service
        self.table.setAccessibleName(self.tr("Medewerkers"))
        self.refresh()

    def fetch_records(self) -> list[EmployeeRecord]:
        return self.service.list_employees(include_inactive=True)

    def open_editor(self, record: EmployeeRecord | None) -> QDialog:
        return EmployeeDialog.open_for(self, self.service, record, self.record_saved)

    def change_active(self, record: EmployeeRecord, active: bool) -> EmployeeRecord:
        return self.service.set_employee_active(record.id, active, record.version)

    def deactivate_question(self, record: EmployeeRecord) -> tuple[str, str, str]:
        return (
            self.tr("Medewerker inactief maken"),
            arg(
                self.tr(
                    "Wilt u %1 inactief maken? Een inactieve medewerker kan niet meer inloggen "
                    "en is niet meer te kiezen bij nieuwe klachten. De gegevens blijven bewaard; "
                    "u kunt de medewerker later weer actief maken."
                ),
                record.name,
            ),
            self.tr("Inactief maken"),
        )


class UnitsPanel(RecordListPanel):
    def __init__(
        self, service: OrganisationService, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(UnitTableModel(), can_manage, parent)
        self.service = service
        self.table.setAccessibleName(self.tr("Afdelingen"))
        self.refresh()

    def fetch_records(self) -> list[UnitRecord]:
        return self.service.list_units(include_inactive=True)

    def open_editor(self, record: UnitRecord | None) -> QDialog:
        return UnitDialog.open_for(self, self.service, record, self.record_saved)

    def change_active(self, record: UnitRecord, active: bool) -> UnitRecord:
        return self.service.set_unit_active(record.id, active, record.version)

    def deactivate_question(self, record: UnitRecord) -> tuple[str, str, str]:
        return (
            self.tr("Afdeling inactief maken"),
            arg(
                self.tr(
                    "Wilt u de afdeling %1 inactief maken? Een inactieve afdeling is niet meer "
                    "te kiezen voor medewerkers. U kunt haar later weer actief maken."
                ),
                record.name,
            ),
            self.tr("Inactief maken"),
        )
