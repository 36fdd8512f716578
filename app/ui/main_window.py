"""The main window: navigation on the left, one screen at a time on the right."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

# Qt's namespace, QStyle, QAction, QKeySequence and QIcon are imported where they are used,
# after the first paint: PySide6 builds a class's enums when the class is first taken from
# its module (Qt's namespace alone takes about 10 ms), and this module is imported before
# the shell paints (see app.ui.startup).
from PySide6.QtCore import QCoreApplication, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

import app
from app.ui import messages
from app.ui.pages import LoadingPage, PlaceholderPage
from app.ui.widgets import arg, enum_text, fit_to_screen

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStyle

    # The data layer is imported when the window gets its database (see attach): the shell
    # paints before it, because importing it costs several times a bare window.
    from app.db import Database
    from app.services.permissions import CurrentUser

    # The screens are imported when first visited: together they pull in most of the
    # program (reports, letters, spreadsheets), which a start does not need.
    from app.services.register import RegisterFilter
    from app.ui.admin.page import AdminPage
    from app.ui.complaints.register_page import RegisterPage
    from app.ui.feedback.page import FeedbackPage
    from app.ui.help import HelpDialog, ShortcutsDialog
    from app.ui.learning.page import LearningPage
    from app.ui.reports.dashboard_page import DashboardPage
    from app.ui.reports.reports_page import ReportsPage
    from app.ui.tasks.page import TodayPage

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_SCREEN = "main_window/screen"
# How long the start's background work waits for the first screen's data, and how often it looks.
FIRST_READ_WAIT_S = 5.0
FIRST_READ_POLL_MS = 50


@dataclass(frozen=True)
class Screen:
    key: str  # stable, stored in QSettings
    title: str
    icon: QStyle.StandardPixmap
    description: str = ""


def coordinates(user: CurrentUser | None) -> bool:
    """Who oversees everyone's work: Vandaag is their first screen and their start."""
    from app.services.permissions import Permission

    return user is not None and (
        user.can(Permission.VIEW_ALL_COMPLAINTS) or user.can(Permission.ASSIGN_HANDLER)
    )


def screens(user: CurrentUser | None = None) -> list[Screen]:
    """The screens in navigation order (Ctrl+1 … Ctrl+7); Vandaag first for who
    coordinates."""
    found = _screens()
    if coordinates(user):
        found.sort(key=lambda screen: screen.key != "tasks")
    return found


def _screens() -> list[Screen]:
    from PySide6.QtWidgets import QStyle

    sp = QStyle.StandardPixmap
    return [
        Screen(
            "dashboard",
            QCoreApplication.translate("MainWindow", "Dashboard"),
            sp.SP_ComputerIcon,
            QCoreApplication.translate(
                "MainWindow",
                "Hier komt het overzicht van de werkvoorraad: instroom en uitstroom, "
                "openstaande klachten per behandelaar, hun ouderdom tegen de norm en de "
                "termijnen die bijna verlopen.",
            ),
        ),
        Screen(
            "complaints",
            QCoreApplication.translate("MainWindow", "Klachten"),
            sp.SP_FileDialogDetailedView,
            QCoreApplication.translate(
                "MainWindow",
                "Hier komt het klachtenregister: klachten en signalen registreren, zoeken, "
                "een behandelaar toewijzen en de afhandeling volgen tot en met het oordeel.",
            ),
        ),
        Screen(
            "tasks",
            QCoreApplication.translate("MainWindow", "Vandaag"),
            sp.SP_DialogApplyButton,
            QCoreApplication.translate(
                "MainWindow",
                "Wat vandaag aandacht vraagt: verlopen en komende termijnen, toe te wijzen "
                "klachten, formulieren, kaarten, toezeggingen en taken.",
            ),
        ),
        Screen(
            "feedback",
            QCoreApplication.translate("MainWindow", "Feedbackkaarten"),
            sp.SP_MessageBoxInformation,
            QCoreApplication.translate(
                "MainWindow",
                "Hier komen de groene en rode feedbackkaarten: versturen na de afhandeling, "
                "teruggekomen kaarten registreren en doorgeven aan de behandelaar.",
            ),
        ),
        Screen(
            "proposals",
            QCoreApplication.translate("MainWindow", "Verbetervoorstellen"),
            sp.SP_BrowserReload,
            QCoreApplication.translate(
                "MainWindow",
                "Hier komen de verbetervoorstellen: SMART vastleggen, laten besluiten door "
                "het MT en volgen tot ze gerealiseerd zijn.",
            ),
        ),
        Screen(
            "reports",
            QCoreApplication.translate("MainWindow", "Rapportages"),
            sp.SP_FileIcon,
            QCoreApplication.translate(
                "MainWindow",
                "Hier komen de kwartaalrapportage voor het MT en het jaaroverzicht (Awb "
                "9:12a), ook in een geanonimiseerde versie.",
            ),
        ),
        Screen("admin", QCoreApplication.translate("MainWindow", "Beheer"), sp.SP_DirIcon),
        Screen(
            "anonymised",
            QCoreApplication.translate("MainWindow", "Geanonimiseerd register"),
            sp.SP_FileDialogListView,
        ),
    ]


def user_description(user: CurrentUser) -> str:
    """``Gebruiker: name (login) — roles`` for the status bar."""
    from app.models.enums import Role

    roles = ", ".join(enum_text(role) for role in Role if role in user.roles)
    text = arg(
        QCoreApplication.translate("MainWindow", "Gebruiker: %1 (%2)"), user.name, user.login
    )
    return f"{text} — {roles}" if roles else text


class MainWindow(QMainWindow):
    """One window that fills in. ``MainWindow()`` is its shell: the title, an empty
    navigation and "Laden…", painted before the data layer is imported (``app.launch``);
    ``attach`` gives it the database and the user: the screens, menus and status bar. The
    first screen is built just after the attached window's first paint, every other one on
    its first visit. ``MainWindow(db, user)`` does both at once."""

    # The shell has painted (before ``attach``): the database can be opened now.
    shell_painted = Signal()
    # The shell was closed before it got its database.
    closed_while_loading = Signal()
    # The first screen is built and in front (it may still be loading, see its ``loading``).
    first_screen_ready = Signal()
    # The first screen has painted with its data (or has tried for FIRST_READ_WAIT_S):
    # background work of the start (the file's integrity check, warming the calendar and
    # the anonymiser) waits for this, so it does not compete with the first screen's read
    # for the processor and Python's interpreter lock.
    first_screen_painted = Signal()

    def __init__(
        self,
        db: Database | None = None,
        user: CurrentUser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # While True, choosing a screen only moves to its place: attach chooses the first
        # screen before the window is shown, and building it then would delay the first paint.
        self._building_shell = True
        self._first_screen_built = False
        self._attached = False
        self._shell_announced = False  # shell_painted is emitted once
        self.screens: list[Screen] = []
        self._keys: list[str] = []
        # Pages by screen key, each built on its first visit (see _page).
        self._pages: dict[str, QWidget] = {}
        self.screen_actions: dict[str, QAction] = {}
        self.help_dialog: HelpDialog | None = None

        self.setWindowTitle(self.tr("Interne Klachten"))
        self.setMinimumSize(QSize(900, 560))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setUniformItemSizes(True)
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget()
        self._shell_page = LoadingPage()
        self._shell_page.painted.connect(self._shell_page_painted)
        self.stack.addWidget(self._shell_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The menus are there from the first paint (empty and dimmed until attach), so the
        # window's content does not move down when they fill in.
        self.file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        for menu in (self.file_menu, self.go_menu, self.help_menu):
            menu.setEnabled(False)
        self.statusBar().showMessage(self.tr("Laden…"))
        geometry = QSettings().value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1280, 800)
        if db is not None and user is not None:
            self.attach(db, user)

    def _shell_page_painted(self) -> None:
        if not self._attached and not self._shell_announced:
            self._shell_announced = True
            # Queued: the paint that noticed this reaches the screen first.
            QTimer.singleShot(0, self.shell_painted.emit)

    def is_attached(self) -> bool:
        return self._attached

    def attach(self, db: Database, user: CurrentUser) -> None:
        """Give the window its database and user: the screens this user may open, the
        menus, the status bar, and the screen to start on."""
        from app.services.settings import SettingsService
        from app.ui.admin.access import can_open_admin

        assert not self._attached, "a window is attached once"
        self._attached = True
        self._building_shell = True
        self.db = db
        self.user = user
        self.screens = screens(user)
        self._keys = [screen.key for screen in self.screens]

        organisation = SettingsService(db, user).organisation_name()
        self._organisation = organisation or ""
        self._blank_form_job: object | None = None
        title = self.tr("Interne Klachten")
        self.setWindowTitle(f"{title} — {organisation}" if organisation else title)

        from PySide6.QtGui import QAction, QKeySequence

        for number, screen in enumerate(self.screens, start=1):
            icon = self.style().standardIcon(screen.icon)
            item = QListWidgetItem(icon, screen.title)
            item.setToolTip(f"{screen.title} (Ctrl+{number})")
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
            placeholder = LoadingPage()
            placeholder.painted.connect(self._shell_painted)
            self.stack.addWidget(placeholder)
            action = QAction(icon, screen.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(self._show_screen_callback(screen.key))
            self.screen_actions[screen.key] = action
        self.stack.removeWidget(self._shell_page)
        self._shell_page.deleteLater()

        allowed_admin = can_open_admin(user)
        admin_row = self._keys.index("admin")
        self.nav.item(admin_row).setHidden(not allowed_admin)
        self.screen_actions["admin"].setVisible(allowed_admin)
        self.screen_actions["admin"].setEnabled(allowed_admin)

        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        for menu in (self.file_menu, self.go_menu, self.help_menu):
            menu.setEnabled(True)
        self._build_status_bar()
        self._restore_settings()
        self._building_shell = False

    # ----- building ---------------------------------------------------------------------

    def _build_page(self, screen: Screen) -> QWidget:
        if screen.key == "admin":
            from app.ui.admin.access import can_open_admin

            if not can_open_admin(self.user):
                return QWidget()  # never shown: the navigation item is hidden
            from app.ui.admin.page import AdminPage

            return AdminPage(self.db, self.user)
        if screen.key == "complaints":
            from app.ui.complaints.register_page import RegisterPage

            return RegisterPage(self.db, self.user)
        if screen.key == "anonymised":
            from app.ui.anonymised.page import AnonymisedRegisterPage

            return AnonymisedRegisterPage(self.db, self.user)
        if screen.key == "tasks":
            from app.ui.tasks.page import TodayPage

            tasks_page = TodayPage(self.db, self.user)
            tasks_page.proposal_requested.connect(self._show_proposal)
            tasks_page.cards_requested.connect(lambda: self.show_screen("feedback"))
            tasks_page.summaries_requested.connect(self._show_summaries_to_approve)
            return tasks_page
        if screen.key == "dashboard":
            from app.ui.reports.dashboard_page import DashboardPage

            return DashboardPage(self.db, self.user, self.open_register)
        if screen.key == "reports":
            from app.ui.reports.reports_page import ReportsPage

            return ReportsPage(self.db, self.user)
        if screen.key == "feedback":
            from app.ui.feedback.page import FeedbackPage

            return FeedbackPage(self.db, self.user)
        if screen.key == "proposals":
            from app.ui.learning.page import LearningPage

            return LearningPage(self.db, self.user)
        return PlaceholderPage(screen.title, screen.description)

    def built_screens(self) -> set[str]:
        """The screens whose page exists (a page is built on its first visit)."""
        return set(self._pages)

    def _page(self, key: str) -> QWidget | None:
        """The page of ``key``, built now if it was not yet; None for a screen this user
        cannot open (Beheer without the rights)."""
        page = self._pages.get(key)
        if page is None:
            row = self._keys.index(key)
            page = self._build_page(self.screens[row])
            placeholder = self.stack.widget(row)
            in_front = self.stack.currentIndex() == row
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if in_front:
                self.stack.setCurrentIndex(row)
            self._pages[key] = page
        return None if type(page) is QWidget else page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if not self._building_shell:
            self._page(self._keys[row])
        self.stack.setCurrentIndex(row)

    def _shell_painted(self) -> None:
        # Queued: the paint that called this finishes (and reaches the screen) first.
        QTimer.singleShot(0, self._build_first_screen)

    def _build_first_screen(self) -> None:
        if self._first_screen_built:
            return
        self._first_screen_built = True
        self._show_row(self.stack.currentIndex())
        # Queued after the page's first paint request, with the window as context.
        QTimer.singleShot(0, self, self._first_screen_has_painted)
        self.first_screen_ready.emit()

    def _first_screen_has_painted(self, since: float | None = None) -> None:
        since = time.monotonic() if since is None else since
        page = self.stack.currentWidget()
        if getattr(page, "loading", False) and time.monotonic() - since < FIRST_READ_WAIT_S:
            QTimer.singleShot(
                FIRST_READ_POLL_MS, self, lambda: self._first_screen_has_painted(since)
            )
            return
        _warm_calendar()
        _warm_deidentifier()
        self.first_screen_painted.emit()

    @property
    def admin_page(self) -> AdminPage | None:
        return cast("AdminPage | None", self._page("admin"))

    @property
    def register_page(self) -> RegisterPage | None:
        return cast("RegisterPage | None", self._page("complaints"))

    @property
    def tasks_page(self) -> TodayPage | None:
        return cast("TodayPage | None", self._page("tasks"))

    @property
    def feedback_page(self) -> FeedbackPage | None:
        return cast("FeedbackPage | None", self._page("feedback"))

    @property
    def dashboard_page(self) -> DashboardPage | None:
        return cast("DashboardPage | None", self._page("dashboard"))

    @property
    def reports_page(self) -> ReportsPage | None:
        return cast("ReportsPage | None", self._page("reports"))

    @property
    def learning_page(self) -> LearningPage | None:
        return cast("LearningPage | None", self._page("proposals"))

    def open_register(self, register_filter: RegisterFilter) -> None:
        """The register, filtered (a click on a dashboard bar)."""
        self.show_screen("complaints")
        if self.register_page is not None:
            self.register_page.apply_filter(register_filter)

    def _show_proposal(self, proposal_id: int) -> None:
        """An overdue proposal from Vandaag opens on the Verbetervoorstellen screen."""
        self.show_screen("proposals")
        if self.learning_page is not None:
            self.learning_page.show_proposal(proposal_id)

    def _show_screen_callback(self, key: str) -> Callable[[], None]:
        return lambda: self.show_screen(key)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from app.services.permissions import Permission

        file_menu = self.file_menu

        may_register = self.user.can(Permission.REGISTER_COMPLAINT)
        self.new_complaint_action = QAction(self.tr("&Nieuwe klacht…"), self)
        self.new_complaint_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_complaint_action.triggered.connect(self._on_register("new_complaint"))
        self.import_action = QAction(self.tr("&Importeren…"), self)
        self.import_action.triggered.connect(self._on_register("import_register"))
        self.export_action = QAction(self.tr("&Exporteren…"), self)
        self.export_action.setToolTip(self.tr("De klachten in het register opslaan als Excel"))
        self.export_action.triggered.connect(self._on_register("export_to_excel"))
        for action, allowed in (
            (self.new_complaint_action, may_register),
            (self.import_action, may_register),
            (self.export_action, True),
        ):
            action.setVisible(allowed)
            action.setEnabled(allowed)
            file_menu.addAction(action)
        self.woo_action = QAction(self.tr("&Woo-export…"), self)
        self.woo_action.setToolTip(
            self.tr("Documenten van klachten gelakt als PDF, met een inventarislijst")
        )
        self.woo_action.triggered.connect(self.show_woo_export)
        if self.user.can(Permission.EXPORT_WOO):
            file_menu.addAction(self.woo_action)
        self.blank_form_action = QAction(self.tr("Leeg &klachtformulier opslaan (PDF)…"), self)
        self.blank_form_action.setToolTip(
            self.tr(
                "Het klachtformulier (bijlage 3) blanco, om af te drukken of op de "
                "website te zetten"
            )
        )
        self.blank_form_action.triggered.connect(self.save_blank_form)
        file_menu.addSeparator()
        file_menu.addAction(self.blank_form_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.go_menu
        for screen in self.screens:
            go_menu.addAction(self.screen_actions[screen.key])

        help_menu = self.help_menu
        self.guide_action = QAction(self.tr("&Handleiding"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Sneltoetsen"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&Over Interne Klachten…"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        self.language_action = QAction("Taal / Language…", self)
        self.language_action.triggered.connect(self.show_language)
        help_menu.addAction(self.language_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def show_language(self) -> None:
        from app.ui.language import LanguageDialog

        LanguageDialog(self).open()

    def show_woo_export(self) -> None:
        """The Woo-export screen, with the register's selected complaint filled in."""
        from PySide6.QtCore import Qt

        from app.ui.woo.export_dialog import WooExportDialog

        row = self.register_page.selected_row() if self.register_page is not None else None
        dialog = WooExportDialog(self.db, self.user, [row.number] if row else [], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def save_blank_form(self) -> None:
        """The blank annex-3 form as a PDF, made off the GUI thread (reportlab's first use)."""
        from pathlib import Path

        from app.reports.annex3_blank import build_blank_annex3_pdf
        from app.ui.files import Purpose, ask_save_file, file_op

        chosen, _filter = ask_save_file(
            self,
            Purpose.FORM,
            self.tr("Leeg klachtformulier opslaan"),
            self.tr("klachtformulier.pdf"),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        organisation = self._organisation
        self.statusBar().showMessage(self.tr("Het klachtformulier wordt gemaakt…"))
        self._blank_form_job = (
            file_op(self, lambda: build_blank_annex3_pdf(organisation), path)
            .success(self._blank_form_saved)
            .failure(self._blank_form_failed)
            .done(self._blank_form_ended)
            .start()
        )

    def _blank_form_ended(self) -> None:
        self._blank_form_job = None

    def _blank_form_saved(self, path: str) -> None:
        self.statusBar().showMessage(
            arg(self.tr("Leeg klachtformulier opgeslagen in %1"), path), 10_000
        )

    def _blank_form_failed(self, _error: object) -> None:
        self.statusBar().clearMessage()
        messages.error(
            self,
            self.tr("Niet opgeslagen"),
            self.tr(
                "Het klachtformulier kon niet worden opgeslagen. Kies een map waarin u mag "
                "schrijven en waar ruimte is, en probeer het opnieuw."
            ),
        )

    def _on_register(self, method: str) -> Callable[[], None]:
        """A Bestand item that is a register action: the register comes to the front first."""

        def run() -> None:
            self.show_screen("complaints")
            if self.register_page is not None:
                getattr(self.register_page, method)()

        return run

    def _build_status_bar(self) -> None:
        from PySide6.QtCore import Qt

        self.database_label = QLabel(arg(self.tr("Database: %1"), self.db.describe()))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(user_description(self.user))
        status = self.statusBar()
        status.clearMessage()
        status.addPermanentWidget(self.database_label, 1)
        status.addPermanentWidget(self.user_label)

    # ----- navigation -------------------------------------------------------------------

    def current_screen(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def show_screen(self, key: str) -> bool:
        """Switch to the screen ``key``; False when it does not exist or is not allowed."""
        if key not in self._keys:
            return False
        row = self._keys.index(key)
        if self.nav.item(row).isHidden():
            return False
        self.nav.setCurrentRow(row)
        # The row may be current already while its page waits for the first paint.
        self._show_row(row)
        return True

    # ----- help -------------------------------------------------------------------------

    def show_guide(self) -> HelpDialog:
        """The user guide, opened on the guide of the user's role (non-blocking)."""
        from app.ui.help import HelpDialog

        if self.help_dialog is not None:
            self.help_dialog.raise_()
            self.help_dialog.activateWindow()
            return self.help_dialog
        self.help_dialog = HelpDialog(self.user.roles, self)
        self.help_dialog.destroyed.connect(self._help_closed)
        self.help_dialog.show()
        return self.help_dialog

    def _help_closed(self) -> None:
        self.help_dialog = None

    def show_shortcuts(self) -> ShortcutsDialog:
        from app.ui.help import ShortcutsDialog

        actions = [
            self.new_complaint_action,
            *self.screen_actions.values(),
            self.guide_action,
            self.quit_action,
        ]
        dialog = ShortcutsDialog(actions, self)
        dialog.open()
        return dialog

    # ----- about ------------------------------------------------------------------------

    def show_about(self) -> None:
        text = (
            arg(self.tr("Interne Klachten, versie %1"), app.__version__)
            + "\n\n"
            + self.tr(
                "Voor het registreren, behandelen en leren van interne klachten "
                "(Algemene wet bestuursrecht, hoofdstuk 9)."
            )
            + "\n\n"
            + arg(self.tr("Database: %1"), self.db.describe())
        )
        messages.information(self, self.tr("Over Interne Klachten"), text)

    # ----- settings ---------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        # The shell restored the geometry already; a shown shell may have been moved since.
        state = settings.value(SETTINGS_STATE)
        if state is not None:
            self.restoreState(state)
        # Who coordinates starts the day on Vandaag; others where they left off.
        key = (
            "tasks"
            if coordinates(self.user)
            else settings.value(SETTINGS_SCREEN, self._default_screen())
        )
        if not isinstance(key, str) or not self.show_screen(key):
            self.show_screen(self._default_screen())

    def _show_summaries_to_approve(self) -> None:
        from app.ui.anonymised.page import AnonymisedRegisterPage

        if self.show_screen("anonymised"):
            page = self._page("anonymised")
            if isinstance(page, AnonymisedRegisterPage):
                page.show_approval()

    def _default_screen(self) -> str:
        """Staff, who may read no complaint, start on the anonymised register."""
        from app.services.permissions import Permission
        from app.ui.complaints.register_page import can_view_register

        if can_view_register(self.user) or self.user.can(Permission.VIEW_REPORTS):
            return "dashboard"
        return "anonymised"

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_SCREEN, self.current_screen())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attached:
            self.save_settings()
        super().closeEvent(event)
        if not self._attached:
            self.closed_while_loading.emit()


def _warm_calendar() -> None:
    """The holiday calendar's first use costs about 250 ms (the holidays package import);
    paying it on a worker thread keeps it off the first screen that shows a deadline."""
    from app.ui import ops

    def work(_progress: object) -> None:
        from app.services import calendar

        calendar.warm_up()

    def failed(error: BaseException) -> None:
        # Only a head start: the first deadline computes the calendar itself.
        log.info("calendar warm-up failed: %s", type(error).__name__)

    ops.Op(None, work).failure(failed).start()


def _warm_deidentifier() -> None:
    """The anonymiser's model loads from its cache in about a second, and builds that cache
    the first time (about 90 s of CPU): on a daemon thread of its own, not the shared pool.
    It touches no Qt object and no database, so it needs none of the pool's signal care;
    it must not hold a pool thread the screens' reads need, nor keep the program from
    closing (the cache is written beside and renamed, so an interrupted build leaves none)."""
    import threading

    def work() -> None:
        from app.services import deidentify

        try:
            deidentify.warm_up()
        except Exception as error:  # the screens that need it wait for it and say so
            log.warning("anonymiser warm-up failed: %s", type(error).__name__)

    threading.Thread(target=work, name="deidentify-warm-up", daemon=True).start()
