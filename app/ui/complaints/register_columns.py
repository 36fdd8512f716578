"""Which register columns show, in which order and how wide: movable header sections, a
context menu with a check per column, all remembered in QSettings."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

from app.ui.complaints.register_model import RegisterColumn, RegisterModel

log = logging.getLogger(__name__)

SETTINGS_HEADER = "register/header_state"
SETTINGS_HEADER_VERSION = "register/header_version"
HEADER_VERSION = 2  # raise when the columns change, so an old saved layout is ignored
ALWAYS_SHOWN = RegisterColumn.NUMBER  # to know which complaint a row is


class ColumnLayout(QObject):
    """Looks after the horizontal header of the register table."""

    def __init__(self, table: QTableView, model: RegisterModel) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.header = table.horizontalHeader()
        self.header.setHighlightSections(False)
        self.header.setSectionsMovable(True)
        self.header.setSectionsClickable(True)
        self.header.setSortIndicatorShown(True)
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.show_menu)

        self.menu = QMenu(table)
        self.actions: dict[RegisterColumn, QAction] = {}
        for logical, spec in enumerate(model.columns):
            action = QAction(spec.title, self.menu)
            action.setCheckable(True)
            action.setChecked(True)
            action.setEnabled(spec.column is not ALWAYS_SHOWN)
            action.toggled.connect(self._toggler(logical))
            self.menu.addAction(action)
            self.actions[spec.column] = action
        self.menu.addSeparator()
        self.reset_action = self.menu.addAction(self.tr("Standaardkolommen"))
        self.reset_action.triggered.connect(self.reset)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save)
        self.fitted = False

    def _toggler(self, logical: int) -> Callable[[bool], None]:
        return lambda visible: self.set_visible(logical, visible)

    # ----- state ------------------------------------------------------------------------

    def natural_width(self, logical: int) -> int:
        """Room for the column's sample content and its header (with the sort arrow)."""
        spec = self.model.columns[logical]
        metrics = self.table.fontMetrics()
        header_width = max(metrics.horizontalAdvance(line) for line in spec.header_text.split("\n"))
        arrow = 18 if spec.sort is not None else 0
        return max(metrics.horizontalAdvance(spec.sample), header_width + arrow) + 12

    def fit(self, available: int | None = None) -> None:
        """The first widths: every column its natural width, the rest of ``available``
        (the table's visible width) shared by the columns with a weight."""
        if available is None:
            available = self.table.viewport().width()
            if not self.table.verticalScrollBar().isVisible():  # it will be, with many rows
                available -= self.table.style().pixelMetric(
                    QStyle.PixelMetric.PM_ScrollBarExtent, None, self.table
                )
        smallest = self.header.minimumSectionSize()
        widths = [
            max(smallest, self.natural_width(logical)) for logical in range(self.header.count())
        ]
        visible = [
            logical for logical in range(len(widths)) if not self.header.isSectionHidden(logical)
        ]
        flexible = [logical for logical in visible if self.model.columns[logical].weight]
        spare = available - 4 - sum(widths[logical] for logical in visible)
        total_weight = sum(self.model.columns[logical].weight for logical in flexible)
        if spare > 0 and total_weight:
            for logical in flexible:
                widths[logical] += spare * self.model.columns[logical].weight // total_weight
        for logical, width in enumerate(widths):
            self.header.resizeSection(logical, width)
        self.fitted = True

    def restore(self, default_sort: RegisterColumn) -> None:
        """The saved layout, or the default one; a sortable column keeps the arrow.
        Without a saved layout ``fitted`` stays False until ``fit`` runs (once the table
        has its width)."""
        self.fit(0)
        self.fitted = False
        default_section = self.model.column_of(default_sort)
        self.header.setSortIndicator(default_section, Qt.SortOrder.DescendingOrder)
        settings = QSettings()
        state = settings.value(SETTINGS_HEADER)
        version = settings.value(SETTINGS_HEADER_VERSION)
        if state is not None and str(version) == str(HEADER_VERSION):
            self.fitted = self.header.restoreState(state)
            if not self.fitted:
                log.info("saved register columns not restored")
        self.header.setSectionHidden(self.model.column_of(ALWAYS_SHOWN), False)
        section = self.header.sortIndicatorSection()
        if not 0 <= section < len(self.model.columns) or self.model.columns[section].sort is None:
            self.header.setSortIndicator(default_section, Qt.SortOrder.DescendingOrder)
        self._sync_actions()
        self.header.sectionMoved.connect(self.save_soon)
        self.header.sectionResized.connect(self.save_soon)

    def save_soon(self, *_args: object) -> None:
        self._save_timer.start()

    def save(self) -> None:
        self._save_timer.stop()
        settings = QSettings()
        settings.setValue(SETTINGS_HEADER, self.header.saveState())
        settings.setValue(SETTINGS_HEADER_VERSION, HEADER_VERSION)

    # ----- visibility -------------------------------------------------------------------

    def is_visible(self, column: RegisterColumn) -> bool:
        return not self.header.isSectionHidden(self.model.column_of(column))

    def set_visible(self, logical: int, visible: bool) -> None:
        if self.model.columns[logical].column is ALWAYS_SHOWN and not visible:
            return
        if self.header.isSectionHidden(logical) != visible:
            return
        self.header.setSectionHidden(logical, not visible)
        if visible and self.header.sectionSize(logical) < 20:
            self.header.resizeSection(logical, 100)
        self._sync_actions()
        self.save()

    def reset(self) -> None:
        """All columns, in their first order and widths."""
        for logical in range(self.header.count()):
            self.header.setSectionHidden(logical, False)
            visual = self.header.visualIndex(logical)
            if visual != logical:
                self.header.moveSection(visual, logical)
        self.fit()
        self._sync_actions()
        self.save()

    def _sync_actions(self) -> None:
        for logical, spec in enumerate(self.model.columns):
            action = self.actions[spec.column]
            action.blockSignals(True)
            action.setChecked(not self.header.isSectionHidden(logical))
            action.blockSignals(False)

    def show_menu(self, position: QPoint) -> None:
        self.menu.popup(self.header.mapToGlobal(position))
