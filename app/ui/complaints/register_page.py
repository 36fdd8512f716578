"""The "Klachten" screen: the register of complaints and signals, with filters, a search,
and the actions that start from it (new complaint, open, convert a signal, merge
complainants, export).

The table is a lazy model over ``RegisterService`` (see ``register_model``); sorting by a
header click and every filter go to the service, which answers from SQL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import ComplaintKind, Status
from app.services.clusters import ClusterInfo, ClusterService
from app.services.errors import ServiceError
from app.services.intake import IntakeResult, IntakeService
from app.services.organisation import EmployeeRecord, OrganisationService, UnitRecord
from app.services.permissions import CurrentUser, Permission
from app.services.register import RegisterFilter, RegisterRow, RegisterService, RegisterSort
from app.ui import messages, ops
from app.ui.common.tables import list_table
from app.ui.common.weak import weak_callback
from app.ui.complaints.cluster_dialog import ClusterDialog
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.complaints.intake_dialog import IntakeDialog
from app.ui.complaints.merge_dialog import MergeComplainantsDialog
from app.ui.complaints.register_columns import ColumnLayout
from app.ui.complaints.register_filters import OPEN_CHOICE, RegisterFilterBar
from app.ui.complaints.register_model import FirstRead, RegisterColumn, RegisterModel
from app.ui.files import Purpose, ask_save_file
from app.ui.pages import page_title
from app.ui.widgets import EmptyState, arg, note_label, set_tab_order

log = logging.getLogger(__name__)

_Choices = tuple[
    list[EmployeeRecord], list[UnitRecord], date | None, list[ClusterInfo]
]  # employees, units, oldest receipt, clusters


def can_view_register(user: CurrentUser) -> bool:
    """Coordinators and the secretariat see every complaint, handlers their own."""
    return user.can(Permission.VIEW_ALL_COMPLAINTS) or user.can(Permission.HANDLE_COMPLAINT)


class RegisterPage(QWidget):
    """The register screen. Users who may not see the register get a friendly text."""

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.allowed = can_view_register(user)
        self.sees_all = user.can(Permission.VIEW_ALL_COMPLAINTS)
        self.export_job: ops.Op[str] | None = None
        self.intake_dialog: QWidget | None = None
        self.merge_dialog: QWidget | None = None
        self.cluster_dialog: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("Klachten")))
        if not self.allowed:
            self.refusal_label = QLabel(
                self.tr(
                    "Het klachtenregister is alleen te zien voor de klachtcoördinator, het "
                    "secretariaat en klachtbehandelaars. Hebt u het nodig voor uw werk, vraag "
                    "dan de beheerder om de juiste rol."
                )
            )
            self.refusal_label.setWordWrap(True)
            self.refusal_label.setMaximumWidth(720)
            layout.addWidget(self.refusal_label)
            layout.addStretch(1)
            return

        self.service = RegisterService(db, user)
        self.model = RegisterModel(self.service, self)
        self._build_actions()
        self.filters = RegisterFilterBar(show_handler=self.sees_all)
        self._build_table()
        # The first count, page and filter choices are read off the GUI thread when the page
        # is first shown (at 100,000 complaints they cost a few hundred ms); until they are
        # here, "Laden…" stands where the table will be.
        self.loader = ops.Reader(self)
        self._first_read_started = False
        self.loading_label = QLabel(self.tr("Laden…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (
            self.new_button,
            self.open_button,
            self.convert_button,
            self.merge_button,
            self.cluster_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.stop_export_button)
        layout.addLayout(actions)
        if not self.sees_all:
            layout.addWidget(note_label(self.tr("U ziet alleen de klachten die u behandelt.")))
        layout.addWidget(self.filters)
        self.hidden_new_notice = self._build_hidden_new_notice()
        layout.addWidget(self.hidden_new_notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.loading_label, 1)
        self.table.setVisible(False)
        # Instead of an empty table: how to begin, or how to undo the filters that hide all.
        self.empty_state = EmptyState()
        self.empty_state.setVisible(False)
        self.empty_state.button.clicked.connect(self._empty_state_clicked)
        layout.addWidget(self.empty_state, 1)
        set_tab_order(
            [
                self.new_button,
                self.open_button,
                self.convert_button,
                self.merge_button,
                self.cluster_button,
                self.import_button,
                self.export_button,
                *self.filters.focus_chain(),
                self.table,
            ]
        )

        self.model.failed.connect(self._model_failed, Qt.ConnectionType.QueuedConnection)
        self.model.modelReset.connect(self._model_reset)
        self.filters.changed.connect(self.apply_filters)
        self.filters.changed.connect(self.hidden_new_notice.hide)
        self.columns.restore(default_sort=RegisterColumn.RECEIVED)
        self._sort_section = self.header.sortIndicatorSection()
        self._sort_order = self.header.sortIndicatorOrder()
        self.header.sortIndicatorChanged.connect(self._sort_changed)
        self.model.set_query_unread(self.filters.current_filter(), *self._header_sort())

    # ----- building ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_button = QPushButton(self.tr("Nieuwe klacht…"))
        # Ctrl+N is the main window's Bestand › Nieuwe klacht… (one owner, no ambiguity).
        self.new_button.setToolTip(self.tr("Een klacht of signaal registreren (Ctrl+N)"))
        self.new_button.setVisible(self.user.can(Permission.REGISTER_COMPLAINT))
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setToolTip(self.tr("De gekozen klacht openen (Enter of dubbelklik)"))
        self.convert_button = QPushButton(self.tr("Signaal omzetten in klacht"))
        self.convert_button.setToolTip(
            self.tr("Van het gekozen signaal een klacht maken, met een eigen IK-nummer")
        )
        self.convert_button.setVisible(self.user.can(Permission.REGISTER_COMPLAINT))
        self.merge_button = QPushButton(self.tr("Klagers samenvoegen…"))
        self.merge_button.setToolTip(
            self.tr("Twee gegevens van dezelfde persoon samenvoegen tot één klager")
        )
        self.merge_button.setVisible(self.user.can(Permission.MERGE_COMPLAINANTS))
        self.cluster_button = QPushButton(self.tr("Clusteren…"))
        self.cluster_button.setToolTip(
            self.tr("De gekozen klacht samen met soortgelijke klachten behandelen")
        )
        self.cluster_button.setVisible(self.user.can(Permission.ASSIGN_HANDLER))
        self.cluster_button.clicked.connect(self.cluster_selected)
        self.import_button = QPushButton(self.tr("Importeren…"))
        self.import_button.setToolTip(
            self.tr("Een register uit Excel of CSV inlezen, met eerst een controle van elke rij")
        )
        self.import_button.setVisible(self.user.can(Permission.REGISTER_COMPLAINT))
        self.import_button.clicked.connect(self.import_register)
        self.export_button = QPushButton(self.tr("Exporteren naar Excel…"))
        self.export_button.setToolTip(
            self.tr("De klachten die nu in de lijst staan opslaan als Excel-bestand")
        )
        self.stop_export_button = QPushButton(self.tr("Stoppen"))
        self.stop_export_button.setToolTip(self.tr("Het exporteren afbreken"))
        self.stop_export_button.setVisible(False)
        self.stop_export_button.clicked.connect(self.stop_export)
        self.new_button.clicked.connect(self.new_complaint)
        self.open_button.clicked.connect(self.open_selected)
        self.convert_button.clicked.connect(self.convert_selected_signal)
        self.merge_button.clicked.connect(self.merge_complainants)
        self.export_button.clicked.connect(self.export_to_excel)

    @property
    def loading(self) -> bool:
        return self.allowed and self.loader.busy

    def ensure_loaded(self) -> None:
        """Start the first read (once): the filter choices, the count and the first page."""
        if not self.allowed or self._first_read_started:
            return
        self._first_read_started = True
        db, user, service = self.db, self.user, self.service
        sees_all = self.sees_all
        read_rows = self.model.first_read()

        def work() -> tuple[_Choices, FirstRead]:
            organisation = OrganisationService(db, user)
            try:
                employees = organisation.list_employees()
                units = organisation.list_units()
            except ServiceError:  # without the lists the filters offer "all" only
                employees, units = [], []
            try:
                clusters = ClusterService(db, user).clusters() if sees_all else []
            except ServiceError:
                clusters = []
            try:
                oldest = service.first_received()
            except ServiceError:
                oldest = None
            return (employees, units, oldest, clusters), read_rows()

        self.loading_label.setVisible(True)
        self.table.setVisible(False)
        self.empty_state.setVisible(False)
        self.loader.load(work, self._first_read_arrived, self._first_read_failed)

    def _first_read_arrived(self, result: tuple[_Choices, FirstRead]) -> None:
        (employees, units, oldest, clusters), rows = result
        self.loading_label.setVisible(False)
        # Filling the lists is not a filter change of the user's.
        self.filters.blockSignals(True)
        try:
            self.filters.set_people_and_units(employees, units)
            self.filters.set_clusters(clusters)
            self.filters.set_years([oldest] if oldest is not None else [])
        finally:
            self.filters.blockSignals(False)
        if not self.model.apply_read(rows):
            self._model_reset()  # a reload came first: show what it found
        QTimer.singleShot(0, self, self._fit_columns_once)  # not after the page is gone

    def _first_read_failed(self, error: Exception) -> None:
        self.loading_label.setVisible(False)
        self.table.setVisible(True)
        if isinstance(error, ServiceError):
            messages.show_service_error(self, error)
            return
        log.error("reading the register failed", exc_info=error)
        messages.error(
            self,
            self.tr("Klachten"),
            self.tr("Het register kon niet worden gelezen. Details staan in het logboek."),
        )

    def _fill_years(self) -> None:
        try:
            oldest = self.service.first_received()
        except ServiceError:
            oldest = None
        self.filters.set_years([oldest] if oldest is not None else [])

    def _build_table(self) -> None:
        # list_table: a hidden vertical header of fixed-size rows, no per-row measuring.
        self.table = list_table(
            self.model,
            self.tr("Klachtenregister"),
            object_name="register_table",
            stretch_last=False,
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header = self.table.horizontalHeader()
        self.columns = ColumnLayout(self.table, self.model)
        self.table.activated.connect(self._row_activated)
        # selectionChanged, not currentRowChanged: the current index moves before the
        # selection does, so the buttons would follow the previously chosen row.
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self.allowed and not self.columns.fitted:
            # The first time: share the table's width out once the layout has settled.
            QTimer.singleShot(0, self._fit_columns_once)

    def _fit_columns_once(self) -> None:
        # While "Laden…" stands the table is hidden; its columns are fitted when rows come.
        if not self.columns.fitted and self.isVisible() and self.table.isVisible():
            self.columns.fit()

    # ----- sorting and filtering --------------------------------------------------------

    def _header_sort(self) -> tuple[RegisterSort, bool]:
        spec = self.model.columns[self.header.sortIndicatorSection()]
        return spec.sort or RegisterSort.RECEIVED, (
            self.header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        spec = self.model.columns[section]
        if spec.sort is None:  # "#" and Spoed are not sortable: put the arrow back
            self.header.blockSignals(True)
            self.header.setSortIndicator(self._sort_section, self._sort_order)
            self.header.blockSignals(False)
            self.header.viewport().update()
            return
        self._sort_section, self._sort_order = section, order
        descending = order == Qt.SortOrder.DescendingOrder
        sort = spec.sort
        self._reload_keeping_selection(lambda: self.model.set_sort(sort, descending))
        self.columns.save()

    def sort_by(self, column: RegisterColumn, descending: bool = False) -> None:
        """As clicking the column's header until the wanted order shows."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.header.setSortIndicator(self.model.column_of(column), order)

    def apply_filters(self) -> None:
        wanted = self.filters.current_filter()
        if wanted != self.model.filter:
            self._reload_keeping_selection(lambda: self.model.set_filter(wanted))

    def apply_filter(self, filter: RegisterFilter) -> None:
        """Show the register with ``filter`` (the dashboard opens it this way). The filter
        bar shows the parts it has fields for; a note above the table names the rest
        (open only, a period of receipt, a subject) until the bar is changed."""
        if not self.allowed:
            return
        bar = self.filters
        widgets: list[QWidget] = [*bar.combos(), *bar.check_boxes(), bar.search_edit]
        for widget in widgets:
            widget.blockSignals(True)
        status = filter.status
        if status is None and filter.open_only:
            status = OPEN_CHOICE  # the status list has "Alle open" for it
        for combo, value in (
            (bar.year_combo, filter.year),
            (bar.status_combo, status),
            (bar.handler_combo, filter.handler_id),
            (bar.unit_combo, filter.unit_id),
            (bar.route_combo, filter.route),
            (bar.kind_combo, filter.kind),
            (bar.cluster_combo, filter.cluster_id),
        ):
            wanted = getattr(value, "value", value)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
        bar.overdue_box.setChecked(filter.overdue)
        bar.urgent_box.setChecked(filter.urgent)
        bar.fast_lane_box.setChecked(filter.fast_lane)
        bar.search_edit.setText(filter.search or "")
        bar.search_timer.stop()
        for widget in widgets:
            widget.blockSignals(False)
        extra = []
        if filter.open_only and filter.status is not None:
            extra.append(self.tr("alleen open klachten"))
        if filter.received_from or filter.received_to:
            extra.append(
                arg(
                    self.tr("ontvangen %1 t/m %2"),
                    filter.received_from.strftime("%d-%m-%Y") if filter.received_from else "…",
                    filter.received_to.strftime("%d-%m-%Y") if filter.received_to else "…",
                )
            )
        if filter.subject_id is not None:
            extra.append(self.tr("één onderwerp"))
        if not hasattr(self, "extra_filter_label"):
            self.extra_filter_label = note_label("")
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.table), self.extra_filter_label)
            bar.changed.connect(self.extra_filter_label.hide)  # the bar's filter takes over
        self.extra_filter_label.setText(
            arg(
                self.tr("Vanuit het dashboard: %1. Kies 'Filters wissen' om alles te zien."),
                ", ".join(extra),
            )
        )
        self.extra_filter_label.setVisible(bool(extra))
        self._reload_keeping_selection(lambda: self.model.set_filter(filter))

    def _model_reset(self) -> None:
        if self.loading:
            return  # "Laden…" stays until the first read is here
        self.filters.set_count(self.model.total, self.model.filter.kind)
        self._update_buttons()
        self._show_empty_state()

    def register_is_empty(self) -> bool:
        """No complaint or signal at all that this user may see (not: none matches)."""
        try:
            return self.service.count() == 0
        except ServiceError:
            return False

    def _show_empty_state(self) -> None:
        if self.model.total > 0:
            self.empty_state.setVisible(False)
            self.table.setVisible(True)
            return
        if self.register_is_empty():
            may_register = self.user.can(Permission.REGISTER_COMPLAINT)
            self.empty_state.set_texts(
                self.tr("Nog geen klachten geregistreerd"),
                self.tr(
                    "Hier komen alle klachten en signalen te staan. Registreer de eerste met "
                    "'Nieuwe klacht' (Ctrl+N), of lees een bestaand register in met "
                    "'Importeren'. Hulp vindt u onder Help › Handleiding (F1)."
                )
                if may_register
                else self.tr(
                    "Er staan nog geen klachten in het register die u kunt zien. Zodra een "
                    "klacht aan u is toegewezen, verschijnt die hier."
                ),
                self.tr("Nieuwe klacht…") if may_register else "",
            )
        else:
            self.empty_state.set_texts(
                self.tr("Geen klachten gevonden met deze filters"),
                self.tr("Pas de filters of de zoektekst aan, of wis alle filters."),
                self.tr("Filters wissen"),
            )
        self.table.setVisible(False)
        self.empty_state.setVisible(True)

    def _empty_state_clicked(self) -> None:
        if self.register_is_empty():
            self.new_complaint()
        else:
            self.filters.clear()

    def _model_failed(self, error: ServiceError) -> None:
        messages.show_service_error(self, error)

    # ----- refreshing and selecting -----------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Read the register again (after a change), keeping the place in the list."""
        if not self.allowed:
            return
        self._fill_years()
        self._reload_keeping_selection(self.model.reload, keep_position=True, select_id=select_id)

    def _reload_keeping_selection(
        self,
        reload: Callable[[], None],
        *,
        keep_position: bool = False,
        select_id: int | None = None,
    ) -> None:
        selected = self.selected_row()
        old_row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        reload()
        if keep_position:
            self.table.verticalScrollBar().setValue(scroll)
        wanted = select_id if select_id is not None else (selected.id if selected else None)
        if wanted is None:
            return
        if keep_position and select_id is None and old_row >= 0:
            row = self.model.row_at(old_row)
            if row is not None and row.id == wanted:
                self.select_row(old_row, scroll=False)
                return
        self.select_complaint(wanted, max_pages=10 if select_id is not None else 2)

    def select_complaint(self, complaint_id: int, max_pages: int = 10) -> bool:
        """Select the complaint's row (when it is near enough the top of this view)."""
        row = self.model.find_row(complaint_id, max_pages=max_pages)
        if row is None:
            self.table.clearSelection()
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int, *, scroll: bool = True) -> None:
        index = self.model.index(row, self.model.column_of(RegisterColumn.NUMBER))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def selected_row(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.cluster_button.setEnabled(row is not None)
        self.convert_button.setEnabled(
            row is not None
            and self.user.can(Permission.REGISTER_COMPLAINT)
            and row.kind == ComplaintKind.SIGNAL
            and row.status == Status.REGISTERED
        )

    # ----- actions ----------------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_row(index.row(), scroll=False)
            self.open_selected()

    def open_selected(self) -> ComplaintDetailWindow | None:
        row = self.selected_row()
        if row is None:
            return None
        return self.open_complaint(row.id)

    def open_complaint(self, complaint_id: int) -> ComplaintDetailWindow | None:
        try:
            return ComplaintDetailWindow.open_for(
                self.db, self.user, complaint_id, self, self._detail_changed
            )
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return None

    def _detail_changed(self) -> None:
        self.refresh()

    def new_complaint(self) -> None:
        if not self.user.can(Permission.REGISTER_COMPLAINT):
            return
        dialog = IntakeDialog.open_new(self.db, self.user, self, self._complaint_registered)
        dialog.result_view.open_requested.connect(self._open_registered)
        self.intake_dialog = dialog

    def _open_registered(self, complaint_id: int) -> ComplaintDetailWindow | None:
        """'Klacht openen' after registering: the intake is done, the complaint opens."""
        dialog = self.intake_dialog
        if isinstance(dialog, IntakeDialog) and dialog.isVisible():
            dialog.accept()
        return self.open_complaint(complaint_id)

    def _complaint_registered(self, result: IntakeResult) -> None:
        self.refresh(select_id=result.complaint_id)
        selected = self.selected_row()
        if selected is not None and selected.id == result.complaint_id:
            return
        if self.model.filter == RegisterFilter():
            return  # not filtered out, only far down in this order
        # A filter (the bar's, or one the dashboard set) hides the new complaint: say so,
        # with the way out, instead of letting it seem lost.
        self.hidden_new_label.setText(
            arg(
                self.tr(
                    "De nieuwe registratie %1 valt buiten de gekozen filters en staat daarom "
                    "niet in de lijst."
                ),
                result.number,
            )
        )
        self._hidden_new_id = result.complaint_id
        self.hidden_new_notice.setVisible(True)

    def _build_hidden_new_notice(self) -> QWidget:
        self.hidden_new_label = QLabel()
        self.hidden_new_label.setWordWrap(True)
        self.hidden_new_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hidden_new_clear = QPushButton(self.tr("Filters wissen"))
        self.hidden_new_clear.clicked.connect(self._clear_filters_for_new)
        notice = QFrame()
        notice.setObjectName("hiddenNewNotice")
        notice.setStyleSheet(
            "QFrame#hiddenNewNotice { background: #fff7dc; border: 1px solid #c69c00;"
            " border-radius: 4px; } QFrame#hiddenNewNotice QLabel { color: #3d2f00; }"
        )
        row = QHBoxLayout(notice)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.hidden_new_label, 1)
        row.addWidget(self.hidden_new_clear)
        notice.setVisible(False)
        self._hidden_new_id: int | None = None
        return notice

    def _clear_filters_for_new(self) -> None:
        wanted = self._hidden_new_id
        self.hidden_new_notice.setVisible(False)
        if hasattr(self, "extra_filter_label"):
            self.extra_filter_label.hide()
        self.filters.clear()  # emits changed: the register reloads without any filter
        if self.model.filter != RegisterFilter():
            self._reload_keeping_selection(lambda: self.model.set_filter(RegisterFilter()))
        if wanted is not None:
            self.select_complaint(wanted)

    def convert_selected_signal(self) -> None:
        row = self.selected_row()
        if row is None or row.kind != ComplaintKind.SIGNAL:
            return
        messages.confirm(
            self,
            self.tr("Signaal omzetten in klacht"),
            arg(
                self.tr(
                    "Van signaal %1 wordt een klacht gemaakt, met een eigen IK-nummer en "
                    "de termijnen van een klacht. Het signaal wordt afgesloten met een "
                    "verwijzing naar de nieuwe klacht."
                ),
                row.number,
            ),
            self.tr("Omzetten"),
            weak_callback(self._convert, row),  # the box must not keep the page alive
        )

    def _convert(self, row: RegisterRow) -> None:
        try:
            result = IntakeService(self.db, self.user).convert_signal(row.id)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return
        self.refresh(select_id=result.complaint_id)
        messages.information(
            self,
            self.tr("Signaal omgezet"),
            arg(self.tr("Signaal %1 is nu klacht %2."), row.number, result.number),
        )

    def merge_complainants(self) -> None:
        if not self.user.can(Permission.MERGE_COMPLAINANTS):
            return
        self.merge_dialog = MergeComplainantsDialog.open_for(self.db, self.user, self, self.refresh)

    def cluster_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.user.can(Permission.ASSIGN_HANDLER):
            return
        self.cluster_dialog = ClusterDialog.open_for(
            self.db, self.user, (row.id, row.number, row.status), self, self.refresh
        )

    def import_register(self) -> None:
        if not self.user.can(Permission.REGISTER_COMPLAINT):
            return
        # The spreadsheet modules (openpyxl) are imported when used, not on the first visit.
        from app.ui.io.import_wizard import ImportWizard

        self.import_wizard = ImportWizard.open_new(self.db, self.user, self, self.refresh)

    def export_to_excel(self) -> None:
        if self.export_job is not None:
            return
        # The spreadsheet modules (openpyxl) are imported when used, not on the first visit.
        from app.services.register_io import RegisterExportService
        from app.services.sheet_writing import EXPORT_SUFFIXES

        excel = self.tr("Excel-werkmap (*.xlsx)")
        path, chosen = ask_save_file(
            self,
            Purpose.EXPORT,
            self.tr("Register exporteren"),
            self.tr("klachtenregister.xlsx"),
            ";;".join([excel, self.tr("CSV met puntkomma's (*.csv)")]),
        )
        if not path:
            return
        # The format follows the extension; without one, the chosen file type gives it.
        if Path(path).suffix.lower() not in EXPORT_SUFFIXES:
            path += ".xlsx" if chosen in ("", excel) else ".csv"
        register_filter, sort, descending = (
            self.model.filter,
            self.model.sort_key,
            self.model.descending,
        )
        db, user = self.db, self.user

        def work(progress: ops.Progress) -> str:
            RegisterExportService(db, user).export(
                path, register_filter, sort, descending, progress
            )
            return path

        self.export_job = (
            ops.Op(self, work)
            .progress(self._export_progress)
            .cancellable()
            .success(self._export_finished)
            .failure(self._export_failed)
            .done(self._export_done)
            .start()
        )
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Bezig met exporteren…"))
        self.stop_export_button.setVisible(True)

    def stop_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancel()
            self.stop_export_button.setEnabled(False)

    def _export_progress(self, done: int, total: int) -> None:
        if total > 0 and self.export_job is not None:
            self.export_button.setText(
                arg(self.tr("Bezig met exporteren… %1%"), done * 100 // total)
            )

    def _export_done(self) -> None:
        self.export_job = None
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("Exporteren naar Excel…"))
        self.stop_export_button.setVisible(False)
        self.stop_export_button.setEnabled(True)

    def _export_finished(self, path: str) -> None:
        messages.information(
            self,
            self.tr("Register geëxporteerd"),
            arg(self.tr("Het register is opgeslagen in %1."), path),
        )

    def _export_failed(self, error: BaseException) -> None:
        ops.show_failure(
            self,
            error,
            self.tr("Exporteren mislukt"),
            self.tr("Het register kon niet worden opgeslagen."),
        )
