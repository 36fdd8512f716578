"""The register's table model: a window of 200-row pages over ``RegisterService``.

The register may hold 100,000 complaints, so the model knows only the total (``count``)
and fetches a page of 200 rows when the view asks for a row it has not got; at most
``MAX_CACHED_PAGES`` pages stay in memory (least recently used go first). Sorting and
filtering are the service's work: changing either resets the model (never a proxy sort).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.models.enums import ComplaintKind, Status
from app.services.errors import ServiceError
from app.services.register import RegisterFilter, RegisterRow, RegisterService, RegisterSort
from app.ui.common.display import (
    DEADLINE_TEXT,
    deadline_background,
    deadline_state_text,
    format_date,
)
from app.ui.widgets import ERROR_COLOUR, enum_text

PAGE_SIZE = 200
MAX_CACHED_PAGES = 8

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
FirstRead = tuple[int, int, list[RegisterRow]]  # generation, count, first page


class RegisterColumn(Enum):
    RELATED = "related"
    NUMBER = "number"
    RECEIVED = "received"
    KIND = "kind"
    COMPLAINANT = "complainant"
    SUBJECT = "subject"
    EMPLOYEE = "employee"
    HANDLER = "handler"
    STATUS = "status"
    NEXT_DEADLINE = "next_deadline"
    URGENT = "urgent"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class ColumnSpec:
    column: RegisterColumn
    title: str  # the column's name (menus, tooltips)
    sort: RegisterSort | None
    sample: str  # typical content, for the first width of the column
    weight: int = 0  # share of the spare width (0: keeps the width of its sample)
    header: str = ""  # the header text when it differs from the title (two lines, a mark)
    descending_first: bool = False  # the first click sorts newest / latest first

    @property
    def header_text(self) -> str:
        return self.header or self.title


def register_columns() -> list[ColumnSpec]:
    """The register's columns in their default order (translated)."""

    # Spelled out per text: lupdate reads the context only from the call itself.
    translate = QCoreApplication.translate

    c = RegisterColumn
    return [
        # The old register's "#", with a readable header; the header's tooltip explains it.
        ColumnSpec(
            c.RELATED,
            translate("RegisterModel", "Samenhangende zaken (#)"),
            None,
            "#",
            header=translate("RegisterModel", "Samen-\nhang"),
        ),
        ColumnSpec(
            c.NUMBER, translate("RegisterModel", "Nummer"), RegisterSort.NUMBER, "SG-2026-00000"
        ),
        ColumnSpec(
            c.RECEIVED,
            translate("RegisterModel", "Ontvangen"),
            RegisterSort.RECEIVED,
            "00-00-0000",
            0,
            "",
            True,
        ),
        ColumnSpec(c.KIND, translate("RegisterModel", "Soort"), RegisterSort.KIND, "Signaal"),
        ColumnSpec(
            c.COMPLAINANT,
            translate("RegisterModel", "Klager"),
            RegisterSort.COMPLAINANT,
            "A. de Vries",
            3,
        ),
        ColumnSpec(
            c.SUBJECT,
            translate("RegisterModel", "Onderwerp"),
            RegisterSort.SUBJECT,
            "Bejegening",
            3,
        ),
        ColumnSpec(
            c.EMPLOYEE,
            translate("RegisterModel", "Betrokken medewerker"),
            RegisterSort.EMPLOYEE,
            "A. de Vries",
            3,
            translate("RegisterModel", "Betrokken\nmedewerker"),
        ),
        ColumnSpec(
            c.HANDLER,
            translate("RegisterModel", "Behandelaar"),
            RegisterSort.HANDLER,
            "A. de Vries",
            2,
        ),
        ColumnSpec(
            c.STATUS, translate("RegisterModel", "Status"), RegisterSort.STATUS, "In behandeling", 1
        ),
        ColumnSpec(
            c.NEXT_DEADLINE,
            translate("RegisterModel", "Eerstvolgende termijn"),
            RegisterSort.NEXT_DEADLINE,
            "00-00-0000",
            0,
            translate("RegisterModel", "Eerstvolgende\ntermijn"),
        ),
        ColumnSpec(
            c.URGENT,
            translate("RegisterModel", "Met spoed te behandelen"),
            None,
            "Spoed",
            header=translate("RegisterModel", "Spoed"),
        ),
        ColumnSpec(
            c.FOLLOW_UP,
            translate("RegisterModel", "Volgstuk nog niet gezien door de behandelaar"),
            None,
            "nieuw",
            header=translate("RegisterModel", "Volg-\nstuk"),
        ),
    ]


def related_tip() -> str:
    return QCoreApplication.translate(
        "RegisterModel",
        "Deze klager heeft eerder geklaagd (ook afgehandelde klachten tellen mee) of het "
        "dossier loopt ook elders",
    )


def related_header_tip() -> str:
    return QCoreApplication.translate(
        "RegisterModel",
        "Samenhangende zaken (#): een # betekent dat de klager nog een andere klacht heeft "
        "of eerder heeft geklaagd (ook afgehandeld), of dat een dossiernummer van deze "
        "klacht ook bij een andere lopende "
        "klacht hoort. Laat dan de behandelaars van die zaken het weten.",
    )


class RegisterModel(QAbstractTableModel):
    """Rows of the register, fetched page by page from ``RegisterService``.

    ``failed`` is emitted (once per reload) when the service refuses a page or the count;
    the page shows the message. ``pages_fetched`` counts the pages read from the service
    since the model was made (tests and the benchmark look at it).
    """

    failed = Signal(object)  # ServiceError
    reloaded = Signal()

    def __init__(self, service: RegisterService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.columns = register_columns()
        self._filter = RegisterFilter()
        self._sort = RegisterSort.RECEIVED
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self._failed_once = False
        self.pages_fetched = 0
        self.generation = 0  # one more at every reload: a read begun before is stale
        self._bold = QFont()
        self._bold.setBold(True)
        self._urgent_colour = QColor(ERROR_COLOUR)

    # ----- what is shown ----------------------------------------------------------------

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    @property
    def sort_key(self) -> RegisterSort:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        return self._count

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def set_filter(self, register_filter: RegisterFilter) -> None:
        self._filter = register_filter
        self.reload()

    def set_sort(self, sort: RegisterSort, descending: bool) -> None:
        self._sort = sort
        self._descending = descending
        self.reload()

    def set_query(
        self, register_filter: RegisterFilter, sort: RegisterSort, descending: bool
    ) -> None:
        """Filter and order at once (one reload)."""
        self._filter = register_filter
        self._sort = sort
        self._descending = descending
        self.reload()

    def set_query_unread(
        self, register_filter: RegisterFilter, sort: RegisterSort, descending: bool
    ) -> None:
        """Filter and order without reading: the count and first page come later, read off
        the GUI thread and given to ``apply_read``."""
        self._filter = register_filter
        self._sort = sort
        self._descending = descending

    def first_read(self) -> Callable[[], FirstRead]:
        """A read of the count and the first page for the current query, to run on a worker
        thread (it calls only the service); its result goes to ``apply_read``."""
        service, generation = self.service, self.generation
        register_filter, sort, descending = self._filter, self._sort, self._descending

        def read() -> FirstRead:
            count = service.count(register_filter)
            page = service.page(register_filter, sort, descending, 0, PAGE_SIZE) if count else []
            return generation, count, page

        return read

    def apply_read(self, result: FirstRead) -> bool:
        """Show what ``read_first`` found, unless a reload came in between (False then)."""
        generation, count, page = result
        if generation != self.generation:
            return False
        self.beginResetModel()
        self.generation += 1
        self._pages.clear()
        self._failed_once = False
        self._count = count
        self._pages[0] = page
        self.pages_fetched += 1
        self.endResetModel()
        self.reloaded.emit()
        return True

    def reload(self) -> None:
        """Count again and forget every page (after a filter, a sort or a change)."""
        self.beginResetModel()
        self.generation += 1
        self._pages.clear()
        self._failed_once = False
        try:
            self._count = self.service.count(self._filter)
        except ServiceError as error:
            self._count = 0
            self._report(error)
        self.endResetModel()
        self.reloaded.emit()

    def column_of(self, column: RegisterColumn) -> int:
        return next(i for i, spec in enumerate(self.columns) if spec.column is column)

    # ----- rows -------------------------------------------------------------------------

    def row_at(self, row: int) -> RegisterRow | None:
        """The register row at ``row``; fetches its page when needed."""
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _fetch(self, number: int) -> list[RegisterRow]:
        try:
            page = self.service.page(
                self._filter, self._sort, self._descending, number * PAGE_SIZE, PAGE_SIZE
            )
        except ServiceError as error:
            page = []  # shown empty until the next reload, so the error is reported once
            self._report(error)
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _report(self, error: ServiceError) -> None:
        if not self._failed_once:
            self._failed_once = True
            self.failed.emit(error)

    def find_row(self, complaint_id: int, max_pages: int = 10) -> int | None:
        """The row of a complaint: looked up in the pages in memory, then in the first
        ``max_pages`` pages; None when it is not (or not near the top) in this view."""
        for number, page in list(self._pages.items()):
            for offset, found in enumerate(page):
                if found.id == complaint_id:
                    return number * PAGE_SIZE + offset
        for number in range(min(max_pages, -(-self._count // PAGE_SIZE))):
            if number in self._pages:
                continue
            for offset, found in enumerate(self._fetch(number)):
                if found.id == complaint_id:
                    return number * PAGE_SIZE + offset
        return None

    # ----- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.header_text
        if role == Qt.ItemDataRole.ToolTipRole:
            if spec.column is RegisterColumn.RELATED:
                return related_header_tip()
            if spec.sort is None:
                return spec.title
            return spec.title + "\n" + self.tr("Klik om hierop te sorteren.")
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            order = (
                Qt.SortOrder.DescendingOrder
                if spec.descending_first
                else Qt.SortOrder.AscendingOrder
            )
            return order.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in _ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()].column
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column is RegisterColumn.NEXT_DEADLINE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return deadline_background(row.deadline_state)
            if role == Qt.ItemDataRole.ForegroundRole and deadline_background(row.deadline_state):
                return DEADLINE_TEXT
            if role == Qt.ItemDataRole.FontRole and row.deadline_state == "overdue":
                return self._bold
        if column in (RegisterColumn.URGENT, RegisterColumn.RELATED, RegisterColumn.FOLLOW_UP):
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole and column is RegisterColumn.URGENT:
                return self._urgent_colour
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: RegisterRow, column: RegisterColumn) -> str:
        c = RegisterColumn
        if column is c.RELATED:
            return "#" if row.related else ""
        if column is c.NUMBER:
            return row.number
        if column is c.RECEIVED:
            return format_date(row.received_on)
        if column is c.KIND:
            return enum_text(ComplaintKind(row.kind))
        if column is c.COMPLAINANT:
            return row.complainant_name or ""
        if column is c.SUBJECT:
            return row.subjects
        if column is c.EMPLOYEE:
            return row.employees_concerned
        if column is c.HANDLER:
            return row.handler_name or ""
        if column is c.STATUS:
            return enum_text(Status(row.status))
        if column is c.NEXT_DEADLINE:
            return format_date(row.next_deadline)
        if column is c.URGENT:
            return self.tr("Spoed") if row.urgent else ""
        if column is c.FOLLOW_UP:
            return self.tr("nieuw") if row.unseen_follow_up else ""
        return ""

    def _tooltip(self, row: RegisterRow, column: RegisterColumn) -> str | None:
        c = RegisterColumn
        if column is c.RELATED:
            return related_tip() if row.related else None
        if column is c.NEXT_DEADLINE:
            if row.next_deadline is None:
                return deadline_state_text(None)
            return f"{format_date(row.next_deadline)}: {deadline_state_text(row.deadline_state)}"
        if column is c.URGENT:
            return self.tr("Met spoed te behandelen") if row.urgent else None
        if column is c.FOLLOW_UP:
            tip = self.tr("Er is een volgstuk dat de behandelaar nog niet heeft gezien")
            return tip if row.unseen_follow_up else None
        text = self._text(row, column)
        return text if len(text) > 20 else None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
        ROW_ROLE,
    }
)
