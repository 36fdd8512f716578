"""Vandaag: what needs attention today, grouped, most urgent first in each group.

For the coordinator every handler's overdue and coming terms, the complaints to assign, the
annex-1 forms to review, the cards to send, promises and proposals due and their tasks; for
a handler their own work. Enter or a double click opens the complaint on its Behandeling
tab (an unseen volgstuk its Bijlagen tab, the cards line the Feedbackkaarten screen, a
proposal the Verbetervoorstellen screen). "Gereed" asks first and can be undone for a few
seconds."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser, Permission
from app.services.tasks import ItemKind, TaskItem, TaskService, TodayView
from app.ui import messages, ops
from app.ui.pages import page_title
from app.ui.tasks.model import ITEM_ROLE, TodayColumn, TodayModel
from app.ui.widgets import note_label

if TYPE_CHECKING:
    from app.ui.complaints.detail import ComplaintDetailWindow

log = logging.getLogger(__name__)

UNDO_MILLISECONDS = 10_000


class TodayPage(QWidget):
    """The Vandaag screen. ``proposal_requested`` asks to show an improvement proposal,
    ``cards_requested`` the Feedbackkaarten screen (neither has a complaint to open)."""

    proposal_requested = Signal(int)
    cards_requested = Signal()
    summaries_requested = Signal()  # the anonymised register's approval tab

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.service = TaskService(db, user)
        self.view: TodayView | None = None
        self._swept = False
        self._undo_task_id: int | None = None

        self.title_label = page_title(self.tr("Vandaag"))
        self.model = TodayModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Vandaag"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Column widths from the first lines, not from each of a thousand (at 100k).
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TodayColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._row_activated)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_label.setVisible(False)
        self.loader = ops.Reader(self)
        self.loading_label = QLabel(self.tr("Laden…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setVisible(False)

        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setToolTip(self.tr("Opent de klacht of het scherm erbij (Enter)"))
        self.done_button = QPushButton(self.tr("Gereed"))
        self.done_button.setToolTip(self.tr("De gekozen taak is gedaan"))
        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        self.undo_button.setToolTip(self.tr("Zet de taak die u net gereed meldde weer open"))
        self.undo_button.setVisible(False)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MILLISECONDS)
        self.undo_timer.timeout.connect(self._forget_undo)
        self.open_button.clicked.connect(self.open_selected)
        self.done_button.clicked.connect(self.complete_selected)
        self.undo_button.clicked.connect(self.undo_complete)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(
            note_label(
                self.tr(
                    "Het dringendste eerst in elke groep. Rood: de termijn is verstreken; "
                    "oranje: binnen twee werkdagen. Enter of dubbelklikken opent."
                )
            )
        )
        layout.addWidget(self.loading_label, 1)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # ----- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the worklist again off the GUI thread, keeping the selected line selected;
        "Laden…" until the first read arrives."""
        service = self.service
        # Tasks of complaints ended before tasks closed themselves: closed once a session.
        sweep = not self._swept and self.user.can(Permission.ASSIGN_HANDLER)
        self._swept = True

        def work() -> TodayView:
            if sweep:
                try:
                    service.close_obsolete()
                except ServiceError as error:
                    log.info("task sweep not done: %s", type(error).__name__)
            return service.today()

        if self.view is None:
            self.loading_label.setVisible(True)
            self.tree.setVisible(False)
        self.loader.load(work, self._apply, self._load_failed)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _load_failed(self, error: Exception) -> None:
        if isinstance(error, ServiceError):
            log.info("today not shown: %s", type(error).__name__)
            messages.show_service_error(self, error)
        else:
            log.error("today not read", exc_info=error)
            messages.error(
                self,
                self.tr("Vandaag"),
                self.tr(
                    "Het werk van vandaag kon niet worden gelezen. Details staan in het logboek."
                ),
            )
        self._apply(TodayView([], True))

    def _apply(self, view: TodayView) -> None:
        self.loading_label.setVisible(False)
        selected = self.selected_item()
        self.view = view
        self.model.set_view(view)
        self.tree.expandAll()
        # clear() drops the columns, and with them their resize modes.
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TodayColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.setVisible(not view.empty)
        self.empty_label.setVisible(view.empty)
        self.empty_label.setText(self._empty_text(view))
        self.open_button.setVisible(not view.empty)
        self.done_button.setVisible(not view.empty)
        for column in (TodayColumn.COMPLAINT, TodayColumn.WHO, TodayColumn.DUE):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 16)
        index = self._index_of(selected) if selected is not None else None
        if index is None and not view.empty:
            index = self.model.index(0, 0, self.model.index(0, 0))
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
        self._update_buttons()

    def _empty_text(self, view: TodayView) -> str:
        text = self.tr("Niets dat vandaag aandacht vraagt.")
        if view.has_complaints:
            return text
        return (
            text
            + "\n\n"
            + self.tr(
                "Nog geen klachten geregistreerd. Begin op het scherm Klachten met "
                "'Nieuwe klacht'; wat daarna moet gebeuren verschijnt hier vanzelf."
            )
        )

    def _index_of(self, wanted: TaskItem) -> QModelIndex | None:
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            for row in range(self.model.rowCount(group)):
                index = self.model.index(row, 0, group)
                if index.data(ITEM_ROLE) == wanted:
                    return index
        return None

    # ----- selection and actions --------------------------------------------------------

    def selected_item(self) -> TaskItem | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        item = index.siblingAtColumn(0).data(ITEM_ROLE)
        return item if isinstance(item, TaskItem) else None

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected_item()
        self.open_button.setEnabled(item is not None)
        self.done_button.setEnabled(
            item is not None and item.kind == ItemKind.TASK and item.task_id is not None
        )

    def _row_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if not index.parent().isValid():  # a group header folds and unfolds
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        self.tree.setCurrentIndex(index)
        self.open_selected()

    def open_selected(self) -> ComplaintDetailWindow | None:
        item = self.selected_item()
        if item is None:
            return None
        if item.kind == ItemKind.CARDS:
            self.cards_requested.emit()
            return None
        if item.kind == ItemKind.PUBLIC_SUMMARIES:
            self.summaries_requested.emit()
            return None
        if item.complaint_id is None:
            if item.proposal_id is not None:
                self.proposal_requested.emit(item.proposal_id)
            return None
        try:
            # Imported on the first open: the detail window pulls in letters, documents and
            # the workflow dialogs, which the Vandaag screen itself does not need.
            from app.ui.complaints.detail import ComplaintDetailWindow

            window = ComplaintDetailWindow.open_for(
                self.db, self.user, item.complaint_id, self, self.refresh
            )
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return None
        if item.kind == ItemKind.FOLLOW_UP:
            window.show_attachments()
        else:
            window.show_handling()
        return window

    def complete_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.kind != ItemKind.TASK or item.task_id is None:
            return
        task_id = item.task_id
        messages.confirm(
            self,
            self.tr("Taak gereed melden"),
            self.tr("Is deze taak gedaan?") + "\n\n" + item.title,
            self.tr("Gereed melden"),
            lambda: self._complete(task_id),
            cancel_label=self.tr("Nog niet"),
        )

    def _complete(self, task_id: int) -> None:
        try:
            self.service.complete(task_id)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return
        self._undo_task_id = task_id
        self.undo_button.setVisible(True)
        self.undo_timer.start()
        self.refresh()

    def undo_complete(self) -> None:
        task_id = self._undo_task_id
        self._forget_undo()
        if task_id is None:
            return
        messages.attempt(self, lambda: self.service.reopen(task_id))
        self.refresh()

    def _forget_undo(self) -> None:
        self.undo_timer.stop()
        self._undo_task_id = None
        self.undo_button.setVisible(False)
