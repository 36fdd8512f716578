"""The table model of the complaints awaiting feedback cards, with a check box per row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.services.feedback import CardRecipient
from app.ui.common.display import format_date
from app.ui.list_model import ListTableModel

_Index = QModelIndex | QPersistentModelIndex


def address_text(recipient: CardRecipient) -> str:
    street = " ".join(p for p in (recipient.street, recipient.house_number) if p)
    place = " ".join(p for p in (recipient.postcode, recipient.city) if p)
    return ", ".join(p for p in (street, place) if p)


class RecipientsModel(ListTableModel):
    """The complaints awaiting cards, each with a check box (the recent ones checked at
    first)."""

    checks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Klacht"),
            self.tr("Afgesloten op"),
            self.tr("Klager"),
            self.tr("Adres"),
            self.tr("E-mailadres"),
        ]
        self.rows: list[CardRecipient] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: Sequence[CardRecipient], recent_since: date | None = None) -> None:
        """New rows come checked when closed on or after ``recent_since`` (a card long after
        the complaint surprises more than it helps); rows seen before keep their check."""
        seen = {row.complaint_id for row in self.rows}

        def recent(row: CardRecipient) -> bool:
            return recent_since is None or (
                row.closed_on is not None and row.closed_on >= recent_since
            )

        self.beginResetModel()
        self.rows = list(rows)
        self.checked = {
            row.complaint_id
            for row in rows
            if (row.complaint_id not in seen and recent(row)) or row.complaint_id in self.checked
        }
        self.endResetModel()
        self.checks_changed.emit()

    def chosen(self) -> list[CardRecipient]:
        return [row for row in self.rows if row.complaint_id in self.checked]

    def set_all(self, checked: bool) -> None:
        self.checked = {row.complaint_id for row in self.rows} if checked else set()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checks_changed.emit()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (
                Qt.CheckState.Checked
                if row.complaint_id in self.checked
                else Qt.CheckState.Unchecked
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                row.number,
                format_date(row.closed_on),
                row.name or "",
                address_text(row),
                row.email or "",
            )
            text = values[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 28 else None
            return text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row.complaint_id)
        else:
            self.checked.discard(row.complaint_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True
