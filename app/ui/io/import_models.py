"""Table models of the import wizard: the column mapping (with a combo per sheet header),
the rows of the check, and the problems found."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.names import NameParts
from app.services.register_io import COLUMNS, Action, Problem, RowPlan, SheetData
from app.ui.widgets import arg, service_text

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_EDIT = Qt.ItemDataRole.EditRole
SAMPLE_LENGTH = 40


def column_text(column: str) -> str:
    """One of our register columns, named as in the file: the Dutch headers are the file
    format (DESIGN.md "Register columns"), so they are shown as they are, untranslated."""
    return column


def not_imported_text() -> str:
    return QCoreApplication.translate("ImportWizard", "(niet inlezen)")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


class _TableModel(QAbstractTableModel):
    """A flat table with fixed column headers (``_headers``); subclasses count their rows."""

    _headers: list[str]

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


# ----- the mapping ---------------------------------------------------------------------------


class MappingModel(_TableModel):
    """One row per sheet header: the header, a sample value, and the register column it is
    read into ("" = not read)."""

    HEADER, TARGET, SAMPLE = range(3)
    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Kolom in het bestand"),
            self.tr("Inlezen als"),
            self.tr("Voorbeeld uit het bestand"),
        ]
        self._rows: list[tuple[str, str]] = []  # (sheet header, sample)
        self._targets: list[str] = []

    def set_sheet(self, sheet: SheetData, mapping: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = []
        seen: set[str] = set()
        for position, header in enumerate(sheet.headers):
            if not header or header in seen:
                continue  # the service reads an unnamed or repeated header's first column only
            seen.add(header)
            self._rows.append((header, self._sample(sheet, position)))
        self._targets = [mapping.get(header, "") for header, _sample in self._rows]
        self.endResetModel()
        self.mapping_changed.emit()

    @staticmethod
    def _sample(sheet: SheetData, position: int) -> str:
        text = _cell_text(sheet.samples[position] if position < len(sheet.samples) else None)
        return text if len(text) <= SAMPLE_LENGTH else text[: SAMPLE_LENGTH - 1] + "…"

    def headers(self) -> list[str]:
        return [header for header, _sample in self._rows]

    def mapping(self) -> dict[str, str]:
        """Sheet header -> register column, for the headers that are read."""
        return {
            header: target
            for (header, _sample), target in zip(self._rows, self._targets, strict=True)
            if target
        }

    def choices(self) -> dict[str, str]:
        """Every header with its choice ("" = not read), as remembered for this layout."""
        return {
            header: target for (header, _s), target in zip(self._rows, self._targets, strict=True)
        }

    def row_of(self, header: str) -> int:
        return self.headers().index(header)

    def target_of(self, header: str) -> str:
        return self._targets[self.row_of(header)]

    def set_target(self, header: str, column: str) -> None:
        self.setData(self.index(self.row_of(header), self.TARGET), column)

    def _row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        header, sample = self._rows[index.row()]
        target = self._targets[index.row()]
        if role == _EDIT and index.column() == self.TARGET:
            return target
        if role in (_DISPLAY, _TOOLTIP):
            if index.column() == self.HEADER:
                return header
            if index.column() == self.SAMPLE:
                return sample
            return column_text(target) if target else not_imported_text()
        return None

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != _EDIT:
            return False
        value = value or ""
        if value and value not in COLUMNS:
            return False
        if self._targets[index.row()] == value:
            return True
        self._targets[index.row()] = value
        self.dataChanged.emit(index, index, [_DISPLAY, _EDIT])
        self.mapping_changed.emit()
        return True


class TargetDelegate(QStyledItemDelegate):
    """A combo of our columns and "(niet inlezen)"; kept open on every row, and the choice
    is stored as soon as it changes."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(not_imported_text(), "")
        for column in COLUMNS:
            combo.addItem(column_text(column), column)
        combo.setMaxVisibleItems(len(COLUMNS) + 1)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(_EDIT) or "")
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(position, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), _EDIT)


# ----- the check -----------------------------------------------------------------------------


def action_text(plan: RowPlan) -> str:
    if not plan.valid:
        return QCoreApplication.translate("ImportWizard", "fout: niet inlezen")
    return {
        Action.NEW: QCoreApplication.translate("ImportWizard", "nieuw"),
        Action.UPDATE: QCoreApplication.translate("ImportWizard", "bijwerken"),
        Action.SKIP: QCoreApplication.translate("ImportWizard", "ongewijzigd"),
    }[plan.action]


class PlanModel(_TableModel):
    """The rows of the sheet and what the import would do with each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Rij"),
            self.tr("Actie"),
            self.tr("Nummer"),
            self.tr("Wijzigingen"),
            self.tr("Omschrijving"),
        ]
        self._plans: list[RowPlan] = []

    def set_plans(self, plans: list[RowPlan]) -> None:
        self.beginResetModel()
        # Problems with the header row (a missing column) are in the problems table.
        self._plans = [plan for plan in plans if plan.row > 1]
        self.endResetModel()

    def plan_at(self, row: int) -> RowPlan:
        return self._plans[row]

    def _row_count(self) -> int:
        return len(self._plans)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plans):
            return None
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        plan = self._plans[index.row()]
        column = index.column()
        if column == 0:
            return str(plan.row)
        if column == 1:
            return action_text(plan)
        if column == 2:
            if plan.number:
                return plan.number
            return self.tr("(nieuw nummer)") if plan.valid and plan.action == Action.NEW else ""
        if column == 3:
            return self._changes(plan)
        return _cell_text(plan.value("Omschrijving"))

    def _changes(self, plan: RowPlan) -> str:
        if plan.problems:
            columns = ", ".join(dict.fromkeys(column_text(p.column) for p in plan.problems))
            return arg(self.tr("fout in: %1"), columns)
        if plan.action == Action.UPDATE:
            return ", ".join(column_text(c) for c in plan.changes)
        if plan.action == Action.NEW:
            return self.tr("nieuwe klacht")
        return self.tr("staat al zo in het register")


class ProblemModel(_TableModel):
    """Every problem found: spreadsheet row, column and a Dutch message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Rij"), self.tr("Kolom"), self.tr("Melding")]
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: p.row)  # stable: keeps column order
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._problems[row]

    def _row_count(self) -> int:
        return len(self._problems)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        problem = self._problems[index.row()]
        if index.column() == 0:
            if problem.row <= 1:
                return self.tr("kopregel")
            return str(problem.row)
        if index.column() == 1:
            return column_text(problem.column)
        return service_text(problem.message)


class NameChoiceModel(_TableModel):
    """Rows whose "Klager" could not be split with certainty ("onzeker"): the proposal, in
    editable parts, and a check box to use it; unchecked, the whole name is kept as the
    surname."""

    PART_COLUMNS = ("initials", "first_name", "infix", "surname")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Rij"),
            self.tr("Klager in het bestand"),
            self.tr("Zekerheid"),
            self.tr("Voorstel gebruiken"),
            self.tr("Voorletters"),
            self.tr("Roepnaam"),
            self.tr("Tussenvoegsel"),
            self.tr("Achternaam"),
        ]
        self._rows: list[list[Any]] = []  # row, name, accepted, initials, first, infix, surname

    def set_names(self, plans: list[RowPlan], proposals: dict[int, NameParts]) -> None:
        self.beginResetModel()
        names = {plan.row: plan.value("Klager") for plan in plans}
        self._rows = [
            [
                row,
                names.get(row) or "",
                False,
                parts.initials or "",
                parts.first_name or "",
                parts.infix or "",
                parts.surname or "",
            ]
            for row, parts in sorted(proposals.items())
        ]
        self.endResetModel()

    def choices(self) -> dict[int, NameParts]:
        """The accepted (possibly edited) proposals by spreadsheet row."""
        return {
            r[0]: NameParts(*(text.strip() or None for text in r[3:7]), certain=True)
            for r in self._rows
            if r[2] and any(text.strip() for text in r[3:7])
        }

    def _row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() >= 4:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 3:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row[2] else Qt.CheckState.Unchecked
            if role == _TOOLTIP:
                return self.tr(
                    "Aangevinkt: de naam wordt opgeslagen zoals in de kolommen rechts. "
                    "Niet aangevinkt: de hele naam wordt de achternaam."
                )
            return None
        if role not in (_DISPLAY, _TOOLTIP, _EDIT):
            return None
        if column == 0:
            return str(row[0])
        if column == 1:
            return row[1]
        if column == 2:
            return self.tr("onzeker")
        return row[column - 1]

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == 3 and role == Qt.ItemDataRole.CheckStateRole:
            row[2] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column >= 4 and role == _EDIT:
            row[column - 1] = " ".join(str(value or "").split())
            row[2] = True  # editing the proposal means using it
            self.dataChanged.emit(self.index(index.row(), 3), self.index(index.row(), 3))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
