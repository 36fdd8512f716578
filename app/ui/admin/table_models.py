"""Table models for the Beheer lists, fed with the service's records (plain dataclasses)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from app.services.organisation import EmployeeRecord, UnitRecord
from app.services.subjects import SubjectRecord
from app.ui.widgets import enum_text

R = TypeVar("R", EmployeeRecord, UnitRecord, SubjectRecord)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    numeric: bool = False
    fixed: bool = False  # keeps its natural width (short values such as Ja/Nee)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records with an ``id`` and an ``active`` flag; inactive rows are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._columns: list[Column[R]] = self.make_columns()

    def make_columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def fixed_columns(self) -> list[int]:
        """Columns that keep their natural width when there is room to spare."""
        return [
            number for number, column in enumerate(self._columns) if column.numeric or column.fixed
        ]

    # ----- feeding ----------------------------------------------------------------------

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    # ----- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            return text if len(text) > 24 else None
        if role == SORT_ROLE:
            if column.sort_key is not None:
                return column.sort_key(record)
            return column.text(record).casefold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if not record.active:
                return QGuiApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ACTIVE_ROLE:
            return record.active
        if role == ID_ROLE:
            return record.id
        return None


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("RecordTableModel", "Ja")
    return QCoreApplication.translate("RecordTableModel", "Nee")


class EmployeeTableModel(RecordTableModel[EmployeeRecord]):
    def make_columns(self) -> list[Column[EmployeeRecord]]:
        return [
            Column(self.tr("Naam"), lambda e: e.name),
            Column(self.tr("Afdeling"), lambda e: e.unit_name or ""),
            Column(self.tr("Functie"), lambda e: e.job_title or ""),
            Column(self.tr("E-mail"), lambda e: e.email or ""),
            Column(
                self.tr("Telefoon"), lambda e: e.phone_display, lambda e: e.phone or "", fixed=True
            ),
            Column(self.tr("Inlognaam"), lambda e: e.login or ""),
            Column(self.tr("Rollen"), lambda e: ", ".join(enum_text(r) for r in e.roles)),
            Column(
                self.tr("Actief"), lambda e: _yes_no(e.active), lambda e: not e.active, fixed=True
            ),
        ]


class UnitTableModel(RecordTableModel[UnitRecord]):
    def make_columns(self) -> list[Column[UnitRecord]]:
        return [
            Column(self.tr("Naam"), lambda u: u.name),
            Column(self.tr("Soort"), lambda u: enum_text(u.kind), fixed=True),
            Column(self.tr("Valt onder"), lambda u: u.parent_name or ""),
            Column(self.tr("Leidinggevende"), lambda u: u.manager_name or ""),
            Column(
                self.tr("Actieve medewerkers"),
                lambda u: str(u.active_employee_count),
                lambda u: u.active_employee_count,
                numeric=True,
            ),
            Column(
                self.tr("Actief"), lambda u: _yes_no(u.active), lambda u: not u.active, fixed=True
            ),
        ]


class SubjectTableModel(RecordTableModel[SubjectRecord]):
    def make_columns(self) -> list[Column[SubjectRecord]]:
        return [
            Column(self.tr("Onderwerp"), lambda s: s.name),
            Column(
                self.tr("Klachten"),
                lambda s: str(s.complaint_count),
                lambda s: s.complaint_count,
                numeric=True,
            ),
            Column(
                self.tr("Actief"), lambda s: _yes_no(s.active), lambda s: not s.active, fixed=True
            ),
        ]


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``, filters the name column by a search text, hides inactive rows
    unless asked to show them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_inactive = False
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def show_inactive(self) -> bool:
        return self._show_inactive

    def set_show_inactive(self, show: bool) -> None:
        if show == self._show_inactive:
            return
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._show_inactive:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if not index.data(ACTIVE_ROLE):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
