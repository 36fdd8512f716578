"""The Beheer screen: tabs for employees and units, and for an administrator the settings
(organisation, feedback cards, complaint regulation, letter templates, subjects), and for the
administrator and the coordinator the view log export (Inzagelog)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from app.services.letter_templates import LetterTemplateService
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser, Permission
from app.services.regulation import RegulationService
from app.services.settings import CardSettingsService, SettingsService
from app.services.subjects import SubjectService
from app.services.verify import VerifyService
from app.services.view_log import ViewLogService
from app.ui.admin.access import can_open_admin  # noqa: F401 (its old home)
from app.ui.admin.cards_tab import CardsTab
from app.ui.admin.database_check import DatabaseCheckPanel
from app.ui.admin.organisation_tab import OrganisationTab
from app.ui.admin.panels import EmployeesPanel, UnitsPanel
from app.ui.admin.regulation_tab import RegulationTab
from app.ui.admin.subjects_tab import SubjectsPanel
from app.ui.admin.templates_tab import TemplatesTab
from app.ui.admin.view_log_panel import ViewLogPanel
from app.ui.pages import page_title


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

        # The settings tabs exist only for who may change them (the administrator).
        self.organisation: OrganisationTab | None = None
        self.cards: CardsTab | None = None
        self.regulation: RegulationTab | None = None
        self.templates: TemplatesTab | None = None
        self.subjects: SubjectsPanel | None = None
        if user.can(Permission.MANAGE_SETTINGS):
            self.organisation = OrganisationTab(SettingsService(db, user))
            self.cards = CardsTab(CardSettingsService(db, user))
            self.regulation = RegulationTab(RegulationService(db, user))
            self.templates = TemplatesTab(LetterTemplateService(db, user))
            self.subjects = SubjectsPanel(SubjectService(db, user))
            self.tabs.addTab(self.organisation, self.tr("Organisatie"))
            self.tabs.addTab(self.cards, self.tr("Feedbackkaarten"))
            self.tabs.addTab(self.regulation, self.tr("Klachtregeling"))
            self.tabs.addTab(self.templates, self.tr("Briefsjablonen"))
            self.tabs.addTab(self.subjects, self.tr("Onderwerpen"))
            # The cards show the organisation's name.
            self.organisation.saved.connect(self.cards.reload_organisation)
        # The view log export, for the privacy officer (administrator, coordinator).
        self.view_log: ViewLogPanel | None = None
        if user.can(Permission.VIEW_ACCESS_LOG):
            self.view_log = ViewLogPanel(ViewLogService(db, user))
            self.tabs.addTab(self.view_log, self.tr("Inzagelog"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Beheer")))
        # The full check of the register, for who may make and restore backups.
        self.database_check: DatabaseCheckPanel | None = None
        if user.can(Permission.BACKUP):
            self.database_check = DatabaseCheckPanel(VerifyService(db, user))
            layout.addWidget(self.database_check)
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
