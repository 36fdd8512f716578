"""Verbetervoorstellen: the list of improvement proposals (deadline in red when overdue) beside
the editor of the chosen one."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import ProposalStatus
from app.services.errors import ServiceError
from app.services.learning import ImprovementService, ProposalView
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser, Permission
from app.ui import messages, ops
from app.ui.admin.record_list import FIT_ROWS
from app.ui.common.display import format_date
from app.ui.common.tables import list_table
from app.ui.common.weak import weak_callback
from app.ui.files import TempFiles
from app.ui.learning.proposal_editor import ProposalEditor
from app.ui.list_model import ListTableModel
from app.ui.widgets import ERROR_COLOUR, EmptyState, arg, enum_text, fit_columns

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

ALL = "all"


class ProposalsModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Titel"),
            self.tr("Eigenaar"),
            self.tr("Deadline"),
            self.tr("Besluit"),
            self.tr("Status"),
        ]
        self.rows: list[ProposalView] = []
        self._overdue = QColor(ERROR_COLOUR)

    def set_rows(self, rows: list[ProposalView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        proposal = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                proposal.title,
                proposal.owner_name or "",
                format_date(proposal.deadline),
                enum_text(proposal.decision),
                enum_text(proposal.status),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and proposal.overdue:
            return self._overdue
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2 and proposal.overdue:
                return self.tr("De deadline is verstreken en het voorstel is nog niet klaar.")
            if column == 0:
                return proposal.title
        return None


class ProposalsTab(QWidget):
    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.service = ImprovementService(db, user, today=today)
        self.manage = user.can(Permission.MANAGE_PROPOSALS)
        self.temp_files = TempFiles()
        self.destroyed.connect(self.temp_files.remove)
        try:
            employees = OrganisationService(db, user).list_employees(include_inactive=False)
        except ServiceError:
            employees = []
        self.model = ProposalsModel(self)
        self.editor = ProposalEditor(db, user, employees, today=today, temp_files=self.temp_files)
        self._current_id: int | None = None
        self._sized = False

        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("Alle statussen"), ALL)
        for status in ProposalStatus:
            self.filter_combo.addItem(enum_text(status), status.value)
        self.filter_combo.setAccessibleName(self.tr("Status"))
        self.new_button = QPushButton(self.tr("Nieuw voorstel"))
        self.new_button.setVisible(self.manage)
        self.new_button.clicked.connect(self.new_proposal)
        self.count_label = QLabel()
        self.loading_label = QLabel(self.tr("Laden…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setVisible(False)
        self.loader = ops.Reader(self)
        self._pending_select: int | None = None

        self.table = list_table(
            self.model,
            self.tr("Verbetervoorstellen"),
            object_name="proposals_table",
            stretch_last=False,
        )
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring thousands of rows blocked the
        # screen for seconds (wider cells are elided, with a tooltip).
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_combo)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.loading_label, 1)
        left_layout.addWidget(self.table, 1)
        self.empty_state = EmptyState(
            self.tr("Nog geen verbetervoorstellen"),
            self.tr(
                "Een verbetervoorstel komt voort uit wat klachten leren: uit het formulier "
                "'Ik heb een klacht behandeld' of uit de rapportage. Leg het SMART vast met "
                "'Nieuw voorstel'."
            )
            if self.manage
            else self.tr("Er zijn nog geen verbetervoorstellen vastgelegd."),
        )
        self.empty_state.setVisible(False)
        left_layout.addWidget(self.empty_state, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(8, 0, 8, 0)
        holder_layout.addWidget(self.editor)
        scroll.setWidget(holder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(self.splitter)

        self.editor.saved.connect(self._saved)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # Read when the page is shown (LearningPage.showEvent), not while it is built.
        self.table.setVisible(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.splitter.width(), 900)
            self.splitter.setSizes([width * 9 // 20, width * 11 // 20])
            QTimer.singleShot(0, self, self._fit_columns)  # dropped if the tab is gone

    def _fit_columns(self) -> None:
        if self.isVisible():
            fit_columns(self.table, max_width=260)

    def refresh(self, select_id: int | None = None) -> None:
        """Read the proposals off the GUI thread; "Laden…" until they are here. ``select_id``
        is chosen once they are."""
        wanted = self.filter_combo.currentData()
        status = None if wanted == ALL else ProposalStatus(wanted)
        service = self.service
        if select_id is not None:
            self._pending_select = select_id
        self.loading_label.setVisible(True)
        self.loader.load(lambda: service.proposals(status=status), self._apply, self._load_failed)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _load_failed(self, error: Exception) -> None:
        self.loading_label.setVisible(False)
        self._pending_select = None
        if isinstance(error, ServiceError):
            messages.show_service_error(self, error)
            return
        log.error("reading the improvement proposals failed", exc_info=error)
        messages.error(
            self,
            self.tr("Verbetervoorstellen"),
            self.tr("De lijst kon niet worden gelezen. Details staan in het logboek."),
        )

    def _apply(self, rows: list[ProposalView]) -> None:
        wanted = self.filter_combo.currentData()
        select_id, self._pending_select = self._pending_select, None
        self.loading_label.setVisible(False)
        keep = select_id if select_id is not None else self._current_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        fit_columns(self.table, max_width=260)
        nothing_at_all = not rows and wanted == ALL
        self.table.setVisible(not nothing_at_all)
        self.empty_state.setVisible(nothing_at_all)
        self.count_label.setText(
            self.tr("1 voorstel") if len(rows) == 1 else arg(self.tr("%1 voorstellen"), len(rows))
        )
        if keep is not None and self._select_id(keep):
            return
        if self.editor.proposal is not None and not self.editor.dirty:
            # The shown proposal is no longer in the list (filtered out).
            self._current_id = None
            self.editor.show_proposal(None)

    def _select_id(self, proposal_id: int) -> bool:
        for row, proposal in enumerate(self.model.rows):
            if proposal.id == proposal_id:
                self.table.selectionModel().blockSignals(True)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.selectionModel().blockSignals(False)
                shown = self.editor.proposal
                same = shown is not None and shown.id == proposal_id
                self._current_id = proposal_id
                if not same or (
                    not self.editor.dirty
                    and shown is not None
                    and shown.version != proposal.version
                ):
                    self.editor.show_proposal(proposal)
                return True
        return False

    def select_proposal(self, proposal_id: int) -> None:
        """Show this proposal once the list is read again (all statuses, so it is surely
        in the list)."""
        if self.filter_combo.currentData() != ALL:
            self.filter_combo.blockSignals(True)
            self.filter_combo.setCurrentIndex(0)
            self.filter_combo.blockSignals(False)
        self.editor.dirty = False
        self.refresh(select_id=proposal_id)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        proposal = self.model.rows[current.row()]
        if proposal.id == self._current_id:
            return
        if self.editor.dirty:
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.selectionModel().blockSignals(False)
            messages.confirm(
                self,
                self.tr("Wijzigingen niet opgeslagen"),
                self.tr(
                    "U hebt het voorstel gewijzigd zonder op te slaan. Een ander voorstel "
                    "openen en de wijzigingen weggooien?"
                ),
                self.tr("Weggooien"),
                weak_callback(self._discard_and_show, proposal.id),
            )
            return
        self._current_id = proposal.id
        self.editor.show_proposal(proposal)

    def _discard_and_show(self, proposal_id: int) -> None:
        self.editor.dirty = False
        self.refresh(select_id=proposal_id)

    def new_proposal(self) -> None:
        if self.editor.dirty:
            messages.confirm(
                self,
                self.tr("Wijzigingen niet opgeslagen"),
                self.tr("Een nieuw voorstel beginnen en de wijzigingen weggooien?"),
                self.tr("Weggooien"),
                weak_callback(self._start_new),
            )
            return
        self._start_new()

    def _start_new(self) -> None:
        self._current_id = None
        self.table.clearSelection()
        self.editor.show_proposal(None)
        self.editor.title_edit.setFocus()

    def _saved(self, proposal_id: int) -> None:
        self._current_id = proposal_id
        self.refresh(select_id=proposal_id)
