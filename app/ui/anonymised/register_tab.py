"""The anonymised register for every member of staff: search, year and unit filters, one
page of rows at a time (read off the GUI thread), the approved summary and measures beside."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.anonymised import AnonymisedFilter, AnonymisedRegisterService, AnonymisedRow
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.ui import ops
from app.ui.common.tables import list_table
from app.ui.list_model import ListTableModel, _Index
from app.ui.widgets import arg, service_text, set_tab_order

PAGE_SIZE = 200
SEARCH_DELAY_MS = 300


class AnonymisedModel(ListTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AnonymisedRow] = []
        self.headers = [
            self.tr("Nummer"),
            self.tr("Maand ontvangen"),
            self.tr("Afdeling"),
            self.tr("Onderwerp"),
            self.tr("Afhandeling"),
            self.tr("Oordeel"),
        ]

    def set_rows(self, rows: list[AnonymisedRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (
            row.number,
            row.month,
            ", ".join(row.units),
            ", ".join(row.subjects),
            row.route,
            row.outcome,
        )[index.column()]


class AnonymisedRegisterTab(QWidget):
    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = AnonymisedRegisterService(db, user)
        self.offset = 0
        self.total = 0
        self.loader = ops.Reader(self)
        self.choices_loader = ops.Reader(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek in samenvatting, maatregelen of onderwerp"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.addItem(self.tr("Alle jaren"), None)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Afdeling"))
        self.unit.addItem(self.tr("Alle afdelingen"), None)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.unit)

        self.model = AnonymisedModel(self)
        self.table = list_table(self.model, self.tr("Geanonimiseerd register"))
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Samenvatting en maatregelen"))
        self.detail.setPlaceholderText(self.tr("Kies een klacht om de samenvatting te lezen."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel()
        self.previous_button = QPushButton(self.tr("Vorige"))
        self.next_button = QPushButton(self.tr("Volgende"))
        self.previous_button.clicked.connect(lambda: self._go(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._go(self.offset + PAGE_SIZE))
        paging = QHBoxLayout()
        paging.addWidget(self.status, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(paging)
        set_tab_order(
            [
                self.search,
                self.year,
                self.unit,
                self.table,
                self.detail,
                self.previous_button,
                self.next_button,
            ]
        )

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self._go(0))
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.year.currentIndexChanged.connect(lambda _index: self._go(0))
        self.unit.currentIndexChanged.connect(lambda _index: self._go(0))
        self._load_choices()
        self._go(0)

    # ----- reading ----------------------------------------------------------------------

    def current_filter(self) -> AnonymisedFilter:
        return AnonymisedFilter(
            search=self.search.text().strip() or None,
            year=self.year.currentData(),
            unit_id=self.unit.currentData(),
        )

    def _load_choices(self) -> None:
        service = self.service
        self.choices_loader.load(
            lambda: (service.years(), service.units()), self._choices_loaded, self._failed
        )

    def _choices_loaded(self, result: tuple[list[int], list[tuple[int, str]]]) -> None:
        years, units = result
        for combo, items in ((self.year, [(y, str(y)) for y in years]), (self.unit, units)):
            combo.blockSignals(True)
            for value, text in items:
                combo.addItem(text, value)
            combo.blockSignals(False)

    def _go(self, offset: int) -> None:
        service, wanted = self.service, self.current_filter()
        offset = max(0, offset)
        self.status.setText(self.tr("Laden…"))
        self.loader.load(
            lambda: (offset, service.count(wanted), service.page(wanted, offset, PAGE_SIZE)),
            self._loaded,
            self._failed,
        )

    def _loaded(self, result: tuple[int, int, list[AnonymisedRow]]) -> None:
        self.offset, self.total, rows = result
        self.model.set_rows(rows)
        self.detail.clear()
        # Number and month fit their contents; units and subjects may be long lists, so
        # they get a fixed share and the full text in the detail pane.
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        for column in (2, 3, 4):
            self.table.setColumnWidth(column, 150)
        if self.total == 0:
            self.status.setText(self.tr("Geen goedgekeurde samenvattingen gevonden."))
        else:
            self.status.setText(
                arg(
                    self.tr("%1–%2 van %3"),
                    self.offset + 1,
                    self.offset + len(rows),
                    self.total,
                )
            )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(rows) < self.total)
        if rows:
            self.table.selectRow(0)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ServiceError):
            self.status.setText(service_text(error.message))
        else:
            self.status.setText(self.tr("Het register kon niet worden gelezen."))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.rows[indexes[0].row()] if indexes else None
        if row is None:
            self.detail.clear()
            return
        parts = [f"{row.number} — {row.month}"]
        if row.units:
            parts.append(arg(self.tr("Afdeling: %1"), ", ".join(row.units)))
        if row.subjects:
            parts.append(arg(self.tr("Onderwerp: %1"), ", ".join(row.subjects)))
        parts += ["", self.tr("Samenvatting"), row.summary]
        if row.measures:
            parts += ["", self.tr("Genomen maatregelen"), row.measures]
        self.detail.setPlainText("\n".join(parts))

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
