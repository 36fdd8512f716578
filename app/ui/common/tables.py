"""The read-only list table every screen uses for rows of records."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def list_table(
    model: QAbstractItemModel,
    name: str,
    *,
    object_name: str | None = None,
    stretch_last: bool = True,
    stretch_column: int | None = None,
) -> QTableView:
    """A table of ``model``'s rows: one row is chosen at a time, nothing is edited in place,
    Tab leaves the table as in a form, and ``name`` is what a screen reader announces.

    The vertical header is hidden and its rows have one fixed height, so the table never
    measures row by row (a register of thousands of rows would take seconds). The columns
    are sized by the user; ``stretch_column`` takes the remaining width, the last column
    when none is given (unless ``stretch_last`` is False).
    """
    table = QTableView()
    if object_name is not None:
        table.setObjectName(object_name)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last and stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
