"""A complaint's own window: a header with its number, kind, status, urgency, next deadline
and related cases ("#"), and the tabs Gegevens, Contactnotities, Bijlagen, Behandeling,
Brieven, Historie and, for the coordinator, Inzage (Behandeling first for the complaint's own
handler).

Non-modal, one window per complaint (opening it again brings the open one forward). After
every change the window reloads and tells whoever opened it (the register refreshes).
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable
from datetime import date
from typing import Self

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.clusters import ClusterService
from app.services.complaints import ComplaintDetail, ComplaintService
from app.services.deadlines import deadline_state
from app.services.errors import NotFound, PermissionDenied, ServiceError
from app.services.letters import LetterService
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser, Permission
from app.services.settings import SettingsService
from app.services.view_log import ViewLogService
from app.services.workflow import END_STATUSES, WorkflowService
from app.ui import messages
from app.ui.common.display import (
    DEADLINE_TEXT,
    PERSISTENT_STYLE,
    deadline_background,
    deadline_state_text,
    format_date,
    no_response_text,
)
from app.ui.common.tables import list_table
from app.ui.common.weak import weak_callback
from app.ui.complaints.detail_form import DataTab
from app.ui.complaints.detail_tabs import (
    AttachmentsTab,
    HistoryTab,
    NotesTab,
    RowsModel,
    TableRow,
    size_columns,
)
from app.ui.complaints.persistent_dialog import PersistentComplainantDialog
from app.ui.complaints.register_model import related_tip
from app.ui.complaints.view_log_tab import ViewLogTab
from app.ui.widgets import ERROR_COLOUR, arg, enum_text, fit_to_screen, service_text
from app.ui.workflow.handling_tab import HandlingTab
from app.ui.workflow.letters_tab import LettersTab

log = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "complaint_detail/geometry"

ChangeListener = Callable[[], None]


def _weakly(listener: ChangeListener) -> Callable[[], ChangeListener | None]:
    """A bound method is held weakly, so the window does not keep its opener alive."""
    if inspect.ismethod(listener):
        return weakref.WeakMethod(listener)
    return lambda: listener


class ComplaintDetailWindow(QWidget):
    """The detail window of one complaint. Raises ``ServiceError`` when the complaint cannot
    be read (gone, or not for this user)."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.user = user
        self.complaint_id = complaint_id
        self.service = ComplaintService(db, user)
        # open(): recorded in the view log; the refreshes below read detail().
        self.detail: ComplaintDetail = self.service.open(complaint_id)
        self._listeners: list[Callable[[], ChangeListener | None]] = []
        self._closing_confirmed = False
        try:
            employees = OrganisationService(db, user).list_employees(include_inactive=False)
        except ServiceError:
            employees = []  # only free-text names can be added then
        max_bytes = SettingsService(db, user).attachment_max_bytes()

        self._build_header()
        self.data_tab = DataTab(self.service, user, employees)
        self.notes_tab = NotesTab(self.service, user)
        self.attachments_tab = AttachmentsTab(self.service, user, max_bytes)
        workflow = WorkflowService(db, user)
        self.handling_tab = HandlingTab(workflow)
        self.letters_tab = LettersTab(LetterService(db, user), workflow, user)
        self.history_tab = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.data_tab, self.tr("Gegevens"))
        self.tabs.addTab(self.notes_tab, self.tr("Contactnotities"))
        self.tabs.addTab(self.attachments_tab, self.tr("Bijlagen"))
        self.tabs.addTab(self.handling_tab, self.tr("Behandeling"))
        self.tabs.addTab(self.letters_tab, self.tr("Brieven"))
        self.tabs.addTab(self.history_tab, self.tr("Historie"))
        # Who looked at this complaint: only for who may read the view log.
        self.view_log_tab: ViewLogTab | None = None
        if user.can(Permission.VIEW_ACCESS_LOG):
            self.view_log_tab = ViewLogTab(ViewLogService(db, user))
            self.tabs.addTab(self.view_log_tab, self.tr("Inzage"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.related_box)
        layout.addWidget(self.tabs, 1)

        self.data_tab.saved.connect(self.changed)
        self.data_tab.reload_requested.connect(self.reload_data)
        self.data_tab.fresh_loaded.connect(self._show_around_form)
        self.notes_tab.changed.connect(self.changed)
        self.attachments_tab.changed.connect(self.changed)
        self.handling_tab.changed.connect(self.changed)
        self.handling_tab.reload_requested.connect(self.refresh)
        self.letters_tab.changed.connect(self.changed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.data_tab.save)
        close = QShortcut(QKeySequence.StandardKey.Close, self)
        close.activated.connect(self.close)

        self._show(self.detail, reload_form=True)
        if self.detail.handler_id is not None and self.detail.handler_id == user.employee_id:
            self.show_handling()
        self._restore_geometry()

    # ----- opening ----------------------------------------------------------------------

    @classmethod
    def find_open(cls, db: Database, complaint_id: int) -> Self | None:
        """The window already open for this complaint, if any."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, cls)
                and widget.db is db
                and widget.complaint_id == complaint_id
                and not widget.isHidden()
            ):
                return widget
        return None

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        parent: QWidget | None,
        on_changed: ChangeListener | None = None,
    ) -> Self:
        """Show the complaint's window (a new one, or the one already open, brought
        forward); ``on_changed`` runs after each change made in it."""
        window = cls.find_open(db, complaint_id)
        if window is None:
            window = cls(db, user, complaint_id, parent)
        if on_changed is not None and on_changed not in window.listeners():
            window._listeners.append(_weakly(on_changed))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_handling(self) -> None:
        """Bring the Behandeling tab to the front."""
        self.tabs.setCurrentWidget(self.handling_tab)

    def show_attachments(self) -> None:
        """Bring the Bijlagen tab to the front (where the unseen follow-ups stand out)."""
        self.tabs.setCurrentWidget(self.attachments_tab)

    # ----- header -----------------------------------------------------------------------

    def _build_header(self) -> None:
        self.number_label = QLabel()
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.urgent_label = QLabel(self.tr("Spoed"))
        self.urgent_label.setStyleSheet(
            f"QLabel {{ color: white; background: {ERROR_COLOUR}; border-radius: 3px;"
            " padding: 1px 8px; font-weight: bold; }"
        )
        self.related_mark = QLabel("#")
        self.related_mark.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 1px 6px;"
            " font-weight: bold; }"
        )
        self.related_mark.setToolTip(related_tip())
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline_label")
        self.cluster_label = QLabel()
        self.cluster_label.setObjectName("cluster_label")
        self.persistent_label = QLabel()
        self.persistent_label.setObjectName("persistent_label")
        self.persistent_label.setWordWrap(True)
        self.persistent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.persistent_label.setStyleSheet(PERSISTENT_STYLE)
        self.persistent_button = QPushButton(self.tr("Geen reactie meer…"))
        self.persistent_button.setToolTip(
            self.tr("Vastleggen dat de organisatie deze klager op onderwerpen niet meer antwoordt")
        )
        self.persistent_button.clicked.connect(self.edit_persistent)

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.number_label)
        title_row.addWidget(self.urgent_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.related_mark, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(self.deadline_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.header_layout = QVBoxLayout()
        self.header_layout.setSpacing(4)
        self.header_layout.addLayout(title_row)
        self.header_layout.addWidget(self.summary_label)
        info_row = QHBoxLayout()
        info_row.setSpacing(10)
        info_row.addWidget(self.cluster_label)
        info_row.addWidget(self.persistent_label, 1)
        info_row.addStretch(0)
        info_row.addWidget(self.persistent_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.header_layout.addLayout(info_row)

        self.related_box = QGroupBox(self.tr("# Samenhangende zaken"))
        self.related_box.setToolTip(related_tip())
        self.related_model = RowsModel(
            [self.tr("Nummer"), self.tr("Status"), self.tr("Behandelaar"), self.tr("Reden")],
            self,
        )
        self.related_table = list_table(
            self.related_model, self.tr("Samenhangende zaken"), stretch_column=3
        )
        size_columns(
            self.related_table,
            ["IK-2026-00000", "Informeel afgerond", "nog geen behandelaar (Oosterhuis)"],
        )
        self.related_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.related_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dossiers_label = QLabel()
        self.dossiers_label.setWordWrap(True)
        self.dossiers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        related_layout = QVBoxLayout(self.related_box)
        related_layout.addWidget(self.related_table)
        related_layout.addWidget(self.dossiers_label)

    def _show_header(self, detail: ComplaintDetail) -> None:
        self.setWindowTitle(arg(self.tr("%1 — Interne Klachten"), detail.number))
        self.number_label.setText(detail.number)
        self.urgent_label.setVisible(detail.urgent)
        self.related_mark.setVisible(bool(detail.related))
        parts = [enum_text(detail.kind), enum_text(detail.status)]
        if detail.route is not None:
            parts.append(enum_text(detail.route))
        parts.append(arg(self.tr("ontvangen %1"), format_date(detail.received_on)))
        parts.append(
            arg(self.tr("behandelaar: %1"), detail.handler_name)
            if detail.handler_name
            else self.tr("nog geen behandelaar")
        )
        if detail.complainant.name:
            parts.append(arg(self.tr("klager: %1"), detail.complainant.name))
        self.summary_label.setText(" · ".join(parts))
        self._show_cluster(detail)
        warning = no_response_text(detail.no_response_subjects, detail.no_response_notice_on)
        self.persistent_label.setText(warning)
        self.persistent_label.setVisible(bool(warning))
        self.persistent_button.setVisible(self._persistent_offered(detail))

        state = deadline_state(detail.next_deadline, date.today())
        if detail.next_deadline is None:
            self.deadline_label.setText(self.tr("Geen lopende termijn"))
            self.deadline_label.setStyleSheet("")
        else:
            self.deadline_label.setText(
                arg(self.tr("Eerstvolgende termijn: %1"), format_date(detail.next_deadline))
            )
            background = deadline_background(state)
            if background is not None:
                weight = "bold" if state == "overdue" else "normal"
                self.deadline_label.setStyleSheet(
                    f"QLabel {{ background: {background.name()}; color: {DEADLINE_TEXT.name()};"
                    f" border-radius: 3px; padding: 2px 8px; font-weight: {weight}; }}"
                )
            else:
                self.deadline_label.setStyleSheet("")
        self.deadline_label.setToolTip(deadline_state_text(state))

        self.related_model.set_rows(
            [
                TableRow(
                    (
                        case.number,
                        enum_text(case.status),
                        case.handler_name or self.tr("nog geen behandelaar"),
                        service_text(case.reason),
                    )
                )
                for case in detail.related
            ]
        )
        rows = len(detail.related)
        self.related_table.setVisible(rows > 0)
        row_height = self.related_table.verticalHeader().defaultSectionSize()
        header_height = self.related_table.horizontalHeader().sizeHint().height()
        self.related_table.setFixedHeight(header_height + row_height * min(rows, 4) + 4)
        if detail.related_dossiers:
            self.dossiers_label.setText(
                arg(self.tr("Dossiernummers: %1"), ", ".join(detail.related_dossiers))
            )
        else:
            self.dossiers_label.clear()
        self.dossiers_label.setVisible(bool(detail.related_dossiers))
        self.related_box.setVisible(bool(detail.related or detail.related_dossiers))

    def _show_cluster(self, detail: ComplaintDetail) -> None:
        cluster = None
        if self.user.can(Permission.VIEW_ALL_COMPLAINTS):
            try:
                cluster = ClusterService(self.db, self.user).cluster_of(detail.id)
            except ServiceError as error:
                log.info("cluster not shown: %s", type(error).__name__)
        if cluster is None:
            self.cluster_label.clear()
        else:
            self.cluster_label.setText(
                arg(self.tr("Cluster: %1 (%2 klachten)"), cluster.name, len(cluster.members))
            )
        self.cluster_label.setVisible(cluster is not None)

    def _persistent_offered(self, detail: ComplaintDetail) -> bool:
        """Geen reactie meer… belongs to a complaint still being handled; on a closed one
        only to lift a flag set before (else it could never be lifted there)."""
        if detail.complainant_id is None or not self.user.can(Permission.ASSIGN_HANDLER):
            return False
        return detail.status not in END_STATUSES or bool(detail.no_response_subjects)

    def edit_persistent(self) -> PersistentComplainantDialog | None:
        """Geen reactie meer…: flag the complainant as persistent, or lift it."""
        detail = self.detail
        if not self._persistent_offered(detail):
            return None
        self.persistent_dialog = PersistentComplainantDialog.open_for(
            self.db,
            self.user,
            detail.complainant_id,
            detail.no_response_subjects,
            detail.no_response_notice_on,
            self,
            self.changed,
            version=detail.complainant_version,
        )
        return self.persistent_dialog

    # ----- loading ----------------------------------------------------------------------

    def _show(self, detail: ComplaintDetail, *, reload_form: bool) -> None:
        if reload_form or not self.data_tab.dirty:
            self.data_tab.load(detail)
        else:
            self.data_tab.rebase(detail)  # typed changes stay, on the newest copy if they can
        self._show_around_form(detail)

    def _show_around_form(self, detail: ComplaintDetail) -> None:
        """Everything but the Gegevens form (which loaded ``detail`` itself)."""
        self.detail = detail
        self._show_header(detail)
        self.notes_tab.load(detail)
        self.attachments_tab.load(detail)
        self.handling_tab.load(detail)
        self.letters_tab.load(detail)
        try:
            self.history_tab.load(self.service.history(detail.id))
        except ServiceError as error:
            log.info("history not shown: %s", type(error).__name__)
        if self.view_log_tab is not None:
            self.view_log_tab.load(detail.id)
        unseen = sum(1 for a in detail.attachments if a.unseen_by_handler)
        notes = arg(self.tr("Contactnotities (%1)"), len(detail.notes))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), notes)
        attachments = arg(self.tr("Bijlagen (%1)"), len(detail.attachments))
        if unseen:
            attachments = arg(
                self.tr("Bijlagen (%1, %2 ongezien)"), len(detail.attachments), unseen
            )
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), attachments)

    def refresh(self, *, reload_form: bool = False) -> bool:
        """Read the complaint again; typed, unsaved changes in Gegevens stay unless
        ``reload_form``. False (and the window closes) when it can no longer be read."""
        try:
            detail = self.service.detail(self.complaint_id)
        except (NotFound, PermissionDenied) as error:
            messages.show_service_error(self.parentWidget(), error)
            self._closing_confirmed = True
            self.close()
            return False
        except ServiceError as error:
            messages.show_service_error(self, error)
            return False
        self._show(detail, reload_form=reload_form)
        return True

    def reload_data(self) -> None:
        """Opnieuw laden: the newest data, typed changes discarded."""
        self.refresh(reload_form=True)

    def changed(self) -> None:
        """Something was saved here: reload, and tell the listeners (the register)."""
        self.refresh()
        for listener in self.listeners():
            listener()

    def listeners(self) -> list[ChangeListener]:
        """Who is told about changes (those still alive)."""
        alive = [reference() for reference in self._listeners]
        return [listener for listener in alive if listener is not None]

    # ----- closing ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1100, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.data_tab.dirty and not self._closing_confirmed:
            event.ignore()
            self.tabs.setCurrentWidget(self.data_tab)
            messages.confirm(
                self,
                self.tr("Wijzigingen niet opgeslagen"),
                self.tr(
                    "U hebt gegevens gewijzigd zonder ze op te slaan. Het venster sluiten "
                    "zonder op te slaan?"
                ),
                self.tr("Sluiten zonder opslaan"),
                weak_callback(self._close_anyway),
                cancel_label=self.tr("Terug naar het venster"),
            )
            return
        QSettings().setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.attachments_tab.remove_temporary_copies()
        self.letters_tab.remove_temporary_copies()
        super().closeEvent(event)

    def _close_anyway(self) -> None:
        self._closing_confirmed = True
        self.close()
