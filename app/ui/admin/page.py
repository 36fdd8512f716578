"""The Beheer screen: tabs for employees and units."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser, Permission
from app.ui.admin.panels import EmployeesPanel, UnitsPanel
from app.ui.pages import page_title


def can_open_admin(user: CurrentUser) -> bool:
    return any(
        user.can(permission)
        for permission in (
            Permission.MANAGE_EMPLOYEES,
            Permission.MANAGE_UNITS,
            Permission.VIEW_EMPLOYEES,
        )
    )


class AdminPage(QWidget):
    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        service = OrganisationService(db, user)
        self.employees = EmployeesPanel(service, user.can(Permission.MANAGE_EMPLOYEES))
        self.units = UnitsPanel(service, user.can(Permission.MANAGE_UNITS))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.employees, self.tr("Medewerkers"))
        self.tabs.addTab(self.units, self.tr("Afdelingen"))
        self.tabs.setDocumentMode(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Beheer")))
        if not (user.can(Permission.MANAGE_EMPLOYEES) or user.can(Permission.MANAGE_UNITS)):
            note = QLabel(
                self.tr("U kunt deze gegevens inzien. Alleen een beheerder kan ze wijzigen.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.tabs, 1)

        # A change in one list shows up in the other (unit names, employee counts).
        self.employees.records_changed.connect(self.units.refresh)
        self.units.records_changed.connect(self.employees.refresh)
