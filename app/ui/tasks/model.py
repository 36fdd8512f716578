"""The tree model of Vandaag: one top row per group (with its count), under it one row per
thing to do, most urgent first (the order the task service gives)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from app.services.tasks import TaskItem, TodayView
from app.ui.common.display import (
    DEADLINE_TEXT,
    deadline_background,
    deadline_state_text,
    format_date,
)
from app.ui.widgets import service_text
from app.ui.workflow.words import deadline_word

# A light green for deadlines well ahead (dark text stays readable on it).
OK_BACKGROUND = QColor("#dff0d8")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TodayColumn(IntEnum):
    WHAT = 0
    COMPLAINT = 1
    WHO = 2
    DUE = 3


def due_text(item: TaskItem) -> str:
    if item.due_on is None:
        return ""
    word = deadline_word(item.state)
    text = format_date(item.due_on)
    return f"{text} · {word}" if word else text


class TodayModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TodayModel", "Wat"),
                QCoreApplication.translate("TodayModel", "Klacht"),
                QCoreApplication.translate("TodayModel", "Wie"),
                QCoreApplication.translate("TodayModel", "Termijn"),
            ]
        )

    def set_view(self, view: TodayView) -> None:
        self.clear()
        self._set_headers()
        for group in view.groups:
            title = f"{service_text(group.title)} ({group.count})"
            head = QStandardItem(title)
            head.setFont(self._bold)
            head.setEditable(False)
            head.setData(group.key.value, Qt.ItemDataRole.AccessibleTextRole)
            fillers = [QStandardItem() for _ in range(len(TodayColumn) - 1)]
            for filler in fillers:
                filler.setEditable(False)
            for item in group.items:
                head.appendRow(self._row(item))
            self.appendRow([head, *fillers])

    def _row(self, item: TaskItem) -> list[QStandardItem]:
        what = QStandardItem(service_text(item.title))
        what.setData(item, ITEM_ROLE)
        tip = service_text(item.title)
        what.setToolTip(f"{tip}\n{item.details}" if item.details else tip)
        if item.urgent:
            what.setFont(self._bold)
            what.setText(f"{what.text()} · {QCoreApplication.translate('TodayModel', 'spoed')}")
        number = QStandardItem(item.complaint_number or "")
        who = QStandardItem(item.person or "")
        due = QStandardItem(due_text(item))
        background = deadline_background(item.state)
        if background is not None or item.state == "ok":
            due.setBackground(background or OK_BACKGROUND)
        if item.state is not None:
            due.setForeground(DEADLINE_TEXT)
            due.setToolTip(deadline_state_text(item.state))
        if item.state == "overdue":
            due.setFont(self._bold)
        row = [what, number, who, due]
        for cell in row:
            cell.setEditable(False)
        return row

    def group_titles(self) -> list[str]:
        return [self.item(row, 0).text() for row in range(self.rowCount())]
