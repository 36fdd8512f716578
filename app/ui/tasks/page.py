"""Mijn taken: what the user has to do, most urgent first — first contact within five
working days, decisions, open promises, complaints waiting for a handler and tasks such as
returned cards. Enter or a double click opens the complaint on its Behandeling tab."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import Role
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind, TaskItem, TaskService
from app.ui import messages
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.pages import page_title
from app.ui.tasks.model import TaskColumn, TaskTableModel
from app.ui.widgets import arg, note_label

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Key:
    """What identifies a row across a reload (to keep the selection)."""

    kind: ItemKind
    complaint_id: int | None
    task_id: int | None
    promise_id: int | None
    proposal_id: int | None


def _key(item: TaskItem) -> _Key:
    return _Key(item.kind, item.complaint_id, item.task_id, item.promise_id, item.proposal_id)


class MyTasksPage(QWidget):
    """The Mijn taken screen. ``proposal_requested`` asks to show an improvement proposal
    (an overdue one has no complaint to open)."""

    proposal_requested = Signal(int)

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.service = TaskService(db, user)
        self.may_see_everyone = user.has_role(Role.COORDINATOR)

        self.title_label = page_title(self.tr("Mijn taken"))
        self.everyone_check = QCheckBox(self.tr("Taken van iedereen tonen"))
        self.everyone_check.setVisible(self.may_see_everyone)
        self.everyone_check.toggled.connect(lambda _checked: self.refresh())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")

        self.model = TaskTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Mijn taken"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TaskColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel(self.tr("Geen openstaande taken. Goed bezig!"))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_label.setVisible(False)

        self.open_button = QPushButton(self.tr("Klacht openen"))
        self.open_button.setToolTip(self.tr("Opent de klacht op het tabblad Behandeling (Enter)"))
        self.done_button = QPushButton(self.tr("Gereed"))
        self.done_button.setToolTip(self.tr("De gekozen taak is gedaan"))
        self.open_button.clicked.connect(self.open_selected)
        self.done_button.clicked.connect(self.complete_selected)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.everyone_check, 0, Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(
            note_label(
                self.tr(
                    "Het dringendste eerst. Rood: de termijn is verstreken; oranje: binnen "
                    "twee werkdagen."
                )
            )
        )
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # ----- loading ----------------------------------------------------------------------

    def everyone(self) -> bool:
        return self.may_see_everyone and self.everyone_check.isChecked()

    def refresh(self) -> None:
        """Read the tasks again, keeping the selected one selected."""
        selected = self.selected_item()
        try:
            items = self.service.items(everyone=self.everyone())
        except ServiceError as error:
            log.info("tasks not shown: %s", type(error).__name__)
            messages.show_service_error(self, error)
            items = []
        self.model.set_items(items)
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self.summary_label.setText(self._summary(items))
        self.open_button.setVisible(bool(items))
        self.done_button.setVisible(bool(items))
        self._fit_columns()
        wanted = _key(selected) if selected is not None else None
        row = next((r for r, item in enumerate(items) if _key(item) == wanted), None)
        if row is not None:
            self.table.selectRow(row)
        elif items:
            # Enter opens the most urgent; not selected, so its colour stays visible.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, TaskColumn.DUE), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every column but Wat as wide as its contents, with some air."""
        for column in TaskColumn:
            if column != TaskColumn.WHAT:
                self.table.resizeColumnToContents(column)
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, width + 16)

    def _summary(self, items: list[TaskItem]) -> str:
        if not items:
            return ""
        overdue = sum(1 for item in items if item.state == "overdue")
        soon = sum(1 for item in items if item.state == "soon")
        text = self.tr("1 taak") if len(items) == 1 else arg(self.tr("%1 taken"), len(items))
        details = []
        if overdue:
            details.append(arg(self.tr("%1 te laat"), overdue))
        if soon:
            details.append(arg(self.tr("%1 binnenkort"), soon))
        return text + (f" — {', '.join(details)}" if details else "")

    # ----- selection and actions --------------------------------------------------------

    def selected_item(self) -> TaskItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        self.open_button.setEnabled(
            item is not None and (item.complaint_id is not None or item.proposal_id is not None)
        )
        self.done_button.setEnabled(
            item is not None and item.kind == ItemKind.TASK and item.task_id is not None
        )

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.open_selected()

    def open_selected(self) -> ComplaintDetailWindow | None:
        item = self.selected_item()
        if item is None:
            return None
        if item.complaint_id is None:
            if item.proposal_id is not None:
                self.proposal_requested.emit(item.proposal_id)
            return None
        try:
            window = ComplaintDetailWindow.open_for(
                self.db, self.user, item.complaint_id, self, self.refresh
            )
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return None
        window.show_handling()
        return window

    def complete_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.kind != ItemKind.TASK or item.task_id is None:
            return
        try:
            self.service.complete(item.task_id)
        except ServiceError as error:
            messages.show_service_error(self, error)
        self.refresh()
