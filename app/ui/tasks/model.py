"""The table model of Mijn taken: one row per thing to do, most urgent first (the order
the task service gives)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.tasks import TaskItem
from app.ui.complaints.display import (
    DEADLINE_TEXT,
    deadline_background,
    deadline_state_text,
    format_date,
)
from app.ui.widgets import service_text
from app.ui.workflow.words import deadline_word

_Index = QModelIndex | QPersistentModelIndex

# A light green for deadlines well ahead (dark text stays readable on it).
OK_BACKGROUND = QColor("#dff0d8")


class TaskColumn(IntEnum):
    DUE = 0
    WHAT = 1
    COMPLAINT = 2
    WHO = 3
    URGENT = 4


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[TaskItem] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            TaskColumn.DUE: self.tr("Termijn"),
            TaskColumn.WHAT: self.tr("Wat"),
            TaskColumn.COMPLAINT: self.tr("Klacht"),
            TaskColumn.WHO: self.tr("Wie"),
            TaskColumn.URGENT: self.tr("Spoed"),
        }

    def set_items(self, items: Sequence[TaskItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> TaskItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TaskColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(TaskColumn(section)) if 0 <= section < 5 else None
        return None

    def due_text(self, item: TaskItem) -> str:
        if item.due_on is None:
            return self.tr("geen termijn")
        word = deadline_word(item.state)
        text = format_date(item.due_on)
        return f"{text} · {word}" if word else text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = TaskColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TaskColumn.DUE:
                return self.due_text(item)
            if column == TaskColumn.WHAT:
                return service_text(item.title)
            if column == TaskColumn.COMPLAINT:
                return item.complaint_number or ""
            if column == TaskColumn.WHO:
                return item.person or ""
            return self.tr("Spoed") if item.urgent else ""
        if column == TaskColumn.DUE:
            background = deadline_background(item.state)
            if role == Qt.ItemDataRole.BackgroundRole:
                return background or (OK_BACKGROUND if item.state == "ok" else None)
            if role == Qt.ItemDataRole.ForegroundRole and item.state is not None:
                return DEADLINE_TEXT
            if role == Qt.ItemDataRole.FontRole and item.state == "overdue":
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return deadline_state_text(item.state)
        if role == Qt.ItemDataRole.ToolTipRole and column == TaskColumn.WHAT:
            title = service_text(item.title)
            return f"{title}\n{item.details}" if item.details else title
        if role == Qt.ItemDataRole.FontRole and column == TaskColumn.URGENT and item.urgent:
            return self._bold
        return None
