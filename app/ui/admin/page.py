"""The Beheer screen: tabs for employees and units, and for an administrator the settings
(organisation, feedback cards, complaint regulation, letter templates, subjects), and for the
administrator and the coordinator the view log export (Inzagelog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from app.services.avg import AvgService
from app.services.letter_templates import LetterTemplateService
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser, Permission
from app.services.regulation import RegulationService
from app.services.retention import RetentionService
from app.services.settings import CardSettingsService, SettingsService
from app.services.subjects import SubjectService
from app.services.verify import VerifyService
from app.services.view_log import ViewLogService
from app.ui.admin.access import can_open_admin  # noqa: F401 (its old home)
from app.ui.admin.avg_panel import AvgPanel
from app.ui.admin.cards_tab import CardsTab
from app.ui.admin.database_check import DatabaseCheckPanel
from app.ui.admin.organisation_tab import OrganisationTab
from app.ui.admin.panels import EmployeesPanel, UnitsPanel
from app.ui.admin.regulation_tab import RegulationTab
from app.ui.admin.retention_tab import RetentionTab
from app.ui.admin.subjects_tab import SubjectsPanel
from app.ui.admin.templates_tab import TemplatesTab
from app.ui.admin.view_log_panel import ViewLogPanel
from app.ui.database_location import DatabaseLocationPanel
from app.ui.pages import page_title


class LazyTab(QWidget):
    """The stand-in of a tab until its content is built: on its first visit (or first use
    from code) the page puts the content in its place, so the Beheer screen opens without
    reading and laying out every tab."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build = build
        self.content: QWidget | None = None


class AdminPage(QWidget):
    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        service = OrganisationService(db, user)
        self.employees = EmployeesPanel(service, user.can(Permission.MANAGE_EMPLOYEES))
        self._units = LazyTab(self._units_panel(service, user.can(Permission.MANAGE_UNITS)))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.employees, self.tr("Medewerkers"))
        self.tabs.addTab(self._units, self.tr("Afdelingen"))
        self.tabs.setDocumentMode(True)

        # The settings tabs exist only for who may change them (the administrator); each is
        # built when first shown.
        self._lazy: dict[str, LazyTab] = {}
        if user.can(Permission.MANAGE_SETTINGS):
            for key, title, build in (
                ("organisation", self.tr("Organisatie"), self._organisation_tab(db, user)),
                (
                    "cards",
                    self.tr("Feedbackkaarten"),
                    lambda: CardsTab(CardSettingsService(db, user)),
                ),
                (
                    "regulation",
                    self.tr("Klachtregeling"),
                    lambda: RegulationTab(RegulationService(db, user)),
                ),
                (
                    "templates",
                    self.tr("Briefsjablonen"),
                    lambda: TemplatesTab(LetterTemplateService(db, user)),
                ),
                (
                    "subjects",
                    self.tr("Onderwerpen"),
                    lambda: SubjectsPanel(SubjectService(db, user)),
                ),
            ):
                self._lazy[key] = LazyTab(build)
                self.tabs.addTab(self._lazy[key], title)
        # The view log export, for the privacy officer (administrator, coordinator).
        if user.can(Permission.VIEW_ACCESS_LOG):
            self._lazy["view_log"] = LazyTab(lambda: ViewLogPanel(ViewLogService(db, user)))
            self.tabs.addTab(self._lazy["view_log"], self.tr("Inzagelog"))
        # AVG requests of a complainant (access, correction, erasure): the coordinator.
        if user.can(Permission.HANDLE_DATA_REQUESTS):
            self._lazy["avg"] = LazyTab(lambda: AvgPanel(AvgService(db, user)))
            self.tabs.addTab(self._lazy["avg"], self.tr("AVG-verzoeken"))
        # Retention: the terms for the administrator, the destruction lists for who proposes,
        # approves (the archivist) or carries them out.
        retention_rights = {
            "can_change_terms": user.can(Permission.MANAGE_SETTINGS),
            "can_propose": user.can(Permission.PROPOSE_DESTRUCTION),
            "can_approve": user.can(Permission.APPROVE_DESTRUCTION),
            "can_carry_out": user.can(Permission.CARRY_OUT_DESTRUCTION),
        }
        if any(retention_rights.values()):
            self._lazy["retention"] = LazyTab(
                lambda: RetentionTab(RetentionService(db, user), **retention_rights)
            )
            self.tabs.addTab(self._lazy["retention"], self.tr("Bewaartermijnen"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Beheer")))
        # Where this workstation's register is: everyone's own choice.
        self.database_location = DatabaseLocationPanel(db.describe())
        layout.addWidget(self.database_location)
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
        self.tabs.currentChanged.connect(self._tab_visited)

        # A change in one list shows up in the other (unit names, employee counts); a list
        # not built yet reads its records when it is.
        self.employees.records_changed.connect(self._refresh_units)

    def _organisation_tab(self, db: Database, user: CurrentUser) -> Callable[[], QWidget]:
        def build() -> QWidget:
            tab = OrganisationTab(SettingsService(db, user))
            tab.saved.connect(self._organisation_saved)
            return tab

        return build

    def _organisation_saved(self) -> None:
        cards = self._lazy["cards"].content
        if isinstance(cards, CardsTab):  # the cards show the organisation's name
            cards.reload_organisation()

    def _refresh_units(self) -> None:
        if self._units.content is not None:
            self.units.refresh()

    def _tab(self, key: str) -> QWidget | None:
        tab = self._lazy.get(key)
        return self._built(tab) if tab is not None else None

    def _tab_visited(self, index: int) -> None:
        stand_in = self.tabs.widget(index)
        if isinstance(stand_in, LazyTab):
            self._built(stand_in)

    def _built(self, stand_in: LazyTab) -> QWidget:
        """The content of ``stand_in``, built and put in its place on first use."""
        if stand_in.content is None:
            stand_in.content = stand_in.build()
            index = self.tabs.indexOf(stand_in)
            current = self.tabs.currentIndex() == index
            self.tabs.blockSignals(True)
            title = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, stand_in.content, title)
            if current:
                self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        return stand_in.content

    def _units_panel(self, service: OrganisationService, manage: bool) -> Callable[[], QWidget]:
        def build() -> QWidget:
            panel = UnitsPanel(service, manage)
            panel.records_changed.connect(self.employees.refresh)
            return panel

        return build

    @property
    def units(self) -> UnitsPanel:
        return cast("UnitsPanel", self._built(self._units))

    @property
    def organisation(self) -> OrganisationTab | None:
        return cast("OrganisationTab | None", self._tab("organisation"))

    @property
    def cards(self) -> CardsTab | None:
        return cast("CardsTab | None", self._tab("cards"))

    @property
    def regulation(self) -> RegulationTab | None:
        return cast("RegulationTab | None", self._tab("regulation"))

    @property
    def templates(self) -> TemplatesTab | None:
        return cast("TemplatesTab | None", self._tab("templates"))

    @property
    def subjects(self) -> SubjectsPanel | None:
        return cast("SubjectsPanel | None", self._tab("subjects"))

    @property
    def retention(self) -> RetentionTab | None:
        return cast("RetentionTab | None", self._tab("retention"))

    @property
    def view_log(self) -> ViewLogPanel | None:
        return cast("ViewLogPanel | None", self._tab("view_log"))

    @property
    def avg(self) -> AvgPanel | None:
        return cast("AvgPanel | None", self._tab("avg"))
